"""Independent brute force for the engine tests: score every pair, sort, cut."""

from __future__ import annotations

import numpy as np

from goyong.matching.engine.features import SeekerArrays, VacancyArrays
from goyong.matching.engine.scoring import ScoringParams, score_pairs


def all_pair_micro(
    seekers: SeekerArrays, vacancies: VacancyArrays, scope: str,
    params: ScoringParams | None = None,
) -> np.ndarray:
    """(n_seekers, n_vacancies) micro-point scores, -1 where infeasible."""
    ns, nv = len(seekers), len(vacancies)
    si, vj = np.meshgrid(np.arange(ns), np.arange(nv), indexing="ij")
    ps = score_pairs(seekers, vacancies, si.ravel(), vj.ravel(), scope=scope, params=params)
    return ps.micro.reshape(ns, nv)


def brute_topk(micro: np.ndarray, cand_ids: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Top-k columns of each row of ``micro`` (score desc, then id asc); -1 padded."""
    n = micro.shape[0]
    idx = np.full((n, k), -1, dtype=np.int64)
    out = np.full((n, k), -1, dtype=np.int64)
    for r in range(n):
        feasible = np.flatnonzero(micro[r] >= 0)
        order = feasible[np.lexsort((cand_ids[feasible], -micro[r, feasible]))][:k]
        idx[r, : order.size] = order
        out[r, : order.size] = micro[r, order]
    return idx, out
