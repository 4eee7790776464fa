"""Job-fair interview assignment: scores of every registered (seeker, vacancy) pair from the
engine, then a maximum-score assignment with capacities (each seeker at most m interviews,
each vacancy at most c per remaining opening) by min-cost flow (OR-Tools), then a
clash-free timetable (one interview per seeker and per vacancy in each slot).

The engine's own assignment module (``engine.assignment``) was not there when this was
written; `assign` is the same formulation and should give way to it once it lands."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from goyong.matching import adapter
from goyong.matching.engine.scoring import explain, score_pairs

FIRST_SLOT = dt.time(10, 0)


def assign(seeker: np.ndarray, vacancy: np.ndarray, micro: np.ndarray, seeker_cap: np.ndarray,
           vacancy_cap: np.ndarray) -> np.ndarray:
    """Indices of the chosen pairs maximising the total score (integer micro-points > 0)
    with at most `seeker_cap[i]` pairs per seeker row and `vacancy_cap[j]` per vacancy row."""
    from ortools.graph.python import min_cost_flow

    n_s, n_v = seeker_cap.size, vacancy_cap.size
    if micro.size == 0:
        return np.zeros(0, dtype=np.int64)
    flow = min_cost_flow.SimpleMinCostFlow()
    source, sink = n_s + n_v, n_s + n_v + 1
    supply = int(seeker_cap.sum())
    tails = np.concatenate([np.full(n_s, source), seeker, n_s + np.arange(n_v), [source]])
    heads = np.concatenate([np.arange(n_s), n_s + vacancy, np.full(n_v, sink), [sink]])
    caps = np.concatenate([seeker_cap, np.ones(micro.size, dtype=np.int64), vacancy_cap,
                           [supply]])
    costs = np.concatenate([np.zeros(n_s, dtype=np.int64), -micro.astype(np.int64),
                            np.zeros(n_v, dtype=np.int64), [0]])
    arcs = flow.add_arcs_with_capacity_and_unit_cost(
        tails.astype(np.int64), heads.astype(np.int64), caps.astype(np.int64),
        costs.astype(np.int64))
    flow.set_node_supply(source, supply)
    flow.set_node_supply(sink, -supply)
    status = flow.solve()
    if status != flow.OPTIMAL:
        raise RuntimeError(f"min-cost flow ended with status {status}")
    pair_arcs = arcs[n_s:n_s + micro.size]
    used = np.array([flow.flow(int(a)) for a in pair_arcs], dtype=np.int64)
    return np.flatnonzero(used > 0).astype(np.int64)


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
    ok = scores.feasible & (scores.micro > 0)
    cand = np.flatnonzero(ok)
    seeker_cap = np.full(n_s, fair.max_per_seeker, dtype=np.int64)
    vacancy_cap = (fair.per_opening * np.maximum(loaded.vacancies.openings, 0)).astype(np.int64)
    chosen = cand[assign(si[cand], vj[cand], scores.micro[cand], seeker_cap, vacancy_cap)]
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
