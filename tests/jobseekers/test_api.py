import datetime as dt

import pytest

from goyong.accounts import actions as account_actions
from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.jobseekers.models import JobSeeker, Placement
from goyong.reference import queries
from tests.factories import make_user, office_named
from tests.jobseekers.helpers import BUSAN, SEOUL, centre_of, register

pytestmark = pytest.mark.django_db


def auth(user):
    token = account_actions.create_api_token(user, "test", acting_user=user)[1]
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.fixture
def counsellor():
    return make_user(Role.COUNSELLOR, office_named(SEOUL), with_centre=True)


def test_list_is_scoped_and_detail_is_audited(client, counsellor, django_assert_max_num_queries):
    mine = register(phone="010-5555-6666", birth_date=dt.date(queries.today().year - 25, 1, 1))
    theirs = register(BUSAN)
    headers = auth(counsellor)
    with django_assert_max_num_queries(10):
        body = client.get("/api/v1/seekers", **headers).json()
    assert body["count"] == 1
    assert [i["uuid"] for i in body["items"]] == [str(mine.uuid)]
    assert "phone" not in body["items"][0]
    assert [g["code"] for g in body["items"][0]["target_groups"]] == ["youth", "women",
                                                                     "package_ii"]
    detail = client.get(f"/api/v1/seekers/{mine.uuid}", **headers)
    assert detail.status_code == 200
    assert (detail.json()["phone"], detail.json()["has_rrn"]) == ("010-5555-6666", False)
    assert AuditLog.objects.get(event="jobseekers.seeker.viewed").data == {
        "channel": "api", "purpose": ""}
    assert client.get(f"/api/v1/seekers/{theirs.uuid}", **headers).status_code == 404
    assert AuditLog.objects.filter(event="jobseekers.seeker.viewed").count() == 1


def test_create_seeker_and_placement(client, counsellor):
    headers = auth(counsellor)
    response = client.post("/api/v1/seekers", {
        "centre_code": centre_of(SEOUL).code, "name": "정다은", "birth_date": "1992-09-09",
        "sex": "F", "residence": "11010", "education": "university",
        "skills": ""}, content_type="application/json", **headers)
    assert response.status_code == 201, response.content
    seeker = JobSeeker.objects.get(uuid=response.json()["uuid"])
    seeker.registered_on = queries.today() - dt.timedelta(days=90)
    seeker.save(update_fields=["registered_on"])
    response = client.post(f"/api/v1/seekers/{seeker.uuid}/placements", {
        "employer_name": "미래정보기술", "start_date": str(queries.today()),
        "monthly_wage": 2500000, "weekly_hours": 40, "insured": True, "source": "referral"},
        content_type="application/json", **headers)
    assert response.status_code == 201, response.content
    assert [c["month"] for c in response.json()["retention"]] == [1, 3, 6]
    listed = client.get(f"/api/v1/seekers/{seeker.uuid}/placements", **headers).json()
    assert [p["employer_name"] for p in listed] == ["미래정보기술"]
    assert [p["uuid"] for p in client.get("/api/v1/placements", **headers).json()] == [
        str(Placement.objects.get().uuid)]


def test_invalid_and_forbidden_creates_change_nothing(client, counsellor):
    headers = auth(counsellor)
    response = client.post("/api/v1/seekers", {
        "centre_code": centre_of(SEOUL).code, "name": "정다은", "birth_date": "1992-09-09",
        "sex": "F", "residence": "11010", "education": "university", "email": "x"},
        content_type="application/json", **headers)
    assert response.status_code == 422
    assert response.json()["errors"] == {
        "email": ["전자우편 주소가 올바르지 않습니다. name@example.kr처럼 쓰세요."]}
    response = client.post("/api/v1/seekers", {
        "centre_code": centre_of(BUSAN).code, "name": "정다은", "birth_date": "1992-09-09",
        "sex": "F", "residence": "11010", "education": "university"},
        content_type="application/json", **headers)
    assert response.status_code == 403
    assert JobSeeker.objects.count() == 0
    assert not AuditLog.objects.filter(event__startswith="jobseekers.").exists()
