"""Screening from database records: each disqualifier from its own kind of record, stored
runs with their audit row, and the badge query the vacancies part uses."""

import datetime as dt

import pytest

from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.employers import actions, queries, screening
from goyong.employers.models import (
    Company,
    IndustrialAccident,
    ScreeningResult,
    ScreeningRun,
    WageArrears,
)
from tests.employers.factories import add_history, make_company
from tests.factories import make_user, office_named

pytestmark = pytest.mark.django_db

START = dt.date(2017, 1, 1)


def _clean_company(**fields):
    company = make_company(**fields)
    add_history(company, START, 24)
    return company


def _failed(company, year=2019):
    result = screening.screen(Company.objects.all(), year)
    i = result.ids.index(company.pk)
    return [c["code"] for c in result.criteria_of(i)
            if c["kind"] == "disqualifier" and not c["passed"]]


def test_clean_company_passes_with_values_behind_each_criterion():
    # given
    company = _clean_company()
    # when
    result = screening.screen(Company.objects.all(), 2019)
    criteria = {c["code"]: c for c in result.criteria_of(0)}
    # then: 50 insured, separations 12/yr over a mean of 50 → retention 0.76 in both years
    assert bool(result.outcome.passed[0]) is True
    assert criteria["size"]["value"] == 50.0
    assert criteria["size"]["threshold"] == [10.0, 500.0]
    assert criteria["retention"]["value"] == pytest.approx([0.76, 0.76])
    assert criteria["youth_hiring"]["value"] == [12.0, 0.5]
    assert criteria["credit"]["value"] == 8  # BBB
    assert company.pk == result.ids[0]


@pytest.mark.parametrize("flaw", ["arrears", "fatal", "credit", "group", "public", "size",
                                  "industry", "retention"])
def test_each_disqualifier_from_records_fails_the_company_alone(flaw):
    # given four clean peers and one company with one flaw in its records
    for _ in range(4):
        _clean_company()
    fields = {"credit": {"credit_grade": "CCC"}, "group": {"is_large_group": True},
              "public": {"is_public_company": True},
              "industry": {"industry_section": "T", "ksic10_code": "97000"}}.get(flaw, {})
    company = make_company(**fields)
    if flaw == "size":
        add_history(company, START, 24, insured=8, separations=0)
    elif flaw == "retention":
        add_history(company, START, 24, separations=4)  # retention 1 − 48/50 = 0.04
    else:
        add_history(company, START, 24)
    if flaw == "arrears":
        WageArrears.objects.create(company=company, occurred_on=dt.date(2018, 5, 2),
                                   amount=3_000_000)
    if flaw == "fatal":
        IndustrialAccident.objects.create(company=company, occurred_on=dt.date(2017, 8, 9),
                                          fatal=True)
    expected = {"arrears": "wage_arrears", "fatal": "fatal_accident", "public": "group_public",
                "group": "group_public"}.get(flaw, flaw)
    # when / then
    assert _failed(company) == [expected]


def test_a_non_fatal_accident_does_not_disqualify():
    company = _clean_company()
    IndustrialAccident.objects.create(company=company, occurred_on=dt.date(2018, 1, 5),
                                      fatal=False)
    assert _failed(company) == []


def test_reasons_are_sentences_with_value_and_threshold():
    company = _clean_company()
    WageArrears.objects.create(company=company, occurred_on=dt.date(2018, 5, 2))
    result = screening.screen(Company.objects.all(), 2019)
    assert screening.reasons(result.criteria_of(0)) == [
        "결격: 2년 이내 임금체불 없음 기준을 충족하지 못했습니다 (값: 2018. 5. 2., "
        "기준: 2016. 12. 31. 이후 없어야 함)."]


def test_run_screening_stores_every_result_and_an_audit_row():
    # given two companies, one with arrears; HQ runs the screening
    hq = make_user(Role.HQ)
    good = _clean_company()
    bad = _clean_company()
    WageArrears.objects.create(company=bad, occurred_on=dt.date(2018, 5, 2))
    # when
    run = actions.run_screening(2019, acting_user=hq)
    # then
    assert (run.year, run.rules_year, run.companies, run.passed) == (2019, 2019, 2, 1)
    assert run.failures["wage_arrears"] == 1
    assert queries.gangso_status(good, 2019).passed is True
    assert queries.gangso_status(bad, 2019).passed is False
    assert queries.gangso_status(bad, 2015) is None
    assert queries.gangso_status(bad).failed_codes == ["wage_arrears"]
    log = AuditLog.objects.get(event="employers.screening.run")
    assert log.actor == hq
    assert log.data == {"year": 2019, "rules_year": 2019, "companies": 2, "passed": 1}


def test_office_staff_cannot_run_screening_and_nothing_is_written():
    # given
    lead = make_user(Role.OFFICE_LEAD, office_named("서울지방고용노동청"))
    _clean_company()
    # when
    with pytest.raises(PermissionError):
        actions.run_screening(2019, acting_user=lead)
    # then
    assert ScreeningRun.objects.count() == 0
    assert ScreeningResult.objects.count() == 0
    assert not AuditLog.objects.filter(event__startswith="employers.screening").exists()


def test_start_screening_runs_as_a_background_job(django_capture_on_commit_callbacks):
    from goyong.core import jobs
    from goyong.core.models import BackgroundJob

    # given
    hq = make_user(Role.HQ)
    _clean_company()
    # when
    with django_capture_on_commit_callbacks(execute=True):
        job = actions.start_screening(2019, acting_user=hq)
    jobs.run_queued_tasks()
    # then
    job = BackgroundJob.objects.get(pk=job.pk)
    assert job.status == "done"
    assert job.result["summary"] == ("2019년 기준으로 기업 1곳을 심사해 1곳이 적격, 그중 "
                                     "1곳이 청년친화 기준도 충족했습니다.")
    assert ScreeningRun.objects.get().created_by == hq


def test_screen_command_prints_a_report_and_csv(capsys):
    from django.core.management import call_command

    # given one clean company and one with arrears
    _clean_company(name="(주)깨끗")
    bad = _clean_company(name="(주)체불")
    WageArrears.objects.create(company=bad, occurred_on=dt.date(2018, 5, 2))
    # when
    call_command("employers", "screen", "--rules", "2019")
    report = capsys.readouterr().out
    call_command("employers", "screen", "--rules", "2019", "--format", "csv")
    rows = capsys.readouterr().out.splitlines()
    # then
    assert report.splitlines()[:3] == [
        "2019년 선정 (2019년 기준, 기준일 2018-12-31)",
        "심사 2곳, 적격 1곳, 청년친화 1곳",
        "  2년 이내 임금체불 없음: 미충족 1곳"]
    assert rows[0].startswith("사업자등록번호,기업명,강소기업,청년친화,청년친화점수,wage_arrears,")
    assert [r.split(",")[1:4] for r in rows[1:]] == [["(주)깨끗", "1", "1"],
                                                    ["(주)체불", "0", "0"]]
    assert ScreeningRun.objects.count() == 0  # a report only, unless --save
