import datetime as dt

import pytest

from goyong.accounts import actions
from goyong.accounts.choices import Role
from tests.factories import make_user, office_named

pytestmark = pytest.mark.django_db


@pytest.fixture
def token_client(client):
    user = make_user(Role.COUNSELLOR, office_named("서울지방고용노동청"), username="api-user")
    _token, secret = actions.create_api_token(user, "tests", acting_user=user)
    client.defaults["HTTP_AUTHORIZATION"] = f"Bearer {secret}"
    return client


def test_api_requires_a_token(client):
    assert client.get("/api/v1/me").status_code == 401
    assert client.get("/api/v1/regions").status_code == 401


def test_revoked_token_is_refused(client):
    user = make_user(Role.HQ)
    token, secret = actions.create_api_token(user, "t", acting_user=user)
    actions.revoke_api_token(token, acting_user=user)
    response = client.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert response.status_code == 401


def test_me_describes_the_token_owner(token_client):
    body = token_client.get("/api/v1/me").json()
    assert body["username"] == "api-user"
    assert body["role"] == "counsellor"
    assert [m["office_name"] for m in body["memberships"]] == ["서울지방고용노동청"]


def test_regions_on_a_date(token_client):
    # given / when
    sido = token_client.get("/api/v1/regions", {"date": "2014-03-08", "level": "sido"}).json()
    before = token_client.get("/api/v1/regions", {"date": "2014-06-30", "level": "sigungu"}).json()
    after = token_client.get("/api/v1/regions", {"date": "2014-07-01", "level": "sigungu"}).json()
    # then
    assert len(sido) == 17
    assert "충청북도 청원군" in {r["full_name"] for r in before}
    assert "충청북도 청원군" not in {r["full_name"] for r in after}


def test_bad_date_is_a_422_not_a_server_error(token_client):
    response = token_client.get("/api/v1/regions", {"date": "2014-13-45"})
    assert response.status_code == 422


def test_offices_in_2014(token_client):
    offices = token_client.get("/api/v1/offices", {"date": "2014-03-08"}).json()
    assert len(offices) == 47
    assert sum(o["kind"] == "regional" for o in offices) == 6


def test_office_detail_lists_its_jurisdiction(token_client):
    seoul = office_named("서울지방고용노동청", dt.date(2014, 3, 8))
    body = token_client.get(f"/api/v1/offices/{seoul.code}", {"date": "2014-03-08"}).json()
    assert body["name"] == "서울지방고용노동청"
    names = {j["region"]["name"] for j in body["jurisdiction"]}
    assert {"종로구", "중구"} <= names


def test_unknown_office_is_404_with_a_korean_message(token_client):
    response = token_client.get("/api/v1/offices/NOPE")
    assert response.status_code == 404
    assert "관서" in response.json()["detail"]


def test_region_office_resolves_kosis_codes(token_client):
    body = token_client.get("/api/v1/regions/1101/office", {"date": "2014-03-08"}).json()
    assert body["region"]["full_name"] == "서울특별시 종로구"
    assert body["office"]["name"] == "서울지방고용노동청"


def test_openapi_is_published():
    from django.test import Client

    spec = Client().get("/api/v1/openapi.json").json()
    assert spec["info"]["title"] == "Goyong API"
    assert {"/api/v1/me", "/api/v1/regions", "/api/v1/offices"} <= set(spec["paths"])


def test_schema_names_are_unique_across_api_modules():
    # OpenAPI names a component after its class: two `TransitionIn`s in two modules made the
    # document describe one endpoint's body with the other's fields.
    import importlib
    import pkgutil

    from ninja import Schema

    import goyong.api

    seen: dict[str, str] = {}
    clashes = []
    for info in pkgutil.iter_modules(goyong.api.__path__):
        module = importlib.import_module(f"goyong.api.{info.name}")
        for name, value in vars(module).items():
            if (isinstance(value, type) and issubclass(value, Schema)
                    and value.__module__ == module.__name__):
                if name in seen:
                    clashes.append((name, seen[name], module.__name__))
                seen[name] = module.__name__
    assert clashes == []
    assert "CaseTransitionIn" in seen and "ReferralTransitionIn" in seen
