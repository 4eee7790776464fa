"""API: a referral sent and answered through the endpoints, scoped like the pages."""

from __future__ import annotations

import pytest

from goyong.accounts import actions as account_actions
from goyong.accounts.choices import Role
from goyong.matching.models import Referral
from tests.factories import make_user, office_named
from tests.jobseekers.helpers import BUSAN, SEOUL
from tests.matching.helpers import JUNGBU, seeker, vacancy

pytestmark = pytest.mark.django_db


def _auth(user):
    token = account_actions.create_api_token(user, "test", acting_user=user)[1]
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def test_referral_through_the_api(client):
    # given counsellors of 서울청, 부산청 and 중부청, a 서울 seeker and a 부산 vacancy
    a = make_user(Role.COUNSELLOR, office_named(SEOUL), with_centre=True)
    b = make_user(Role.COUNSELLOR, office_named(BUSAN), with_centre=True)
    c = make_user(Role.COUNSELLOR, office_named(JUNGBU), with_centre=True)
    s, v = seeker(SEOUL), vacancy(BUSAN)
    # when A sends the referral
    sent = client.post("/api/v1/matching/referrals", {"seeker": str(s.uuid),
                                                      "vacancy": str(v.uuid)},
                       content_type="application/json", **_auth(a))
    assert sent.status_code == 201
    url = f"/api/v1/matching/referrals/{sent.json()['uuid']}"
    # then 중부청 sees nothing of it and cannot answer it
    assert client.get(url, **_auth(c)).status_code == 404
    denied = client.post(f"{url}/transition", {"action": "accept"},
                         content_type="application/json", **_auth(c))
    assert denied.status_code == 404
    assert Referral.objects.get().status == "sent"
    # when B accepts it
    accepted = client.post(f"{url}/transition", {"action": "accept"},
                           content_type="application/json", **_auth(b))
    # then it is accepted, and B's inbox and A's outbox list it
    assert (accepted.status_code, accepted.json()["status"]) == (200, "accepted")
    inbox = client.get("/api/v1/matching/referrals?box=in", **_auth(b)).json()
    outbox = client.get("/api/v1/matching/referrals?box=out", **_auth(a)).json()
    assert [r["uuid"] for r in inbox] == [r["uuid"] for r in outbox] == [sent.json()["uuid"]]
    # and a second answer in the wrong order is refused with a Korean sentence
    again = client.post(f"{url}/transition", {"action": "accept"},
                        content_type="application/json", **_auth(b))
    assert again.status_code == 409
    assert "상태" in again.json()["detail"]
