"""Top-k recommendations both ways, blocked by occupation group × region, with congestion control.

Blocking is exact, not a heuristic: with ``require_same_major_group`` a pair is only
feasible inside one KECO 대분류, and in the local scope a vacancy is feasible for a seeker
only in the seeker's jurisdiction or within the commute limit. Regions are summarised by a
centre and two radii (farthest seeker, farthest vacancy); region r' is a neighbour of r when
``dist(centre_r, centre_r') ≤ radius_seekers(r) + radius_vacancies(r') + max_commute(r)``,
which by the triangle inequality keeps every vacancy any seeker of r could reach. Wide-area
queries of seekers willing to relocate see every vacancy of their group.

Vacancies for seekers run over the block-max index of ``blockmax.py``; seekers for
vacancies over (대분류, region) blocks scanned by ``kernels._scan``. Both prune with exact
bounds, so the result equals the brute-force top-k over all pairs, ties broken by the lower
id.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from goyong.matching.engine import blockmax, kernels
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
TokenPair = tuple[IntArray, NDArray[np.int32]]  # (indptr, indices) of a TokenSets
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
    candidate_pairs : pairs a scan without bounds would test (each query against every
        candidate of its group in the regions it may reach)
    visited_pairs : pairs the scan looked at (the rest were skipped a tier, a region or a
        mini-block at a time); 0 where not counted
    """

    direction: Direction
    query: IntArray
    index: IntArray
    micro: IntArray
    scored_pairs: int = 0
    pruned_pairs: int = 0
    candidate_pairs: int = 0
    visited_pairs: int = 0

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
    chunk : int, default 64
        Queries per unit of work dealt to the threads.
    block_size : int, default 32
        Vacancies per mini-block of the block-max index (``blockmax.py``).
    batch_candidates : int, default 4,000,000
        Candidate rows built per kernel call of the seekers-for-vacancies direction (bounds
        the memory of a run).

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
        chunk: int = 64,
        block_size: int = 32,
        batch_candidates: int = 4_000_000,
    ) -> None:
        self.k = k
        self.scope = scope
        self.params = params
        self.n_threads = n_threads
        self.chunk = chunk
        self.block_size = block_size
        self.batch_candidates = batch_candidates

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
        # seekers sorted by (group, region, code, id) with slice pointers (seekers for a
        # vacancy)
        self._s_order, self._s_ptr = self._sorted_slices(self._sg, self._sr, seekers.occupation,
                                                         seekers.ids)
        S, V = seekers, vacancies
        self._tokens: tuple[list[TokenPair | None], list[TokenPair | None]] = (
            [(S.skills.indptr, S.skills.indices), (S.licences.indptr, S.licences.indices), None],
            [(V.skills.indptr, V.skills.indices), (V.licences.indptr, V.licences.indices),
             (V.required_licences.indptr, V.required_licences.indices)],
        )
        # vacancies for a seeker: the block-max index over dense code and group numbers
        codes = np.unique(np.concatenate([seekers.occupation, vacancies.occupation]))
        self._s_code = np.searchsorted(codes, seekers.occupation).astype(np.int64)
        v_code = np.searchsorted(codes, vacancies.occupation).astype(np.int64)
        code_group = np.unique(_group(codes, by_major), return_inverse=True)[1].ravel()
        self._code_group = code_group.astype(np.int64)
        self.index_ = blockmax.build(
            self._Vf, self._Vi, self._tokens[1], self._vr.astype(np.int64), v_code,
            regions.size, codes.size, codes, self._code_group, vacancies.openings,
            self.neighbours_, self._centre, self.params_.distance_scale_km, self.block_size)
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
        self._centre = centre
        # own region first, then the nearest: good lists early raise the bar for the rest
        near_first = dist.copy()
        np.fill_diagonal(near_first, -1.0)
        self.neighbours_ = [r_[np.argsort(near_first[r, r_], kind="stable")]
                            for r, r_ in ((r, np.flatnonzero(reach[r])) for r in range(n_r))]
        self._reverse = [np.flatnonzero(reach[:, r]) for r in range(n_r)]

    # ------------------------------------------------------------------ candidate blocks
    def _seeker_candidates(self, g: int, r: int, wide: bool) -> tuple[IntArray, IntArray]:
        """Seekers who can be matched with a vacancy of group ``g`` in region ``r``: those
        whose region reaches ``r`` (and relocators anywhere in the wide scope), sorted by
        (code, id), with their codes."""
        near = {int(x) for x in self._reverse[r]}
        parts: list[IntArray] = []
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
        cand = np.ascontiguousarray(cand[np.lexsort((ids[cand], codes[cand]))], dtype=np.int64)
        return cand, np.ascontiguousarray(codes[cand], dtype=np.int64)

    def _run(
        self, rows: IntArray, block_of: IntArray, n_blocks: int,
        make_list: Callable[[int], tuple[IntArray, IntArray]],
        query_is_seeker: bool, wide: bool, k: int,
    ) -> tuple[IntArray, IntArray, IntArray, int]:
        """Run the kernel over the blocks in batches of about ``batch_candidates`` candidate
        rows (the batch's candidate lists and their packed rows are built, used, dropped)."""
        order = np.argsort(block_of, kind="stable")
        starts = np.searchsorted(block_of[order], np.arange(n_blocks + 1))
        nq = rows.size
        idx = np.empty((nq, k), dtype=np.int64)
        micro = np.empty((nq, k), dtype=np.int64)
        stats = np.empty((nq, 2), dtype=np.int64)
        S, V = self.seekers_, self.vacancies_
        b = 0
        pairs = 0
        while b < n_blocks:
            b0 = b
            lists: list[tuple[IntArray, IntArray]] = []
            total = 0
            while b < n_blocks and (total < self.batch_candidates or not lists):
                lists.append(make_list(b))
                total += lists[-1][0].size
                b += 1
            cptr = np.zeros(len(lists) + 1, dtype=np.int64)
            np.cumsum([c.size for c, _ in lists], out=cptr[1:])
            cand = np.concatenate([c for c, _ in lists])
            ccode = np.concatenate([c for _, c in lists])
            packed = kernels.gather_candidates(cand, query_is_seeker, self._Sf, self._Si,
                                               self._Vf, self._Vi, *self._tokens)
            qsel = order[starts[b0] : starts[b]]
            out = kernels.topk_blocks(
                rows[qsel], block_of[qsel] - b0, query_is_seeker, cand, cptr, ccode, *packed,
                self._Sf, self._Si, self._Vf, self._Vi,
                S.skills.indptr, S.skills.indices, S.licences.indptr, S.licences.indices,
                V.skills.indptr, V.skills.indices, V.licences.indptr, V.licences.indices,
                V.required_licences.indptr, V.required_licences.indices,
                self._w, self._prm, wide, k, self._threads(), self.chunk,
            )
            idx[qsel], micro[qsel], stats[qsel] = out
            pairs += int(np.diff(cptr)[block_of[qsel] - b0].sum())
        return idx, micro, stats, pairs

    def local_candidates(self, seeker_row: int) -> IntArray:
        """The vacancies a local query of this seeker may consider before any bound: those
        of its group (that can be recommended) in every region it may reach."""
        ix = self.index_
        r = int(self._sr[seeker_row])
        g = int(self._code_group[self._s_code[seeker_row]])
        regions = ix.local_list[ix.local_ptr[r] : ix.local_ptr[r + 1]]
        codes = np.flatnonzero(ix.code_group == g)
        parts = [ix.rows[ix.b_ptr[ix.cell_b0[rr, c]] : ix.b_ptr[ix.cell_b1[rr, c]]]
                 for rr in regions for c in codes if ix.cell_b1[rr, c] > ix.cell_b0[rr, c]]
        return np.sort(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)

    def _threads(self) -> int:
        return int(self.n_threads or len(os.sched_getaffinity(0)))

    # ------------------------------------------------------------------ queries
    def recommend_vacancies(
        self, seeker_rows: IntArray | None = None, *, k: int | None = None,
        scope: Scope | None = None,
    ) -> TopK:
        """Top-k vacancies for each seeker row (all seekers by default)."""
        k = k or self.k
        wide = _check_scope(scope or self.scope)
        n = len(self.seekers_)
        rows = np.arange(n, dtype=np.int64) if seeker_rows is None else np.asarray(
            seeker_rows, dtype=np.int64)
        # neighbours in the index are neighbours in memory: seekers of one region and code
        # run after each other, and among them those living close together (0.05° cells),
        # who reach the same mini-blocks of the neighbouring regions
        S = self.seekers_
        near = (np.floor(S.lat[rows] * 20).astype(np.int64) * 100_000
                + np.floor(S.lon[rows] * 20).astype(np.int64))
        near -= near.min(initial=0)
        cell = self._sr[rows].astype(np.int64) * self.index_.cell_b0.shape[1] + self._s_code[rows]
        span = int(near.max(initial=0)) + 1
        if (int(cell.max(initial=0)) + 1) * span < 2**62:
            # one key sorts three times faster than lexsort's three
            order = np.argsort(cell * span + near, kind="stable")
        else:
            order = np.lexsort((near, cell))
        q = np.ascontiguousarray(rows[order])
        args = (*self._seeker_side(), *self._index_args(), self._threads(), self.chunk)
        idx, micro, stats = blockmax.seek_all(q, self._sr[q].astype(np.int64), self._s_code[q],
                                              wide, k, *args)
        out_idx = np.empty_like(idx)
        out_micro = np.empty_like(micro)
        out_idx[order], out_micro[order] = idx, micro
        reach_all = self.seekers_.relocate[rows] if wide else np.zeros(rows.size, dtype=bool)
        candidates = self.index_.candidate_pairs(
            self._sr[rows], self._code_group[self._s_code[rows]], reach_all)
        return TopK("vacancies_for_seekers", rows, out_idx, out_micro, int(stats[:, 0].sum()),
                    int(stats[:, 1].sum()), candidates, int(stats[:, 2].sum()))

    def _seeker_side(self) -> tuple[Any, ...]:
        S = self.seekers_
        return (self._Sf, self._Si, S.skills.indptr, S.skills.indices, S.licences.indptr,
                S.licences.indices)

    def _index_args(self) -> tuple[Any, ...]:
        ix = self.index_
        return (ix.rows, ix.VF, ix.VI, ix.CT, ix.VM, ix.sk_width, ix.li_width, ix.b_ptr, ix.BF,
                ix.BI, ix.cell_b0, ix.cell_b1, ix.cell_id, ix.CF, ix.CI, ix.code_maj, ix.code_mid,
                ix.code_sid, ix.maj_ptr, ix.maj_mids, ix.mid_ptr, ix.mid_sids, ix.sid_ptr,
                ix.sid_codes, ix.mid_id, ix.MF, ix.MI, ix.sid_id, ix.NF, ix.NI, ix.rg_sphere,
                ix.code_group, ix.tier_list, ix.tier_ptr,
                ix.local_ptr, ix.local_list, ix.wide_ptr, ix.wide_list, ix.dist_lut,
                ix.lut_inv_step, self._w, self._prm)

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
        keys = [(int(g), int(r)) for g, r in uniq]
        idx, micro, stats, pairs = self._run(
            rows, block_of, len(keys),
            lambda b: self._seeker_candidates(keys[b][0], keys[b][1], wide), False, wide, k)
        return TopK("seekers_for_vacancies", rows, idx, micro, int(stats[:, 0].sum()),
                    int(stats[:, 1].sum()), pairs)

    def recommend_for_seeker(
        self, seeker_row: int, *, k: int | None = None, scope: Scope | None = None
    ) -> TopK:
        """On-demand top-k for one seeker, on the calling thread."""
        k = k or self.k
        wide = _check_scope(scope or self.scope)
        s = int(seeker_row)
        one = np.array([s], dtype=np.int64)
        args = (*self._seeker_side(), *self._index_args(), 1, 1)
        idx, micro, stats = blockmax.seek_all(one, self._sr[one].astype(np.int64),
                                              self._s_code[one], wide, k, *args)
        return TopK("vacancies_for_seekers", np.array([s], dtype=np.int64), idx, micro,
                    int(stats[:, 0].sum()), int(stats[:, 1].sum()), int(self.index_.rows.size),
                    int(stats[:, 2].sum()))

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


