"""Package pages: caseload, case detail with stage actions, enrolment, the funnel report (equal
to counts computed independently here) and its Excel export; scoping gives 404."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.jobseekers.models import JobSeeker, PackageCase
from goyong.jobseekers.package import queries
from goyong.reference import queries as reference
from tests.factories import make_user, office_named
from tests.jobseekers.package.factories import make_case, make_placement, make_seeker

pytestmark = pytest.mark.django_db


@pytest.fixture
def seoul():
    return office_named("서울지방고용노동청")


@pytest.fixture
def counsellor(seoul):
    return make_user(Role.COUNSELLOR, seoul, with_centre=True)


def test_caseload_lists_overdue_next_actions_and_today(client, seoul, counsellor):
    # given one case 10 days past its Type I Stage 1 limit and one fresh case with an
    # appointment today
    today = reference.today()
    late = make_case(make_seeker(seoul), counsellor, intake=today - dt.timedelta(days=37))
    fresh = make_case(make_seeker(seoul), counsellor, intake=today)
    from django.utils import timezone

    from goyong.jobseekers.package import actions
    actions.schedule_appointment(
        fresh, "counselling", timezone.make_aware(dt.datetime.combine(today, dt.time(10, 30))),
        acting_user=counsellor, place="3번 상담실")
    client.force_login(counsellor)
    # when
    response = client.get("/seekers/package/")
    # then
    assert response.status_code == 200
    load = response.context["load"]
    assert [(r.case.pk, r.days_overdue) for r in response.context["overdue"]] == [(late.pk, 10)]
    assert [r.case.pk for r in load.rows] == [late.pk, fresh.pk]
    assert [a.place for a in load.appointments] == ["3번 상담실"]
    assert "3번 상담실" in response.content.decode()


def test_viewing_a_case_is_audited(client, seoul, counsellor):
    case = make_case(make_seeker(seoul), counsellor)
    client.force_login(counsellor)
    client.get(f"/seekers/package/cases/{case.uuid}/")
    log = AuditLog.objects.get(event="jobseekers.case.viewed")
    assert (log.actor, log.subject_id, log.data) == (
        counsellor, str(case.uuid), {"seeker": str(case.seeker.uuid), "channel": "page"})


def test_case_detail_for_another_office_is_404(client, seoul, counsellor):
    case = make_case(make_seeker(seoul), counsellor)
    other = make_user(Role.COUNSELLOR, office_named("부산지방고용노동청"), with_centre=True)
    client.force_login(other)
    assert client.get(f"/seekers/package/cases/{case.uuid}/").status_code == 404
    assert not AuditLog.objects.filter(event="jobseekers.case.viewed").exists()
    assert client.post(f"/seekers/package/cases/{case.uuid}/advance/",
                       {"target": "dropped", "reason": "withdrew"}).status_code == 404
    case.refresh_from_db()
    assert case.stage == "stage1"


def test_case_detail_shows_statement_and_refusal_reasons(client, seoul, counsellor):
    case = make_case(make_seeker(seoul), counsellor)
    client.force_login(counsellor)
    response = client.get(f"/seekers/package/cases/{case.uuid}/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "IAP를 먼저 완료해야 3단계 집중취업알선(으)로 넘어갈 수 있습니다." in body
    assert "개인별 취업활동계획(IAP)을 완료하지 않아 1단계 참여수당이 없습니다." in body


def test_posting_a_refused_transition_changes_nothing(client, seoul, counsellor):
    # given a Stage 1 case without an IAP
    case = make_case(make_seeker(seoul), counsellor)
    audits = AuditLog.objects.exclude(event="jobseekers.case.viewed").count()
    client.force_login(counsellor)
    # when
    response = client.post(f"/seekers/package/cases/{case.uuid}/advance/",
                           {"target": "stage3"}, follow=True)
    # then
    assert [str(m) for m in response.context["messages"]] == [
        "IAP를 먼저 완료해야 3단계 집중취업알선(으)로 넘어갈 수 있습니다. 1단계에서 개인별 "
        "취업활동계획(IAP) 수립을 기록하세요."]
    case.refresh_from_db()
    # (the redirect back to the case page audits only that view)
    assert case.stage == "stage1"
    assert AuditLog.objects.exclude(event="jobseekers.case.viewed").count() == audits


def test_stage_actions_through_the_pages(client, seoul, counsellor):
    case = make_case(make_seeker(seoul), counsellor, intake=dt.date(2014, 3, 3))
    client.force_login(counsellor)
    url = f"/seekers/package/cases/{case.uuid}"
    client.post(f"{url}/activities/", {"kind": "iap", "on": "2014-03-20"})
    client.post(f"{url}/advance/", {"target": "stage2", "on": "2014-03-24"})
    client.post(f"{url}/attendance/", {"month": "2014-04", "days": "20"})
    client.post(f"{url}/activities/", {"kind": "training", "on": "2014-04-01",
                                       "card_amount": "2000000"})
    client.post(f"{url}/claim/")
    case.refresh_from_db()
    assert (case.stage, case.iap_completed_on) == ("stage2", dt.date(2014, 3, 20))
    assert list(case.attendance.values_list("month", "days")) == [("2014-04", 20)]
    assert list(case.payments.values_list("kind", "amount")) == [
        ("stage1", 150000), ("training", 284000)]


def test_office_member_reads_but_cannot_post(client, seoul, counsellor):
    case = make_case(make_seeker(seoul), counsellor, iap=dt.date(2014, 3, 20))
    member = make_user(Role.OFFICE_MEMBER, seoul)
    client.force_login(member)
    assert client.get(f"/seekers/package/cases/{case.uuid}/").status_code == 200
    assert client.post(f"/seekers/package/cases/{case.uuid}/advance/",
                       {"target": "stage2"}).status_code == 404
    case.refresh_from_db()
    assert case.stage == "stage1"


def test_enrol_page_shows_reasons_and_enrols(client, seoul, counsellor):
    seeker = make_seeker(seoul)
    client.force_login(counsellor)
    page = client.get(f"/seekers/package/enrol/{seeker.uuid}/?intake_on=2014-03-03")
    assert "여성가장: 만 38세" in page.content.decode()
    response = client.post(f"/seekers/package/enrol/{seeker.uuid}/",
                           {"type": "I", "intake_on": "2014-03-03"})
    case = PackageCase.objects.get(seeker=seeker)
    assert response.status_code == 302 and response.url == f"/seekers/package/cases/{case.uuid}/"


def _funnel_world(seoul, counsellor):
    """Seekers of 서울청 at every funnel step, and one of 부산청 (outside the counsellor's scope
    but inside HQ's)."""
    busan = office_named("부산지방고용노동청")
    hq = make_user(Role.HQ)
    make_seeker(seoul)  # registered only
    make_seeker(seoul, sex="M", categories=("disabled",))  # registered only
    make_case(make_seeker(seoul), counsellor, intake=dt.date(2014, 3, 3))  # stage 1
    make_case(make_seeker(seoul, sex="M", categories=("disabled",)), counsellor,
              intake=dt.date(2014, 3, 3), iap=dt.date(2014, 3, 13), stage2=dt.date(2014, 3, 17))
    employed = make_seeker(seoul)
    make_case(employed, counsellor, intake=dt.date(2014, 3, 3), iap=dt.date(2014, 3, 21),
              stage2=dt.date(2014, 3, 24), stage3=dt.date(2014, 6, 2), closed=dt.date(2014, 7, 1))
    make_placement(employed, dt.date(2014, 7, 1), retained6=True)
    employed_not_kept = make_seeker(seoul)
    make_case(employed_not_kept, counsellor, intake=dt.date(2014, 3, 3),
              iap=dt.date(2014, 3, 31), stage3=dt.date(2014, 4, 1), closed=dt.date(2014, 5, 1))
    make_placement(employed_not_kept, dt.date(2014, 5, 1), retained6=False)
    unverified = make_seeker(seoul)
    make_case(unverified, counsellor, intake=dt.date(2014, 3, 3), iap=dt.date(2014, 3, 31),
              stage3=dt.date(2014, 4, 1))
    make_placement(unverified, dt.date(2014, 5, 1), verified=False)
    busan_counsellor = make_user(Role.COUNSELLOR, busan, with_centre=True)
    make_case(make_seeker(busan), busan_counsellor, intake=dt.date(2014, 3, 3))
    return hq, busan


def _independent_counts(office_code, sex=None):
    seekers = JobSeeker.objects.filter(office_code=office_code)
    if sex:
        seekers = seekers.filter(sex=sex)
    cases = PackageCase.objects.filter(seeker__in=seekers)
    verified = [p for s in seekers for p in s.placements.filter(verified=True)
                if p.start_date >= min(c.intake_on for c in s.package_cases.all())]
    return {
        "registered": seekers.count(),
        "stage1": cases.values("seeker").distinct().count(),
        "stage2": cases.filter(stage2_started_on__isnull=False).values("seeker").distinct().count(),
        "stage3": cases.filter(stage3_started_on__isnull=False).values("seeker").distinct().count(),
        "employed": len({p.seeker_id for p in verified}),
        "retained6": len({p.seeker_id for p in verified
                          if p.checks.filter(month=6, employed=True).exists()}),
    }


def test_funnel_equals_independent_counts(client, seoul, counsellor):
    # given
    hq, busan = _funnel_world(seoul, counsellor)
    # when
    rows = {(r.office_code, r.group): r for r in queries.funnel(hq)}
    scoped = {(r.office_code, r.group) for r in queries.funnel(counsellor)}
    # then
    assert rows[(seoul.code, "all")].counts == _independent_counts(seoul.code) == {
        "registered": 7, "stage1": 5, "stage2": 2, "stage3": 3, "employed": 2, "retained6": 1}
    assert rows[(seoul.code, "women")].counts == _independent_counts(seoul.code, "F")
    assert rows[(busan.code, "all")].counts == _independent_counts(busan.code)
    assert rows[(seoul.code, "all")].rate("stage2") == 40.0
    assert rows[(seoul.code, "all")].rate("stage3") == 150.0  # Stage 3 may skip Stage 2
    # Stage 1 days of the cases that left it: 14, 21, 29, 29 → median 25; Stage 3: 29, 30
    assert rows[(seoul.code, "all")].median_days("stage1") == 25.0
    assert rows[(seoul.code, "all")].median_days("stage3") == 29.5
    assert {code for code, _g in scoped} == {seoul.code}


def test_funnel_page_and_excel(client, seoul, counsellor):
    hq, _busan = _funnel_world(seoul, counsellor)
    client.force_login(hq)
    page = client.get("/seekers/package/funnel/")
    assert page.status_code == 200
    download = client.get("/seekers/package/funnel/?format=xlsx")
    sheet = load_workbook(io.BytesIO(download.content)).active
    header = [c.value for c in sheet[1]]
    assert header[:9] == ["관서 코드", "관서", "대상 집단", "등록", "1단계", "2단계", "3단계",
                          "취업", "6개월 유지"]
    seoul_all = next([c.value for c in row] for row in sheet.iter_rows(min_row=2)
                     if row[0].value == seoul.code and row[2].value == "전체")
    assert seoul_all[3:9] == [7, 5, 2, 3, 2, 1]
    assert seoul_all[9:14] == [71.4, 40.0, 150.0, 66.7, 50.0]


def _queries(client, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        assert client.get(path).status_code == 200
    return len(ctx.captured_queries)


def test_list_pages_use_a_fixed_number_of_queries(client, seoul, counsellor):
    # given two cases, then six
    for _i in range(2):
        make_case(make_seeker(seoul), counsellor, iap=dt.date(2014, 3, 20))
    client.force_login(counsellor)
    from goyong.accounts import actions as account_actions
    token = account_actions.create_api_token(counsellor, "q", acting_user=counsellor)[1]
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}

    def api_queries():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/api/v1/package/cases", **headers).status_code == 200
        return len(ctx.captured_queries)

    api_queries()  # the token's first use also stamps last_used_at
    few = (_queries(client, "/seekers/package/"), api_queries())
    for _i in range(4):
        make_case(make_seeker(seoul), counsellor, iap=dt.date(2014, 3, 20))
    # when / then
    many = (_queries(client, "/seekers/package/"), api_queries())
    assert many == few
    assert few[0] <= 10 and few[1] <= 4
