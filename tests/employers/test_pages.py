"""Pages and API of the companies part, through the test client."""

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from goyong.accounts import actions as account_actions
from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.core.models import BackgroundJob
from goyong.employers import actions
from goyong.employers.choices import PotentialRunStatus
from goyong.employers.models import (
    Company,
    DiscoveryVisit,
    PotentialRun,
    PotentialScore,
    ScreeningRun,
    WageArrears,
)
from tests.employers.factories import add_history, make_company
from tests.factories import make_user, office_named

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    good = make_company(name="(주)좋은기업")
    add_history(good, dt.date(2017, 1, 1), 24)
    bad = make_company(name="(주)체불기업", sigungu_code="21010")
    add_history(bad, dt.date(2017, 1, 1), 24)
    WageArrears.objects.create(company=bad, occurred_on=dt.date(2018, 5, 2))
    run = actions.run_screening(2019, acting_user=None)
    potential = PotentialRun.objects.create(region_code="11", as_of=dt.date(2018, 12, 1),
                                            status=PotentialRunStatus.PUBLISHED)
    PotentialScore.objects.create(run=potential, company=good, score=72, stars=3.5,
                                  predicted_hires=7.25, score_part_time=20)
    return {"good": good, "bad": bad, "run": run,
            "lead": make_user(Role.OFFICE_LEAD, office_named("서울지방고용노동청")),
            "hq": make_user(Role.HQ)}


def test_companies_list_filters_by_region_and_gangso(client, world):
    client.force_login(world["lead"])
    page = client.get("/employers/companies/").content.decode()
    assert "(주)좋은기업" in page and "(주)체불기업" in page
    page = client.get("/employers/companies/?sido=21").content.decode()
    assert "(주)좋은기업" not in page and "(주)체불기업" in page
    page = client.get("/employers/companies/?gangso=1").content.decode()
    assert "(주)좋은기업" in page and "(주)체불기업" not in page


def test_companies_list_query_budget(client, world, django_assert_max_num_queries):
    client.force_login(world["lead"])
    for i in range(20):
        make_company(name=f"(주)추가{i}")
    with django_assert_max_num_queries(14):
        assert client.get("/employers/companies/").status_code == 200


def test_companies_list_downloads_as_excel(client, world):
    client.force_login(world["lead"])
    response = client.get("/employers/companies/?format=xlsx")
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("사업자등록번호", "기업명")
    by_name = {r[1]: r for r in rows[1:]}
    assert by_name["(주)좋은기업"][6:] == (50, "예", "예", 72)
    assert by_name["(주)체불기업"][6:] == (50, "아니오", "아니오", None)


def test_company_page_shows_every_criterion_with_its_value(client, world):
    client.force_login(world["lead"])
    page = client.get(f"/employers/companies/{world['bad'].uuid}/").content.decode()
    assert "2019년 선정 심사 (2019년 기준, 기준일 2018. 12. 31.):" in page
    assert page.count('<tr data-code="') == 11
    assert "결격: 2년 이내 임금체불 없음 기준을 충족하지 못했습니다 (값: 2018. 5. 2., " in page
    assert 'id="gy-headcount-chart"' in page
    good = client.get(f"/employers/companies/{world['good'].uuid}/").content.decode()
    assert "72점 (별 3.5개)" in good
    assert "7.25" not in good  # predicted hires stay internal


def test_employers_not_linked_get_404_for_company_pages(client, world):
    client.force_login(make_user(Role.EMPLOYER))
    assert client.get(f"/employers/companies/{world['good'].uuid}/").status_code == 404
    assert client.get("/employers/companies/").status_code == 404


def test_opt_out_by_post(client, world):
    client.force_login(world["lead"])
    response = client.post(f"/employers/companies/{world['good'].uuid}/opt-out/",
                           {"opt_out": "1"})
    assert response.status_code == 302
    world["good"].refresh_from_db()
    assert world["good"].visit_opt_out is True


def test_opt_out_is_refused_to_partners(client, world):
    client.force_login(make_user(Role.PARTNER))
    response = client.post(f"/employers/companies/{world['good'].uuid}/opt-out/",
                           {"opt_out": "1"})
    assert response.status_code == 404
    world["good"].refresh_from_db()
    assert world["good"].visit_opt_out is False


def test_screening_report_lists_failures_and_downloads(client, world):
    client.force_login(world["lead"])
    page = client.get("/employers/screening/").content.decode()
    assert "모든 기업 일괄 심사" not in page  # only HQ runs it
    assert "(주)체불기업" in page
    response = client.get(f"/employers/screening/?run={world['run'].pk}&format=xlsx")
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert len(rows) == 3
    assert rows[0][5] == "2년 이내 임금체불 없음"


def test_hq_starts_a_batch_screening_job(client, world):
    client.force_login(world["hq"])
    response = client.post("/employers/screening/run/", {"year": "2019"})
    job = BackgroundJob.objects.get(kind="employers.screening.run")
    assert response.status_code == 302
    assert response["Location"] == f"/jobs/{job.uuid}/"


def test_batch_screening_with_an_unknown_year_explains(client, world):
    client.force_login(world["hq"])
    response = client.post("/employers/screening/run/", {"year": "2010"}, follow=True)
    assert "2010년에 적용할 강소기업 선정 기준이 없습니다" in response.content.decode()
    assert not BackgroundJob.objects.filter(kind="employers.screening.run").exists()


def test_office_staff_cannot_start_a_batch_screening(client, world):
    client.force_login(world["lead"])
    assert client.post("/employers/screening/run/", {"year": "2019"}).status_code == 404
    assert not BackgroundJob.objects.filter(kind="employers.screening.run").exists()
    assert ScreeningRun.objects.count() == 1


def test_youth_ranking_says_why(client, world):
    client.force_login(world["lead"])
    page = client.get("/employers/youth/").content.decode()
    assert "(주)좋은기업" in page and "(주)체불기업" not in page
    assert "청년친화 기준 4/4 충족: 임금, 일·생활 균형, 고용안정, 청년고용" in page
    assert "채용 가능성 72점" in page


def test_visit_form_records_and_explains_errors(client, world):
    client.force_login(world["lead"])
    bad = client.post("/employers/visits/new/", {"company": "1234567890", "office": "12010",
                                                 "visited_on": "2014-04-15"})
    assert bad.status_code == 400
    assert "사업자등록번호로 기업을 찾지 못했습니다" in bad.content.decode()
    good = client.post("/employers/visits/new/", {
        "company": world["good"].brn_display, "office": "12010", "visited_on": "2014-04-15",
        "outcome": "done", "vacancies_found": "3", "part_time_conversions": "1",
        "gangso_candidate": "1"})
    assert good.status_code == 302
    visit = DiscoveryVisit.objects.get()
    assert (visit.company, visit.vacancies_found, visit.gangso_candidate) == (
        world["good"], 3, True)
    page = client.get("/employers/visits/").content.decode()
    assert "(주)좋은기업" in page


def test_to_visit_lists_scored_companies_of_the_office(client, world):
    client.force_login(world["lead"])
    page = client.get("/employers/to-visit/").content.decode()
    assert "(주)좋은기업" in page


def _token(user):
    return {"HTTP_AUTHORIZATION": "Bearer " + account_actions.create_api_token(
        user, "t", acting_user=user)[1]}


def test_api_lists_companies_with_badge_and_score_only(client, world):
    response = client.get("/api/v1/companies?sido=11", **_token(world["lead"]))
    body = response.json()
    assert body["count"] == 1
    item = body["items"][0]
    assert (item["name"], item["gangso"], item["youth_friendly"]) == ("(주)좋은기업", True, True)
    assert item["potential"] == {"score": 72, "stars": 3.5, "score_part_time": 20,
                                 "as_of": "2018-12"}
    assert "predicted_hires" not in response.content.decode()


def test_api_screening_of_a_company(client, world):
    response = client.get(f"/api/v1/companies/{world['bad'].brn_display}/screening",
                          **_token(world["lead"]))
    body = response.json()
    assert (body["passed"], body["year"], body["rules_year"]) == (False, 2019, 2019)
    assert [c["code"] for c in body["criteria"] if not c["passed"]] == ["wage_arrears"]
    assert body["reasons"][0].startswith("결격: 2년 이내 임금체불 없음")


def test_api_hides_companies_from_roles_without_access(client, world):
    partner = make_user(Role.PARTNER)
    assert client.get("/api/v1/companies", **_token(partner)).json() == {"count": 0,
                                                                          "items": []}
    response = client.get(f"/api/v1/companies/{world['good'].brn}", **_token(partner))
    assert response.status_code == 404
    assert not AuditLog.objects.filter(event__startswith="employers.company").exists()
    assert Company.objects.count() == 2
