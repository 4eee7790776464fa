"""Back-test metrics on arrays: Recall@k, NDCG@k, coverage, congestion, group gaps, and the
rule baseline (same occupation, same region).

Lists are ``(n_queries, K)`` arrays of candidate row indices, best first, padded with -1;
the truth is ``(n_queries, R)`` of the rows actually chosen (e.g. the vacancy a seeker was
placed in during the test period), padded with -1. Relevance is binary. Queries without any
relevant row are left out of Recall and NDCG (they carry no information), which
``per_query`` marks with NaN.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from goyong.matching.engine.features import SeekerArrays, VacancyArrays
from goyong.matching.engine.topk import CongestionReport, TopK, congestion_report

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]


def _hits(recommended: IntArray, relevant: IntArray, k: int) -> NDArray[np.bool_]:
    """(n, k) True where the ranked item is relevant."""
    top = np.asarray(recommended)[:, :k]
    rel = np.asarray(relevant)
    if rel.ndim == 1:
        rel = rel[:, None]
    hit = (top[:, :, None] == rel[:, None, :]) & (top[:, :, None] >= 0)
    return np.asarray(hit.any(axis=2), dtype=bool)


def _n_relevant(relevant: IntArray) -> IntArray:
    rel = np.asarray(relevant)
    if rel.ndim == 1:
        rel = rel[:, None]
    return np.asarray([np.unique(r[r >= 0]).size for r in rel], dtype=np.int64)


def recall_per_query(recommended: IntArray, relevant: IntArray, k: int) -> FloatArray:
    """|top-k ∩ relevant| / |relevant| per query (NaN where nothing is relevant)."""
    n_rel = _n_relevant(relevant)
    hits = _hits(recommended, relevant, k).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n_rel > 0, hits / np.maximum(n_rel, 1), np.nan)


def ndcg_per_query(recommended: IntArray, relevant: IntArray, k: int) -> FloatArray:
    """Binary-relevance NDCG@k per query: DCG = Σ 1/log2(rank + 1) over relevant ranks,
    divided by the DCG of the ideal list (NaN where nothing is relevant)."""
    n_rel = _n_relevant(relevant)
    discount = 1.0 / np.log2(np.arange(2, k + 2))
    hits = _hits(recommended, relevant, k)
    dcg = (hits * discount[: hits.shape[1]]).sum(axis=1)
    ideal_cum = np.concatenate([[0.0], np.cumsum(discount)])
    idcg = ideal_cum[np.minimum(n_rel, k)]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n_rel > 0, dcg / np.where(idcg > 0, idcg, 1.0), np.nan)


def recall_at_k(recommended: IntArray, relevant: IntArray, k: int) -> float:
    """Mean Recall@k over queries with at least one relevant row."""
    return float(np.nanmean(recall_per_query(recommended, relevant, k)))


def ndcg_at_k(recommended: IntArray, relevant: IntArray, k: int) -> float:
    """Mean NDCG@k over queries with at least one relevant row."""
    return float(np.nanmean(ndcg_per_query(recommended, relevant, k)))


def coverage(recommended: IntArray, k: int) -> float:
    """Share of queries with k recommendations."""
    rec = np.asarray(recommended)
    return float(((rec[:, :k] >= 0).sum(axis=1) >= k).mean()) if rec.shape[0] else 0.0


def congestion(recommended: IntArray, n_candidates: int, k: int | None = None
               ) -> CongestionReport:
    """Gini of appearances per candidate, share never recommended, coverage, max count."""
    rec = np.asarray(recommended)
    kk = k or rec.shape[1]
    top = TopK("vacancies_for_seekers", np.arange(rec.shape[0]), rec[:, :kk],
               np.zeros_like(rec[:, :kk]))
    return congestion_report(top, n_candidates, kk)


@dataclass(frozen=True)
class GroupGap:
    """Mean of a per-query metric by group, and the largest gap between two groups."""

    means: dict[int, float]
    counts: dict[int, int]
    gap: float


def group_gaps(values: FloatArray, groups: IntArray) -> GroupGap:
    """Mean of ``values`` per group label (NaN values ignored); ``gap`` = max − min mean."""
    values = np.asarray(values, dtype=np.float64)
    groups = np.asarray(groups)
    means: dict[int, float] = {}
    counts: dict[int, int] = {}
    for g in np.unique(groups):
        v = values[(groups == g) & ~np.isnan(values)]
        if v.size:
            means[int(g)] = float(v.mean())
            counts[int(g)] = int(v.size)
    gap = max(means.values()) - min(means.values()) if means else 0.0
    return GroupGap(means, counts, float(gap))


def rule_baseline(seekers: SeekerArrays, vacancies: VacancyArrays, k: int) -> IntArray:
    """The rule counsellors use without the engine: vacancies of the same KECO 세분류 in the
    seeker's region with openings, newest posting first (then lower id); -1 padded."""
    open_rows = np.flatnonzero(vacancies.openings >= 1)
    order = open_rows[np.lexsort((vacancies.ids[open_rows], vacancies.days_posted[open_rows],
                                  vacancies.region[open_rows], vacancies.occupation[open_rows]))]
    v_code = vacancies.occupation[order]
    v_region = vacancies.region[order]
    # lexicographic search on (code, region) through a structured key
    keys = np.empty(order.size, dtype=[("c", np.int64), ("r", np.int64)])
    keys["c"], keys["r"] = v_code, v_region
    q = np.empty(len(seekers), dtype=keys.dtype)
    q["c"], q["r"] = seekers.occupation, seekers.region
    lo = np.searchsorted(keys, q, side="left")
    hi = np.searchsorted(keys, q, side="right")
    take = np.arange(k)[None, :]
    pos = lo[:, None] + take
    return np.where(pos < hi[:, None], order[np.minimum(pos, max(order.size - 1, 0))], -1)
