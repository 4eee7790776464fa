"""Pages: the receiving office sees the referred seeker only through the referral (audited);
everything else of the other office answers 404; refusals change nothing."""

from __future__ import annotations

import pytest

from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.matching import actions
from goyong.matching.models import MatchRun, Referral
from tests.factories import make_user, office_named
from tests.jobseekers.helpers import BUSAN, SEOUL
from tests.matching.helpers import seeker, vacancy

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    a = make_user(Role.COUNSELLOR, office_named(SEOUL), with_centre=True)
    b = make_user(Role.COUNSELLOR, office_named(BUSAN), with_centre=True)
    s = seeker(SEOUL, willing_to_relocate=True)
    v = vacancy(BUSAN)
    return {"a": a, "b": b, "seeker": s, "vacancy": v, "busan_seeker": seeker(BUSAN)}


def test_b_sees_the_seeker_only_through_the_referral(client, world):
    # given a referral of 서울청's seeker to 부산청
    referral = actions.send_referral(world["seeker"], world["vacancy"], acting_user=world["a"])
    client.force_login(world["b"])
    # when 부산청 opens the referral, the seeker's record and the seeker's job list
    detail = client.get(f"/matching/referrals/{referral.uuid}/")
    record = client.get(f"/seekers/{world['seeker'].uuid}/")
    jobs = client.get(f"/matching/seekers/{world['seeker'].uuid}/")
    # then only the referral opens, and its view is audited
    assert (detail.status_code, record.status_code, jobs.status_code) == (200, 404, 404)
    assert world["seeker"].name in detail.content.decode()
    assert AuditLog.objects.filter(event="matching.referral.viewed", actor=world["b"],
                                   subject_id=str(referral.uuid)).count() == 1


def test_a_gets_404_for_b_seekers(client, world):
    client.force_login(world["a"])
    uuid = world["busan_seeker"].uuid
    assert client.get(f"/seekers/{uuid}/").status_code == 404
    assert client.get(f"/matching/seekers/{uuid}/").status_code == 404
    assert client.get(f"/api/v1/matching/seekers/{uuid}/jobs").status_code in (401, 404)


def test_b_accepts_and_records_the_hire_through_the_pages(client, world):
    # given a referral from 서울청
    client.force_login(world["a"])
    response = client.post("/matching/referrals/new/", {
        "seeker": str(world["seeker"].uuid), "vacancy": str(world["vacancy"].uuid)})
    referral = Referral.objects.get()
    assert response.status_code == 302
    # when 부산청 accepts and records a hire with relocation support
    client.force_login(world["b"])
    base = f"/matching/referrals/{referral.uuid}"
    assert client.post(f"{base}/accept/").status_code == 302
    client.post(f"{base}/outcome/", {"hired": "yes", "start_date": "2026-11-20",
                                     "relocation": "1"})
    # then the referral is hired with the support, and the ledger shows it
    referral.refresh_from_db()
    assert (referral.status, referral.relocation_support) == ("hired", True)
    ledger = client.get("/matching/ledger/?start=2026-01-01&end=2026-12-31").content.decode()
    assert 'data-office="12010"' in ledger and 'data-office="13000"' in ledger


def test_out_of_scope_posts_are_404_and_write_nothing(client, world):
    # given a referral to 부산청 and a 서울청 counsellor who is not its receiver
    referral = actions.send_referral(world["seeker"], world["vacancy"], acting_user=world["a"])
    client.force_login(world["a"])
    runs, audits = MatchRun.objects.count(), AuditLog.objects.count()
    # when 서울청 tries to accept it, and refreshes 부산청's seeker
    accept = client.post(f"/matching/referrals/{referral.uuid}/accept/")
    refresh = client.post(f"/matching/seekers/{world['busan_seeker'].uuid}/refresh/")
    # then both answer 404 and nothing was written
    assert (accept.status_code, refresh.status_code) == (404, 404)
    referral.refresh_from_db()
    assert referral.status == "sent"
    assert (MatchRun.objects.count(), AuditLog.objects.count()) == (runs, audits)


def test_recommended_jobs_page_shows_explanations(client, world):
    # given stored lists
    actions.refresh_for_seeker(world["seeker"], acting_user=None)
    client.force_login(world["a"])
    # when the wide-area list is opened
    page = client.get(f"/matching/seekers/{world['seeker'].uuid}/?scope=wide").content.decode()
    # then the 부산 vacancy is there with its explanation, and can be referred
    assert "희망 직종 일치" in page
    assert "이주 필요" in page
    assert "부산지방고용노동청에 광역 알선 요청" in page


def test_interview_from_the_form_and_malformed_ids(client, world):
    # given an accepted referral
    referral = actions.send_referral(world["seeker"], world["vacancy"], acting_user=world["a"])
    actions.accept_referral(referral, acting_user=world["b"])
    client.force_login(world["b"])
    # when the interview is entered in the form's local date-time format
    client.post(f"/matching/referrals/{referral.uuid}/interview/",
                {"interview_at": "2026-12-01T14:30", "place": "본사 2층"})
    # then it is stored in Korean time
    referral.refresh_from_db()
    assert referral.status == "interview"
    assert referral.interview_at.isoformat() == "2026-12-01T05:30:00+00:00"
    # and malformed ids answer 404 without writing anything
    client.force_login(world["a"])
    bad = client.post("/matching/referrals/new/", {"seeker": "x", "vacancy": "y"})
    assert bad.status_code == 404
    assert Referral.objects.count() == 1


def test_exports_are_audited(client, world):
    # given a referral; when 부산청 downloads its inbox as Excel
    actions.send_referral(world["seeker"], world["vacancy"], acting_user=world["a"])
    client.force_login(world["b"])
    response = client.get("/matching/referrals/?box=in&format=xlsx")
    # then the file comes with an audit row naming the count
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    row = AuditLog.objects.get(event="matching.referrals.exported")
    assert (row.actor, row.data["box"], row.data["count"]) == (world["b"], "in", 1)
