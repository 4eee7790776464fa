"""The vacancies API: scoped like the pages; create with the same rules and messages."""

from __future__ import annotations

import json

import pytest

from goyong.accounts import actions as account_actions
from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.employers.models import Vacancy
from goyong.employers.vacancies import actions
from goyong.employers.vacancies.choices import WageBasis
from goyong.reference.queries import today
from tests.employers.vacancies.factories import BUSAN_JUNG, make_company, make_vacancy, screen
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def bearer(user):
    _token, secret = account_actions.create_api_token(user, "test", acting_user=user)
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


@pytest.fixture
def world():
    seoul = make_company("(주)서울정밀")
    busan = make_company("부산돌봄", office="부산지방고용노동청", sigungu=BUSAN_JUNG)
    employer = make_user(Role.EMPLOYER)
    actions.link_employer(employer, seoul, acting_user=None)
    hq = make_user(Role.HQ)
    own = make_vacancy(seoul, employer, title="선반 기능공")
    draft = make_vacancy(seoul, employer, title="초안", open_now=False)
    other = make_vacancy(busan, hq, title="요양보호사")
    screen(seoul, passed=True)
    return {"seoul": seoul, "busan": busan, "employer": employer, "hq": hq, "own": own,
            "draft": draft, "other": other}


def test_list_is_scoped(client, world):
    got = client.get("/api/v1/vacancies", **bearer(world["employer"])).json()
    assert got["count"] == 2
    assert sorted(i["title"] for i in got["items"]) == ["선반 기능공", "초안"]
    assert all(i["gangso"] is True for i in got["items"])
    partner = client.get("/api/v1/vacancies", **bearer(make_user(Role.PARTNER))).json()
    assert sorted(i["title"] for i in partner["items"]) == ["선반 기능공", "요양보호사"]


def test_list_query_budget(client, world, django_assert_max_num_queries):
    headers = bearer(world["hq"])
    with django_assert_max_num_queries(6):
        got = client.get("/api/v1/vacancies", **headers).json()
    assert got["count"] == 3


def test_detail_out_of_scope_is_404(client, world):
    headers = bearer(world["employer"])
    response = client.get(f"/api/v1/vacancies/{world['other'].uuid}", **headers)
    assert response.status_code == 404
    assert response.json()["detail"] == "그런 구인이 없거나 볼 권한이 없습니다. 주소를 확인하세요."
    own = client.get(f"/api/v1/vacancies/{world['own'].uuid}", **headers).json()
    assert (own["title"], own["gangso"], own["minimum_wage_year"]) == (
        "선반 기능공", True, today().year)


def payload(**changes):
    body = {"company_brn": "", "occupation_scheme": "keco2007", "occupation_code": "15",
            "title": "용접공", "wage_amount": 3_000_000, "wage_basis": "monthly",
            "weekly_hours": "40", "open_now": True}
    body.update(changes)
    return body


def post(client, user, body):
    return client.post("/api/v1/vacancies", json.dumps(body), content_type="application/json",
                       **bearer(user))


def test_employer_creates_for_own_company(client, world):
    response = post(client, world["employer"], payload(company_brn=world["seoul"].brn))
    assert response.status_code == 201
    body = response.json()
    assert (body["title"], body["status"], body["posted_by_employer"]) == (
        "용접공", "open", True)
    assert Vacancy.objects.get(uuid=body["uuid"]).company == world["seoul"]


def test_employer_cannot_create_for_another_company(client, world):
    before = Vacancy.objects.count()
    response = post(client, world["employer"], payload(company_brn=world["busan"].brn))
    assert response.status_code == 404
    assert Vacancy.objects.count() == before
    assert AuditLog.objects.filter(event="employers.vacancy.created",
                                   actor=world["employer"]).count() == 2  # the fixture's two


def test_below_minimum_wage_is_422_with_the_field(client, world):
    minimum = actions.rules.minimum_amount(WageBasis.MONTHLY, 40, today())
    before = Vacancy.objects.count()
    response = post(client, world["hq"], payload(company_brn=world["seoul"].brn,
                                                 wage_amount=minimum - 1, part_time=True,
                                                 part_time_type="new_hire"))
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert sorted(errors) == ["part_time", "wage_amount"]
    assert errors["wage_amount"][0].endswith(f"{minimum:,}원 이상으로 고치세요.")
    assert Vacancy.objects.count() == before


def test_unknown_occupation_is_422(client, world):
    response = post(client, world["hq"], payload(company_brn=world["seoul"].brn,
                                                 occupation_code="99"))
    assert response.status_code == 422
    assert "occupation_code" in response.json()["errors"]
