"""The cockpit pages, their forms and the API, as the users see them."""

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from goyong.accounts import actions as account_actions
from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.taskforce import actions
from goyong.taskforce.models import GoodPractice, Meeting, Report, Target
from tests.factories import make_user, office_named
from tests.taskforce import sources

pytestmark = pytest.mark.django_db

Q = "?period=2026&as_of=2026-04-15"


@pytest.fixture
def world():
    seoul, busan = office_named("서울지방고용노동청"), office_named("부산지방고용노동청")
    for office, placed in ((seoul, 30), (busan, 20)):
        actions.set_target(office_code=office.code, period="2026",
                           indicator="placements.verified", value=100, acting_user=None)
        seeker = sources.seeker(office)
        for n in range(placed):
            sources.placement(seeker, dt.date(2026, 1, 2) + dt.timedelta(days=n))
    return {"seoul": seoul, "busan": busan, "hq": make_user(Role.HQ),
            "lead": make_user(Role.OFFICE_LEAD, seoul),
            "member": make_user(Role.OFFICE_MEMBER, seoul)}


def test_lead_sees_the_office_cockpit(client, world):
    client.force_login(world["lead"])
    html = client.get(f"/taskforce/offices/{world['seoul'].code}/{Q}").content.decode()
    assert "서울지방고용노동청 추진단 현황판" in html
    assert "본부에 보고할 사항" in html
    assert "확인된 취업자 30명으로 연간 목표 100명의 30%" in html
    assert 'data-indicator="placements.verified"' in html
    assert "목표 변경 제안" in html  # the lead proposes, HQ sets
    assert client.get(f"/taskforce/offices/{world['busan'].code}/").status_code == 404
    assert client.get("/taskforce/national/").status_code == 404


def test_hq_sees_the_national_cockpit_with_alerts_and_excel(client, world):
    client.force_login(world["hq"])
    html = client.get(f"/taskforce/national/{Q}").content.decode()
    assert "전국 추진단 현황판" in html
    assert "부산지방고용노동청의 확인된 취업자 실적이 계획의 68%입니다" in html
    book = load_workbook(io.BytesIO(client.get(f"/taskforce/national/{Q}&format=xlsx").content))
    total = list(book["관서별"].iter_rows(values_only=True))[-1]
    assert total[2:5] == ("전국 합계", 200, 50)


def test_propose_then_approve_through_the_pages(client, world):
    seoul = world["seoul"].code
    client.force_login(world["lead"])
    client.post(f"/taskforce/offices/{seoul}/targets/", {
        "indicator": "placements.verified", "period": "2026", "value": "90",
        "reason": "지역 제조업 경기 둔화"})
    proposal = Target.objects.get(status="proposed")
    assert (proposal.value, proposal.proposed_by) == (90, world["lead"])
    # the lead cannot decide
    assert client.post(f"/taskforce/targets/{proposal.pk}/decide/",
                       {"decision": "approve"}).status_code == 404
    client.force_login(world["hq"])
    client.post(f"/taskforce/targets/{proposal.pk}/decide/", {"decision": "approve"})
    assert Target.objects.get(pk=proposal.pk).status == "approved"


def test_proposal_without_reason_is_refused_in_korean(client, world):
    client.force_login(world["lead"])
    response = client.post(f"/taskforce/offices/{world['seoul'].code}/targets/", {
        "indicator": "placements.verified", "period": "2026", "value": "90"}, follow=True)
    assert "‘변경 사유’을(를) 입력하세요." in response.content.decode()
    assert not Target.objects.filter(status="proposed").exists()


def test_member_records_a_meeting_and_publishes_a_practice(client, world):
    seoul = world["seoul"].code
    client.force_login(world["member"])
    client.post(f"/taskforce/offices/{seoul}/meetings/", {
        "kind": "review", "held_on": "2026-04-03", "title": "4월 점검회의",
        "agenda": "상반기 진도", "attendees": [world["lead"].pk, world["member"].pk]})
    meeting = Meeting.objects.get()
    assert (meeting.title, meeting.attendees.count()) == ("4월 점검회의", 2)
    client.post("/taskforce/practices/", {"title": "돌봄 일자리 매칭", "body": "요양기관 협약",
                                          "tags": "돌봄, 장년"})
    assert GoodPractice.objects.get().tags == ",돌봄,장년,"
    html = client.get("/taskforce/practices/?tag=돌봄&region=11").content.decode()
    assert "돌봄 일자리 매칭" in html
    assert "돌봄 일자리 매칭" not in client.get(
        "/taskforce/practices/?region=21").content.decode()


def test_counsellor_reads_but_does_not_record(client, world):
    counsellor = make_user(Role.COUNSELLOR, world["seoul"])
    client.force_login(counsellor)
    assert client.get(f"/taskforce/offices/{world['seoul'].code}/").status_code == 200
    client.post(f"/taskforce/offices/{world['seoul'].code}/meetings/", {
        "kind": "review", "held_on": "2026-04-03", "title": "x"})
    assert Meeting.objects.count() == 0
    assert not AuditLog.objects.filter(event="taskforce.meeting.recorded").exists()


def test_report_request_goes_to_the_job_page_and_download_is_audited(
        client, world, django_capture_on_commit_callbacks):
    from goyong.core import jobs

    client.force_login(world["lead"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/taskforce/reports/request/", {
            "scope": "office", "office": world["seoul"].code, "period": "2026",
            "format": "xlsx"})
    report = Report.objects.get()
    assert response.status_code == 302 and str(report.job_uuid) in response["Location"]
    jobs.run_queued_tasks()
    assert client.get(f"/taskforce/reports/{report.uuid}/download/").status_code == 200
    assert AuditLog.objects.filter(event="taskforce.report.downloaded").count() == 1
    assert "내려받기" in client.get("/taskforce/reports/").content.decode()
    client.force_login(make_user(Role.OFFICE_LEAD, world["busan"]))
    assert client.get(f"/taskforce/reports/{report.uuid}/download/").status_code == 404


def test_api_office_cockpit_and_targets(client, world):
    _token, secret = account_actions.create_api_token(world["lead"], "t", acting_user=None)
    auth = {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
    data = client.get(f"/api/v1/taskforce/offices/{world['seoul'].code}/cockpit{Q}",
                      **auth).json()
    head = next(i for i in data["indicators"] if i["code"] == "placements.verified")
    assert (head["target"], head["actual"], head["pace"]) == (100.0, 30, "ahead")
    assert client.get("/api/v1/taskforce/offices/x/cockpit?period=20xx",
                      **auth).status_code == 404
    bad = client.get(f"/api/v1/taskforce/offices/{world['seoul'].code}/cockpit?period=2026Q1",
                     **auth)
    assert bad.status_code == 400 and "알 수 없습니다" in bad.json()["detail"]
    targets = client.get("/api/v1/taskforce/targets?period=2026", **auth).json()
    assert [t["office_code"] for t in targets] == [world["seoul"].code]
