"""Job-fair interview assignment: scores of every registered (seeker, vacancy) pair from the
engine (``scoring.score_pairs``, infeasible pairs left out), the engine's maximum-score
assignment with capacities (``assignment.FairAssigner``: each seeker at most m interviews,
each vacancy at most c per remaining opening, min-cost flow), then a clash-free timetable
(one interview per seeker and per vacancy in each slot)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from goyong.matching import adapter
from goyong.matching.engine.assignment import FairAssigner
from goyong.matching.engine.scoring import explain, score_pairs

FIRST_SLOT = dt.time(10, 0)


def timetable(pairs: list[tuple[int, int]]) -> list[int]:
    """Slot (1, 2, …) of each pair so that no seeker and no vacancy has two interviews in
    one slot (greedy, vacancies in order)."""
    busy_s: dict[int, set[int]] = {}
    busy_v: dict[int, set[int]] = {}
    slots = []
    for s, v in pairs:
        slot = 1
        while slot in busy_s.get(s, set()) or slot in busy_v.get(v, set()):
            slot += 1
        busy_s.setdefault(s, set()).add(slot)
        busy_v.setdefault(v, set()).add(slot)
        slots.append(slot)
    return slots


@dataclass
class Plan:
    interviews: list[Any] = field(default_factory=list)
    total: float = 0.0


def plan(fair: Any, day: dt.date) -> Plan:
    """The fair's interviews (unsaved FairInterview rows) and their total score."""
    from goyong.matching.models import FairInterview

    seekers = [r.seeker for r in fair.seekers.select_related("seeker").order_by("seeker_id")]
    vacancies = [r.vacancy for r in fair.vacancies.select_related(
        "vacancy", "vacancy__occupation").order_by("vacancy_id")]
    if not seekers or not vacancies:
        return Plan()
    loaded = adapter.load(seekers, vacancies, day)
    n_s, n_v = len(seekers), len(vacancies)
    si = np.repeat(np.arange(n_s, dtype=np.int64), n_v)
    vj = np.tile(np.arange(n_v, dtype=np.int64), n_s)
    scores = score_pairs(loaded.seekers, loaded.vacancies, si, vj, scope="wide")
    matrix = np.where(scores.feasible, scores.micro / 1_000_000, -np.inf).reshape(n_s, n_v)
    result = FairAssigner(max_per_seeker=fair.max_per_seeker,
                          per_opening=fair.per_opening).fit(
        matrix, loaded.vacancies.openings).assignment_
    chosen = result.seeker * n_v + result.vacancy  # pair index p = i × n_v + j
    order = sorted(chosen.tolist(), key=lambda p: (int(vj[p]), -int(scores.micro[p]),
                                                   int(si[p])))
    slots = timetable([(int(si[p]), int(vj[p])) for p in order])
    out = Plan()
    start = dt.datetime.combine(fair.held_on, FIRST_SLOT)
    for p, slot in zip(order, slots, strict=True):
        rec = scores.record(p)
        at = (start + dt.timedelta(minutes=fair.slot_minutes * (slot - 1))).time()
        out.interviews.append(FairInterview(
            fair=fair, seeker=seekers[int(si[p])], vacancy=vacancies[int(vj[p])], slot=slot,
            starts_at=at, score=round(rec["score"], 6), explanation=explain(rec)[:400]))
        out.total += int(scores.micro[p])
    out.total = round(out.total / 1_000_000, 6)
    return out
