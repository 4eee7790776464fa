import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.jobseekers import actions
from goyong.jobseekers.models import JobSeeker, Placement
from goyong.jobseekers.policies import seekers_visible_to
from goyong.reference import queries
from tests.factories import make_user, office_named
from tests.jobseekers.helpers import BUSAN, SEOUL, centre_of, register

pytestmark = pytest.mark.django_db


@pytest.fixture
def seoul_counsellor():
    return make_user(Role.COUNSELLOR, office_named(SEOUL), with_centre=True)


def test_scope_by_role():
    # given one seeker at 성남지청's first centre, one at its second centre, one at 부산청
    office = office_named("성남지청")
    first, second = list(queries.centres_of(office, queries.today())[:2])
    a = actions.register_seeker({"name": "가", "birth_date": dt.date(1990, 1, 1), "sex": "M",
                                 "residence": "11010", "education": "high"},
                                centre=first, acting_user=None)
    b = actions.register_seeker({"name": "나", "birth_date": dt.date(1990, 1, 1), "sex": "M",
                                 "residence": "11010", "education": "high"},
                                centre=second, acting_user=None)
    c = register(BUSAN)
    users = {
        "hq": make_user(Role.HQ),
        "lead": make_user(Role.OFFICE_LEAD, office),
        "member": make_user(Role.OFFICE_MEMBER, office),
        "counsellor": make_user(Role.COUNSELLOR, office, with_centre=True),
        "counsellor_without_centre": make_user(Role.COUNSELLOR, office),
        "partner": make_user(Role.PARTNER),
    }
    got = {k: set(seekers_visible_to(u).values_list("name", flat=True)) for k, u in users.items()}
    assert got == {"hq": {a.name, b.name, c.name}, "lead": {a.name, b.name},
                   "member": {a.name, b.name}, "counsellor": {a.name},
                   "counsellor_without_centre": set(), "partner": set()}


def test_detail_writes_an_audit_row_and_another_office_gets_404(client, seoul_counsellor):
    seeker = register(phone="010-2222-3333")
    client.force_login(seoul_counsellor)
    # when the counsellor of the seeker's centre opens the record
    response = client.get(f"/seekers/{seeker.uuid}/")
    # then it shows, with the groups explained, and the view is audited
    assert response.status_code == 200
    page = response.content.decode()
    assert "010-2222-3333" in page
    assert "여성: 성별 여" in page
    # and it leads on to the seeker's recommended jobs and to package enrolment
    assert f'href="/matching/seekers/{seeker.uuid}/"' in page
    assert f'href="/seekers/package/enrol/{seeker.uuid}/"' in page
    rows = AuditLog.objects.filter(event="jobseekers.seeker.viewed")
    assert [(r.actor_id, r.subject_id) for r in rows] == [(seoul_counsellor.pk, str(seeker.uuid))]
    # when a counsellor of 부산청 asks for it
    client.force_login(make_user(Role.COUNSELLOR, office_named(BUSAN), with_centre=True))
    response = client.get(f"/seekers/{seeker.uuid}/")
    # then it does not exist for them, and no view is recorded
    assert response.status_code == 404
    assert AuditLog.objects.filter(event="jobseekers.seeker.viewed").count() == 1


def test_list_searches_skills_filters_groups_and_pages(client, seoul_counsellor,
                                                       django_assert_max_num_queries):
    for i in range(27):
        register(name=f"청년{i:02d}", birth_date=dt.date(queries.today().year - 25, 1, 1),
                 sex="M")
    register(name="지게차님", sex="M", birth_date=dt.date(1960, 1, 1),
             licences="지게차운전기능사")
    register(BUSAN, name="부산사람", licences="지게차운전기능사")
    client.force_login(seoul_counsellor)
    # search finds the licence token (운전 inside 지게차운전기능사), in scope only
    response = client.get("/seekers/", {"q": "운전"})
    assert [r.seeker.name for r in response.context["rows"]] == ["지게차님"]
    # the youth filter, 25 a page
    with django_assert_max_num_queries(12):
        response = client.get("/seekers/", {"group": "youth"})
    assert response.context["page"].paginator.count == 27
    assert len(response.context["rows"]) == 25
    response = client.get("/seekers/", {"group": "older"})
    assert [r.seeker.name for r in response.context["rows"]] == ["지게차님"]
    assert not AuditLog.objects.filter(event="jobseekers.seeker.viewed").exists()


def test_excel_export_is_audited_per_seeker(client, seoul_counsellor):
    seeker = register()
    register(BUSAN)
    client.force_login(seoul_counsellor)
    response = client.get("/seekers/", {"format": "xlsx"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("이름", "생년월일", "만 나이", "성별")
    assert [r[0] for r in rows[1:2]] == ["홍길순"]
    assert AuditLog.objects.get(event="jobseekers.seekers.exported").data["count"] == 1
    assert list(AuditLog.objects.filter(event="jobseekers.seeker.viewed")
                .values_list("subject_id", "data")) == [
        (str(seeker.uuid), {"channel": "excel", "purpose": "export"})]


def test_register_edit_placement_and_retention_through_the_pages(client, seoul_counsellor):
    client.force_login(seoul_counsellor)
    centre = centre_of(SEOUL)
    # register
    response = client.post("/seekers/new/", {
        "centre": centre.code, "name": "이영희", "birth_date": "1978-04-02", "sex": "F",
        "residence": "서울특별시 종로구", "education": "college", "study_status": "not_enrolled",
        "desired_hours": "part_time", "desired_occupations": ["02", "07"],
        "email": "younghee@example.kr"})
    seeker = JobSeeker.objects.get(name="이영희")
    assert response.status_code == 302
    assert response["Location"] == f"/seekers/{seeker.uuid}/"
    assert seeker.desired_occupations == ["02", "07"]
    # a bad edit shows the Korean message and changes nothing
    form = {"name": "이영희", "birth_date": "1978-04-02", "sex": "F", "residence": "11010",
            "education": "college", "study_status": "not_enrolled", "desired_hours": "either",
            "phone": "12"}
    response = client.post(f"/seekers/{seeker.uuid}/edit/", form)
    assert response.status_code == 200
    assert "전화번호는 0으로 시작하는 숫자 9~11자리" in response.content.decode()
    seeker.refresh_from_db()
    assert seeker.desired_hours == "part_time"
    # a good edit
    response = client.post(f"/seekers/{seeker.uuid}/edit/", {**form, "phone": "02-123-4567"})
    assert response.status_code == 302
    seeker.refresh_from_db()
    assert (seeker.phone, seeker.desired_hours) == ("02-123-4567", "either")
    # career with a break
    response = client.post(f"/seekers/{seeker.uuid}/career/new/", {
        "occupation_name": "경리", "occupation_code": "02", "years": "6",
        "ended_on": "2008-03-31", "leave_reason": "childbirth"})
    assert response.status_code == 302
    page = client.get(f"/seekers/{seeker.uuid}/").content.decode()
    assert "경력단절여성: 2008년 출산(으)로 퇴직" in page
    # placement 40 days ago, then its 1-month retention check
    start = queries.today() - dt.timedelta(days=40)
    JobSeeker.objects.filter(pk=seeker.pk).update(registered_on=start - dt.timedelta(days=60))
    response = client.post(f"/seekers/{seeker.uuid}/placements/new/", {
        "employer_name": "한빛정밀", "start_date": start.isoformat(), "monthly_wage": "1900000",
        "weekly_hours": "30", "insured": "on", "source": "referral", "verified": "on",
        "verification_method": "insurance_record"})
    assert response.status_code == 302
    placement = Placement.objects.get(seeker=seeker)
    response = client.post(
        f"/seekers/{seeker.uuid}/placements/{placement.uuid}/retention/1/",
        {"employed": "1", "source": "insurance_record"})
    assert response.status_code == 302
    assert placement.checks.get(month=1).employed is True
    events = list(AuditLog.objects.filter(event__startswith="jobseekers.")
                  .exclude(event="jobseekers.seeker.viewed").order_by("pk")
                  .values_list("event", flat=True))
    assert events == ["jobseekers.seeker.registered", "jobseekers.seeker.updated",
                      "jobseekers.career.added", "jobseekers.placement.recorded",
                      "jobseekers.retention.checked"]




def test_list_shows_retention_checks_past_due(client, seoul_counsellor):
    # given a placement that started 100 days ago: its 1- and 3-month checks are past due
    seeker = register()
    JobSeeker.objects.filter(pk=seeker.pk).update(
        registered_on=queries.today() - dt.timedelta(days=200))
    seeker.refresh_from_db()
    actions.record_placement(seeker, {
        "employer_name": "한빛정밀", "start_date": queries.today() - dt.timedelta(days=100),
        "monthly_wage": 2_000_000, "weekly_hours": 40, "insured": True,
        "source": "referral"}, acting_user=None)
    client.force_login(seoul_counsellor)
    response = client.get("/seekers/")
    assert response.context["due_count"] == 2
    assert [c.month for c in response.context["due"]] == [1, 3]
    assert "예정일이 지난 고용유지 확인 2건" in response.content.decode()


def test_past_due_checks_link_to_what_the_user_may_open(client, seoul_counsellor):
    # given a placement whose 1-month check is past due, a counsellor and an office member
    seeker = register()
    actions.record_placement(seeker, {
        "employer_name": "한빛정밀", "start_date": queries.today() - dt.timedelta(days=40),
        "monthly_wage": 2_000_000, "weekly_hours": 40, "insured": True,
        "source": "referral"}, acting_user=None)
    placement = seeker.placements.get()
    form_url = f"/seekers/{seeker.uuid}/placements/{placement.uuid}/retention/1/"
    member = make_user(Role.OFFICE_MEMBER, office_named(SEOUL))
    # when / then: the counsellor is sent to the form, the member (read only) to the record
    client.force_login(seoul_counsellor)
    assert f'href="{form_url}"' in client.get("/seekers/").content.decode()
    client.force_login(member)
    page = client.get("/seekers/").content.decode()
    assert form_url not in page
    assert f'href="/seekers/{seeker.uuid}/"' in page
    assert client.get(form_url).status_code == 404
