"""Top-k recommendations both ways, blocked by occupation group × region, with congestion control.

Blocking is exact, not a heuristic: with ``require_same_major_group`` a pair is only
feasible inside one KECO 대분류, and in the local scope a vacancy is feasible for a seeker
only in the seeker's jurisdiction or within the commute limit. Regions are summarised by a
centre and two radii (farthest seeker, farthest vacancy); region r' is a neighbour of r when
``dist(centre_r, centre_r') ≤ radius_seekers(r) + radius_vacancies(r') + max_commute(r)``,
which by the triangle inequality keeps every vacancy any seeker of r could reach. Wide-area
queries of seekers willing to relocate see every vacancy of their group.

Within a block the compiled kernel prunes with exact bounds (``kernels.py``), so the result
equals the brute-force top-k over all pairs, ties broken by the lower id.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from goyong.matching.engine import kernels
from goyong.matching.engine.features import (
    FloatArray,
    IntArray,
    SeekerArrays,
    VacancyArrays,
    chord_to_km,
    unit_vectors,
)
from goyong.matching.engine.scoring import (
    MICRO,
    Recommendation,
    Scope,
    ScoringParams,
    recommendations,
)

Direction = Literal["vacancies_for_seekers", "seekers_for_vacancies"]
BlockKey = tuple[str, int, int, bool]  # (side of the candidates, group, region or -1, wide)
_MARGIN_KM = 1e-3


@dataclass
class TopK:
    """Ranked lists: row ``q`` holds the top-k candidates of query ``query[q]``.

    Attributes
    ----------
    direction : which side is the query
    query : row indices of the queries (seekers or vacancies)
    index : (n, k) candidate row indices, best first, -1 where the list is shorter than k
    micro : (n, k) scores in micro-points, -1 where empty
    scored_pairs : pairs whose full score was computed (the rest were filtered or pruned)
    pruned_pairs : pairs dropped by the bound after the hard constraints
    """

    direction: Direction
    query: IntArray
    index: IntArray
    micro: IntArray
    scored_pairs: int = 0
    pruned_pairs: int = 0

    @property
    def k(self) -> int:
        """List length."""
        return int(self.index.shape[1])

    @property
    def score(self) -> FloatArray:
        """Scores as floats (NaN where empty)."""
        out = self.micro / MICRO
        out[self.index < 0] = np.nan
        return np.asarray(out, dtype=np.float64)

    @property
    def lengths(self) -> IntArray:
        """Number of recommendations of each query."""
        return np.asarray((self.index >= 0).sum(axis=1), dtype=np.int64)


def _group(codes: IntArray, by_major: bool) -> IntArray:
    return codes // 1000 if by_major else np.zeros_like(codes)


@dataclass
class _Geometry:
    region_ids: IntArray
    neighbours: list[IntArray] = field(default_factory=list)  # dense region index lists
    reverse: list[IntArray] = field(default_factory=list)


class TopKMatcher:
    """Exact top-k vacancies per seeker and seekers per vacancy.

    Parameters
    ----------
    k : int, default 20
        List length.
    scope : {"local", "wide"}, default "local"
        Default scope of the queries (each method accepts ``scope=`` too).
    params : ScoringParams, optional
        Weights, component shapes and hard-constraint switches.
    n_threads : int, optional
        Threads of the compiled kernel (default: the CPUs available).
    chunk : int, default 256
        Queries per unit of work dealt to the threads.

    Attributes
    ----------
    seekers_, vacancies_ : the fitted inputs
    region_ids_ : distinct region ids (dense index order)
    neighbours_ : for each region, the dense indices of the regions whose vacancies a seeker
        of it can reach within the commute limit (itself included)
    """

    def __init__(
        self,
        k: int = 20,
        scope: Scope = "local",
        params: ScoringParams | None = None,
        n_threads: int | None = None,
        chunk: int = 256,
    ) -> None:
        self.k = k
        self.scope = scope
        self.params = params
        self.n_threads = n_threads
        self.chunk = chunk

    # ------------------------------------------------------------------ fitting
    def fit(self, seekers: SeekerArrays, vacancies: VacancyArrays) -> TopKMatcher:
        """Pack the arrays and compute the region neighbourhoods; returns ``self``."""
        if self.k < 1:
            raise ValueError("k must be at least 1")
        self.params_ = self.params or ScoringParams()
        self.seekers_ = seekers
        self.vacancies_ = vacancies
        self._Sf, self._Si = kernels.pack_seekers(seekers)
        self._Vf, self._Vi = kernels.pack_vacancies(vacancies)
        self._w = kernels.weights_tuple(self.params_)
        self._prm = kernels.params_tuple(self.params_)
        by_major = self.params_.require_same_major_group
        self._sg = _group(seekers.occupation, by_major)
        self._vg = _group(vacancies.occupation, by_major)
        regions = np.unique(np.concatenate([seekers.region, vacancies.region]))
        self.region_ids_ = regions
        self._sr = np.searchsorted(regions, seekers.region)
        self._vr = np.searchsorted(regions, vacancies.region)
        self._geometry()
        # vacancies and seekers sorted by (group, region, code, id) with slice pointers
        self._v_order, self._v_ptr = self._sorted_slices(self._vg, self._vr, vacancies.occupation,
                                                         vacancies.ids)
        self._s_order, self._s_ptr = self._sorted_slices(self._sg, self._sr, seekers.occupation,
                                                         seekers.ids)
        self._v_all = np.lexsort((vacancies.ids, vacancies.occupation)).astype(np.int64)
        self._v_all_codes = np.ascontiguousarray(vacancies.occupation[self._v_all])
        self._all_gathered: tuple[FloatArray, IntArray] | None = None
        self._cache: dict[BlockKey, tuple[IntArray, IntArray]] = {}
        return self

    def _sorted_slices(
        self, group: IntArray, region: IntArray, code: IntArray, ids: IntArray
    ) -> tuple[IntArray, dict[tuple[int, int], tuple[int, int]]]:
        order = np.lexsort((ids, code, region, group)).astype(np.int64)
        g, r = group[order], region[order]
        ptr: dict[tuple[int, int], tuple[int, int]] = {}
        if order.size:
            change = np.flatnonzero((np.diff(g) != 0) | (np.diff(r) != 0)) + 1
            starts = np.concatenate([[0], change])
            ends = np.concatenate([change, [order.size]])
            for a, b in zip(starts, ends, strict=True):
                ptr[(int(g[a]), int(r[a]))] = (int(a), int(b))
        return order, ptr

    def _geometry(self) -> None:
        n_r = self.region_ids_.size
        us = unit_vectors(self.seekers_.lat, self.seekers_.lon)
        uv = unit_vectors(self.vacancies_.lat, self.vacancies_.lon)
        centre = np.zeros((n_r, 3))
        np.add.at(centre, self._sr, us)
        np.add.at(centre, self._vr, uv)
        norm = np.linalg.norm(centre, axis=1, keepdims=True)
        centre = centre / np.where(norm > 0, norm, 1.0)

        def radius(u: FloatArray, reg: IntArray) -> FloatArray:
            out = np.zeros(n_r)
            if reg.size:
                km = chord_to_km(np.linalg.norm(u - centre[reg], axis=1))
                np.maximum.at(out, reg, km)
            return out

        rad_s = radius(us, self._sr)
        rad_v = radius(uv, self._vr)
        max_commute = np.zeros(n_r)
        if self._sr.size:
            np.maximum.at(max_commute, self._sr, np.maximum(self.seekers_.commute_km, 0.0))
        diff = centre[:, None, :] - centre[None, :, :]
        dist = chord_to_km(np.sqrt(np.einsum("ijk,ijk->ij", diff, diff)))
        reach = dist <= rad_s[:, None] + rad_v[None, :] + max_commute[:, None] + _MARGIN_KM
        np.fill_diagonal(reach, True)
        self.neighbours_ = [np.flatnonzero(reach[r]) for r in range(n_r)]
        self._reverse = [np.flatnonzero(reach[:, r]) for r in range(n_r)]

    # ------------------------------------------------------------------ candidate blocks
    def _candidates(self, key: BlockKey) -> tuple[IntArray, IntArray]:
        """Candidate rows of a query block, sorted by (code, id), and their codes."""
        if key in self._cache:
            return self._cache[key]
        kind, g, r, wide = key
        parts: list[IntArray] = []
        if kind == "v":  # vacancies for a seeker block
            if r < 0:
                lo, hi = np.searchsorted(self._vg[self._v_order], [g, g + 1])
                parts.append(self._v_order[lo:hi])
            else:
                for r2 in self.neighbours_[r]:
                    sl = self._v_ptr.get((g, int(r2)))
                    if sl:
                        parts.append(self._v_order[sl[0] : sl[1]])
            ids, codes = self.vacancies_.ids, self.vacancies_.occupation
        else:  # seekers for a vacancy block
            near = {int(x) for x in self._reverse[r]}
            for rs in range(self.region_ids_.size):
                sl = self._s_ptr.get((g, rs))
                if not sl:
                    continue
                rows = self._s_order[sl[0] : sl[1]]
                if rs in near:
                    parts.append(rows)
                elif wide:
                    parts.append(rows[self.seekers_.relocate[rows]])
            ids, codes = self.seekers_.ids, self.seekers_.occupation
        cand = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
        cand = cand[np.lexsort((ids[cand], codes[cand]))]
        cand = np.ascontiguousarray(cand, dtype=np.int64)
        out = (cand, np.ascontiguousarray(codes[cand], dtype=np.int64))
        self._cache[key] = out
        return out

    def _run(
        self, rows: IntArray, keys: list[BlockKey], block_of: IntArray,
        query_is_seeker: bool, wide: bool, k: int,
    ) -> tuple[IntArray, IntArray, IntArray]:
        lists = [self._candidates(key) for key in keys]
        sizes = np.array([c.size for c, _ in lists], dtype=np.int64)
        cptr = np.zeros(len(lists) + 1, dtype=np.int64)
        np.cumsum(sizes, out=cptr[1:])
        cand = np.concatenate([c for c, _ in lists]) if lists else np.zeros(0, np.int64)
        ccode = np.concatenate([c for _, c in lists]) if lists else np.zeros(0, np.int64)
        # queries of one block next to each other: the block stays in cache
        order = np.argsort(block_of, kind="stable")
        S, V = self.seekers_, self.vacancies_
        gathered = kernels.gather_candidates(cand, query_is_seeker, self._Sf, self._Si,
                                             self._Vf, self._Vi)
        idx, micro, stats = kernels.topk_blocks(
            rows[order], block_of[order], query_is_seeker, cand, cptr, ccode, *gathered,
            self._Sf, self._Si, self._Vf, self._Vi,
            S.skills.indptr, S.skills.indices, S.licences.indptr, S.licences.indices,
            V.skills.indptr, V.skills.indices, V.licences.indptr, V.licences.indices,
            V.required_licences.indptr, V.required_licences.indices,
            self._w, self._prm, wide, k, self._threads(), self.chunk,
        )
        back = np.empty_like(order)
        back[order] = np.arange(order.size)
        return idx[back], micro[back], stats[back]

    def _threads(self) -> int:
        return int(self.n_threads or len(os.sched_getaffinity(0)))

    # ------------------------------------------------------------------ queries
    def recommend_vacancies(
        self, seeker_rows: IntArray | None = None, *, k: int | None = None,
        scope: Scope | None = None,
    ) -> TopK:
        """Top-k vacancies for each seeker row (all seekers by default)."""
        k = k or self.k
        scope = scope or self.scope
        wide = _check_scope(scope)
        n = len(self.seekers_)
        rows = np.arange(n, dtype=np.int64) if seeker_rows is None else np.asarray(
            seeker_rows, dtype=np.int64)
        region = self._sr[rows].astype(np.int64)
        if wide:
            region = np.where(self.seekers_.relocate[rows], -1, region)
        keys_arr = np.stack([self._sg[rows], region], axis=1)
        uniq, block_of = _unique_rows(keys_arr)
        keys = [("v", int(g), int(r), wide) for g, r in uniq]
        idx, micro, stats = self._run(rows, keys, block_of, True, wide, k)
        return TopK("vacancies_for_seekers", rows, idx, micro, int(stats[:, 0].sum()),
                    int(stats[:, 1].sum()))

    def recommend_seekers(
        self, vacancy_rows: IntArray | None = None, *, k: int | None = None,
        scope: Scope | None = None,
    ) -> TopK:
        """Top-k seekers for each vacancy row (all vacancies by default)."""
        k = k or self.k
        scope = scope or self.scope
        wide = _check_scope(scope)
        n = len(self.vacancies_)
        rows = np.arange(n, dtype=np.int64) if vacancy_rows is None else np.asarray(
            vacancy_rows, dtype=np.int64)
        keys_arr = np.stack([self._vg[rows], self._vr[rows].astype(np.int64)], axis=1)
        uniq, block_of = _unique_rows(keys_arr)
        keys = [("s", int(g), int(r), wide) for g, r in uniq]
        idx, micro, stats = self._run(rows, keys, block_of, False, wide, k)
        return TopK("seekers_for_vacancies", rows, idx, micro, int(stats[:, 0].sum()),
                    int(stats[:, 1].sum()))

    def recommend_for_seeker(
        self, seeker_row: int, *, k: int | None = None, scope: Scope | None = None
    ) -> TopK:
        """On-demand top-k for one seeker against every vacancy (no region blocking)."""
        k = k or self.k
        wide = _check_scope(scope or self.scope)
        S, V = self.seekers_, self.vacancies_
        cand = self._v_all
        if self._all_gathered is None:
            self._all_gathered = kernels.gather_candidates(cand, True, self._Sf, self._Si,
                                                           self._Vf, self._Vi)
        idx, micro, stats = kernels.topk_blocks(
            np.array([seeker_row], dtype=np.int64), np.zeros(1, dtype=np.int64), True,
            cand, np.array([0, cand.size], dtype=np.int64), self._v_all_codes,
            *self._all_gathered, self._Sf, self._Si, self._Vf, self._Vi,
            S.skills.indptr, S.skills.indices, S.licences.indptr, S.licences.indices,
            V.skills.indptr, V.skills.indices, V.licences.indptr, V.licences.indices,
            V.required_licences.indptr, V.required_licences.indices,
            self._w, self._prm, wide, k, 1, 1,
        )
        return TopK("vacancies_for_seekers", np.array([seeker_row], dtype=np.int64), idx,
                    micro, int(stats[:, 0].sum()), int(stats[:, 1].sum()))

    def explain(self, topk: TopK, query_pos: int, *, scope: Scope | None = None
                ) -> list[Recommendation]:
        """Recommendations (components and Korean explanation) of one query of ``topk``."""
        cands = topk.index[query_pos]
        cands = cands[cands >= 0]
        q = np.full(cands.size, topk.query[query_pos], dtype=np.int64)
        ranks = np.arange(1, cands.size + 1)
        if topk.direction == "vacancies_for_seekers":
            si, vj = q, cands
        else:
            si, vj = cands, q
        return recommendations(self.seekers_, self.vacancies_, si, vj, ranks,
                               scope=scope or self.scope, params=self.params_)

    def recommend_vacancies_capped(
        self, seeker_rows: IntArray | None = None, *, k: int | None = None,
        scope: Scope | None = None, factor: float = 3.0, depth: int = 3,
    ) -> CappedTopK:
        """Top-k vacancies per seeker where vacancy j appears in at most
        ``ceil(factor × openings_j)`` lists.

        Each seeker's exact top ``depth × k`` is computed, then pairs are accepted in order
        of score (ties: lower seeker id, then lower vacancy id) while the seeker has fewer
        than k and the vacancy is under its cap: a capped vacancy is replaced by the seeker's
        next best. A seeker whose ``depth × k`` candidates run out gets a shorter list
        (counted in ``exhausted``).
        """
        k = k or self.k
        ext = self.recommend_vacancies(seeker_rows, k=k * depth, scope=scope)
        cap = np.ceil(factor * np.maximum(self.vacancies_.openings, 0)).astype(np.int64)
        return cap_recommendations(ext, k, cap, self.seekers_.ids, self.vacancies_.ids)


@dataclass
class CappedTopK:
    """Result of congestion control: the capped lists and what the caps did."""

    topk: TopK
    counts: IntArray  # appearances of each candidate
    cap: IntArray
    replaced: int  # entries of the uncapped top-k that a cap pushed out
    exhausted: int  # queries left with fewer than k because their extended list ran out


def cap_recommendations(
    ext: TopK, k: int, cap: IntArray, query_ids: IntArray, cand_ids: IntArray
) -> CappedTopK:
    """Greedy capped selection from extended lists (see ``recommend_vacancies_capped``)."""
    nq, kk = ext.index.shape
    valid = ext.index >= 0
    q_of = np.repeat(np.arange(nq, dtype=np.int64), kk)[valid.ravel()]
    c_of = ext.index.ravel()[valid.ravel()]
    m = ext.micro.ravel()[valid.ravel()]
    order = np.lexsort((cand_ids[c_of], query_ids[ext.query[q_of]], -m)).astype(np.int64)
    accepted, used = kernels.greedy_capped(order, q_of, c_of, cap.astype(np.int64), k, nq,
                                           cap.size)
    acc = np.zeros(valid.shape, dtype=bool)
    acc.ravel()[np.flatnonzero(valid.ravel())] = accepted.astype(bool)
    # keep list order (already best first) of the accepted entries
    pos = np.cumsum(acc, axis=1) - 1
    idx = np.full((nq, k), -1, dtype=np.int64)
    mic = np.full((nq, k), -1, dtype=np.int64)
    rr, cc = np.nonzero(acc)
    idx[rr, pos[rr, cc]] = ext.index[rr, cc]
    mic[rr, pos[rr, cc]] = ext.micro[rr, cc]
    top_uncapped = ext.index[:, :k]
    replaced = int(((top_uncapped >= 0) & ~acc[:, :k]).sum())
    full_ext = valid.sum(axis=1) == kk
    exhausted = int(((acc.sum(axis=1) < k) & full_ext).sum())
    out = TopK(ext.direction, ext.query, idx, mic, ext.scored_pairs, ext.pruned_pairs)
    return CappedTopK(out, used, cap, replaced, exhausted)


# ---------------------------------------------------------------------- congestion metrics
def recommendation_counts(topk: TopK, n_candidates: int) -> IntArray:
    """How many lists each candidate appears in."""
    flat = topk.index[topk.index >= 0]
    return np.bincount(flat, minlength=n_candidates).astype(np.int64)


def gini(values: FloatArray | IntArray) -> float:
    """Gini coefficient of non-negative values (0 equal, → 1 concentrated); 0 if all zero."""
    x = np.sort(np.asarray(values, dtype=np.float64))
    n = x.size
    total = x.sum()
    if n == 0 or total == 0:
        return 0.0
    ranks = np.arange(1, n + 1)
    return float((2.0 * (ranks * x).sum()) / (n * total) - (n + 1.0) / n)


@dataclass(frozen=True)
class CongestionReport:
    """Congestion and coverage of a set of lists."""

    gini: float
    never_share: float
    coverage: float
    max_count: int


def congestion_report(topk: TopK, n_candidates: int, k: int | None = None) -> CongestionReport:
    """Gini of appearances per candidate, share never recommended, share of full lists."""
    counts = recommendation_counts(topk, n_candidates)
    kk = k or topk.k
    coverage = float((topk.lengths >= kk).mean()) if topk.query.size else 0.0
    never = float((counts == 0).mean()) if n_candidates else 0.0
    return CongestionReport(gini(counts), never, coverage, int(counts.max(initial=0)))


def _unique_rows(keys: IntArray) -> tuple[IntArray, IntArray]:
    if keys.shape[0] == 0:
        return np.zeros((0, 2), dtype=np.int64), np.zeros(0, dtype=np.int64)
    uniq, inverse = np.unique(keys, axis=0, return_inverse=True)
    return uniq, inverse.ravel().astype(np.int64)


def _check_scope(scope: str) -> bool:
    if scope not in ("local", "wide"):
        raise ValueError(f"scope must be 'local' or 'wide', got {scope!r}")
    return scope == "wide"


