"""Hard constraints, the linear score and its Korean explanation.

A pair (seeker, vacancy) is *feasible* when every hard constraint holds:

* the vacancy still has openings;
* the occupations share at least the KECO 대분류 (``require_same_major_group``);
* the seeker holds every licence the vacancy requires;
* the offered wage, when stated, is at least the seeker's lowest acceptable wage;
* place: the workplace is in the seeker's jurisdiction (``region``) or within the seeker's
  commute limit; in the ``"wide"`` scope a seeker willing to relocate may match anywhere.

A feasible pair is ranked by ``score = Σ_c weight_c · component_c`` with every component in
[0, 1] (:data:`COMPONENTS`), rounded to 1e-6 so that the score is an exact integer number of
micro-points (:func:`micro_points`): the reference path here and the compiled kernel agree
exactly, and ties are broken by id (lower first).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Literal

import numpy as np

from goyong.matching.engine.features import (
    LEVEL_MAJOR,
    LEVEL_MINOR2,
    PROGRAMME_CARE_OLDER,
    PROGRAMME_NONE,
    PROGRAMME_PART_TIME_WOMEN,
    PROGRAMME_YOUTH_SMALL_GIANT,
    BoolArray,
    FloatArray,
    IntArray,
    SeekerArrays,
    VacancyArrays,
    chord_to_km,
    km_to_chord,
    occupation_level,
    pair_intersections,
    pair_subset,
    programme_kind,
    unit_vectors,
)

Scope = Literal["local", "wide"]

COMPONENTS: tuple[str, ...] = (
    "occupation",
    "skills",
    "licences",
    "wage",
    "hours",
    "distance",
    "education",
    "experience",
    "programme",
    "freshness",
)

# score of each occupation match level (none, 대분류, 중분류, 소분류, 세분류)
OCCUPATION_LEVEL_SCORE = (0.0, 0.25, 0.5, 0.75, 1.0)
MICRO = 1_000_000


@dataclass(frozen=True)
class Weights:
    """Weights of the linear score; defaults sum to 1 so a score is in [0, 1].

    Override any of them (``Weights(distance=0.2)``); they need not sum to 1 but must be
    non-negative.
    """

    occupation: float = 0.30
    skills: float = 0.15
    licences: float = 0.05
    wage: float = 0.12
    hours: float = 0.08
    distance: float = 0.12
    education: float = 0.04
    experience: float = 0.06
    programme: float = 0.04
    freshness: float = 0.04

    def __post_init__(self) -> None:
        for name, value in asdict(self).items():
            if not (value >= 0 and math.isfinite(value)):
                raise ValueError(f"weight {name} must be a finite non-negative number")

    def as_array(self) -> FloatArray:
        """Weights in the order of :data:`COMPONENTS`."""
        return np.array([getattr(self, c) for c in COMPONENTS], dtype=np.float64)


@dataclass(frozen=True)
class ScoringParams:
    """Shape of the components and switches of the hard constraints.

    Parameters
    ----------
    distance_scale_km : float
        ``distance = exp(-km / distance_scale_km)``; 20 km (WorkNet prefers jobs within 20 km).
    freshness_days : float
        ``freshness = max(0, 1 - days / freshness_days)``.
    hours_tolerance : float
        weekly hours outside the seeker's range at which ``hours`` reaches 0.
    require_same_major_group : bool
        hard constraint: the occupations share the KECO 대분류.
    weights : Weights
    """

    distance_scale_km: float = 20.0
    freshness_days: float = 60.0
    hours_tolerance: float = 10.0
    require_same_major_group: bool = True
    weights: Weights = field(default_factory=Weights)

    def as_array(self) -> FloatArray:
        """Numeric parameters for the kernel."""
        return np.array(
            [self.distance_scale_km, self.freshness_days, self.hours_tolerance,
             float(self.require_same_major_group)],
            dtype=np.float64,
        )


def micro_points(score: FloatArray) -> IntArray:
    """Score rounded to an integer number of 1e-6 points (half up)."""
    return np.floor(np.asarray(score, dtype=np.float64) * MICRO + 0.5).astype(np.int64)


@dataclass
class PairScores:
    """Components, measures, feasibility and score of an array of pairs.

    Attributes
    ----------
    seeker, vacancy : row indices of the pairs
    components : (n_pairs, len(COMPONENTS)) component values in [0, 1]
    feasible : hard constraints hold
    micro : score in micro-points (-1 where infeasible)
    level, distance_km, within_commute, same_region, wage_ratio, offered_wage, skill_overlap,
    licence_overlap, hours_gap, programme, days_posted, relevant_experience,
    required_experience : the measures the explanation quotes
    """

    seeker: IntArray
    vacancy: IntArray
    components: FloatArray
    feasible: BoolArray
    micro: IntArray
    level: IntArray
    distance_km: FloatArray
    within_commute: BoolArray
    same_region: BoolArray
    wage_ratio: FloatArray
    offered_wage: FloatArray
    skill_overlap: IntArray
    licence_overlap: IntArray
    hours_gap: FloatArray
    programme: IntArray
    days_posted: FloatArray
    relevant_experience: FloatArray
    required_experience: FloatArray

    @property
    def score(self) -> FloatArray:
        """Score as a float (micro-points / 1e6; NaN where infeasible)."""
        out = self.micro / MICRO
        out[~self.feasible] = np.nan
        return np.asarray(out, dtype=np.float64)

    def record(self, p: int) -> dict[str, float]:
        """Components and measures of pair ``p`` as one flat record."""
        rec = {c: float(self.components[p, k]) for k, c in enumerate(COMPONENTS)}
        rec.update(
            score=float(self.micro[p]) / MICRO,
            level=float(self.level[p]),
            distance_km=float(self.distance_km[p]),
            within_commute=float(self.within_commute[p]),
            same_region=float(self.same_region[p]),
            wage_ratio=float(self.wage_ratio[p]),
            offered_wage=float(self.offered_wage[p]),
            skill_overlap=float(self.skill_overlap[p]),
            licence_overlap=float(self.licence_overlap[p]),
            hours_gap=float(self.hours_gap[p]),
            programme_kind=float(self.programme[p]),
            days_posted=float(self.days_posted[p]),
            relevant_experience=float(self.relevant_experience[p]),
            required_experience=float(self.required_experience[p]),
        )
        return rec


def commute_chords(seekers: SeekerArrays) -> FloatArray:
    """Chord length of each seeker's commute limit (the kernel compares chords)."""
    return km_to_chord(np.maximum(seekers.commute_km, 0.0))


def score_pairs(
    seekers: SeekerArrays,
    vacancies: VacancyArrays,
    si: IntArray,
    vj: IntArray,
    *,
    scope: Scope = "local",
    params: ScoringParams | None = None,
) -> PairScores:
    """Score pairs ``(si[p], vj[p])`` with the vectorised reference formulas.

    Parameters
    ----------
    seekers, vacancies : the inputs
    si, vj : row indices of the pairs (same length)
    scope : ``"local"`` (jurisdiction or commute) or ``"wide"`` (relocators anywhere)
    params : ScoringParams, optional

    Returns
    -------
    PairScores
    """
    prm = params or ScoringParams()
    w = prm.weights.as_array()
    si = np.asarray(si, dtype=np.int64)
    vj = np.asarray(vj, dtype=np.int64)
    S, V = seekers, vacancies

    level = occupation_level(S.occupation[si], V.occupation[vj])
    occ = np.asarray(OCCUPATION_LEVEL_SCORE, dtype=np.float64)[level]

    s_inter = pair_intersections(S.skills, V.skills, si, vj)
    union = S.skills.sizes()[si] + V.skills.sizes()[vj] - s_inter
    skills = np.where(union > 0, s_inter / np.maximum(union, 1), 0.0)

    l_inter = pair_intersections(S.licences, V.licences, si, vj)
    listed = V.licences.sizes()[vj]
    licences = np.where(listed > 0, l_inter / np.maximum(listed, 1), 0.0)

    offered = V.wage[vj]
    desired = S.desired_wage[si]
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(desired > 0, offered / desired, np.nan)
        wage = np.where(
            offered <= 0,
            0.5,
            np.where((desired <= 0) | (offered >= desired), 1.0,
                     np.maximum(0.0, 2.0 * offered / desired - 1.0)),
        )

    h = V.weekly_hours[vj]
    gap = np.maximum(np.maximum(S.hours_min[si] - h, h - S.hours_max[si]), 0.0)
    hours = np.maximum(0.0, 1.0 - gap / prm.hours_tolerance)

    us = unit_vectors(S.lat[si], S.lon[si])
    uv = unit_vectors(V.lat[vj], V.lon[vj])
    d = us - uv
    chord = np.sqrt(d[:, 0] * d[:, 0] + d[:, 1] * d[:, 1] + d[:, 2] * d[:, 2])
    km = chord_to_km(chord)
    distance = np.exp(-km / prm.distance_scale_km)
    within = chord <= commute_chords(S)[si]
    same_region = S.region[si] == V.region[vj]

    edu_gap = V.min_education[vj] - S.education[si]
    education = np.where(edu_gap <= 0, 1.0, np.maximum(0.0, 1.0 - 0.5 * edu_gap))

    rel = np.where(level >= LEVEL_MINOR2, S.experience_years[si], 0.0)
    req = V.min_experience_years[vj]
    with np.errstate(divide="ignore", invalid="ignore"):
        experience = np.where(req <= 0, 1.0, np.minimum(1.0, rel / np.where(req > 0, req, 1.0)))

    kind = programme_kind(
        S.youth[si], S.career_break_woman[si], S.older[si],
        V.small_giant[vj], V.part_time[vj], V.care_job[vj],
    )
    programme = (kind != PROGRAMME_NONE).astype(np.float64)
    days = V.days_posted[vj]
    freshness = np.maximum(0.0, 1.0 - days / prm.freshness_days)

    comps = np.stack(
        [occ, skills, licences, wage, hours, distance, education, experience, programme,
         freshness],
        axis=1,
    )
    total = w[0] * comps[:, 0]
    for c in range(1, len(COMPONENTS)):
        total = total + w[c] * comps[:, c]

    place = same_region | within
    if scope == "wide":
        place = place | S.relocate[si]
    elif scope != "local":
        raise ValueError(f"scope must be 'local' or 'wide', got {scope!r}")
    feasible = (
        (V.openings[vj] >= 1)
        & ((level >= LEVEL_MAJOR) | (not prm.require_same_major_group))
        & pair_subset(V.required_licences, S.licences, vj, si)
        & ~((offered > 0) & (offered < S.min_wage[si]))
        & place
    )
    micro = np.where(feasible, micro_points(total), -1)
    return PairScores(
        seeker=si, vacancy=vj, components=comps, feasible=feasible, micro=micro, level=level,
        distance_km=km, within_commute=within, same_region=same_region, wage_ratio=ratio,
        offered_wage=offered, skill_overlap=s_inter, licence_overlap=l_inter, hours_gap=gap,
        programme=kind, days_posted=days, relevant_experience=rel, required_experience=req,
    )


# ---------------------------------------------------------------------------------------
# Explanation: built only from one pair's record (components and the measures they quote)

PHRASES: dict[str, str] = {
    "occupation_exact": "희망 직종 일치",
    "occupation_minor3": "유사 직종(소분류 일치)",
    "occupation_minor2": "관련 직종(중분류 일치)",
    "occupation_major": "같은 대분류 직종",
    "commute": "통근 {km}km",
    "jurisdiction": "관할 지역 내 {km}km",
    "relocation": "이주 필요 {km}km",
    "wage_met": "희망임금 충족",
    "wage_share": "희망임금의 {pct}%",
    "wage_negotiable": "임금 협의",
    "skills": "보유 기술 {n}개 일치",
    "licences": "자격증 {n}개 보유",
    "hours_fit": "근무시간 적합",
    "hours_gap": "근무시간 차이 주 {h}시간",
    "programme_youth": "청년 강소기업",
    "programme_women": "경력단절여성 시간선택제",
    "programme_older": "장년 돌봄 일자리",
    "fresh": "신규 공고({d}일 전)",
    "education_short": "학력 요건 미달",
    "experience_met": "경력 요건 충족",
    "experience_short": "경력 {have}/{need}년",
}
FRESH_DAYS = 7


def _num(x: float) -> str:
    return f"{x:.0f}" if float(x).is_integer() else f"{x:.1f}"


def explanation_parts(rec: dict[str, float]) -> list[tuple[str, dict[str, str]]]:
    """Phrase codes and their arguments for one pair record (:meth:`PairScores.record`)."""
    parts: list[tuple[str, dict[str, str]]] = []
    occ = rec["occupation"]
    for value, code in ((1.0, "occupation_exact"), (0.75, "occupation_minor3"),
                        (0.5, "occupation_minor2"), (0.25, "occupation_major")):
        if occ == value:
            parts.append((code, {}))
    km = {"km": f"{rec['distance_km']:.0f}"}
    if rec["within_commute"]:
        parts.append(("commute", km))
    elif rec["same_region"]:
        parts.append(("jurisdiction", km))
    else:
        parts.append(("relocation", km))
    if rec["offered_wage"] <= 0:
        parts.append(("wage_negotiable", {}))
    elif not math.isnan(rec["wage_ratio"]):
        if rec["wage"] == 1.0:
            parts.append(("wage_met", {}))
        else:
            parts.append(("wage_share", {"pct": f"{math.floor(rec['wage_ratio'] * 100):.0f}"}))
    if rec["skill_overlap"] > 0:
        parts.append(("skills", {"n": f"{rec['skill_overlap']:.0f}"}))
    if rec["licence_overlap"] > 0:
        parts.append(("licences", {"n": f"{rec['licence_overlap']:.0f}"}))
    if rec["hours"] == 1.0:
        parts.append(("hours_fit", {}))
    else:
        parts.append(("hours_gap", {"h": _num(rec["hours_gap"])}))
    kind = int(rec["programme_kind"])
    if rec["programme"] == 1.0:
        code = {PROGRAMME_YOUTH_SMALL_GIANT: "programme_youth",
                PROGRAMME_PART_TIME_WOMEN: "programme_women",
                PROGRAMME_CARE_OLDER: "programme_older"}[kind]
        parts.append((code, {}))
    if rec["days_posted"] <= FRESH_DAYS:
        parts.append(("fresh", {"d": f"{rec['days_posted']:.0f}"}))
    if rec["education"] < 1.0:
        parts.append(("education_short", {}))
    if rec["required_experience"] > 0:
        if rec["experience"] == 1.0:
            parts.append(("experience_met", {}))
        else:
            parts.append(("experience_short", {"have": _num(rec["relevant_experience"]),
                                               "need": _num(rec["required_experience"])}))
    return parts


def explain(rec: dict[str, float]) -> str:
    """Korean explanation such as ``"희망 직종 일치 · 통근 12km · 희망임금 충족"``.

    The phrases are in :data:`PHRASES` (the adapter may translate them by code).
    """
    return " · ".join(PHRASES[code].format(**args) for code, args in explanation_parts(rec))


@dataclass(frozen=True)
class Recommendation:
    """One recommended pair with its score, components and explanation."""

    seeker_id: int
    vacancy_id: int
    rank: int
    score: float
    components: dict[str, float]
    explanation: str


def recommendations(
    seekers: SeekerArrays,
    vacancies: VacancyArrays,
    si: IntArray,
    vj: IntArray,
    ranks: IntArray,
    *,
    scope: Scope = "local",
    params: ScoringParams | None = None,
) -> list[Recommendation]:
    """Recommendation records (components and explanation) for the given pairs."""
    ps = score_pairs(seekers, vacancies, si, vj, scope=scope, params=params)
    out = []
    for p in range(ps.seeker.size):
        rec = ps.record(p)
        out.append(Recommendation(
            seeker_id=int(seekers.ids[ps.seeker[p]]), vacancy_id=int(vacancies.ids[ps.vacancy[p]]),
            rank=int(ranks[p]), score=rec["score"], components=rec, explanation=explain(rec),
        ))
    return out
