"""Vacancy pages and employer self-service: scoping, filters, Korean form errors, export."""

from __future__ import annotations

import datetime as dt
import html
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.employers.models import Vacancy
from goyong.employers.queries import gangso_status
from goyong.employers.vacancies import actions
from goyong.employers.vacancies.choices import (
    CareCategory,
    PartTimeType,
    VacancyStatus,
    WageBasis,
)
from goyong.employers.vacancies.queries import with_badges
from goyong.reference.queries import today
from tests.employers.vacancies.factories import (
    BUSAN_JUNG,
    make_company,
    make_vacancy,
    occupation,
    screen,
)
from tests.factories import make_user, office_named

pytestmark = pytest.mark.django_db


@pytest.fixture
def seoul():
    return make_company("(주)서울정밀")


@pytest.fixture
def busan():
    return make_company("부산돌봄", office="부산지방고용노동청", sigungu=BUSAN_JUNG)


@pytest.fixture
def counsellor():
    return make_user(Role.COUNSELLOR, office_named("서울지방고용노동청"))


@pytest.fixture
def employer(seoul):
    user = make_user(Role.EMPLOYER)
    actions.link_employer(user, seoul, acting_user=None)
    return user


@pytest.fixture
def board(seoul, busan, counsellor):
    """Four vacancies: a full-time job, a part-time care job (Busan), a quality part-time
    job and a draft."""
    hq = make_user(Role.HQ)
    full = make_vacancy(seoul, counsellor, title="CNC 선반 기능공")
    care = make_vacancy(busan, hq, title="요양보호사", occupation=occupation("07"),
                        care_category=CareCategory.ELDERLY_CARE, part_time=True,
                        part_time_type=PartTimeType.NEW_HIRE, weekly_hours=Decimal(25),
                        wage_amount=11_000, wage_basis=WageBasis.HOURLY)
    quality = make_vacancy(seoul, counsellor, title="사무 보조", occupation=occupation("02"),
                           part_time=True, part_time_type=PartTimeType.CONVERSION,
                           weekly_hours=Decimal(20), wage_amount=14_000,
                           wage_basis=WageBasis.HOURLY)
    draft = make_vacancy(seoul, counsellor, title="초안 구인", open_now=False)
    return {"full": full, "care": care, "quality": quality, "draft": draft}


def titles(response):
    return [v.title for v in response.context["page"]]


def test_staff_list_shows_all_posted_and_own_office_drafts(client, counsellor, board):
    client.force_login(counsellor)
    response = client.get("/employers/vacancies/")
    assert response.status_code == 200
    assert sorted(titles(response)) == ["CNC 선반 기능공", "사무 보조", "요양보호사", "초안 구인"]


def test_partner_sees_open_vacancies_only(client, board):
    client.force_login(make_user(Role.PARTNER))
    response = client.get("/employers/vacancies/")
    assert sorted(titles(response)) == ["CNC 선반 기능공", "사무 보조", "요양보호사"]
    assert client.get(f"/employers/vacancies/{board['draft'].uuid}/").status_code == 404


@pytest.mark.parametrize(("query", "expected"), [
    ("part_time=on", ["사무 보조", "요양보호사"]),
    ("quality_part_time=on", ["사무 보조"]),
    ("care=care", ["요양보호사"]),
    ("care=older", ["요양보호사"]),
    ("care=child_care", []),
    ("region=21", ["요양보호사"]),
    ("region=11&status=open", ["CNC 선반 기능공", "사무 보조"]),
    ("q=요양", ["요양보호사"]),
    ("q=cnc", ["CNC 선반 기능공"]),
    ("q=선반+기능", ["CNC 선반 기능공"]),
])
def test_list_filters(client, counsellor, board, query, expected):
    client.force_login(counsellor)
    response = client.get(f"/employers/vacancies/?{query}")
    assert sorted(titles(response)) == expected


def test_occupation_filter(client, counsellor, board):
    client.force_login(counsellor)
    item = occupation("07")
    assert titles(client.get(f"/employers/vacancies/?occupation={item.pk}")) == ["요양보호사"]


def test_gangso_badge_and_filter(client, counsellor, board, seoul, busan):
    # given: 서울정밀 passed its latest screening, 부산돌봄 failed
    screen(seoul, passed=False, year=2013)
    screen(seoul, passed=True, youth=True, year=2014)
    screen(busan, passed=False)
    client.force_login(counsellor)
    # when
    response = client.get("/employers/vacancies/?gangso=on&status=open")
    # then
    assert sorted(titles(response)) == ["CNC 선반 기능공", "사무 보조"]
    assert response.content.decode().count('data-badge="gangso"') == 2
    assert response.content.decode().count('data-badge="youth"') == 2
    # the same answer as the companies part's gangso_status, company by company
    for vacancy in with_badges(Vacancy.objects.all()):
        assert vacancy.gangso == gangso_status(vacancy.company_id).passed
    detail = client.get(f"/employers/vacancies/{board['care'].uuid}/").content.decode()
    assert 'data-badge="gangso"' not in detail
    assert "가장 최근 강소기업 심사를 통과하지 못했습니다." in detail


def test_list_query_budget(client, counsellor, board, django_assert_max_num_queries):
    client.force_login(counsellor)
    with django_assert_max_num_queries(12):
        client.get("/employers/vacancies/")


def test_employer_sees_own_company_only(client, employer, board):
    client.force_login(employer)
    response = client.get("/employers/vacancies/")
    assert sorted(titles(response)) == ["CNC 선반 기능공", "사무 보조", "초안 구인"]
    assert client.get(f"/employers/vacancies/{board['care'].uuid}/").status_code == 404
    assert client.get(f"/employers/vacancies/{board['care'].uuid}/edit/").status_code == 404


def form_data(**changes):
    data = {"title": "품질 검사원", "occupation": occupation("15").pk, "wage_basis": "monthly",
            "wage_amount": "2500000", "weekly_hours": "40", "contract_type": "permanent",
            "openings": "2", "open_now": "on", "care_category": "", "part_time_type": ""}
    data.update(changes)
    return data


def test_employer_creates_a_vacancy_and_sees_korean_errors(client, employer, seoul):
    client.force_login(employer)
    minimum = actions.rules.minimum_amount(WageBasis.MONTHLY, 40, today())
    # when the wage is under this year's minimum
    response = client.post("/employers/vacancies/new/", form_data(
        company=seoul.pk, wage_amount=str(minimum - 1)))
    # then the page says what to fix, and nothing is saved
    page = response.content.decode()
    assert response.status_code == 200
    assert f"{minimum:,}원 이상으로 고치세요." in page
    assert 'aria-invalid="true"' in page
    assert Vacancy.objects.count() == 0
    # when a 40-hour job is labelled 시간선택제
    response = client.post("/employers/vacancies/new/", form_data(
        company=seoul.pk, part_time="on", part_time_type="new_hire"))
    assert "주 40시간 일자리에는 시간선택제 표시를 할 수 없습니다." in response.content.decode()
    assert Vacancy.objects.count() == 0
    # when the form is right
    response = client.post("/employers/vacancies/new/", form_data(company=seoul.pk))
    # then
    vacancy = Vacancy.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/employers/vacancies/{vacancy.uuid}/"
    assert (vacancy.company, vacancy.status, vacancy.openings, vacancy.posted_by_employer) == (
        seoul, VacancyStatus.OPEN, 2, True)


def test_form_field_errors_are_korean_sentences(client, counsellor):
    client.force_login(counsellor)
    response = client.post("/employers/vacancies/new/", form_data(
        company_brn="0000000000", wage_amount="이백만", weekly_hours=""))
    errors = response.context["form"].errors
    assert errors["wage_amount"] == ["임금은 쉼표 없이 원 단위 숫자로 적으세요(예: 2200000)."]
    assert errors["weekly_hours"] == ["주 근로시간을 적으세요."]
    assert errors["company_brn"] == [
        "사업자등록번호 0000000000인 기업이 없거나 귀하가 구인을 등록할 수 있는 기업이 "
        "아닙니다. 번호를 확인하거나 기업 관할 관서에 요청하세요."]


def test_staff_posts_by_business_number_of_own_office_only(client, counsellor, seoul, busan):
    client.force_login(counsellor)
    response = client.post("/employers/vacancies/new/", form_data(
        company_brn=f"{busan.brn[:3]}-{busan.brn[3:5]}-{busan.brn[5:]}"))
    assert "company_brn" in response.context["form"].errors
    response = client.post("/employers/vacancies/new/", form_data(company_brn=seoul.brn))
    assert response.status_code == 302
    assert Vacancy.objects.get().company == seoul


def test_edit_page_updates_terms(client, employer, board):
    client.force_login(employer)
    vacancy = board["full"]
    response = client.post(f"/employers/vacancies/{vacancy.uuid}/edit/",
                           form_data(title="CNC 선반 숙련공", wage_amount="3000000"))
    assert response.status_code == 302
    vacancy.refresh_from_db()
    assert (vacancy.title, vacancy.wage_amount) == ("CNC 선반 숙련공", 3_000_000)


def test_status_steps(client, employer, board):
    client.force_login(employer)
    draft, full = board["draft"], board["full"]
    client.post(f"/employers/vacancies/{draft.uuid}/status/", {"step": "open"})
    client.post(f"/employers/vacancies/{full.uuid}/status/", {"step": "hire", "count": "1"})
    draft.refresh_from_db()
    full.refresh_from_db()
    assert (draft.status, draft.opened_on) == (VacancyStatus.OPEN, today())
    assert (full.status, full.hired) == (VacancyStatus.FILLED, 1)
    # a step that is not allowed says why
    response = client.post(f"/employers/vacancies/{full.uuid}/status/", {"step": "close"},
                           follow=True)
    assert "채용 완료 상태인 구인은 '마감'(으)로 바꿀 수 없습니다." in html.unescape(
        response.content.decode())


def test_status_of_another_company_is_404_and_unchanged(client, employer, board):
    client.force_login(employer)
    care = board["care"]
    response = client.post(f"/employers/vacancies/{care.uuid}/status/", {"step": "close"})
    care.refresh_from_db()
    assert (response.status_code, care.status) == (404, VacancyStatus.OPEN)
    assert AuditLog.objects.filter(event="employers.vacancy.closed").count() == 0


def test_excel_export_has_the_filtered_rows(client, counsellor, board):
    client.force_login(counsellor)
    response = client.get("/employers/vacancies/?part_time=on&format=xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("구인 번호", "제목", "기업")
    assert sorted(r[1] for r in rows[1:3]) == ["사무 보조", "요양보호사"]
    care = next(r for r in rows[1:3] if r[1] == "요양보호사")
    assert (care[7], care[8], care[9], care[12]) == ("시급", 11000, 25.0, "노인돌봄")


def test_company_profile_self_service(client, employer, seoul):
    client.force_login(employer)
    url = f"/employers/vacancies/companies/{seoul.uuid}/profile/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"address": "서울특별시 종로구 새주소 2", "visit_opt_out": "on"})
    assert response.status_code == 302
    seoul.refresh_from_db()
    assert (seoul.address, seoul.visit_opt_out, seoul.visit_opt_out_on) == (
        "서울특별시 종로구 새주소 2", True, today())
    # and another employer cannot open it
    client.force_login(make_user(Role.EMPLOYER))
    assert client.get(url).status_code == 404
    assert client.post(url, {"address": "x"}).status_code == 404
    seoul.refresh_from_db()
    assert seoul.address == "서울특별시 종로구 새주소 2"


def test_employer_menu_has_vacancies_and_company(client, employer, seoul):
    client.force_login(employer)
    page = client.get("/employers/vacancies/").content.decode()
    assert 'href="/employers/vacancies/" aria-current="page"' in page
    assert f'href="/employers/vacancies/companies/{seoul.uuid}/profile/"' in page


def test_expire_command(board):
    from django.core.management import call_command

    out = io.StringIO()
    future = (today() + dt.timedelta(days=61)).isoformat()
    call_command("vacancies", "expire", "--date", future, stdout=out)
    assert out.getvalue().strip() == "만료한 구인: 3건"
    assert Vacancy.objects.filter(status=VacancyStatus.EXPIRED).count() == 3
