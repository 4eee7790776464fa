"""Test data for matching: seekers through the registry's actions, companies as rows (the
columns matching reads), vacancies through the vacancies actions."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import Any

from goyong.employers.models import Company
from goyong.jobseekers import actions as seeker_actions
from tests.employers.vacancies.factories import make_vacancy, occupation
from tests.factories import office_named
from tests.jobseekers.helpers import BUSAN, SEOUL, centre_of

JUNGBU = "중부지방고용노동청"
_serial = itertools.count(1)
# 시군구 code and coordinates of a workplace in each office's jurisdiction
PLACES = {SEOUL: ("11010", 37.5735, 126.9790), BUSAN: ("21010", 35.1063, 129.0324),
          JUNGBU: ("23010", 37.4737, 126.6217)}


def seeker(office: str = SEOUL, **overrides: Any) -> Any:
    data: dict[str, Any] = {
        "name": f"구직자{next(_serial)}", "birth_date": dt.date(1990, 3, 15), "sex": "F",
        "residence": "서울특별시 종로구" if office == SEOUL else (
            "부산광역시 중구" if office == BUSAN else "인천광역시 중구"),
        "education": "university", "desired_occupations": ["13"], "desired_wage": 2_000_000,
        "desired_hours": "full_time", "max_commute_km": 20,
    }
    data.update(overrides)
    return seeker_actions.register_seeker(data, centre=centre_of(office), acting_user=None)


def company(office: str = SEOUL, name: str = "") -> Company:
    code, lat, lon = PLACES[office]
    n = next(_serial)
    return Company.objects.create(
        brn=f"{8100000000 + n}", name=name or f"매칭기업{n}", size_class="small",
        sigungu_code=code, office_code=office_named(office).code, address="주소",
        latitude=lat, longitude=lon)


def vacancy(office: str = SEOUL, user: Any = None, *, openings: int = 2, code: str = "13",
            wage: int = 2_300_000, **changes: Any) -> Any:
    from goyong.accounts.models import User

    poster = user or User.objects.filter(role="hq").first()
    if poster is None:
        from goyong.accounts.choices import Role
        from tests.factories import make_user

        poster = make_user(Role.HQ)
    return make_vacancy(company(office), poster, occupation=occupation(code),
                        openings=openings, wage_amount=wage, weekly_hours=Decimal(40),
                        **changes)
