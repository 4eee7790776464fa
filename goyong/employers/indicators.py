"""The employer registry's indicators for the task force (goyong.taskforce.indicators):
강소기업 found on discovery visits and 시간선택제 jobs discovered. Counted from this app's
tables by the office that made the visit; never typed in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from goyong.employers.choices import VisitOutcome
from goyong.employers.models import DiscoveryVisit
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


register(Indicator("companies.gangso_found", _("발굴한 강소기업 후보"), _("곳"), _gangso,
                   app="employers", total=_gangso_total, order=50,
                   description=_("기간 안의 발굴 방문에서 강소기업 후보로 표시된 기업 수")))
register(Indicator("jobs.part_time_discovered", _("발굴한 시간선택제 일자리"), _("개"), _part_time,
                   app="employers", total=_part_time_total, order=51,
                   description=_("기간 안의 발굴 방문에서 찾은 시간선택제 전환 일자리 수")))
