"""Vacancy writes: rules checked, permissions, lifecycle, openings, expiry, self-service."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.employers.models import EmployerUser, Vacancy
from goyong.employers.vacancies import actions
from goyong.employers.vacancies.choices import (
    ContractType,
    PartTimeType,
    VacancyStatus,
    WageBasis,
)
from goyong.employers.vacancies.errors import (
    OpeningsError,
    VacancyRulesError,
    VacancyStateError,
)
from tests.employers.vacancies.factories import (
    BUSAN_JUNG,
    make_company,
    make_vacancy,
    vacancy_input,
)
from tests.factories import make_user, office_named

pytestmark = pytest.mark.django_db


@pytest.fixture
def company():
    return make_company("(주)시험정밀")


@pytest.fixture
def counsellor():
    return make_user(Role.COUNSELLOR, office_named("서울지방고용노동청"))


@pytest.fixture
def employer(company):
    user = make_user(Role.EMPLOYER)
    actions.link_employer(user, company, acting_user=None)
    return user


def events(event):
    return AuditLog.objects.filter(event=event).count()


def test_staff_of_the_office_creates_an_open_vacancy_with_audit(company, counsellor):
    # when
    vacancy = make_vacancy(company, counsellor, day=dt.date(2014, 4, 15),
                           wage_amount=1_500_000)
    # then
    vacancy.refresh_from_db()
    assert (vacancy.status, vacancy.opened_on, vacancy.posted_by_employer) == (
        VacancyStatus.OPEN, dt.date(2014, 4, 15), False)
    assert (vacancy.work_sigungu_code, vacancy.office_code, vacancy.latitude) == (
        "11010", company.office_code, 37.57)
    assert " 주방 " in vacancy.search_tokens and " 손질 " in vacancy.search_tokens
    log = AuditLog.objects.get(event="employers.vacancy.created")
    assert (log.actor, log.subject_id, log.data["wage_amount"]) == (
        counsellor, str(vacancy.uuid), 1_500_000)


def test_employer_posts_for_own_company_only(company, employer):
    # given another company
    other = make_company("다른기업")
    # when
    own = make_vacancy(company, employer)
    # then
    assert own.posted_by_employer is True
    with pytest.raises(PermissionError):
        make_vacancy(other, employer)
    assert Vacancy.objects.filter(company=other).count() == 0
    assert events("employers.vacancy.created") == 1


def test_counsellor_of_another_office_cannot_post(company):
    # given
    busan = make_user(Role.COUNSELLOR, office_named("부산지방고용노동청"))
    # when / then
    with pytest.raises(PermissionError):
        make_vacancy(company, busan)
    assert Vacancy.objects.count() == 0
    assert events("employers.vacancy.created") == 0


def test_wage_under_the_minimum_is_refused_and_nothing_is_written(company, counsellor):
    # when
    with pytest.raises(VacancyRulesError) as error:
        make_vacancy(company, counsellor, day=dt.date(2014, 1, 1), wage_amount=5000,
                     wage_basis=WageBasis.HOURLY)
    # then
    assert [(p.field, p.message) for p in error.value.problems] == [(
        "wage_amount", "2014년 최저임금은 시간당 5,210원입니다. 시급 5,000원은 최저임금보다 "
        "낮으니 5,210원 이상으로 고치세요.")]
    assert Vacancy.objects.count() == 0
    assert events("employers.vacancy.created") == 0


def test_forty_hour_part_time_is_refused(company, counsellor):
    with pytest.raises(VacancyRulesError) as error:
        make_vacancy(company, counsellor, part_time=True,
                     part_time_type=PartTimeType.NEW_HIRE)
    assert [p.code for p in error.value.problems] == ["vacancy.part_time.hours"]
    assert Vacancy.objects.count() == 0


def test_quality_part_time_is_derived(company, counsellor):
    # given 2014, 20 hours, 6,773원 an hour = 130 % of 5,210
    vacancy = make_vacancy(company, counsellor, day=dt.date(2014, 5, 1), part_time=True,
                           part_time_type=PartTimeType.CONVERSION, wage_amount=6773,
                           wage_basis=WageBasis.HOURLY, weekly_hours=Decimal(20))
    below = make_vacancy(company, counsellor, day=dt.date(2014, 5, 1), part_time=True,
                         part_time_type=PartTimeType.CONVERSION, wage_amount=6772,
                         wage_basis=WageBasis.HOURLY, weekly_hours=Decimal(20))
    # then
    assert (vacancy.quality_part_time, below.quality_part_time) == (True, False)


def test_draft_opened_in_a_new_year_meets_that_years_minimum(company, counsellor):
    # given a 2013 draft at 5,000원 an hour (2013 minimum 4,860)
    draft = make_vacancy(company, counsellor, open_now=False, day=dt.date(2013, 12, 31),
                         wage_amount=5000, wage_basis=WageBasis.HOURLY)
    # when it is posted on 2014-01-01 (minimum 5,210)
    with pytest.raises(VacancyRulesError) as error:
        actions.open_vacancy(draft, acting_user=counsellor, day=dt.date(2014, 1, 1))
    # then it stays a draft, without an audit row for opening
    draft.refresh_from_db()
    assert draft.status == VacancyStatus.DRAFT
    assert "2014년 최저임금은 시간당 5,210원" in str(error.value)
    assert events("employers.vacancy.opened") == 0
    # and on 2013-12-31 it may be posted
    actions.open_vacancy(draft, acting_user=counsellor, day=dt.date(2013, 12, 31))
    draft.refresh_from_db()
    assert (draft.status, draft.opened_on) == (VacancyStatus.OPEN, dt.date(2013, 12, 31))


def test_update_changes_terms_and_audits_before_and_after(company, employer):
    # given
    vacancy = make_vacancy(company, employer)
    # when
    updated = actions.update_vacancy(
        vacancy, vacancy_input(title="주방장", wage_amount=3_000_000,
                               work_sigungu_code=BUSAN_JUNG), acting_user=employer)
    # then
    updated.refresh_from_db()
    assert (updated.title, updated.wage_amount, updated.work_sigungu_code) == (
        "주방장", 3_000_000, "21010")
    assert updated.office_code == office_named("부산지방고용노동청").code
    assert (updated.latitude, updated.longitude) == (35.10639, 129.03109)
    log = AuditLog.objects.get(event="employers.vacancy.updated")
    assert (log.data["before"]["title"], log.data["after"]["title"]) == ("주방 보조", "주방장")


def test_fixed_term_months_are_kept_and_dropped_for_open_ended(company, counsellor):
    fixed = make_vacancy(company, counsellor, contract_type=ContractType.FIXED_TERM,
                         contract_months=12)
    open_ended = make_vacancy(company, counsellor, contract_months=12)
    assert (fixed.contract_months, open_ended.contract_months) == (12, None)


def test_closed_vacancy_cannot_be_edited_or_reopened(company, counsellor):
    # given
    vacancy = actions.close_vacancy(make_vacancy(company, counsellor), acting_user=counsellor)
    # when / then
    with pytest.raises(VacancyStateError):
        actions.update_vacancy(vacancy, vacancy_input(title="다시"), acting_user=counsellor)
    with pytest.raises(VacancyStateError):
        actions.open_vacancy(vacancy, acting_user=counsellor)
    vacancy.refresh_from_db()
    assert (vacancy.status, vacancy.title) == (VacancyStatus.CLOSED, "주방 보조")
    assert events("employers.vacancy.closed") == 1
    assert events("employers.vacancy.updated") == 0


def test_hires_fill_the_openings_and_never_exceed_them(company, counsellor):
    # given two openings
    vacancy = make_vacancy(company, counsellor, openings=2)
    # when one is hired, then two more are asked for
    actions.record_hires(vacancy, 1, acting_user=counsellor)
    with pytest.raises(OpeningsError) as error:
        actions.record_hires(vacancy, 2, acting_user=counsellor)
    # then
    assert str(error.value) == ("남은 모집 인원은 1명인데 2명을 채용 처리하려 했습니다. 채용 "
                                "인원을 1명 이하로 고치거나 모집 인원을 늘리세요.")
    vacancy.refresh_from_db()
    assert (vacancy.hired, vacancy.status) == (1, VacancyStatus.OPEN)
    # when the last opening is taken the vacancy is filled
    actions.record_hires(vacancy, 1, acting_user=counsellor)
    vacancy.refresh_from_db()
    assert (vacancy.hired, vacancy.status) == (2, VacancyStatus.FILLED)
    assert events("employers.vacancy.hired") == 2
    with pytest.raises(VacancyStateError):
        actions.record_hires(vacancy, 1, acting_user=counsellor)


def test_openings_cannot_drop_below_hires(company, counsellor):
    vacancy = make_vacancy(company, counsellor, openings=3)
    actions.record_hires(vacancy, 2, acting_user=counsellor)
    with pytest.raises(VacancyRulesError) as error:
        actions.update_vacancy(vacancy, vacancy_input(openings=1), acting_user=counsellor)
    assert [p.code for p in error.value.problems] == ["vacancy.openings.below_hired"]


def test_fill_marks_an_open_vacancy_filled(company, employer):
    vacancy = actions.fill_vacancy(make_vacancy(company, employer), acting_user=employer)
    assert (vacancy.status, vacancy.ended_on is not None) == (VacancyStatus.FILLED, True)


def test_stale_vacancies_expire_once(company, counsellor):
    # given: past deadline, no deadline and 61 days old, no deadline and 60 days old,
    # deadline today, and a draft
    day = dt.date(2014, 6, 30)
    past = make_vacancy(company, counsellor, day=dt.date(2014, 6, 1),
                        closes_on=dt.date(2014, 6, 29))
    old = make_vacancy(company, counsellor, day=day - dt.timedelta(days=61))
    recent = make_vacancy(company, counsellor, day=day - dt.timedelta(days=60))
    today = make_vacancy(company, counsellor, day=dt.date(2014, 6, 1), closes_on=day)
    draft = make_vacancy(company, counsellor, open_now=False, day=dt.date(2014, 1, 2))
    # when
    first = actions.expire_stale_vacancies(day=day)
    second = actions.expire_stale_vacancies(day=day)
    # then
    assert (first, second) == (2, 0)
    status = dict(Vacancy.objects.values_list("pk", "status"))
    assert [status[v.pk] for v in (past, old, recent, today, draft)] == [
        "expired", "expired", "open", "open", "draft"]
    assert events("employers.vacancy.expired") == 2


def test_link_employer_needs_the_employer_role_and_is_idempotent(company):
    # given
    lead = make_user(Role.OFFICE_LEAD, office_named("서울지방고용노동청"))
    user = make_user(Role.EMPLOYER)
    partner = make_user(Role.PARTNER)
    # when
    actions.link_employer(user, company, acting_user=lead)
    actions.link_employer(user, company, acting_user=lead)
    # then
    assert EmployerUser.objects.filter(user=user, company=company).count() == 1
    assert events("employers.employer_user.linked") == 1
    with pytest.raises(VacancyStateError):
        actions.link_employer(partner, company, acting_user=lead)


def test_busan_lead_cannot_link_to_a_seoul_company(company):
    busan_lead = make_user(Role.OFFICE_LEAD, office_named("부산지방고용노동청"))
    with pytest.raises(PermissionError):
        actions.link_employer(make_user(Role.EMPLOYER), company, acting_user=busan_lead)
    assert EmployerUser.objects.count() == 0


def test_employer_updates_own_profile_fields_only(company, employer):
    # when
    actions.update_company_profile(company, {"visit_opt_out": True, "address": "새 주소"},
                                   acting_user=employer)
    # then
    company.refresh_from_db()
    assert (company.visit_opt_out, company.address, company.visit_opt_out_on is not None) == (
        True, "새 주소", True)
    log = AuditLog.objects.get(event="employers.company.profile_updated")
    assert log.data["after"] == {"visit_opt_out": True, "address": "새 주소"}
    # and registry facts are not theirs to change
    with pytest.raises(PermissionError):
        actions.update_company_profile(company, {"name": "딴이름"}, acting_user=employer)
    company.refresh_from_db()
    assert company.name == "(주)시험정밀"


def test_other_employer_cannot_edit_the_profile(company, employer):
    stranger = make_user(Role.EMPLOYER)
    with pytest.raises(PermissionError):
        actions.update_company_profile(company, {"address": "x"}, acting_user=stranger)
    assert events("employers.company.profile_updated") == 0


def test_linked_employer_sees_their_company_through_the_companies_policy(company, employer):
    from goyong.employers.policies import companies_visible_to

    # given another company
    make_company("다른기업")
    # then the employer sees only their own (the link is the hook the companies part reads)
    assert list(companies_visible_to(employer)) == [company]
    assert list(companies_visible_to(make_user(Role.EMPLOYER))) == []


def test_minimum_wage_command_prints_the_year_and_refuses_unknown_years():
    import io

    from django.core.management import CommandError, call_command

    out = io.StringIO()
    call_command("vacancies", "minimum-wage", "2014", stdout=out)
    assert out.getvalue().startswith(
        "2014년 최저임금: 시간당 5,210원, 월 1,088,890원 (주 40시간, 월 209시간 기준).")
    with pytest.raises(CommandError, match="2009년 최저임금 자료가 없습니다"):
        call_command("vacancies", "minimum-wage", "2009")
