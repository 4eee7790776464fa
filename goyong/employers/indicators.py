"""The employer registry's indicators for the task force (goyong.taskforce.indicators):
강소기업 found and 시간선택제 jobs discovered on discovery visits (by the office that made the
visit), 시간선택제 openings posted and care jobs filled (by the office covering the work
place). Counted from this app's tables; never typed in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from goyong.employers.choices import VisitOutcome
from goyong.employers.models import DiscoveryVisit, Vacancy
from goyong.employers.vacancies.choices import VacancyStatus
from goyong.employers.vacancies.rules import CARE_CATEGORIES
from goyong.taskforce.indicators import Indicator, counts_by, register


def _visits(start: dt.date, end: dt.date):  # type: ignore[no-untyped-def]
    return DiscoveryVisit.objects.filter(visited_on__range=(start, end),
                                         outcome=VisitOutcome.DONE)


def _gangso(office_codes: Collection[str], start: dt.date, end: dt.date) -> dict[str, int]:
    rows = _visits(start, end).filter(gangso_candidate=True, office_code__in=list(office_codes))
    return counts_by(rows, "office_code", office_codes, distinct="company_id")


def _gangso_total(start: dt.date, end: dt.date) -> int:
    # A company found by two offices counts once for each (the sum of offices' is national).
    rows = _visits(start, end).filter(gangso_candidate=True)
    return len(set(rows.values_list("office_code", "company_id")))


def _part_time(office_codes: Collection[str], start: dt.date, end: dt.date) -> dict[str, int]:
    found = dict(_visits(start, end).filter(office_code__in=list(office_codes)).order_by()
                 .values_list("office_code").annotate(n=Sum("part_time_conversions")))
    return {code: int(found.get(code) or 0) for code in office_codes}


def _part_time_total(start: dt.date, end: dt.date) -> int:
    return int(_visits(start, end).aggregate(n=Sum("part_time_conversions"))["n"] or 0)


def _summed(rows: Any, field: str, office_codes: Collection[str]) -> dict[str, int]:
    found = dict(rows.filter(office_code__in=list(office_codes)).order_by()
                 .values_list("office_code").annotate(n=Sum(field)))
    return {code: int(found.get(code) or 0) for code in office_codes}


def _part_time_posts(start: dt.date, end: dt.date) -> Any:
    return Vacancy.objects.filter(part_time=True, opened_on__range=(start, end)).exclude(
        status=VacancyStatus.DRAFT)


def _care_filled(start: dt.date, end: dt.date) -> Any:
    # `hired` carries no date of its own: hires count when the vacancy ends.
    return Vacancy.objects.filter(care_category__in=list(CARE_CATEGORIES),
                                  ended_on__range=(start, end), hired__gt=0)


register(Indicator("companies.gangso_found", _("발굴한 강소기업 후보"), _("곳"), _gangso,
                   app="employers", total=_gangso_total, order=50,
                   description=_("기간 안의 발굴 방문에서 강소기업 후보로 표시된 기업 수")))
register(Indicator("jobs.part_time_discovered", _("발굴한 시간선택제 일자리"), _("개"), _part_time,
                   app="employers", total=_part_time_total, order=51,
                   description=_("기간 안의 발굴 방문에서 찾은 시간선택제 전환 일자리 수")))
register(Indicator("jobs.part_time_posted", _("게시된 시간선택제 구인"), _("명"),
                   lambda codes, start, end: _summed(_part_time_posts(start, end), "openings",
                                                     codes),
                   app="employers", order=52,
                   total=lambda start, end: int(_part_time_posts(start, end).aggregate(
                       n=Sum("openings"))["n"] or 0),
                   description=_("기간 안에 게시된 시간선택제 구인의 모집 인원 (근무지 관할 관서)")))
register(Indicator("jobs.care_filled", _("채용된 돌봄 일자리"), _("명"),
                   lambda codes, start, end: _summed(_care_filled(start, end), "hired", codes),
                   app="employers", order=53,
                   total=lambda start, end: int(_care_filled(start, end).aggregate(
                       n=Sum("hired"))["n"] or 0),
                   description=_("기간 안에 끝난 돌봄 구인의 채용 인원 (근무지 관할 관서)")))
