"""Discovery visits: recording with audit, office scoping, opt-out, and the list of
companies to visit with its exposure cap."""

import datetime as dt

import pytest

from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.employers import actions, queries
from goyong.employers.choices import PotentialRunStatus, VisitOutcome
from goyong.employers.errors import VisitError
from goyong.employers.models import Company, DiscoveryVisit, PotentialRun, PotentialScore
from goyong.employers.policies import visits_visible_to
from goyong.reference.queries import today
from tests.employers.factories import make_company
from tests.factories import make_user, office_named

pytestmark = pytest.mark.django_db


@pytest.fixture
def seoul_lead():
    return make_user(Role.OFFICE_LEAD, office_named("서울지방고용노동청"))


def test_staff_record_a_visit_with_its_results(seoul_lead):
    # given a 종로구 company (서울청)
    company = make_company()
    # when
    visit = actions.record_visit(company, acting_user=seoul_lead, office_code="12010",
                                 visited_on=dt.date(2014, 4, 15), vacancies_found=2,
                                 part_time_conversions=1, gangso_candidate=True)
    # then
    assert (visit.vacancies_found, visit.part_time_conversions, visit.gangso_candidate) == (
        2, 1, True)
    log = AuditLog.objects.get(event="employers.visit.recorded")
    assert log.subject_id == str(visit.uuid)
    assert log.data == {"company": company.brn, "outcome": "done", "vacancies_found": 2,
                        "part_time_conversions": 1, "gangso_candidate": True}


def test_staff_of_another_office_cannot_record_for_that_office():
    busan = make_user(Role.OFFICE_MEMBER, office_named("부산지방고용노동청"))
    company = make_company()
    with pytest.raises(PermissionError):
        actions.record_visit(company, acting_user=busan, office_code="12010",
                             visited_on=dt.date(2014, 4, 15))
    assert DiscoveryVisit.objects.count() == 0
    assert not AuditLog.objects.filter(event="employers.visit.recorded").exists()


def test_a_refused_visit_cannot_carry_results(seoul_lead):
    company = make_company()
    with pytest.raises(VisitError, match="방문하지 못한 경우에는 발굴 결과를 적을 수 없습니다"):
        actions.record_visit(company, acting_user=seoul_lead, office_code="12010",
                             visited_on=dt.date(2014, 4, 15), outcome=VisitOutcome.REFUSED,
                             vacancies_found=1)
    with pytest.raises(VisitError, match="방문일이 오늘보다 뒤입니다"):
        actions.record_visit(company, acting_user=seoul_lead, office_code="12010",
                             visited_on=today() + dt.timedelta(days=1))
    assert DiscoveryVisit.objects.count() == 0


def test_visits_are_scoped_to_the_office(seoul_lead):
    company = make_company()
    actions.record_visit(company, acting_user=seoul_lead, office_code="12010",
                         visited_on=dt.date(2014, 4, 15))
    busan = make_user(Role.OFFICE_MEMBER, office_named("부산지방고용노동청"))
    assert visits_visible_to(seoul_lead).count() == 1
    assert visits_visible_to(busan).count() == 0
    assert visits_visible_to(make_user(Role.HQ)).count() == 1
    assert visits_visible_to(make_user(Role.PARTNER)).count() == 0


def _scored(*pairs):
    run = PotentialRun.objects.create(region_code="11", as_of=dt.date(2025, 12, 1),
                                      status=PotentialRunStatus.PUBLISHED)
    for company, score in pairs:
        PotentialScore.objects.create(run=run, company=company, score=score, stars=3,
                                      predicted_hires=1.0)


def test_companies_to_visit_are_ranked_by_potential_without_opt_outs_or_capped(seoul_lead):
    # given four scored companies; one opted out, one visited last month
    high, middle, low, opted = (make_company(name=n) for n in ("(주)가", "(주)나", "(주)다",
                                                               "(주)라"))
    _scored((high, 90), (middle, 60), (low, 30), (opted, 95))
    actions.set_visit_opt_out(opted, True, acting_user=seoul_lead)
    actions.record_visit(high, acting_user=seoul_lead, office_code="12010",
                         visited_on=today() - dt.timedelta(days=30))
    # when
    rows = queries.companies_to_visit(Company.objects.all(),
                                      today())
    # then
    assert [c.name for c in rows] == ["(주)나", "(주)다"]
    # and a visit older than the window no longer counts
    DiscoveryVisit.objects.update(visited_on=today() - dt.timedelta(days=181))
    rows = queries.companies_to_visit(Company.objects.all(),
                                      today())
    assert [c.name for c in rows] == ["(주)가", "(주)나", "(주)다"]


def test_opt_out_is_audited_and_can_be_withdrawn(seoul_lead):
    company = make_company()
    actions.set_visit_opt_out(company, True, acting_user=seoul_lead)
    company.refresh_from_db()
    assert (company.visit_opt_out, company.visit_opt_out_on) == (True, today())
    actions.set_visit_opt_out(company, False, acting_user=seoul_lead)
    company.refresh_from_db()
    assert (company.visit_opt_out, company.visit_opt_out_on) == (False, None)
    assert list(AuditLog.objects.filter(event__startswith="employers.company.opted")
                .order_by("id").values_list("event", flat=True)) == [
        "employers.company.opted_out", "employers.company.opted_in"]


def test_partners_cannot_opt_a_company_out():
    company = make_company()
    with pytest.raises(PermissionError):
        actions.set_visit_opt_out(company, True, acting_user=make_user(Role.PARTNER))
    company.refresh_from_db()
    assert company.visit_opt_out is False
    assert not AuditLog.objects.filter(event__startswith="employers.company.opted").exists()
