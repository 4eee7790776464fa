"""ORM rows → the engine's arrays (goyong.matching.engine.features), and results → rows.

What the registry holds is coarser than what the engine can use, so the adapter decides:

* occupations: seekers name KECO 2007 중분류 codes (01–24), vacancies KECO 2018 대분류
  items (0–9). Both are mapped to the KECO 2018 대분류 through :data:`KECO2007_TO_2018`
  and given to the engine as ``대분류 × 1000`` (a 세분류-shaped integer), so "희망 직종
  일치" means the same 대분류 until the registries record finer codes. A seeker's first
  desired occupation is the one matched.
* coordinates: the seeker's 시군구 of residence by its centroid (reference data); the
  vacancy's own coordinates, else its 시군구 centroid.
* region: the office code as an integer (seeker: registering office; vacancy: the office
  covering the workplace).
* wage: a vacancy's hourly or annual wage as a monthly amount (paid hours of its weekly
  hours, as the vacancies rules count them); the seeker's desired wage is also the floor
  only when nothing else is known (``min_wage`` 0: no hard constraint).
* hours: 전일제 35–52 h, 시간선택제 15–30 h, 무관 15–52 h a week.
* programme groups from goyong.jobseekers.targeting; 강소기업 from the latest screening
  result of the employer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any

import numpy as np

from goyong.matching.engine.features import (
    SeekerArrays,
    TokenSets,
    TokenVocabulary,
    VacancyArrays,
)

KECO2007_TO_2018: dict[str, int] = {
    "01": 0, "02": 0, "03": 0, "04": 2, "05": 2, "06": 3, "07": 5, "08": 4, "09": 6, "10": 6,
    "11": 5, "12": 5, "13": 5, "14": 7, "15": 8, "16": 8, "17": 8, "18": 8, "19": 8, "20": 1,
    "21": 8, "22": 8, "23": 9, "24": 2,
}
EDUCATION_LEVEL = {"middle": 1, "high": 2, "college": 3, "university": 4, "graduate": 5}
HOURS = {"full_time": (35.0, 52.0), "part_time": (15.0, 30.0), "either": (15.0, 52.0)}
DEFAULT_COMMUTE_KM = 20.0
ENCRYPTED = ("rrn", "phone", "email", "address")  # never decrypted for matching
SEOUL = (37.54999, 126.98964)  # fallback when a 시군구 has no centroid


def major_of(code: str, scheme: str = "keco2007") -> int | None:
    """KECO 2018 대분류 (0–9) of an occupation code, None when unknown."""
    code = (code or "").strip()
    if not code:
        return None
    if scheme == "keco2018":
        return int(code[0]) if code[0].isdigit() else None
    return KECO2007_TO_2018.get(code[:2].zfill(2))


def engine_code(major: int) -> int:
    return major * 1000


def monthly_wage(amount: int, basis: str, weekly_hours: Decimal | float) -> float:
    """A vacancy's wage as a monthly amount in won."""
    from goyong.employers.vacancies.rules import monthly_paid_hours

    if basis == "monthly":
        return float(amount)
    if basis == "annual":
        return float(amount) / 12.0
    return float(amount) * float(monthly_paid_hours(Decimal(weekly_hours)))


class Centroids:
    """시군구 centroids by KOSTAT code (any version; the 시도 centroid as fallback)."""

    def __init__(self) -> None:
        from goyong.reference.models import Region

        self._by_code: dict[str, tuple[float, float]] = {}
        rows = (Region.objects.filter(centroid_lat__isnull=False)
                .order_by("kostat_code", "-valid_from")
                .values_list("kostat_code", "centroid_lat", "centroid_lon"))
        for code, lat, lon in rows:
            self._by_code.setdefault(code, (float(lat), float(lon)))

    def of(self, code: str) -> tuple[float, float]:
        code = (code or "").strip()
        return self._by_code.get(code) or self._by_code.get(code[:2]) or SEOUL


@dataclass
class Loaded:
    """Arrays plus the rows they came from (row i of the arrays is ``seekers[i]``)."""

    seekers: SeekerArrays
    vacancies: VacancyArrays
    seeker_rows: list[Any] = field(default_factory=list)
    vacancy_rows: list[Any] = field(default_factory=list)
    seeker_pos: dict[int, int] = field(default_factory=dict)  # pk → row
    vacancy_pos: dict[int, int] = field(default_factory=dict)
    seeker_major: list[int | None] = field(default_factory=list)
    vacancy_major: list[int | None] = field(default_factory=list)


def _tokens(text: str) -> list[str]:
    return [t for t in (text or "").split() if len(t) > 1]


def _licences(text: str) -> list[str]:
    out: list[str] = []
    for part in (text or "").replace(";", ",").replace("/", ",").split(","):
        part = part.strip()
        if part:
            out.append(part)
    return out


def _gangso(company_ids: Iterable[int]) -> set[int]:
    """Companies whose latest screening result passed (as employers.queries.gangso_status)."""
    from goyong.employers.models import ScreeningResult

    seen: set[int] = set()
    passed: set[int] = set()
    rows = (ScreeningResult.objects.filter(company_id__in=list(company_ids))
            .order_by("company_id", "-run__created_at", "-run_id")
            .values_list("company_id", "passed"))
    for company_id, ok in rows:
        if company_id in seen:
            continue
        seen.add(company_id)
        if ok:
            passed.add(company_id)
    return passed


def active_seekers() -> Any:
    """Seekers the batch matches: with a desired occupation and not currently in a job."""
    from goyong.jobseekers.models import JobSeeker, Placement

    employed = Placement.objects.filter(end_date__isnull=True).values("seeker_id")
    return (JobSeeker.objects.exclude(desired_occupations=[]).exclude(pk__in=employed)
            .defer(*ENCRYPTED))


def open_vacancies() -> Any:
    from goyong.employers.models import Vacancy
    from goyong.employers.vacancies.choices import VacancyStatus

    return Vacancy.objects.filter(status=VacancyStatus.OPEN)


def seeker_arrays(seekers: Sequence[Any], day: dt.date, centroids: Centroids,
                  skills: TokenVocabulary, licences: TokenVocabulary
                  ) -> tuple[SeekerArrays, list[int | None]]:
    """Engine rows of job seekers (career entries and groups read in bulk)."""
    from goyong.jobseekers.models import CareerEntry
    from goyong.jobseekers.targeting import classify, facts_of

    careers: dict[int, list[Any]] = {}
    for entry in CareerEntry.objects.filter(seeker_id__in=[s.pk for s in seekers]):
        careers.setdefault(entry.seeker_id, []).append(entry)
    n = len(seekers)
    cols: dict[str, list[Any]] = {k: [] for k in (
        "ids", "occupation", "experience_years", "desired_wage", "min_wage", "hours_min",
        "hours_max", "lat", "lon", "commute_km", "relocate", "region", "education", "youth",
        "career_break_woman", "older")}
    majors: list[int | None] = []
    skill_rows: list[list[str]] = []
    licence_rows: list[list[str]] = []
    for s in seekers:
        desired = list(s.desired_occupations or [])
        major = major_of(desired[0], s.keco_scheme) if desired else None
        majors.append(major)
        entries = careers.get(s.pk, [])
        years = sum(float(e.years) for e in entries
                    if major is not None and major_of(e.occupation_code) == major)
        groups = {g.code for g in classify(facts_of(s, entries), day)}
        lat, lon = centroids.of(s.residence_code)
        hmin, hmax = HOURS.get(s.desired_hours, HOURS["either"])
        cols["ids"].append(s.pk)
        cols["occupation"].append(engine_code(major) if major is not None else -1)
        cols["experience_years"].append(years)
        cols["desired_wage"].append(float(s.desired_wage or 0))
        cols["min_wage"].append(0.0)
        cols["hours_min"].append(hmin)
        cols["hours_max"].append(hmax)
        cols["lat"].append(lat)
        cols["lon"].append(lon)
        cols["commute_km"].append(float(s.max_commute_km or DEFAULT_COMMUTE_KM))
        cols["relocate"].append(bool(s.willing_to_relocate))
        cols["region"].append(int(s.office_code) if s.office_code.isdigit() else 0)
        cols["education"].append(EDUCATION_LEVEL.get(s.education, 0))
        cols["youth"].append("youth" in groups)
        cols["career_break_woman"].append("career_break_women" in groups)
        cols["older"].append("older" in groups)
        skill_rows.append(_tokens(s.search_tokens or s.skills))
        licence_rows.append(_licences(s.licences))
    values: dict[str, Any] = {k: np.asarray(v) if n else np.zeros(0) for k, v in cols.items()}
    arrays = SeekerArrays(
        **values,
        skills=skills.encode(skill_rows), licences=licences.encode(licence_rows))
    return arrays, majors


def vacancy_arrays(vacancies: Sequence[Any], day: dt.date, centroids: Centroids,
                   skills: TokenVocabulary, licences: TokenVocabulary
                   ) -> tuple[VacancyArrays, list[int | None]]:
    """Engine rows of vacancies (only open ones with openings left get openings > 0)."""
    from goyong.employers.vacancies.choices import VacancyStatus
    from goyong.employers.vacancies.rules import is_care_job

    gangso = _gangso({v.company_id for v in vacancies})
    n = len(vacancies)
    cols: dict[str, list[Any]] = {k: [] for k in (
        "ids", "occupation", "wage", "weekly_hours", "lat", "lon", "region", "min_education",
        "min_experience_years", "small_giant", "part_time", "care_job", "days_posted",
        "openings")}
    majors: list[int | None] = []
    skill_rows: list[list[str]] = []
    for v in vacancies:
        major = major_of(v.occupation.code, v.occupation.scheme)
        majors.append(major)
        if v.latitude is not None and v.longitude is not None:
            lat, lon = float(v.latitude), float(v.longitude)
        else:
            lat, lon = centroids.of(v.work_sigungu_code)
        opened = v.opened_on or day
        cols["ids"].append(v.pk)
        cols["occupation"].append(engine_code(major) if major is not None else -1)
        cols["wage"].append(monthly_wage(v.wage_amount, v.wage_basis, v.weekly_hours))
        cols["weekly_hours"].append(float(v.weekly_hours))
        cols["lat"].append(lat)
        cols["lon"].append(lon)
        cols["region"].append(int(v.office_code) if v.office_code.isdigit() else 0)
        cols["min_education"].append(0)
        cols["min_experience_years"].append(0.0)
        cols["small_giant"].append(v.company_id in gangso)
        cols["part_time"].append(bool(v.part_time))
        cols["care_job"].append(is_care_job(v.care_category))
        cols["days_posted"].append(float(max((day - opened).days, 0)))
        remaining = max(v.openings - v.hired, 0) if v.status == VacancyStatus.OPEN else 0
        cols["openings"].append(remaining if major is not None else 0)
        skill_rows.append(_tokens(v.search_tokens))
    values: dict[str, Any] = {k: np.asarray(v) if n else np.zeros(0) for k, v in cols.items()}
    arrays = VacancyArrays(
        **values,
        skills=skills.encode(skill_rows), licences=licences.encode([[] for _ in vacancies]),
        required_licences=licences.encode([[] for _ in vacancies]))
    return arrays, majors


def load(seekers: Sequence[Any], vacancies: Sequence[Any], day: dt.date,
         centroids: Centroids | None = None) -> Loaded:
    """Arrays of the given rows (seekers with `career`-free fields; vacancies with their
    occupation and company loaded)."""
    centroids = centroids or Centroids()
    skills, licences = TokenVocabulary(), TokenVocabulary()
    s_arr, s_major = seeker_arrays(seekers, day, centroids, skills, licences)
    v_arr, v_major = vacancy_arrays(vacancies, day, centroids, skills, licences)
    return Loaded(s_arr, v_arr, list(seekers), list(vacancies),
                  {s.pk: i for i, s in enumerate(seekers)},
                  {v.pk: i for i, v in enumerate(vacancies)}, s_major, v_major)


def load_all(day: dt.date, *, seeker_qs: Any = None, vacancy_qs: Any = None) -> Loaded:
    """Arrays of every active seeker and open vacancy (or the given querysets)."""
    seekers = list((seeker_qs if seeker_qs is not None else active_seekers()).order_by("pk"))
    vacancies = list((vacancy_qs if vacancy_qs is not None else open_vacancies())
                     .select_related("occupation").order_by("pk"))
    return load(seekers, vacancies, day)


def _take_tokens(tokens: TokenSets, rows: np.ndarray) -> TokenSets:
    return TokenSets.from_lists(tokens.row(int(i)).tolist() for i in rows)


def take(loaded: Loaded, s_idx: Sequence[int], v_idx: Sequence[int]) -> Loaded:
    """A subset of already loaded rows (no new queries)."""
    si = np.asarray(s_idx, dtype=np.int64)
    vj = np.asarray(v_idx, dtype=np.int64)
    s_cols: dict[str, Any] = {
        f.name: _take_tokens(v, si) if isinstance(v, TokenSets) else v[si]
        for f in fields(SeekerArrays) for v in [getattr(loaded.seekers, f.name)]}
    v_cols: dict[str, Any] = {
        f.name: _take_tokens(v, vj) if isinstance(v, TokenSets) else v[vj]
        for f in fields(VacancyArrays) for v in [getattr(loaded.vacancies, f.name)]}
    seekers = SeekerArrays(**s_cols)
    vacancies = VacancyArrays(**v_cols)
    s_rows = [loaded.seeker_rows[int(i)] for i in si]
    v_rows = [loaded.vacancy_rows[int(j)] for j in vj]
    return Loaded(seekers, vacancies, s_rows, v_rows,
                  {s.pk: n for n, s in enumerate(s_rows)}, {v.pk: n for n, v in enumerate(v_rows)},
                  [loaded.seeker_major[int(i)] for i in si],
                  [loaded.vacancy_major[int(j)] for j in vj])
