"""Job-fair (채용박람회) interview assignment by min-cost flow.

Seekers registered for a fair and vacancies with openings; ``score[i, j]`` is the match score
of seeker i and vacancy j (NaN or negative where the pair is infeasible). Choose interview
pairs to maximise the total score such that each seeker has at most ``m`` interviews and
each vacancy at most ``c × openings_j``. As a flow::

    source ─(cap m, cost 0)→ seeker i ─(cap 1, cost −score_ij)→ vacancy j
           ─(cap c·openings_j, cost 0)→ sink

with an arc source → sink of cost 0 so that the flow may stop early (a pair is taken only
when its score is positive). Scores are scaled to integers (``scale``, default 10⁶ — the
engine's micro-points) because OR-Tools' solver works on integer costs; the optimum of the
integer problem is the optimum for the scaled scores, and with micro-point scores it is exact.
The network is totally unimodular, so the flow optimum is integral and equals the LP optimum.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from ortools.graph.python import min_cost_flow

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]


@dataclass
class Assignment:
    """Interviews chosen by :class:`FairAssigner`.

    Attributes
    ----------
    seeker, vacancy : row indices of the chosen pairs (sorted by seeker, then vacancy)
    total : total score of the chosen pairs (in the units of the input scores)
    total_int : the same in integer units (``round(score × scale)`` summed)
    """

    seeker: IntArray
    vacancy: IntArray
    total: float
    total_int: int


class FairAssigner:
    """Maximum-score interview assignment with capacities.

    Parameters
    ----------
    max_per_seeker : int, default 3
        ``m``: interviews a seeker may have.
    per_opening : float, default 2.0
        ``c``: interviews a vacancy may hold per opening (capacity ``floor(c × openings)``).
    scale : float, default 1e6
        Scores are rounded to ``1/scale`` before solving.

    Attributes
    ----------
    assignment_ : Assignment
    status_ : str — the solver's status name (``"OPTIMAL"``)
    """

    def __init__(self, max_per_seeker: int = 3, per_opening: float = 2.0,
                 scale: float = 1e6) -> None:
        self.max_per_seeker = max_per_seeker
        self.per_opening = per_opening
        self.scale = scale

    def fit(self, score: FloatArray, openings: IntArray | None = None) -> FairAssigner:
        """Solve for the score matrix (seekers × vacancies); returns ``self``."""
        score = np.asarray(score, dtype=np.float64)
        if score.ndim != 2:
            raise ValueError("score must be a seekers × vacancies matrix")
        ns, nv = score.shape
        if openings is None:
            openings = np.ones(nv, dtype=np.int64)
        openings = np.asarray(openings, dtype=np.int64)
        if openings.shape != (nv,):
            raise ValueError("openings must have one entry per vacancy")
        cap_v = np.floor(self.per_opening * np.maximum(openings, 0) + 1e-9).astype(np.int64)
        integer = np.where(np.isfinite(score), np.round(score * self.scale), -1).astype(np.int64)
        si, vj = np.nonzero(integer > 0)
        source, sink = ns + nv, ns + nv + 1
        smcf = min_cost_flow.SimpleMinCostFlow()
        tails = np.concatenate([np.full(ns, source), si, ns + np.arange(nv), [source]])
        heads = np.concatenate([np.arange(ns), ns + vj, np.full(nv, sink), [sink]])
        supply_total = int(ns * self.max_per_seeker)
        caps = np.concatenate([np.full(ns, self.max_per_seeker), np.ones(si.size, np.int64),
                               cap_v, [supply_total]])
        costs = np.concatenate([np.zeros(ns, np.int64), -integer[si, vj],
                                np.zeros(nv, np.int64), [0]])
        smcf.add_arcs_with_capacity_and_unit_cost(tails.astype(np.int64), heads.astype(np.int64),
                                                   caps.astype(np.int64), costs.astype(np.int64))
        smcf.set_node_supply(source, supply_total)
        smcf.set_node_supply(sink, -supply_total)
        status = smcf.solve()
        self.status_ = _status_name(status)
        if status != smcf.OPTIMAL:
            raise RuntimeError(f"min-cost flow failed: {self.status_}")
        pair_arcs = ns + np.arange(si.size)
        flows = smcf.flows(pair_arcs.astype(np.int64))
        chosen = flows > 0
        s_sel, v_sel = si[chosen], vj[chosen]
        order = np.lexsort((v_sel, s_sel))
        s_sel, v_sel = s_sel[order], v_sel[order]
        total_int = int(integer[s_sel, v_sel].sum())
        self.assignment_ = Assignment(s_sel.astype(np.int64), v_sel.astype(np.int64),
                                      float(score[s_sel, v_sel].sum()), total_int)
        return self


def _status_name(status: int) -> str:
    names = {0: "NOT_SOLVED", 1: "OPTIMAL", 2: "FEASIBLE", 3: "INFEASIBLE", 4: "UNBALANCED",
             5: "BAD_RESULT", 6: "BAD_COST_RANGE", 7: "BAD_CAPACITY_RANGE"}
    return names.get(int(status), str(status))


def assign_interviews(
    score: FloatArray, openings: IntArray | None = None, *, max_per_seeker: int = 3,
    per_opening: float = 2.0,
) -> Assignment:
    """Convenience wrapper: ``FairAssigner(...).fit(score, openings).assignment_``."""
    return FairAssigner(max_per_seeker, per_opening).fit(score, openings).assignment_
