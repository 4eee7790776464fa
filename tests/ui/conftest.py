"""Small reference fixtures with codes no real row uses (99…, T-…), so these tests pass
with or without the national reference data loaded."""

from __future__ import annotations

import datetime as dt

import pytest

from goyong.accounts.models import Membership, User
from goyong.reference.models import EmploymentCentre, Jurisdiction, Office, Region

START = dt.date(2013, 1, 1)


@pytest.fixture
def ref(db):
    sido = Region.objects.create(key="t-99", level="sido", kostat_code="99", mois_code="99",
                                 name="시험도", full_name="시험도", valid_from=START)
    city = Region.objects.create(key="t-99010", level="sigungu", kostat_code="99010",
                                 mois_code="99110", name="시험시", full_name="시험도 시험시",
                                 parent=sido, valid_from=START)
    county = Region.objects.create(key="t-99020", level="sigungu", kostat_code="99020",
                                   mois_code="99120", name="옛군", full_name="시험도 옛군",
                                   parent=sido, valid_from=START, valid_to=dt.date(2015, 6, 30))
    regional = Office.objects.create(key="T-REG-1", code="T-REG", name="시험지방고용노동청", kind="regional",
                                     data_quality="official", valid_from=START)
    branch = Office.objects.create(
        key="T-BR-1", code="T-BR", name="시험지청", kind="branch", parent=regional, valid_from=START,
        data_quality="reconstructed", evidence="2014년 직제 시행규칙 별표에서 재구성",
    )
    Jurisdiction.objects.create(office=regional, region=city, valid_from=START,
                                data_quality="official")
    Jurisdiction.objects.create(
        office=branch, region=county, valid_from=START, valid_to=dt.date(2015, 6, 30),
        data_quality="assigned", note="관할 고시 미확인, 인접 지청에 임의 배정",
    )
    centre = EmploymentCentre.objects.create(key="T-C1-1", code="T-C1", name="시험고용센터", office=regional,
                                             valid_from=START, data_quality="verified")
    return {"sido": sido, "city": city, "county": county, "regional": regional,
            "branch": branch, "centre": centre}


@pytest.fixture
def user_with(ref):
    """A user of the given role; staff roles belong to 시험지방고용노동청."""

    def make(role: str, username: str | None = None) -> User:
        user = User.objects.create_user(username or f"ui-{role}", password="x-unused-pass-1",
                                        role=role, display_name=f"{role} 사용자")
        if role in {"office_lead", "office_member", "counsellor"}:
            Membership.objects.create(user=user, office=ref["regional"])
        return user

    return make
