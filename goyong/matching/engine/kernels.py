"""Compiled (numba) kernels: the score of one pair and the top-k scan over candidate blocks.

The formulas are those of ``scoring.score_pairs`` written for one pair; both round the score
to micro-points, so both give the same integer (tests compare them). The scan visits the
candidates of a block sorted by KECO code in tiers of decreasing occupation level (same
세분류, same 소분류, same 중분류, same 대분류) and stops as soon as the best score a tier could
reach is below the current k-th score; inside a tier a pair is dropped as soon as its cheap
components plus the largest possible expensive ones cannot reach the k-th score. Both bounds
are exact, so the result is the exact top-k (ties broken by the lower id).
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit, prange
from numpy.typing import NDArray

from goyong.matching.engine.features import (
    EARTH_RADIUS_KM,
    SeekerArrays,
    VacancyArrays,
    unit_vectors,
)
from goyong.matching.engine.scoring import ScoringParams, commute_chords

F64 = NDArray[np.float64]
I64 = NDArray[np.int64]
I32 = NDArray[np.int32]

# columns of the packed arrays
S_UX, S_UY, S_UZ, S_COMMUTE, S_DESIRED, S_MINWAGE, S_HMIN, S_HMAX, S_EXP = range(9)
S_ID, S_OCC, S_REGION, S_RELOCATE, S_EDU, S_YOUTH, S_CBW, S_OLDER = range(8)
V_UX, V_UY, V_UZ, V_WAGE, V_HOURS, V_MINEXP, V_DAYS = range(7)
V_ID, V_OCC, V_REGION, V_MINEDU, V_SMALLGIANT, V_PARTTIME, V_CARE, V_OPENINGS = range(8)

MICRO = 1_000_000.0
INFEASIBLE = -1


def pack_seekers(s: SeekerArrays) -> tuple[F64, I64]:
    """Row-major float and int columns of the seekers for the kernels."""
    u = unit_vectors(s.lat, s.lon)
    f = np.column_stack([u, commute_chords(s), s.desired_wage, s.min_wage, s.hours_min,
                         s.hours_max, s.experience_years]).astype(np.float64)
    i = np.column_stack([s.ids, s.occupation, s.region, s.relocate, s.education, s.youth,
                         s.career_break_woman, s.older]).astype(np.int64)
    return np.ascontiguousarray(f), np.ascontiguousarray(i)


def pack_vacancies(v: VacancyArrays) -> tuple[F64, I64]:
    """Row-major float and int columns of the vacancies for the kernels."""
    u = unit_vectors(v.lat, v.lon)
    f = np.column_stack([u, v.wage, v.weekly_hours, v.min_experience_years,
                         v.days_posted]).astype(np.float64)
    i = np.column_stack([v.ids, v.occupation, v.region, v.min_education, v.small_giant,
                         v.part_time, v.care_job, v.openings]).astype(np.int64)
    return np.ascontiguousarray(f), np.ascontiguousarray(i)


def _pack_tokens(rows: I64, sets: list[tuple[I64, I32] | None]) -> tuple[I32, int, int]:
    """Fixed-width token rows: counts of each set in columns 0-2, then each set's ids in
    a slot as wide as its largest row (padding -1). Returns the matrix and the widths of
    the first two slots."""
    widths = [0 if st is None else int(np.diff(st[0]).max(initial=0)) for st in sets]
    out = np.full((rows.size, 3 + sum(widths)), -1, dtype=np.int32)
    out[:, :3] = 0
    col = 3
    for c, (st, width) in enumerate(zip(sets, widths, strict=True)):
        if st is None:
            continue
        ptr, idx = st
        start = ptr[rows]
        size = ptr[rows + 1] - start
        out[:, c] = size
        for t in range(width):
            has = size > t
            out[has, col + t] = idx[start[has] + t]
        col += width
    return out, widths[0], widths[1]


def gather_candidates(
    cand: I64, query_is_seeker: bool, Sf: F64, Si: I64, Vf: F64, Vi: I64,
    s_tokens: list[tuple[I64, I32] | None], v_tokens: list[tuple[I64, I32] | None],
) -> tuple[F64, I64, I32, int, int]:
    """Contiguous copies of the candidates' packed feature rows and token sets (skills,
    licences, required licences), in scan order: the scan then reads memory sequentially."""
    if query_is_seeker:
        ct, w_sk, w_li = _pack_tokens(cand, v_tokens)
        return np.ascontiguousarray(Vf[cand]), np.ascontiguousarray(Vi[cand]), ct, w_sk, w_li
    ct, w_sk, w_li = _pack_tokens(cand, s_tokens)
    return np.ascontiguousarray(Sf[cand]), np.ascontiguousarray(Si[cand]), ct, w_sk, w_li


def weights_tuple(params: ScoringParams) -> tuple[float, ...]:
    """The weights as a tuple (passed by value to the kernels)."""
    return tuple(float(x) for x in params.weights.as_array())


def params_tuple(params: ScoringParams) -> tuple[float, float, float, float]:
    """distance scale, freshness days, hours tolerance, same-major-group flag."""
    a = params.as_array()
    return (float(a[0]), float(a[1]), float(a[2]), float(a[3]))


@njit(cache=True)
def _intersect(a_ptr: I64, a_idx: I32, i: int, b_ptr: I64, b_idx: I32, j: int) -> int:
    p, pe = a_ptr[i], a_ptr[i + 1]
    q, qe = b_ptr[j], b_ptr[j + 1]
    n = 0
    while p < pe and q < qe:
        x = a_idx[p]
        y = b_idx[q]
        if x == y:
            n += 1
            p += 1
            q += 1
        elif x < y:
            p += 1
        else:
            q += 1
    return n


@njit(cache=True)
def level_of(a: int, b: int) -> int:
    """KECO match level of two codes (4 세분류 … 1 대분류, 0 none)."""
    if a == b:
        return 4
    if a // 10 == b // 10:
        return 3
    if a // 100 == b // 100:
        return 2
    if a // 1000 == b // 1000:
        return 1
    return 0


@njit(cache=True)
def _cheap(
    level: int, offered: float, desired: float, hmin: float, hmax: float, h: float,
    edu_gap: int, exp_years: float, req: float, programme: float, days: float,
    prm: tuple[float, float, float, float],
) -> tuple[float, float, float, float, float, float, float]:
    """occupation, wage, hours, education, experience, programme, freshness of a pair."""
    if level == 4:
        occ = 1.0
    elif level == 3:
        occ = 0.75
    elif level == 2:
        occ = 0.5
    elif level == 1:
        occ = 0.25
    else:
        occ = 0.0
    if offered <= 0:
        wage = 0.5
    elif desired <= 0 or offered >= desired:
        wage = 1.0
    else:
        wage = max(0.0, 2.0 * offered / desired - 1.0)
    gap = max(max(hmin - h, h - hmax), 0.0)
    hours = max(0.0, 1.0 - gap / prm[2])
    education = 1.0 if edu_gap <= 0 else max(0.0, 1.0 - 0.5 * edu_gap)
    rel = exp_years if level >= 2 else 0.0
    experience = 1.0 if req <= 0 else min(1.0, rel / req)
    freshness = max(0.0, 1.0 - days / prm[1])
    return occ, wage, hours, education, experience, programme, freshness


@njit(cache=True)
def _upper_micro(
    occ: float, wage: float, hours: float, distance: float, education: float,
    experience: float, programme: float, freshness: float, w: tuple[float, ...],
) -> int:
    """Micro-points no pair with these components can exceed (skills and licences at their
    maximum of 1), plus one for rounding."""
    ub = (w[0] * occ + w[1] + w[2] + w[3] * wage + w[4] * hours + w[5] * distance
          + w[6] * education + w[7] * experience + w[8] * programme + w[9] * freshness)
    return int(math.floor(ub * MICRO + 0.5)) + 1


@njit(cache=True)
def _total_micro(
    occ: float, skills: float, licences: float, wage: float, hours: float, distance: float,
    education: float, experience: float, programme: float, freshness: float,
    w: tuple[float, ...],
) -> int:
    """Weighted sum in the order of COMPONENTS (as the reference), in micro-points."""
    total = w[0] * occ
    total = total + w[1] * skills
    total = total + w[2] * licences
    total = total + w[3] * wage
    total = total + w[4] * hours
    total = total + w[5] * distance
    total = total + w[6] * education
    total = total + w[7] * experience
    total = total + w[8] * programme
    total = total + w[9] * freshness
    return int(math.floor(total * MICRO + 0.5))


@njit(cache=True)
def _distance(chord: float, scale: float) -> float:
    km = 2.0 * EARTH_RADIUS_KM * math.asin(min(chord / 2.0, 1.0))
    return math.exp(-km / scale)


@njit(cache=True)
def pair_micro(
    s: int, v: int, level: int,
    Sf: F64, Si: I64, Vf: F64, Vi: I64,
    s_sk_ptr: I64, s_sk_idx: I32, s_li_ptr: I64, s_li_idx: I32,
    v_sk_ptr: I64, v_sk_idx: I32, v_li_ptr: I64, v_li_idx: I32,
    v_rq_ptr: I64, v_rq_idx: I32,
    w: tuple[float, ...], prm: tuple[float, float, float, float], wide: bool,
) -> int:
    """Score of pair (s, v) in micro-points, -1 if infeasible (one pair; for tests and
    explanations: the scan in ``_scan`` writes the same steps out inline)."""
    dx = Sf[s, S_UX] - Vf[v, V_UX]
    dy = Sf[s, S_UY] - Vf[v, V_UY]
    dz = Sf[s, S_UZ] - Vf[v, V_UZ]
    chord = math.sqrt(dx * dx + dy * dy + dz * dz)
    if not (chord <= Sf[s, S_COMMUTE] or Si[s, S_REGION] == Vi[v, V_REGION]
            or (wide and Si[s, S_RELOCATE] != 0)):
        return INFEASIBLE
    if Vi[v, V_OPENINGS] < 1 or (level == 0 and prm[3] != 0.0):
        return INFEASIBLE
    offered = Vf[v, V_WAGE]
    if offered > 0 and offered < Sf[s, S_MINWAGE]:
        return INFEASIBLE
    n_req = v_rq_ptr[v + 1] - v_rq_ptr[v]
    if n_req > 0 and _intersect(v_rq_ptr, v_rq_idx, v, s_li_ptr, s_li_idx, s) < n_req:
        return INFEASIBLE
    prog = _programme(Si[s, S_YOUTH], Si[s, S_CBW], Si[s, S_OLDER], Vi[v, V_SMALLGIANT],
                      Vi[v, V_PARTTIME], Vi[v, V_CARE])
    occ, wage, hours, education, experience, programme, freshness = _cheap(
        level, offered, Sf[s, S_DESIRED], Sf[s, S_HMIN], Sf[s, S_HMAX], Vf[v, V_HOURS],
        Vi[v, V_MINEDU] - Si[s, S_EDU], Sf[s, S_EXP], Vf[v, V_MINEXP], prog, Vf[v, V_DAYS],
        prm)
    distance = _distance(chord, prm[0])
    s_inter = _intersect(s_sk_ptr, s_sk_idx, s, v_sk_ptr, v_sk_idx, v)
    union = (s_sk_ptr[s + 1] - s_sk_ptr[s]) + (v_sk_ptr[v + 1] - v_sk_ptr[v]) - s_inter
    skills = s_inter / union if union > 0 else 0.0
    listed = v_li_ptr[v + 1] - v_li_ptr[v]
    licences = 0.0
    if listed > 0:
        licences = _intersect(s_li_ptr, s_li_idx, s, v_li_ptr, v_li_idx, v) / listed
    return _total_micro(occ, skills, licences, wage, hours, distance, education, experience,
                        programme, freshness, w)


@njit(cache=True)
def _programme(youth: int, cbw: int, older: int, small_giant: int, part_time: int,
               care: int) -> float:
    if ((youth != 0 and small_giant != 0) or (cbw != 0 and part_time != 0)
            or (older != 0 and care != 0)):
        return 1.0
    return 0.0


@njit(cache=True)
def _better(m1: int, id1: int, m2: int, id2: int) -> bool:
    return m1 > m2 or (m1 == m2 and id1 < id2)


@njit(cache=True)
def overlap(query: I32, CT: I32, p: int, start: int, count: int) -> int:
    """How many of the sorted ids ``query`` are among CT[p, start:start + count] (sorted)."""
    hits = 0
    i, j = 0, start
    end = start + count
    while i < query.size and j < end:
        if query[i] == CT[p, j]:
            hits += 1
            i += 1
            j += 1
        elif query[i] < CT[p, j]:
            i += 1
        else:
            j += 1
    return hits


@njit(cache=True)
def insert(idx: I64, micro: I64, ids: I64, n: int, m: int, c_id: int, row: int) -> int:
    """Put (m, c_id, row) into a list best first (score, then lower id) holding ``n`` of
    at most ``idx.size`` entries, unless it is not better than a full list's last; returns
    the new length."""
    k = idx.size
    if n == k:
        if not _better(m, c_id, micro[k - 1], ids[k - 1]):
            return n
        pos = k - 1
    else:
        pos = n
        n += 1
    while pos > 0 and _better(m, c_id, micro[pos - 1], ids[pos - 1]):
        idx[pos] = idx[pos - 1]
        micro[pos] = micro[pos - 1]
        ids[pos] = ids[pos - 1]
        pos -= 1
    idx[pos] = row
    micro[pos] = m
    ids[pos] = c_id
    return n


@njit(cache=True)
def _search(codes: I64, lo: int, hi: int, x: int) -> int:
    """First position in codes[lo:hi] (sorted) whose value is >= x."""
    while lo < hi:
        mid = (lo + hi) >> 1
        if codes[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


@njit(cache=True)
def _scan(
    q: int, row: int, lo: int, hi: int, query_is_seeker: bool,
    cand: I64, ccode: I64, CF: F64, CI: I64, CT: I32, sk_width: int, li_width: int,
    Sf: F64, Si: I64, Vf: F64, Vi: I64,
    s_sk_ptr: I64, s_sk_idx: I32, s_li_ptr: I64, s_li_idx: I32,
    v_sk_ptr: I64, v_sk_idx: I32, v_li_ptr: I64, v_li_idx: I32,
    v_rq_ptr: I64, v_rq_idx: I32,
    w: tuple[float, ...], prm: tuple[float, float, float, float], wide: bool, k: int,
    out_idx: I64, out_micro: I64, stats: I64,
) -> None:
    """Top-k of query ``row`` over candidates cand[lo:hi] (sorted by code), into out[q].

    ``CF``/``CI`` hold the candidates' packed feature rows in scan order (a contiguous copy,
    so the scan reads memory sequentially); token sets are read through the original rows
    ``cand[p]``. The steps of ``pair_micro`` are written out inline: a call per pair that
    passes the arrays costs more than scoring the pair.
    """
    heap_id = np.empty(k, np.int64)
    for t in range(k):
        out_idx[q, t] = -1
        out_micro[q, t] = -1
    n = 0
    code = Si[row, S_OCC] if query_is_seeker else Vi[row, V_OCC]
    # tier bounds: [a_L, b_L) holds the candidates sharing the level-L prefix
    a = np.empty(5, np.int64)
    b = np.empty(5, np.int64)
    a[4] = _search(ccode, lo, hi, code)
    b[4] = _search(ccode, lo, hi, code + 1)
    a[3] = _search(ccode, lo, hi, (code // 10) * 10)
    b[3] = _search(ccode, lo, hi, (code // 10) * 10 + 10)
    a[2] = _search(ccode, lo, hi, (code // 100) * 100)
    b[2] = _search(ccode, lo, hi, (code // 100) * 100 + 100)
    a[1] = _search(ccode, lo, hi, (code // 1000) * 1000)
    b[1] = _search(ccode, lo, hi, (code // 1000) * 1000 + 1000)
    a[0] = lo
    b[0] = hi
    rest = w[1] + w[2] + w[3] + w[4] + w[5] + w[6] + w[7] + w[8] + w[9]
    level_score = (0.0, 0.25, 0.5, 0.75, 1.0)
    last_tier = 1 if prm[3] != 0.0 else 0
    scored = 0
    pruned = 0
    # feature rows: the query side from the full arrays, the candidate side from CF/CI
    if query_is_seeker:
        SF, SI, VF, VI = Sf, Si, CF, CI
        q_sk = s_sk_idx[s_sk_ptr[row] : s_sk_ptr[row + 1]]
        q_li = s_li_idx[s_li_ptr[row] : s_li_ptr[row + 1]]  # held
        q_rq = q_li[:0]
    else:
        SF, SI, VF, VI = CF, CI, Vf, Vi
        q_sk = v_sk_idx[v_sk_ptr[row] : v_sk_ptr[row + 1]]
        q_li = v_li_idx[v_li_ptr[row] : v_li_ptr[row + 1]]  # listed
        q_rq = v_rq_idx[v_rq_ptr[row] : v_rq_ptr[row + 1]]
    n_qsk, n_qli, n_qrq = q_sk.size, q_li.size, q_rq.size
    # packed candidate tokens: counts in columns 0-2, then skills, licences, required
    o_li = 3 + sk_width
    o_rq = o_li + li_width
    for level in range(4, last_tier - 1, -1):
        if n == k:
            ub = w[0] * level_score[level] + rest
            if math.floor(ub * MICRO + 0.5) + 1 < out_micro[q, k - 1]:
                break
        for part in range(2):
            if level == 4:
                if part == 1:
                    break
                p0, p1 = a[4], b[4]
            elif part == 0:
                p0, p1 = a[level], a[level + 1]
            else:
                p0, p1 = b[level + 1], b[level]
            for p in range(p0, p1):
                if query_is_seeker:
                    sf, vf = row, p
                else:
                    sf, vf = p, row
                # place first: the most selective test
                dx = SF[sf, S_UX] - VF[vf, V_UX]
                dy = SF[sf, S_UY] - VF[vf, V_UY]
                dz = SF[sf, S_UZ] - VF[vf, V_UZ]
                chord = math.sqrt(dx * dx + dy * dy + dz * dz)
                if not (chord <= SF[sf, S_COMMUTE] or SI[sf, S_REGION] == VI[vf, V_REGION]
                        or (wide and SI[sf, S_RELOCATE] != 0)):
                    continue
                # the other hard constraints
                if VI[vf, V_OPENINGS] < 1:
                    continue
                offered = VF[vf, V_WAGE]
                if offered > 0 and offered < SF[sf, S_MINWAGE]:
                    continue
                c_sk, c_li, c_rq = CT[p, 0], CT[p, 1], CT[p, 2]
                # the vacancy's required licences must all be among the seeker's
                if query_is_seeker and c_rq > 0 and overlap(q_li, CT, p, o_rq, c_rq) < c_rq:
                    continue
                if (not query_is_seeker and n_qrq > 0
                        and overlap(q_rq, CT, p, o_li, c_li) < n_qrq):
                    continue
                prog = _programme(SI[sf, S_YOUTH], SI[sf, S_CBW], SI[sf, S_OLDER],
                                  VI[vf, V_SMALLGIANT], VI[vf, V_PARTTIME], VI[vf, V_CARE])
                occ, wage, hours, education, experience, programme, freshness = _cheap(
                    level, offered, SF[sf, S_DESIRED], SF[sf, S_HMIN], SF[sf, S_HMAX],
                    VF[vf, V_HOURS], VI[vf, V_MINEDU] - SI[sf, S_EDU], SF[sf, S_EXP],
                    VF[vf, V_MINEXP], prog, VF[vf, V_DAYS], prm)
                distance = _distance(chord, prm[0])
                if n == k and _upper_micro(occ, wage, hours, distance, education, experience,
                                           programme, freshness, w) < out_micro[q, k - 1]:
                    pruned += 1
                    continue
                # skills: Jaccard; licences: share of the listed ones held
                s_inter = overlap(q_sk, CT, p, 3, c_sk)
                union = n_qsk + c_sk - s_inter
                skills = s_inter / union if union > 0 else 0.0
                l_inter = overlap(q_li, CT, p, o_li, c_li)
                listed = c_li if query_is_seeker else n_qli
                licences = l_inter / listed if listed > 0 else 0.0
                m = _total_micro(occ, skills, licences, wage, hours, distance, education,
                                 experience, programme, freshness, w)
                scored += 1
                c_id = VI[vf, V_ID] if query_is_seeker else SI[sf, S_ID]
                n = insert(out_idx[q], out_micro[q], heap_id, n, m, c_id, cand[p])
    stats[q, 0] = scored
    stats[q, 1] = pruned


@njit(cache=True, parallel=True)
def topk_blocks(
    rows: I64, qblock: I64, query_is_seeker: bool,
    cand: I64, cptr: I64, ccode: I64, CF: F64, CI: I64, CT: I32, sk_width: int, li_width: int,
    Sf: F64, Si: I64, Vf: F64, Vi: I64,
    s_sk_ptr: I64, s_sk_idx: I32, s_li_ptr: I64, s_li_idx: I32,
    v_sk_ptr: I64, v_sk_idx: I32, v_li_ptr: I64, v_li_idx: I32,
    v_rq_ptr: I64, v_rq_idx: I32,
    w: tuple[float, ...], prm: tuple[float, float, float, float], wide: bool, k: int,
    n_threads: int, chunk: int,
) -> tuple[I64, I64, I64]:
    """Top-k for every query ``rows[q]`` over the candidates of its block ``qblock[q]``.

    ``CF``/``CI`` are the packed feature rows of ``cand`` (``Vf[cand]``/``Vi[cand]`` when
    the queries are seekers, ``Sf[cand]``/``Si[cand]`` otherwise). Chunks of ``chunk``
    queries are dealt round-robin to ``n_threads`` threads.
    """
    nq = rows.size
    out_idx = np.empty((nq, k), np.int64)
    out_micro = np.empty((nq, k), np.int64)
    stats = np.zeros((nq, 2), np.int64)
    n_chunks = (nq + chunk - 1) // chunk
    for t in prange(n_threads):
        for c in range(t, n_chunks, n_threads):
            for q in range(c * chunk, min(nq, (c + 1) * chunk)):
                blk = qblock[q]
                _scan(q, rows[q], cptr[blk], cptr[blk + 1], query_is_seeker, cand, ccode,
                      CF, CI, CT, sk_width, li_width, Sf, Si, Vf, Vi, s_sk_ptr, s_sk_idx, s_li_ptr, s_li_idx,
                      v_sk_ptr, v_sk_idx, v_li_ptr, v_li_idx, v_rq_ptr, v_rq_idx, w, prm,
                      wide, k, out_idx, out_micro, stats)
    return out_idx, out_micro, stats


@njit(cache=True)
def greedy_capped(
    order: I64, q_of: I64, c_of: I64, cap: I64, k: int, n_queries: int, n_cands: int,
) -> tuple[I64, I64]:
    """Accept entries in ``order`` while the query has < k and the candidate < cap entries.

    Returns the accepted flags (by entry) and the count per candidate.
    """
    taken = np.zeros(n_queries, np.int64)
    used = np.zeros(n_cands, np.int64)
    accepted = np.zeros(order.size, np.int64)
    for e in order:
        qq = q_of[e]
        cc = c_of[e]
        if taken[qq] < k and used[cc] < cap[cc]:
            taken[qq] += 1
            used[cc] += 1
            accepted[e] = 1
    return accepted, used
