"""Plain-array inputs of the matching engine and the per-pair feature functions.

An adapter fills :class:`SeekerArrays` (one row per job seeker) and :class:`VacancyArrays`
(one row per vacancy) from ORM rows; nothing here knows about Django. Conventions:

* occupations are KECO 세분류 codes as integers (``"0111"`` → ``111``): the 대분류 is
  ``code // 1000``, the 중분류 ``code // 100``, the 소분류 ``code // 10``;
* wages are monthly won (0 = not stated / 협의), hours are weekly hours;
* coordinates are WGS84 degrees; distances are great-circle kilometres;
* skills and licences are sets of token ids held sparsely (:class:`TokenSets`, CSR layout);
  :class:`TokenVocabulary` turns Korean names into ids;
* ``region`` is the id of the office jurisdiction the row belongs to;
* education levels: 0 무관/미상, 1 중졸 이하, 2 고졸, 3 전문대졸, 4 대졸, 5 대학원 이상.

The vectorised functions at the bottom compute one feature for arrays of pairs and are the
reference implementation of the score (``scoring.score_pairs``); the compiled kernel in
``kernels.py`` computes the same formulas one pair at a time.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, fields

import numpy as np
from numpy.typing import ArrayLike, NDArray

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]

EARTH_RADIUS_KM = 6371.0088

# occupation match levels
LEVEL_NONE, LEVEL_MAJOR, LEVEL_MINOR2, LEVEL_MINOR3, LEVEL_EXACT = 0, 1, 2, 3, 4

# programme kinds (which programme made a pair fit)
PROGRAMME_NONE, PROGRAMME_YOUTH_SMALL_GIANT, PROGRAMME_PART_TIME_WOMEN, PROGRAMME_CARE_OLDER = (
    0,
    1,
    2,
    3,
)


def keco_code(code: str) -> int:
    """KECO 세분류 code as an integer (``"0111"`` → ``111``); four digits are required."""
    text = code.strip()
    if len(text) != 4 or not text.isdigit():
        raise ValueError(f"KECO code must be four digits, got {code!r}")
    return int(text)


@dataclass(frozen=True)
class TokenSets:
    """Rows of token-id sets in CSR layout (sorted, unique ids per row).

    Parameters
    ----------
    indptr : ndarray of int64, shape (n_rows + 1,)
    indices : ndarray of int32, shape (indptr[-1],)
    """

    indptr: IntArray
    indices: NDArray[np.int32]

    @classmethod
    def from_lists(cls, rows: Iterable[Iterable[int]]) -> TokenSets:
        """Build from one iterable of token ids per row (duplicates are dropped)."""
        uniq = [np.unique(np.asarray(list(r), dtype=np.int64)) for r in rows]
        lengths = np.array([u.size for u in uniq], dtype=np.int64)
        indptr = np.zeros(lengths.size + 1, dtype=np.int64)
        np.cumsum(lengths, out=indptr[1:])
        indices = (
            np.concatenate(uniq).astype(np.int32) if uniq else np.zeros(0, dtype=np.int32)
        )
        return cls(indptr, indices)

    @classmethod
    def empty(cls, n_rows: int) -> TokenSets:
        """``n_rows`` empty sets."""
        return cls(np.zeros(n_rows + 1, dtype=np.int64), np.zeros(0, dtype=np.int32))

    @property
    def n_rows(self) -> int:
        """Number of rows."""
        return int(self.indptr.size - 1)

    def row(self, i: int) -> NDArray[np.int32]:
        """Token ids of row ``i``."""
        return self.indices[self.indptr[i] : self.indptr[i + 1]]

    def sizes(self) -> IntArray:
        """Set size of every row."""
        return np.diff(self.indptr)

    def check(self, name: str) -> None:
        """Raise ``ValueError`` unless the layout is valid (sorted unique ids per row)."""
        if self.indptr.ndim != 1 or self.indptr.size < 1 or self.indptr[0] != 0:
            raise ValueError(f"{name}: indptr must start at 0")
        if np.any(np.diff(self.indptr) < 0) or self.indptr[-1] != self.indices.size:
            raise ValueError(f"{name}: indptr must be non-decreasing and end at len(indices)")
        if self.indices.size > 1:
            step = np.diff(self.indices.astype(np.int64))
            row_start = np.zeros(self.indices.size, dtype=bool)
            row_start[self.indptr[:-1][self.indptr[:-1] < self.indices.size]] = True
            if np.any((step <= 0) & ~row_start[1:]):
                raise ValueError(f"{name}: ids within a row must be sorted and unique")


def normalise_token(name: str) -> str:
    """Canonical form of a skill or licence name: NFKC, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


@dataclass
class TokenVocabulary:
    """Maps skill or licence names (Korean text) to stable integer ids.

    ``encode`` adds unseen names (``grow=True``) or drops them; names are compared after
    :func:`normalise_token`, so ``"지게차  운전기능사"`` and ``"지게차 운전기능사"`` are one id.
    """

    ids: dict[str, int] = field(default_factory=dict)

    def encode(self, rows: Iterable[Iterable[str]], *, grow: bool = True) -> TokenSets:
        """Token sets for rows of names."""
        out: list[list[int]] = []
        for names in rows:
            row: list[int] = []
            for name in names:
                key = normalise_token(name)
                if not key:
                    continue
                if key not in self.ids:
                    if not grow:
                        continue
                    self.ids[key] = len(self.ids)
                row.append(self.ids[key])
            out.append(row)
        return TokenSets.from_lists(out)


def _as(a: ArrayLike, dtype: type, n: int | None, name: str) -> NDArray:  # type: ignore[type-arg]
    arr: NDArray = np.ascontiguousarray(np.asarray(a, dtype=dtype))  # type: ignore[type-arg]
    if arr.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional")
    if n is not None and arr.size != n:
        raise ValueError(f"{name} has {arr.size} rows, expected {n}")
    return arr


_FLOAT = {"experience_years", "desired_wage", "min_wage", "hours_min", "hours_max", "lat",
          "lon", "commute_km", "wage", "weekly_hours", "min_experience_years", "days_posted"}
_BOOL = {"relocate", "youth", "career_break_woman", "older", "small_giant", "part_time",
         "care_job"}


def _coerce(obj: object) -> None:
    n = None
    for f in fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, f.name)
        if isinstance(value, TokenSets):
            continue
        dtype: type = np.float64 if f.name in _FLOAT else (bool if f.name in _BOOL else np.int64)
        arr = _as(value, dtype, n, f.name)
        n = arr.size
        object.__setattr__(obj, f.name, arr)
    for f in fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, f.name)
        if isinstance(value, TokenSets):
            value.check(f.name)
            if value.n_rows != n:
                raise ValueError(f"{f.name} has {value.n_rows} rows, expected {n}")
    ids = obj.ids  # type: ignore[attr-defined]
    if ids.size and np.unique(ids).size != ids.size:
        raise ValueError("ids must be unique")


@dataclass
class SeekerArrays:
    """Job seekers, one row each.

    Parameters
    ----------
    ids : int64 — stable id used to break ties (lower id first)
    occupation : int64 — desired KECO 세분류 code as an integer
    experience_years : float — years of experience in the desired occupation
    skills, licences : TokenSets — skills held, licences (자격증) held
    desired_wage : float — desired monthly wage in won (0 = not stated)
    min_wage : float — lowest acceptable monthly wage in won (0 = none; hard constraint)
    hours_min, hours_max : float — desired weekly hours (시간선택제 preference: e.g. 15–30)
    lat, lon : float — home coordinates (degrees)
    commute_km : float — longest acceptable commute (great-circle km)
    relocate : bool — willing to move for a job (wide-area placement)
    region : int64 — id of the office jurisdiction of residence
    education : int64 — education level 0–5
    youth, career_break_woman, older : bool — programme target groups
        (청년, 경력단절여성, 장년)
    """

    ids: IntArray
    occupation: IntArray
    experience_years: FloatArray
    skills: TokenSets
    licences: TokenSets
    desired_wage: FloatArray
    min_wage: FloatArray
    hours_min: FloatArray
    hours_max: FloatArray
    lat: FloatArray
    lon: FloatArray
    commute_km: FloatArray
    relocate: BoolArray
    region: IntArray
    education: IntArray
    youth: BoolArray
    career_break_woman: BoolArray
    older: BoolArray

    def __post_init__(self) -> None:
        _coerce(self)

    def __len__(self) -> int:
        return int(self.ids.size)


@dataclass
class VacancyArrays:
    """Vacancies (구인), one row each.

    Parameters
    ----------
    ids : int64 — stable id used to break ties (lower id first)
    occupation : int64 — KECO 세분류 code as an integer
    skills : TokenSets — skills asked for
    licences : TokenSets — licences named in the posting (preferred or required)
    required_licences : TokenSets — licences a candidate must hold (hard constraint)
    wage : float — offered monthly wage in won (0 = 협의)
    weekly_hours : float — contractual weekly hours
    lat, lon : float — workplace coordinates (degrees)
    region : int64 — id of the office jurisdiction of the workplace
    min_education : int64 — education level asked for (0 = 무관)
    min_experience_years : float — experience asked for (0 = 신입 가능)
    small_giant : bool — employer is a 강소기업
    part_time : bool — 시간선택제 일자리
    care_job : bool — care work (돌봄) suited to older workers
    days_posted : float — days since posting
    openings : int64 — persons sought (0 = filled; never recommended)
    """

    ids: IntArray
    occupation: IntArray
    skills: TokenSets
    licences: TokenSets
    required_licences: TokenSets
    wage: FloatArray
    weekly_hours: FloatArray
    lat: FloatArray
    lon: FloatArray
    region: IntArray
    min_education: IntArray
    min_experience_years: FloatArray
    small_giant: BoolArray
    part_time: BoolArray
    care_job: BoolArray
    days_posted: FloatArray
    openings: IntArray

    def __post_init__(self) -> None:
        _coerce(self)

    def __len__(self) -> int:
        return int(self.ids.size)


# ---------------------------------------------------------------------------------------
# Vectorised per-pair features (reference implementation)


def unit_vectors(lat: ArrayLike, lon: ArrayLike) -> FloatArray:
    """Points on the unit sphere, shape (n, 3), for chord-length distances."""
    phi = np.radians(np.asarray(lat, dtype=np.float64))
    lam = np.radians(np.asarray(lon, dtype=np.float64))
    c = np.cos(phi)
    return np.stack([c * np.cos(lam), c * np.sin(lam), np.sin(phi)], axis=-1)


def chord_to_km(chord: ArrayLike) -> FloatArray:
    """Great-circle km from the straight-line chord between unit vectors."""
    half = np.minimum(np.asarray(chord, dtype=np.float64) / 2.0, 1.0)
    return np.asarray(2.0 * EARTH_RADIUS_KM * np.arcsin(half), dtype=np.float64)


def km_to_chord(km: ArrayLike) -> FloatArray:
    """Chord between unit vectors whose great-circle distance is ``km``."""
    return np.asarray(
        2.0 * np.sin(np.asarray(km, dtype=np.float64) / (2.0 * EARTH_RADIUS_KM)),
        dtype=np.float64,
    )


def haversine_km(lat1: ArrayLike, lon1: ArrayLike, lat2: ArrayLike, lon2: ArrayLike) -> FloatArray:
    """Great-circle distance in km by the haversine formula (broadcasts)."""
    p1, p2 = np.radians(np.asarray(lat1, float)), np.radians(np.asarray(lat2, float))
    dphi = p2 - p1
    dlam = np.radians(np.asarray(lon2, float) - np.asarray(lon1, float))
    a = np.sin(dphi / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlam / 2) ** 2
    return np.asarray(2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0, 1))), dtype=float)


def occupation_level(a: ArrayLike, b: ArrayLike) -> IntArray:
    """KECO match level: 4 same 세분류, 3 same 소분류, 2 same 중분류, 1 same 대분류, 0 none."""
    a = np.asarray(a, dtype=np.int64)
    b = np.asarray(b, dtype=np.int64)
    level = np.zeros(np.broadcast(a, b).shape, dtype=np.int64)
    level[a // 1000 == b // 1000] = LEVEL_MAJOR
    level[a // 100 == b // 100] = LEVEL_MINOR2
    level[a // 10 == b // 10] = LEVEL_MINOR3
    level[a == b] = LEVEL_EXACT
    return level


def pair_intersections(left: TokenSets, right: TokenSets, li: IntArray, rj: IntArray) -> IntArray:
    """|left[li[p]] ∩ right[rj[p]]| for every pair p, computed sparsely."""
    li = np.asarray(li, dtype=np.int64)
    rj = np.asarray(rj, dtype=np.int64)
    n_pairs = li.size
    if n_pairs == 0:
        return np.zeros(0, dtype=np.int64)
    # expand the left sets of the pairs, then look each (pair, token) up in the right set
    lsz = left.sizes()[li]
    pair_of = np.repeat(np.arange(n_pairs), lsz)
    starts = np.repeat(left.indptr[li], lsz)
    offs = np.arange(pair_of.size) - np.repeat(np.cumsum(lsz) - lsz, lsz)
    tok = left.indices[starts + offs].astype(np.int64)
    # a right-hand token of row r is the key r * V + token (V above every id)
    vocab = int(max(left.indices.max(initial=0), right.indices.max(initial=0))) + 1
    right_rows = np.repeat(np.arange(right.n_rows, dtype=np.int64), right.sizes())
    right_keys = right_rows * vocab + right.indices.astype(np.int64)  # sorted already
    wanted = rj[pair_of] * vocab + tok
    pos = np.searchsorted(right_keys, wanted)
    pos = np.minimum(pos, max(right_keys.size - 1, 0))
    hit = right_keys[pos] == wanted if right_keys.size else np.zeros(wanted.size, bool)
    return np.bincount(pair_of[hit], minlength=n_pairs).astype(np.int64)


def pair_subset(sub: TokenSets, sup: TokenSets, si: IntArray, sj: IntArray) -> BoolArray:
    """True where ``sub[si[p]] ⊆ sup[sj[p]]``."""
    inter = pair_intersections(sub, sup, si, sj)
    return np.asarray(inter == sub.sizes()[np.asarray(si, dtype=np.int64)], dtype=bool)


def programme_kind(
    youth: BoolArray,
    career_break_woman: BoolArray,
    older: BoolArray,
    small_giant: BoolArray,
    part_time: BoolArray,
    care_job: BoolArray,
) -> IntArray:
    """Which programme fits a pair (first that applies), ``PROGRAMME_NONE`` if none."""
    kind = np.zeros(np.broadcast(youth, small_giant).shape, dtype=np.int64)
    kind[older & care_job] = PROGRAMME_CARE_OLDER
    kind[career_break_woman & part_time] = PROGRAMME_PART_TIME_WOMEN
    kind[youth & small_giant] = PROGRAMME_YOUTH_SMALL_GIANT
    return kind
