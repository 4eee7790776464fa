"""Test data of the vacancies part: a company row (the registry's own importer is the
companies part's; these tests need only the columns vacancies read) and vacancies made
through the actions."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import Any

from goyong.employers.models import Company, ScreeningResult, ScreeningRun, Vacancy
from goyong.employers.vacancies import actions
from goyong.employers.vacancies.choices import WageBasis
from goyong.reference.models import ClassificationItem
from tests.factories import office_named

_serial = itertools.count(1)
SEOUL_JONGNO = "11010"
BUSAN_JUNG = "21010"


def make_company(name: str = "", *, office: str = "서울지방고용노동청",
                 sigungu: str = SEOUL_JONGNO, **extra: Any) -> Company:
    n = next(_serial)
    return Company.objects.create(
        brn=f"{9000000000 + n}", name=name or f"시험기업{n}", size_class="small",
        sigungu_code=sigungu, office_code=office_named(office).code,
        address="서울특별시 종로구 세종대로 1", latitude=37.57, longitude=126.98, **extra)


def occupation(code: str = "13", scheme: str = "keco2007") -> ClassificationItem:
    return ClassificationItem.objects.get(scheme=scheme, code=code)


def vacancy_input(**changes: Any) -> actions.VacancyInput:
    values: dict[str, Any] = {
        "occupation": occupation(), "title": "주방 보조", "wage_amount": 2_300_000,
        "wage_basis": WageBasis.MONTHLY, "weekly_hours": Decimal(40),
        "description": "한식당 주방 보조, 식재료 손질"}
    values.update(changes)
    return actions.VacancyInput(**values)


def make_vacancy(company: Company, user: Any, *, open_now: bool = True,
                 day: dt.date | None = None, **changes: Any) -> Vacancy:
    return actions.create_vacancy(company, vacancy_input(**changes), acting_user=user,
                                  open_now=open_now, day=day)


def screen(company: Company, *, passed: bool, youth: bool = False, year: int = 2014) -> None:
    """A screening result for the company (as the companies part's batch would write)."""
    run = ScreeningRun.objects.create(year=year, rules_year=year,
                                      reference_date=dt.date(year, 1, 1))
    ScreeningResult.objects.create(run=run, company=company, passed=passed,
                                   youth_friendly=youth)
