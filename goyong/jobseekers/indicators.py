"""The job-seeker registry's indicators for the task force (goyong.taskforce.indicators):
verified placements (all, by group, by programme), 6-month retention and Employment Success
Package participants entering each stage. Counted from this app's tables; never typed in.

Placements count by their start date and the office of the seeker's registration; a group is
the seeker's on the start date (청년 15–29, 장년 55–64 as in the rate targets, 여성 by sex);
the programme is 취업성공패키지 when the seeker had a case open on the start date, otherwise
the placement's route (고용센터 알선, 협력기관 알선; 본인 구직 belongs to no programme)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from goyong.jobseekers.choices import PlacementSource, Sex
from goyong.jobseekers.models import PackageCase, Placement, RetentionCheck
from goyong.jobseekers.package.choices import Stage
from goyong.jobseekers.targeting import OLDER_RATE_BAND, YOUTH_AGES, age_on
from goyong.taskforce.indicators import Indicator, Ratio, counts_by, register, register_ratio

PROGRAMMES = {"package": _("취업성공패키지"), "referral": _("고용센터 알선"),
              "partner": _("협력기관 알선")}
GROUPS = {"women": _("여성"), "youth": _("청년(15~29세)"), "older": _("장년(55~64세)")}


@dataclass(frozen=True)
class PlacementFacts:
    """What the task force needs of one verified placement."""

    pk: int
    uuid: str
    office_code: str
    residence_code: str
    start_date: dt.date
    source: str
    business_number: str
    groups: tuple[str, ...]
    programme: str  # "" when no programme


def groups_of(sex: str, birth_date: dt.date, day: dt.date) -> tuple[str, ...]:
    age = age_on(birth_date, day)
    found = []
    if sex == Sex.FEMALE:
        found.append("women")
    if YOUTH_AGES[0] <= age <= YOUTH_AGES[1]:
        found.append("youth")
    if OLDER_RATE_BAND[0] <= age <= OLDER_RATE_BAND[1]:
        found.append("older")
    return tuple(found)


def programme_of(source: str, start: dt.date,
                 cases: list[tuple[dt.date, dt.date | None]]) -> str:
    """취업성공패키지 when a case was open on the start date, else the placement's route."""
    if any(intake <= start and (closed is None or start <= closed) for intake, closed in cases):
        return "package"
    if source == PlacementSource.REFERRAL:
        return "referral"
    if source == PlacementSource.PARTNER:
        return "partner"
    return ""


def verified_placements(office_codes: Collection[str] | None, start: dt.date, end: dt.date
                        ) -> list[PlacementFacts]:
    """Verified placements starting in [start, end] of seekers of those offices (all if None)."""
    rows = Placement.objects.filter(verified=True, start_date__range=(start, end))
    if office_codes is not None:
        rows = rows.filter(seeker__office_code__in=list(office_codes))
    values = list(rows.order_by("start_date", "pk").values_list(
        "pk", "uuid", "seeker_id", "seeker__office_code", "seeker__residence_code",
        "seeker__sex", "seeker__birth_date", "start_date", "source", "business_number"))
    cases: dict[int, list[tuple[dt.date, dt.date | None]]] = defaultdict(list)
    for seeker_id, intake, closed in PackageCase.objects.filter(
            seeker_id__in={v[2] for v in values}).values_list("seeker_id", "intake_on",
                                                             "closed_on"):
        cases[seeker_id].append((intake, closed))
    return [PlacementFacts(pk, str(uid), office, residence, started, source, brn,
                           groups_of(sex, born, started),
                           programme_of(source, started, cases.get(seeker_id, [])))
            for (pk, uid, seeker_id, office, residence, sex, born, started, source, brn)
            in values]


def _tally(office_codes: Collection[str], start: dt.date, end: dt.date,
           keep: object = None) -> dict[str, int]:
    counts = dict.fromkeys(office_codes, 0)
    for p in verified_placements(office_codes, start, end):
        if keep is None or (keep in p.groups or keep == p.programme):
            counts[p.office_code] += 1
    return counts


def _placements(office_codes: Collection[str], start: dt.date, end: dt.date
                ) -> dict[str, int]:
    rows = Placement.objects.filter(verified=True, start_date__range=(start, end),
                                    seeker__office_code__in=list(office_codes))
    return counts_by(rows, "seeker__office_code", office_codes)


def _placements_total(start: dt.date, end: dt.date) -> int:
    return Placement.objects.filter(verified=True, start_date__range=(start, end)).count()


def _keyed(key: str) -> tuple:
    def compute(office_codes: Collection[str], start: dt.date, end: dt.date) -> dict[str, int]:
        return _tally(office_codes, start, end, key)

    def total(start: dt.date, end: dt.date) -> int:
        return sum(1 for p in verified_placements(None, start, end)
                   if key in p.groups or key == p.programme)
    return compute, total


def _retention(employed_only: bool) -> tuple:
    def rows(start: dt.date, end: dt.date):  # type: ignore[no-untyped-def]
        qs = RetentionCheck.objects.filter(month=6, due_date__range=(start, end),
                                           employed__isnull=False, placement__verified=True)
        return qs.filter(employed=True) if employed_only else qs

    def compute(office_codes: Collection[str], start: dt.date, end: dt.date) -> dict[str, int]:
        qs = rows(start, end).filter(placement__seeker__office_code__in=list(office_codes))
        return counts_by(qs, "placement__seeker__office_code", office_codes)

    def total(start: dt.date, end: dt.date) -> int:
        return int(rows(start, end).count())
    return compute, total


_STAGE_DATE: dict[str, str] = {Stage.STAGE1: "intake_on", Stage.STAGE2: "stage2_started_on",
               Stage.STAGE3: "stage3_started_on"}


def _stage(stage: str) -> tuple:
    field = _STAGE_DATE[stage]

    def compute(office_codes: Collection[str], start: dt.date, end: dt.date) -> dict[str, int]:
        qs = PackageCase.objects.filter(**{f"{field}__range": (start, end)},
                                        office_code__in=list(office_codes))
        return counts_by(qs, "office_code", office_codes)

    def total(start: dt.date, end: dt.date) -> int:
        return int(PackageCase.objects.filter(**{f"{field}__range": (start, end)}).count())
    return compute, total


register(Indicator("placements.verified", _("확인된 취업자"), _("명"), _placements,
                   app="jobseekers", total=_placements_total, order=10,
                   description=_("입사일이 기간 안에 있고 고용보험 등으로 확인된 취업 건수")))
for _order, (_code, _label) in enumerate(GROUPS.items(), start=11):
    _compute, _total = _keyed(_code)
    register(Indicator(f"placements.verified.{_code}", _label, _("명"), _compute,
                       app="jobseekers", total=_total, order=_order,
                       description=_("확인된 취업자 중 입사일 기준 해당 집단")))
for _order, (_code, _label) in enumerate(PROGRAMMES.items(), start=20):
    _compute, _total = _keyed(_code)
    register(Indicator(f"placements.verified.{_code}", _label, _("명"), _compute,
                       app="jobseekers", total=_total, order=_order, programme=_code,
                       description=_("확인된 취업자 중 해당 사업을 거친 취업")))
_compute, _total = _retention(False)
register(Indicator("retention.6m.checked", _("6개월 고용유지 확인"), _("명"), _compute,
                   app="jobseekers", total=_total, order=30, targetable=False,
                   description=_("확인 예정일이 기간 안에 있고 결과가 확인된 6개월 유지 확인")))
_compute, _total = _retention(True)
register(Indicator("retention.6m.employed", _("6개월 고용유지"), _("명"), _compute,
                   app="jobseekers", total=_total, order=31,
                   description=_("6개월 뒤에도 재직 중으로 확인된 취업자")))
register_ratio(Ratio("retention.6m.rate", _("6개월 고용유지율"), "retention.6m.employed",
                     "retention.6m.checked", order=32))
for _order, _stage_code in enumerate(_STAGE_DATE, start=40):
    _compute, _total = _stage(_stage_code)
    register(Indicator(f"package.{_stage_code}", Stage(_stage_code).label, _("명"), _compute,
                       app="jobseekers", total=_total, order=_order,
                       description=_("기간 안에 해당 단계에 들어선 취업성공패키지 참여자")))
