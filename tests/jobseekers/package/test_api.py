"""Package API: list, detail and statement in scope; a refused transition answers 409 with
the Korean reason and changes nothing; out of scope is 404."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from goyong.accounts import actions as account_actions
from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from tests.factories import make_user, office_named
from tests.jobseekers.package.factories import make_case, make_placement, make_seeker

pytestmark = pytest.mark.django_db


def _auth(user):
    token = account_actions.create_api_token(user, "test", acting_user=user)[1]
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.fixture
def seoul():
    return office_named("서울지방고용노동청")


@pytest.fixture
def counsellor(seoul):
    return make_user(Role.COUNSELLOR, seoul, with_centre=True)


def test_list_detail_and_statement(client, seoul, counsellor):
    seeker = make_seeker(seoul)
    case = make_case(seeker, counsellor, iap=dt.date(2014, 3, 24), stage3=dt.date(2014, 3, 25),
                     closed=dt.date(2014, 7, 31))
    make_placement(seeker, dt.date(2014, 8, 18))
    headers = _auth(counsellor)
    listed = client.get("/api/v1/package/cases", **headers).json()
    detail = client.get(f"/api/v1/package/cases/{case.uuid}", **headers).json()
    statement = client.get(f"/api/v1/package/cases/{case.uuid}/statement?as_of=2014-12-31",
                           **headers).json()
    assert [c["uuid"] for c in listed] == [str(case.uuid)]
    assert (detail["stage"], detail["close_reason"]) == ("completed", "employed")
    assert [e["kind"] for e in detail["events"]] == [
        "initial_counselling", "group_counselling", "iap"]
    assert [(p["kind"], p["amount"]) for p in statement["payments"]] == [
        ("stage1", 250000), ("success", 200000), ("success", 300000)]
    assert [(p["amount"], p["due"]) for p in statement["upcoming"]] == [(500000, "2015-02-18")]


def test_refused_transition_is_409_and_changes_nothing(client, seoul, counsellor):
    case = make_case(make_seeker(seoul), counsellor)
    headers = _auth(counsellor)
    audits = AuditLog.objects.count()
    response = client.post(f"/api/v1/package/cases/{case.uuid}/transitions",
                           data=json.dumps({"target": "stage3", "on": "2014-03-20"}),
                           content_type="application/json", **headers)
    assert response.status_code == 409
    assert response.json() == {
        "detail": "IAP를 먼저 완료해야 3단계 집중취업알선(으)로 넘어갈 수 있습니다. 1단계에서 "
                  "개인별 취업활동계획(IAP) 수립을 기록하세요.",
        "code": "jobseekers.case.transition_refused"}
    case.refresh_from_db()
    assert case.stage == "stage1" and AuditLog.objects.count() == audits


def test_allowed_transition_and_scope(client, seoul, counsellor):
    case = make_case(make_seeker(seoul), counsellor, iap=dt.date(2014, 3, 20))
    other = make_user(Role.COUNSELLOR, office_named("부산지방고용노동청"), with_centre=True)
    body = json.dumps({"target": "stage2", "on": "2014-03-24"})
    outside = client.post(f"/api/v1/package/cases/{case.uuid}/transitions", data=body,
                          content_type="application/json", **_auth(other))
    assert outside.status_code == 404
    member = client.post(f"/api/v1/package/cases/{case.uuid}/transitions", data=body,
                         content_type="application/json",
                         **_auth(make_user(Role.OFFICE_MEMBER, seoul)))
    assert member.status_code == 403
    done = client.post(f"/api/v1/package/cases/{case.uuid}/transitions", data=body,
                       content_type="application/json", **_auth(counsellor))
    assert done.status_code == 200
    assert (done.json()["stage"], done.json()["stage2_started_on"]) == ("stage2", "2014-03-24")
    assert client.get("/api/v1/package/cases", **_auth(other)).json() == []
