"""Top-k vacancies per seeker over a block-max index of the vacancies.

The vacancies that can be recommended are sorted once, at fit time, by (jurisdiction,
KECO 세분류) into *cells*, and each cell is cut into *mini-blocks* of at most ``block_size``
rows: the leaves of a k-d split on place, wage and weekly hours. Every mini-block, every
cell and every 중분류 and 소분류 of a jurisdiction keeps a *summary* of what bounds its
pairs' scores: a bounding sphere of the workplaces, the highest stated wage, the range of
weekly hours, the lowest education and experience asked, programme flags, the freshest
posting, the range of skill-set sizes and the skills and licences named as hashed masks.
A seeker's query works in tiers of falling occupation level (same 세분류, same 소분류, same
중분류, same 대분류), in its own jurisdiction first and then in the jurisdictions it can
reach, and

* stops when a whole tier cannot beat its current k-th score,
* skips a jurisdiction whose vacancies of the group all lie beyond the commute limit
  (bounding sphere per jurisdiction × group),
* skips a 중분류 or 소분류 of a jurisdiction, a cell, a mini-block that is out of reach or
  whose bound is below the k-th score,
* drops a pair whose cheap components plus the largest possible rest cannot reach it.

Every bound is an upper bound of the exact score (distances through the triangle
inequality on chords, the rest by monotonicity), compared in micro-points with a margin of
one, so the lists are exactly those of a brute force (ties: lower id first). No list of
candidates is built per query and no Python runs per block: one compiled call does all.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

import numpy as np
from llvmlite import ir
from numba import njit, prange, types
from numba.core import cgutils
from numba.extending import intrinsic
from numpy.typing import NDArray

from goyong.matching.engine import kernels
from goyong.matching.engine.features import (
    EARTH_RADIUS_KM,
    FloatArray,
    IntArray,
    occupation_level,
)
from goyong.matching.engine.kernels import (
    MICRO,
    S_CBW,
    S_COMMUTE,
    S_DESIRED,
    S_EDU,
    S_EXP,
    S_HMAX,
    S_HMIN,
    S_MINWAGE,
    S_OLDER,
    S_RELOCATE,
    S_UX,
    S_UY,
    S_UZ,
    S_YOUTH,
    V_CARE,
    V_DAYS,
    V_HOURS,
    V_ID,
    V_MINEDU,
    V_MINEXP,
    V_PARTTIME,
    V_SMALLGIANT,
    V_UX,
    V_UY,
    V_UZ,
    V_WAGE,
)

I32 = NDArray[np.int32]

# mini-block float columns
B_CX, B_CY, B_CZ, B_RAD, B_MAXWAGE, B_HLO, B_HHI, B_MINDAYS, B_MINEXP = range(9)
# mini-block int columns, then the skill and the licence set as masks of hashed ids
# (``n_words`` words of 63 bits each: columns B_MASK… skills, B_MASK + n_words… licences)
B_NEG, B_MINEDU, B_SG, B_PT, B_CARE, B_LISTED, B_SKLO, B_SKHI, B_LILO, B_MASK = range(10)
BLOCK_WORDS = 2  # 126 bits: a mini-block or cell holds a few dozen distinct tokens
SUMMARY_WORDS = 64  # 4,032 bits: a 중분류 or 소분류 of a region holds hundreds

LUT_SIZE = 2048  # 16 KB: stays in the L1 cache
_CHORD_MARGIN = 1e-12  # reach tests on bounding spheres: never exclude a pair at the limit


@dataclass
class BlockIndex:
    """The vacancies in block-max order (see the module docstring); built by ``build``."""

    rows: IntArray  # vacancy row of each position
    VF: FloatArray  # packed float features in index order
    VI: IntArray  # packed int features in index order
    CT: I32  # packed token sets in index order (kernels._pack_tokens)
    VM: IntArray  # skill and licence masks in index order (``_row_masks``)
    sk_width: int
    li_width: int
    b_ptr: IntArray  # mini-block b holds positions b_ptr[b]:b_ptr[b+1]
    BF: FloatArray
    BI: IntArray
    cell_b0: IntArray  # (regions, codes): first mini-block of the cell
    cell_b1: IntArray
    cell_id: IntArray  # (regions, codes): row of the cell in CF/CI
    CF: FloatArray  # summaries of whole cells (same columns as BF/BI)
    CI: IntArray
    code_maj: IntArray  # dense 대분류, 중분류, 소분류 of each dense code
    code_mid: IntArray
    code_sid: IntArray
    maj_ptr: IntArray  # the 중분류 of each 대분류: maj_mids[maj_ptr[m]:maj_ptr[m + 1]]
    maj_mids: IntArray
    mid_ptr: IntArray  # the 소분류 of each 중분류
    mid_sids: IntArray
    sid_ptr: IntArray  # the codes of each 소분류
    sid_codes: IntArray
    mid_id: IntArray  # (regions, 중분류): row in MF/MI, -1 if none; SUMMARY_WORDS masks
    MF: FloatArray
    MI: IntArray
    sid_id: IntArray  # (regions, 소분류): row in NF/NI, -1 if none
    NF: FloatArray
    NI: IntArray
    rg_sphere: FloatArray  # (regions, groups, 4): centre and radius chord, radius -1 if empty
    code_group: IntArray  # group index of each code
    tier_list: IntArray  # per seeker code: every code in falling level order
    tier_ptr: IntArray  # (codes, 6): tier_list[tier_ptr[c, 4 - L]:tier_ptr[c, 5 - L]] at level L
    local_ptr: IntArray  # regions a seeker of region r may reach: local_list[local_ptr[r]:…]
    local_list: IntArray
    wide_ptr: IntArray  # every region, nearest first (relocators in the wide scope)
    wide_list: IntArray
    dist_lut: FloatArray  # upper bound of the distance component by chord bin
    lut_inv_step: float
    vac_count: IntArray  # (groups, regions) vacancies that can be recommended

    def candidate_pairs(self, seeker_region: IntArray, seeker_group: IntArray,
                        reach_all: NDArray[np.bool_]) -> int:
        """Pairs a scan without bounds would test: for each seeker, the vacancies of its
        group in every region it may reach."""
        n_r = self.local_ptr.size - 1
        per = np.zeros((self.vac_count.shape[0], n_r), dtype=np.int64)
        for r in range(n_r):
            per[:, r] = self.vac_count[:, self.local_list[self.local_ptr[r]:self.local_ptr[r + 1]]
                                       ].sum(axis=1)
        local = per[seeker_group, seeker_region]
        total_g = self.vac_count.sum(axis=1)[seeker_group]
        return int(np.where(reach_all, total_g, local).sum())


def distance_lut(scale_km: float, max_km: float) -> tuple[FloatArray, float]:
    """Upper bounds of exp(−km/scale) by chord bin: entry i is the value at the lower edge
    of bin i − 1, so any chord falling in bin i scores at most that (the component falls
    with distance)."""
    max_chord = 2.0 * math.sin(min(max_km / (2.0 * EARTH_RADIUS_KM), math.pi / 2))
    step = max_chord / (LUT_SIZE - 2)
    edges = np.maximum(np.arange(LUT_SIZE) - 1, 0) * step
    km = 2.0 * EARTH_RADIUS_KM * np.arcsin(np.minimum(edges / 2.0, 1.0))
    return np.exp(-km / scale_km), 1.0 / step


def build(
    Vf: FloatArray, Vi: IntArray, v_tokens: list[tuple[IntArray, I32] | None],
    v_region: IntArray, v_code: IntArray, n_regions: int, n_codes: int, code_values: IntArray,
    code_group: IntArray, openings: IntArray, local_lists: list[IntArray],
    region_centre: FloatArray, scale_km: float, block_size: int,
) -> BlockIndex:
    """Sort and cut the vacancies (``v_region``/``v_code`` are dense indices)."""
    eligible = np.flatnonzero(openings >= 1)
    u = Vf[:, [V_UX, V_UY, V_UZ]]
    order = eligible[np.lexsort((Vi[eligible, V_ID], v_code[eligible], v_region[eligible]))]
    reg, cod = v_region[order], v_code[order]
    n = order.size
    change = np.ones(n, dtype=bool)
    if n:
        change[1:] = (reg[1:] != reg[:-1]) | (cod[1:] != cod[:-1])
    cell_start = np.flatnonzero(change)
    # mini-blocks: leaves of a k-d split of each cell on what moves a score most between
    # vacancies of one occupation: place (in units of the distance scale), wage (log, so
    # that a ratio counts the same at any level, weighted double: it is also a hard floor;
    # 협의 apart) and weekly hours. The weights were tuned on the benchmark instance.
    lat = np.degrees(np.arcsin(np.clip(u[:, 2], -1, 1)))
    lon = np.degrees(np.arctan2(u[:, 1], u[:, 0]))
    wage = Vf[:, V_WAGE]
    keys = np.column_stack([
        lon * 111.195 * math.cos(math.radians(36.0)) / scale_km,
        lat * 111.195 / scale_km,
        np.where(wage > 0, np.log(np.maximum(wage, 1.0)) / 0.25, -100.0),
        Vf[:, V_HOURS] / 10.0,
    ])
    starts = _kd_leaves(np.ascontiguousarray(keys), order, np.append(cell_start, n), block_size)
    b_ptr = np.append(starts, n).astype(np.int64)
    n_b = starts.size
    VF = np.ascontiguousarray(Vf[order])
    VI = np.ascontiguousarray(Vi[order])
    CT, sk_width, li_width = kernels._pack_tokens(order, v_tokens)
    VM = _row_masks(CT, sk_width)
    BF, BI = _block_features(VF, VI, CT, b_ptr, sk_width, BLOCK_WORDS)
    cell_b0 = np.zeros((n_regions, n_codes), dtype=np.int64)
    cell_b1 = np.zeros((n_regions, n_codes), dtype=np.int64)
    cell_id = np.zeros((n_regions, n_codes), dtype=np.int64)
    CF, CI = _block_features(VF, VI, CT, np.append(cell_start, n).astype(np.int64), sk_width,
                             BLOCK_WORDS)
    if cell_start.size:
        cell_id[reg[cell_start], cod[cell_start]] = np.arange(cell_start.size)
    if n_b:
        b_reg, b_cod = reg[starts], cod[starts]
        first = np.ones(n_b, dtype=bool)
        first[1:] = (b_reg[1:] != b_reg[:-1]) | (b_cod[1:] != b_cod[:-1])
        f = np.flatnonzero(first)
        last = np.append(f[1:], n_b)
        cell_b0[b_reg[f], b_cod[f]] = f
        cell_b1[b_reg[f], b_cod[f]] = last
    # the KECO hierarchy over the dense codes, and a summary of each region's 중분류 and
    # 소분류 (contiguous: positions are sorted by region, then code)
    code_maj = _dense(code_values // 1000)
    code_mid = _dense(code_values // 100)
    code_sid = _dense(code_values // 10)
    maj_ptr, maj_mids = _children(code_maj, code_mid)
    mid_ptr, mid_sids = _children(code_mid, code_sid)
    sid_ptr, sid_codes = _children(code_sid, np.arange(code_values.size))
    mid_id, MF, MI = _summaries(reg, code_mid[cod], n_regions, int(code_mid.max(initial=0)) + 1,
                                VF, VI, CT, sk_width)
    sid_id, NF, NI = _summaries(reg, code_sid[cod], n_regions, int(code_sid.max(initial=0)) + 1,
                                VF, VI, CT, sk_width)
    n_groups = int(code_group.max(initial=0)) + 1
    rg_sphere, vac_count = _region_group_spheres(u[order], reg, code_group[cod], n_regions,
                                                 n_groups)
    tier_list, tier_ptr = _tiers(code_values, code_group)
    local_ptr, local_list = _csr(local_lists)
    wide_lists = []
    for r in range(n_regions):
        d = np.linalg.norm(region_centre - region_centre[r], axis=1)
        d[r] = -1.0
        wide_lists.append(np.argsort(d, kind="stable"))
    wide_ptr, wide_list = _csr(wide_lists)
    lut, inv = distance_lut(scale_km, 10.0 * scale_km)
    return BlockIndex(order.astype(np.int64), VF, VI, CT, VM, sk_width, li_width, b_ptr, BF, BI,
                      cell_b0, cell_b1, cell_id, CF, CI, code_maj, code_mid, code_sid, maj_ptr,
                      maj_mids, mid_ptr, mid_sids, sid_ptr, sid_codes, mid_id, MF, MI, sid_id,
                      NF, NI, rg_sphere, code_group.astype(np.int64),
                      tier_list, tier_ptr, local_ptr, local_list, wide_ptr, wide_list, lut, inv, vac_count)


@njit(cache=True)
def _kd_leaves(keys: FloatArray, perm: IntArray, cell_ptr: IntArray, leaf: int) -> IntArray:
    """Reorder ``perm`` inside each cell into the leaves of a k-d split (widest key first,
    halves of whole leaves) and return the first position of every leaf, ascending."""
    n = perm.size
    starts = np.empty(n, np.int64)
    n_leaves = 0
    stack = np.empty((2 * 64 + 2, 2), np.int64)
    for c in range(cell_ptr.size - 1):
        top = 0
        stack[0, 0], stack[0, 1] = cell_ptr[c], cell_ptr[c + 1]
        while top >= 0:
            lo, hi = stack[top, 0], stack[top, 1]
            top -= 1
            if hi - lo <= leaf:
                starts[n_leaves] = lo
                n_leaves += 1
                continue
            best, spread = 0, -1.0
            for d in range(keys.shape[1]):
                a, b = np.inf, -np.inf
                for p in range(lo, hi):
                    x = keys[perm[p], d]
                    a = min(a, x)
                    b = max(b, x)
                if b - a > spread:
                    best, spread = d, b - a
            sub = perm[lo:hi].copy()
            o = np.argsort(keys[sub, best], kind="mergesort")
            for i in range(hi - lo):
                perm[lo + i] = sub[o[i]]
            whole = (hi - lo + leaf - 1) // leaf
            mid = lo + leaf * ((whole + 1) // 2)
            # the lower half on top of the stack: leaves come out in position order
            stack[top + 1, 0], stack[top + 1, 1] = mid, hi
            stack[top + 2, 0], stack[top + 2, 1] = lo, mid
            top += 2
    return starts[:n_leaves].copy()


def _dense(values: IntArray) -> IntArray:
    return np.unique(values, return_inverse=True)[1].ravel().astype(np.int64)


def _children(parent: IntArray, child: IntArray) -> tuple[IntArray, IntArray]:
    """For each parent id, its distinct child ids (CSR)."""
    n = int(parent.max(initial=-1)) + 1
    return _csr([np.unique(child[parent == i]) for i in range(n)])


def _summaries(reg: IntArray, part: IntArray, n_regions: int, n_parts: int, VF: FloatArray,
               VI: IntArray, CT: I32, sk_width: int) -> tuple[IntArray, FloatArray, IntArray]:
    """Summaries of the runs of equal (region, part) positions, and their rows by
    (region, part) (-1 where none)."""
    n = reg.size
    start = np.ones(n, dtype=bool)
    if n:
        start[1:] = (reg[1:] != reg[:-1]) | (part[1:] != part[:-1])
    first = np.flatnonzero(start)
    F, N = _block_features(VF, VI, CT, np.append(first, n).astype(np.int64), sk_width,
                           SUMMARY_WORDS)
    ids = np.full((n_regions, n_parts), -1, dtype=np.int64)
    ids[reg[first], part[first]] = np.arange(first.size)
    return ids, F, N


def _csr(lists: list[IntArray]) -> tuple[IntArray, IntArray]:
    ptr = np.zeros(len(lists) + 1, dtype=np.int64)
    np.cumsum([x.size for x in lists], out=ptr[1:])
    flat = np.concatenate(lists).astype(np.int64) if lists else np.zeros(0, np.int64)
    return ptr, flat


def _tiers(code_values: IntArray, code_group: IntArray) -> tuple[IntArray, IntArray]:
    """For each code, the codes of its group (all codes when there is one group) ordered by
    falling match level, with the tier boundaries."""
    nc = code_values.size
    level = occupation_level(code_values[:, None], code_values[None, :])
    level = np.where(code_group[:, None] == code_group[None, :], level, -1)
    lists = []
    ptr = np.zeros((nc, 6), dtype=np.int64)
    at = 0
    for c in range(nc):
        ptr[c, 0] = at
        for t, lv in enumerate((4, 3, 2, 1, 0)):
            part = np.flatnonzero(level[c] == lv)
            lists.append(part)
            at += part.size
            ptr[c, t + 1] = at
    flat = np.concatenate(lists).astype(np.int64) if lists else np.zeros(0, np.int64)
    return flat, ptr


def _region_group_spheres(u: FloatArray, reg: IntArray, grp: IntArray, n_regions: int,
                          n_groups: int) -> tuple[FloatArray, IntArray]:
    sphere = np.zeros((n_regions, n_groups, 4))
    sphere[:, :, 3] = -1.0
    count = np.zeros((n_groups, n_regions), dtype=np.int64)
    if reg.size == 0:
        return sphere, count
    np.add.at(count, (grp, reg), 1)
    centre = np.zeros((n_regions, n_groups, 3))
    np.add.at(centre, (reg, grp), u)
    centre /= np.maximum(count.T[:, :, None], 1)
    rad = np.full((n_regions, n_groups), -1.0)
    d = np.linalg.norm(u - centre[reg, grp], axis=1)
    np.maximum.at(rad, (reg, grp), d)
    sphere[:, :, :3] = centre
    sphere[:, :, 3] = rad
    return sphere, count


def _ctpop(typingctx, x):  # type: ignore[no-untyped-def]
    """Bits set in an int64 (``llvm.ctpop``: one instruction on the CPUs we run on)."""
    sig = types.int64(types.int64)

    def codegen(context, builder, signature, args):  # type: ignore[no-untyped-def]
        fnty = ir.FunctionType(ir.IntType(64), [ir.IntType(64)])
        fn = cgutils.get_or_insert_function(builder.module, fnty, "llvm.ctpop.i64")
        return builder.call(fn, [args[0]])

    return sig, codegen


_popcount = cast(Callable[[int], int], intrinsic(_ctpop))


@njit(cache=True, inline="always", error_model="numpy")
def _hits(N: IntArray, b: int, col: int, n_words: int, n_q: int, word: IntArray,
          bit: IntArray, m0: int, m1: int, slack: int) -> int:
    """At least as many as the query's tokens found in the mask at N[b, col:col + n_words]:
    two-word masks by popcount of the query's mask (``slack``: its tokens that share a
    bit), wider ones token by token."""
    if n_words == BLOCK_WORDS:
        return _popcount(N[b, col] & m0) + _popcount(N[b, col + 1] & m1) + slack
    hits = 0
    for i in range(n_q):
        hits += (N[b, col + word[i]] >> bit[i]) & 1
    return hits


@njit(cache=True, error_model="numpy")
def _bit(token: int, n_words: int) -> tuple[int, int]:
    """Word and bit of a token in a mask of ``n_words`` × 63 bits (multiplicative hash, so
    that the ids of one occupation's pool spread over the mask)."""
    h = ((token * 2654435761) >> 7) % (63 * n_words)
    return h // 63, h % 63


@njit(cache=True, error_model="numpy")
def _row_masks(CT: I32, sk_width: int) -> IntArray:
    """Skill and licence masks of each row: columns 0-1 skills, 2-3 licences named."""
    o_li = 3 + sk_width
    VM = np.zeros((CT.shape[0], 4), np.int64)
    for p in range(CT.shape[0]):
        for j in range(3, 3 + CT[p, 0]):
            wd, bt = _bit(CT[p, j], BLOCK_WORDS)
            VM[p, wd] |= np.int64(1) << bt
        for j in range(o_li, o_li + CT[p, 1]):
            wd, bt = _bit(CT[p, j], BLOCK_WORDS)
            VM[p, 2 + wd] |= np.int64(1) << bt
    return VM


@njit(cache=True, error_model="numpy")
def _block_features(VF: FloatArray, VI: IntArray, CT: I32, b_ptr: IntArray, sk_width: int,
                    n_words: int) -> tuple[FloatArray, IntArray]:
    """Summaries of the position ranges b_ptr[b]:b_ptr[b + 1] (see the B_* columns)."""
    n_b = b_ptr.size - 1
    o_li = 3 + sk_width
    BF = np.zeros((n_b, 9))
    BI = np.zeros((n_b, B_MASK + 2 * n_words), np.int64)
    for b in range(n_b):
        p0, p1 = b_ptr[b], b_ptr[b + 1]
        cx = cy = cz = 0.0
        for p in range(p0, p1):
            cx += VF[p, V_UX]
            cy += VF[p, V_UY]
            cz += VF[p, V_UZ]
        m = p1 - p0
        cx /= m
        cy /= m
        cz /= m
        rad = 0.0
        maxwage = 0.0
        hlo, hhi = np.inf, -np.inf
        mindays, minexp = np.inf, np.inf
        neg, minedu, sg, pt, care, listed = 0, 1 << 30, 0, 0, 0, 0
        sklo, skhi, lilo = 1 << 30, 0, 1 << 30
        for p in range(p0, p1):
            for j in range(3, 3 + CT[p, 0]):
                wd, bt = _bit(CT[p, j], n_words)
                BI[b, B_MASK + wd] |= np.int64(1) << bt
            for j in range(o_li, o_li + CT[p, 1]):
                wd, bt = _bit(CT[p, j], n_words)
                BI[b, B_MASK + n_words + wd] |= np.int64(1) << bt
            if CT[p, 1] > 0:
                lilo = min(lilo, CT[p, 1])
            dx, dy, dz = VF[p, V_UX] - cx, VF[p, V_UY] - cy, VF[p, V_UZ] - cz
            rad = max(rad, math.sqrt(dx * dx + dy * dy + dz * dz))
            wage = VF[p, V_WAGE]
            if wage > 0:
                maxwage = max(maxwage, wage)
            else:
                neg = 1
            hlo = min(hlo, VF[p, V_HOURS])
            hhi = max(hhi, VF[p, V_HOURS])
            mindays = min(mindays, VF[p, V_DAYS])
            minexp = min(minexp, VF[p, V_MINEXP])
            minedu = min(minedu, VI[p, V_MINEDU])
            sg |= VI[p, V_SMALLGIANT] != 0
            pt |= VI[p, V_PARTTIME] != 0
            care |= VI[p, V_CARE] != 0
            listed |= CT[p, 1] > 0
            sklo = min(sklo, CT[p, 0])
            skhi = max(skhi, CT[p, 0])
        BF[b, B_CX], BF[b, B_CY], BF[b, B_CZ], BF[b, B_RAD] = cx, cy, cz, rad
        BF[b, B_MAXWAGE], BF[b, B_HLO], BF[b, B_HHI] = maxwage, hlo, hhi
        BF[b, B_MINDAYS], BF[b, B_MINEXP] = mindays, minexp
        BI[b, B_NEG], BI[b, B_MINEDU], BI[b, B_SG], BI[b, B_PT] = neg, minedu, sg, pt
        BI[b, B_CARE], BI[b, B_LISTED], BI[b, B_SKLO], BI[b, B_SKHI] = care, listed, sklo, skhi
        BI[b, B_LILO] = lilo
    return BF, BI


@njit(cache=True, inline="always", error_model="numpy")
def _below(ub: float, kth: int) -> bool:
    """No pair scoring at most ``ub`` (points) can reach or tie the k-th score ``kth``
    (micro-points): floor(ub·10⁶ + ½) + 1 < kth, a margin of one micro-point over the
    rounding of any bound (products with reciprocals, sums in any order)."""
    return ub * MICRO < kth - 1.5


@njit(cache=True, inline="always", error_model="numpy")
def _cheap_bound(
    occ: float, maxwage: float, neg: bool, hlo: float, hhi: float, minedu: int, minexp: float,
    sg: bool, pt: bool, care: bool, mindays: float, desired: float, hmin: float, hmax: float,
    edu: int, rel: float, youth: bool, cbw: bool, older: bool,
    rcp: tuple[float, float, float, float], w: tuple[float, ...],
) -> float:
    """The occupation, wage, hours, education, experience, programme and freshness terms
    no posting can exceed whose highest stated wage is ``maxwage`` (``neg``: or 협의), hours
    lie in [hlo, hhi], lowest education and experience asked are ``minedu``/``minexp``,
    programme flags ``sg``/``pt``/``care`` and freshest posting ``mindays`` old: a summary's
    ranges, or one posting's values. ``rcp``: 1 / desired wage, 1 / hours tolerance,
    1 / freshness days (products instead of quotients, see ``_below``), bins per chord unit
    of the distance table. Summed as a tree: short dependency chains."""
    wb = 0.5 if neg else 0.0
    if maxwage > 0 and (desired <= 0 or maxwage >= desired):
        wb = 1.0
    elif maxwage > 0:
        wb = max(wb, 2.0 * maxwage * rcp[0] - 1.0)
    hb = max(0.0, 1.0 - max(max(hmin - hhi, hlo - hmax), 0.0) * rcp[1])
    egap = minedu - edu
    eb = 1.0 if egap <= 0 else max(0.0, 1.0 - 0.5 * egap)
    xb = 1.0 if minexp <= 0 else min(1.0, rel / minexp)
    pb = 1.0 if ((youth and sg) or (cbw and pt) or (older and care)) else 0.0
    fb = max(0.0, 1.0 - mindays * rcp[2])
    return ((w[0] * occ + w[3] * wb) + (w[4] * hb + w[6] * eb)) + ((w[7] * xb + w[8] * pb)
                                                                  + w[9] * fb)


@njit(cache=True, error_model="numpy")
def _lut(lut: FloatArray, inv: float, chord: float) -> float:
    i = int(chord * inv)
    if i >= lut.size:
        i = lut.size - 1
    return lut[i]


UNREACHABLE = -1.0


@njit(cache=True, inline="always", error_model="numpy")
def _bound(
    F: FloatArray, N: IntArray, b: int, sx: float, sy: float, sz: float, free: bool,
    commute: float, minwage: float, desired: float, hmin: float, hmax: float, edu: int,
    rel: float, youth: bool, cbw: bool, older: bool, occ: float,
    n_qsk: int, sk_word: IntArray, sk_bit: IntArray, n_qli: int, li_word: IntArray,
    li_bit: IntArray, n_words: int, qm: tuple[int, int, int, int, int, int],
    rcp: tuple[float, float, float, float], lut: FloatArray, w: tuple[float, ...],
) -> float:
    """A score (points) that no pair of the seeker with a vacancy of row ``b`` of a
    summary (mini-block or cell) can exceed, or UNREACHABLE when no pair is feasible.
    ``free``: the place test holds anyway (same jurisdiction, or a relocator). ``qm``: the
    seeker's two-word skill and licence masks (see ``_hits``); ``rcp``: see
    ``_cheap_bound``."""
    dx, dy, dz = sx - F[b, B_CX], sy - F[b, B_CY], sz - F[b, B_CZ]
    near = max(math.sqrt(dx * dx + dy * dy + dz * dz) - F[b, B_RAD], 0.0)
    if not free and near > commute + _CHORD_MARGIN:
        return UNREACHABLE
    maxwage = F[b, B_MAXWAGE]
    neg = N[b, B_NEG] != 0
    if not neg and maxwage < minwage:
        return UNREACHABLE
    # overlaps: at most the seeker's tokens whose bit is in the mask; Jaccard I/(a+b-I)
    # then peaks at the smallest set size b
    hits = min(_hits(N, b, B_MASK, n_words, n_qsk, sk_word, sk_bit, qm[0], qm[1], qm[2]),
               n_qsk, N[b, B_SKHI])
    sb = hits / (n_qsk + max(N[b, B_SKLO] - hits, 0)) if hits > 0 else 0.0
    lb = 0.0
    if N[b, B_LISTED] != 0:
        hits = _hits(N, b, B_MASK + n_words, n_words, n_qli, li_word, li_bit, qm[3], qm[4],
                     qm[5])
        lb = min(1.0, hits / N[b, B_LILO])
    return (_cheap_bound(occ, maxwage, neg, F[b, B_HLO], F[b, B_HHI], N[b, B_MINEDU],
                         F[b, B_MINEXP], N[b, B_SG] != 0, N[b, B_PT] != 0, N[b, B_CARE] != 0,
                         F[b, B_MINDAYS], desired, hmin, hmax, edu, rel, youth, cbw, older, rcp,
                         w)
            + (w[1] * sb + w[2] * lb + w[5] * _lut(lut, rcp[3], near)))


@njit(cache=True, error_model="numpy")
def _seek(
    q: int, s: int, s_region: int, s_code: int, wide: bool, k: int,
    Sf: FloatArray, Si: IntArray, s_sk_ptr: IntArray, s_sk_idx: I32, s_li_ptr: IntArray,
    s_li_idx: I32,
    rows: IntArray, VF: FloatArray, VI: IntArray, CT: I32, VM: IntArray, sk_width: int,
    li_width: int,
    b_ptr: IntArray, BF: FloatArray, BI: IntArray, cell_b0: IntArray, cell_b1: IntArray,
    cell_id: IntArray, CF: FloatArray, CI: IntArray,
    code_maj: IntArray, code_mid: IntArray, code_sid: IntArray, maj_ptr: IntArray,
    maj_mids: IntArray, mid_ptr: IntArray, mid_sids: IntArray, sid_ptr: IntArray,
    sid_codes: IntArray, mid_id: IntArray, MF: FloatArray, MI: IntArray, sid_id: IntArray,
    NF: FloatArray, NI: IntArray,
    rg_sphere: FloatArray, code_group: IntArray, tier_list: IntArray, tier_ptr: IntArray,
    local_ptr: IntArray, local_list: IntArray, wide_ptr: IntArray, wide_list: IntArray,
    lut: FloatArray, inv: float,
    w: tuple[float, ...], prm: tuple[float, float, float, float],
    out_idx: IntArray, out_micro: IntArray, out_id: IntArray, stats: IntArray,
    scratch: IntArray,
) -> None:
    """Top-k vacancies of seeker row ``s`` into row ``q`` of the outputs. ``scratch``
    holds at least 2 × (skills + licences of the seeker) + the number of regions."""
    for t in range(k):
        out_idx[q, t] = -1
        out_micro[q, t] = -1
        out_id[q, t] = -1
    n = 0
    sx, sy, sz = Sf[s, S_UX], Sf[s, S_UY], Sf[s, S_UZ]
    commute = Sf[s, S_COMMUTE]
    commute2 = commute * commute * (1.0 + 1e-9)
    desired, minwage = Sf[s, S_DESIRED], Sf[s, S_MINWAGE]
    hmin, hmax, exp_years = Sf[s, S_HMIN], Sf[s, S_HMAX], Sf[s, S_EXP]
    edu = Si[s, S_EDU]
    rcp = (1.0 / desired if desired > 0 else 0.0, 1.0 / prm[2], 1.0 / prm[1], inv)
    youth, cbw, older = Si[s, S_YOUTH] != 0, Si[s, S_CBW] != 0, Si[s, S_OLDER] != 0
    anywhere = wide and Si[s, S_RELOCATE] != 0
    q_sk = s_sk_idx[s_sk_ptr[s]:s_sk_ptr[s + 1]]
    q_li = s_li_idx[s_li_ptr[s]:s_li_ptr[s + 1]]
    n_qsk, n_qli = q_sk.size, q_li.size
    # where the seeker's skills and licences fall in the masks
    # (slices of the thread's scratch row: no allocation per query)
    at = 0
    sk_word, sk_bit = scratch[at : at + n_qsk], scratch[at + n_qsk : at + 2 * n_qsk]
    at += 2 * n_qsk
    sk_wide, sk_wbit = scratch[at : at + n_qsk], scratch[at + n_qsk : at + 2 * n_qsk]
    at += 2 * n_qsk
    for i in range(n_qsk):
        sk_word[i], sk_bit[i] = _bit(q_sk[i], BLOCK_WORDS)
        sk_wide[i], sk_wbit[i] = _bit(q_sk[i], SUMMARY_WORDS)
    li_word, li_bit = scratch[at : at + n_qli], scratch[at + n_qli : at + 2 * n_qli]
    at += 2 * n_qli
    li_wide, li_wbit = scratch[at : at + n_qli], scratch[at + n_qli : at + 2 * n_qli]
    at += 2 * n_qli
    for i in range(n_qli):
        li_word[i], li_bit[i] = _bit(q_li[i], BLOCK_WORDS)
        li_wide[i], li_wbit[i] = _bit(q_li[i], SUMMARY_WORDS)
    # the two-word masks of the seeker's skills and licences, and how many of its tokens
    # share a bit with another (popcount then counts them once)
    qs0 = qs1 = ql0 = ql1 = 0
    for i in range(n_qsk):
        if sk_word[i] == 0:
            qs0 |= np.int64(1) << sk_bit[i]
        else:
            qs1 |= np.int64(1) << sk_bit[i]
    for i in range(n_qli):
        if li_word[i] == 0:
            ql0 |= np.int64(1) << li_bit[i]
        else:
            ql1 |= np.int64(1) << li_bit[i]
    qm = (qs0, qs1, n_qsk - _popcount(qs0) - _popcount(qs1), ql0, ql1,
          n_qli - _popcount(ql0) - _popcount(ql1))
    codes_buf = scratch[at : at + code_group.size]
    at += code_group.size
    g = code_group[s_code]
    # the regions worth visiting: own first; others only if some vacancy of the group may
    # lie within the commute limit (bounding sphere), or anywhere for relocators
    if anywhere:
        r0, r1, rlist = wide_ptr[s_region], wide_ptr[s_region + 1], wide_list
    else:
        r0, r1, rlist = local_ptr[s_region], local_ptr[s_region + 1], local_list
    regions = scratch[at : at + r1 - r0]
    n_reg = 0
    for i in range(r0, r1):
        r = rlist[i]
        rad = rg_sphere[r, g, 3]
        if rad < 0:
            continue
        if not anywhere and r != s_region:
            dx = sx - rg_sphere[r, g, 0]
            dy = sy - rg_sphere[r, g, 1]
            dz = sz - rg_sphere[r, g, 2]
            if math.sqrt(dx * dx + dy * dy + dz * dz) - rad > commute + _CHORD_MARGIN:
                continue
        regions[n_reg] = r
        n_reg += 1
    rest = w[1] + w[2] + w[3] + w[4] + w[5] + w[6] + w[7] + w[8] + w[9]
    last_level = 1 if prm[3] != 0.0 else 0
    o_li = 3 + sk_width
    o_rq = o_li + li_width
    visited = scored = pruned = 0
    for level in range(4, last_level - 1, -1):
        occ = 0.25 * level
        tier_ub = w[0] * occ + rest
        if n == k and _below(tier_ub, out_micro[q, k - 1]):
            break
        rel = exp_years if level >= 2 else 0.0
        for ri in range(n_reg):
            # the list may have filled or its bar risen in the last region
            check = n == k
            if check and _below(tier_ub, out_micro[q, k - 1]):
                break
            r = regions[ri]
            free = anywhere or r == s_region
            # the codes of the tier worth a look in region r: at levels 1 and 2 a whole
            # 중분류 or 소분류 of the region is passed over when its summary's bound fails
            n_codes = 0
            if level == 1 or level == 2:
                own_mid, own_sid = code_mid[s_code], code_sid[s_code]
                if level == 2:
                    m0, m1, mids = 0, 1, code_mid[s_code : s_code + 1]
                else:
                    m0, m1 = maj_ptr[code_maj[s_code]], maj_ptr[code_maj[s_code] + 1]
                    mids = maj_mids
                for mi in range(m0, m1):
                    md = mids[mi]
                    if level == 1:
                        if md == own_mid or mid_id[r, md] < 0:
                            continue
                        if check or not free:
                            ub = _bound(MF, MI, mid_id[r, md], sx, sy, sz, free, commute,
                                        minwage, desired, hmin, hmax, edu, rel, youth, cbw,
                                        older, occ, n_qsk, sk_wide, sk_wbit, n_qli, li_wide,
                                        li_wbit, SUMMARY_WORDS, qm, rcp, lut, w)
                            if ub == UNREACHABLE or (check and _below(ub, out_micro[q, k - 1])):
                                continue
                    for si in range(mid_ptr[md], mid_ptr[md + 1]):
                        sd = mid_sids[si]
                        if sd == own_sid or sid_id[r, sd] < 0:
                            continue
                        if check or not free:
                            ub = _bound(NF, NI, sid_id[r, sd], sx, sy, sz, free, commute,
                                        minwage, desired, hmin, hmax, edu, rel, youth, cbw,
                                        older, occ, n_qsk, sk_wide, sk_wbit, n_qli, li_wide,
                                        li_wbit, SUMMARY_WORDS, qm, rcp, lut, w)
                            if ub == UNREACHABLE or (check and _below(ub, out_micro[q, k - 1])):
                                continue
                        for ci in range(sid_ptr[sd], sid_ptr[sd + 1]):
                            codes_buf[n_codes] = sid_codes[ci]
                            n_codes += 1
            else:
                for ti in range(tier_ptr[s_code, 4 - level], tier_ptr[s_code, 5 - level]):
                    codes_buf[n_codes] = tier_list[ti]
                    n_codes += 1
            for ti in range(n_codes):
                c = codes_buf[ti]
                b0, b1 = cell_b0[r, c], cell_b1[r, c]
                if b0 == b1:
                    continue
                # the whole cell, then each of its mini-blocks (a one-block cell is its block)
                if n == k or not free:
                    ub = _bound(CF, CI, cell_id[r, c], sx, sy, sz, free, commute, minwage,
                                desired, hmin, hmax, edu, rel, youth, cbw, older, occ, n_qsk,
                                sk_word, sk_bit, n_qli, li_word, li_bit, BLOCK_WORDS, qm, rcp,
                                lut, w)
                    if ub == UNREACHABLE or (n == k and _below(ub, out_micro[q, k - 1])):
                        continue
                for b in range(b0, b1):
                    if b1 - b0 > 1 and (n == k or not free):
                        ub = _bound(BF, BI, b, sx, sy, sz, free, commute, minwage, desired,
                                    hmin, hmax, edu, rel, youth, cbw, older, occ, n_qsk,
                                    sk_word, sk_bit, n_qli, li_word, li_bit, BLOCK_WORDS, qm,
                                    rcp, lut, w)
                        if ub == UNREACHABLE or (n == k and _below(ub, out_micro[q, k - 1])):
                            continue
                    for p in range(b_ptr[b], b_ptr[b + 1]):
                        visited += 1
                        dx = sx - VF[p, V_UX]
                        dy = sy - VF[p, V_UY]
                        dz = sz - VF[p, V_UZ]
                        d2 = dx * dx + dy * dy + dz * dz
                        # clearly beyond the limit: no square root (the exact test follows)
                        if not free and d2 > commute2:
                            continue
                        chord = math.sqrt(d2)
                        if not (free or chord <= commute):
                            continue
                        offered = VF[p, V_WAGE]
                        if offered > 0 and offered < minwage:
                            continue
                        c_rq = CT[p, 2]
                        if c_rq > 0 and kernels.overlap(q_li, CT, p, o_rq, c_rq) < c_rq:
                            continue
                        c_sk, c_li = CT[p, 0], CT[p, 1]
                        sk_and = (VM[p, 0] & qs0) | (VM[p, 1] & qs1)
                        li_and = (VM[p, 2] & ql0) | (VM[p, 3] & ql1)
                        if n == k:
                            # the pair's bound: its cheap terms as for a summary of one,
                            # the distance table, the overlaps bounded by the masks
                            sb = 0.0
                            if sk_and != 0:
                                hits = min(_hits(VM, p, 0, BLOCK_WORDS, n_qsk, sk_word, sk_bit,
                                                 qs0, qs1, qm[2]), n_qsk, c_sk)
                                sb = hits / (n_qsk + c_sk - hits)
                            lb = 0.0
                            if li_and != 0:
                                hits = min(_hits(VM, p, 2, BLOCK_WORDS, n_qli, li_word, li_bit,
                                                 ql0, ql1, qm[5]), c_li)
                                lb = hits / c_li
                            h = VF[p, V_HOURS]
                            ub = (_cheap_bound(occ, offered, offered <= 0, h, h, VI[p, V_MINEDU],
                                               VF[p, V_MINEXP], VI[p, V_SMALLGIANT] != 0,
                                               VI[p, V_PARTTIME] != 0, VI[p, V_CARE] != 0,
                                               VF[p, V_DAYS], desired, hmin, hmax, edu, rel,
                                               youth, cbw, older, rcp, w)
                                  + (w[1] * sb + w[2] * lb + w[5] * _lut(lut, inv, chord)))
                            if _below(ub, out_micro[q, k - 1]):
                                pruned += 1
                                continue
                        prog = kernels._programme(Si[s, S_YOUTH], Si[s, S_CBW], Si[s, S_OLDER],
                                                  VI[p, V_SMALLGIANT], VI[p, V_PARTTIME],
                                                  VI[p, V_CARE])
                        o_, wage, hours, education, experience, programme, freshness = (
                            kernels._cheap(level, offered, desired, hmin, hmax, VF[p, V_HOURS],
                                           VI[p, V_MINEDU] - edu, exp_years, VF[p, V_MINEXP],
                                           prog, VF[p, V_DAYS], prm))
                        distance = kernels._distance(chord, prm[0])
                        # no common bit, no common token: the merges only where one may be
                        s_inter = kernels.overlap(q_sk, CT, p, 3, c_sk) if sk_and != 0 else 0
                        union = n_qsk + c_sk - s_inter
                        skills = s_inter / union if union > 0 else 0.0
                        l_inter = kernels.overlap(q_li, CT, p, o_li, c_li) if li_and != 0 else 0
                        licences = l_inter / c_li if c_li > 0 else 0.0
                        m = kernels._total_micro(o_, skills, licences, wage, hours, distance,
                                                 education, experience, programme, freshness, w)
                        scored += 1
                        n = kernels.insert(out_idx[q], out_micro[q], out_id[q], n, m,
                                           VI[p, V_ID], rows[p])
    stats[q, 0] = scored
    stats[q, 1] = pruned
    stats[q, 2] = visited


@njit(cache=True, error_model="numpy")
def _scratch_size(s_sk_ptr: IntArray, s_li_ptr: IntArray, local_ptr: IntArray, n_codes: int
                  ) -> int:
    most_sk = most_li = 0
    for i in range(s_sk_ptr.size - 1):
        most_sk = max(most_sk, s_sk_ptr[i + 1] - s_sk_ptr[i])
        most_li = max(most_li, s_li_ptr[i + 1] - s_li_ptr[i])
    return 4 * (most_sk + most_li) + n_codes + local_ptr.size - 1


@njit(cache=True, parallel=True, error_model="numpy")
def seek_all(
    queries: IntArray, q_region: IntArray, q_code: IntArray, wide: bool, k: int,
    Sf: FloatArray, Si: IntArray, s_sk_ptr: IntArray, s_sk_idx: I32, s_li_ptr: IntArray,
    s_li_idx: I32,
    rows: IntArray, VF: FloatArray, VI: IntArray, CT: I32, VM: IntArray, sk_width: int,
    li_width: int,
    b_ptr: IntArray, BF: FloatArray, BI: IntArray, cell_b0: IntArray, cell_b1: IntArray,
    cell_id: IntArray, CF: FloatArray, CI: IntArray,
    code_maj: IntArray, code_mid: IntArray, code_sid: IntArray, maj_ptr: IntArray,
    maj_mids: IntArray, mid_ptr: IntArray, mid_sids: IntArray, sid_ptr: IntArray,
    sid_codes: IntArray, mid_id: IntArray, MF: FloatArray, MI: IntArray, sid_id: IntArray,
    NF: FloatArray, NI: IntArray, rg_sphere: FloatArray,
    code_group: IntArray, tier_list: IntArray, tier_ptr: IntArray,
    local_ptr: IntArray, local_list: IntArray, wide_ptr: IntArray, wide_list: IntArray,
    lut: FloatArray, inv: float,
    w: tuple[float, ...], prm: tuple[float, float, float, float], n_threads: int, chunk: int,
) -> tuple[IntArray, IntArray, IntArray]:
    """Top-k for every seeker row ``queries[q]``; chunks of ``chunk`` queries are dealt
    round-robin to ``n_threads`` threads (the on-demand list: one query, one thread)."""
    nq = queries.size
    out_idx = np.empty((nq, k), np.int64)
    out_micro = np.empty((nq, k), np.int64)
    out_id = np.empty((nq, k), np.int64)
    stats = np.zeros((nq, 4), np.int64)
    scratch = np.empty((n_threads, _scratch_size(s_sk_ptr, s_li_ptr, local_ptr, code_group.size)), np.int64)
    n_chunks = (nq + chunk - 1) // chunk
    for t in prange(n_threads):
        for c in range(t, n_chunks, n_threads):
            for q in range(c * chunk, min(nq, (c + 1) * chunk)):
                _seek(q, queries[q], q_region[q], q_code[q], wide, k, Sf, Si, s_sk_ptr,
                      s_sk_idx, s_li_ptr, s_li_idx, rows, VF, VI, CT, VM, sk_width, li_width,
                      b_ptr, BF, BI, cell_b0, cell_b1, cell_id, CF, CI, code_maj, code_mid,
                      code_sid, maj_ptr, maj_mids, mid_ptr, mid_sids, sid_ptr, sid_codes, mid_id,
                      MF, MI, sid_id, NF, NI, rg_sphere, code_group,
                      tier_list,
                      tier_ptr, local_ptr, local_list, wide_ptr, wide_list, lut, inv, w, prm,
                      out_idx, out_micro, out_id, stats, scratch[t])
    return out_idx, out_micro, stats
