"""The allowances engine and `goyong package allowances`: the issue's scenario, and each rule's
edges. Expected amounts are worked out by hand from domain-facts §4(b) (2014 rules)."""

from __future__ import annotations

import datetime as dt
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from goyong.jobseekers.package import allowances, rules
from goyong.jobseekers.package.allowances import SUCCESS, TRAINING

DONE_WHEN = {
    "type": "I", "intake": "2014-03-03",
    "stage1": {"iap_completed": "2014-03-24", "group_counselling": "completed"},
    "training": [{"month": "2014-04", "days": 20}, {"month": "2014-05", "days": 15}],
    "completed": "2014-07-31",
    "employment": {"start": "2014-08-18", "end": None, "weekly_hours": 35, "insured": True},
    "as_of": "2015-03-31",
}
RULES = rules.load("2014")


def _scenario(**changes):
    data = json.loads(json.dumps(DONE_WHEN))
    for key, value in changes.items():
        if key.startswith("employment_"):
            data["employment"][key.removeprefix("employment_")] = value
        else:
            data[key] = value
    return allowances.compute(allowances.scenario_from_dict(data), RULES)


def _amounts(statement, kind=None):
    return [p.amount for p in statement.payments if kind is None or p.kind == kind]


def _run(tmp_path, data, *args):
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    out = StringIO()
    call_command("package", "allowances", str(path), *args, stdout=out)
    return out.getvalue()


def test_cli_done_when_scenario_type_one(tmp_path):
    # when
    output = json.loads(_run(tmp_path, DONE_WHEN, "--rules", "2014", "--format", "json"))
    # then
    assert [(p["kind"], p["amount"], p["due"]) for p in output["payments"]] == [
        ("stage1", 250000, "2014-04-07"),
        ("training", 284000, "2014-04-30"),
        ("training", 270000, "2014-05-31"),
        ("success", 200000, "2014-09-18"),
        ("success", 300000, "2014-11-18"),
        ("success", 500000, "2015-02-18"),
    ]
    assert output["total"] == 250000 + 284000 + 270000 + 200000 + 300000 + 500000
    assert output["payments"][1]["rule"] == (
        "훈련참여지원수당: 20일 × 18,000원 = 360,000원, 월 한도 284,000원 적용")
    assert output["upcoming"] == [] and output["notes"] == []


def test_cli_done_when_scenario_type_two(tmp_path):
    # when
    output = json.loads(_run(tmp_path, {**DONE_WHEN, "type": "II"}, "--format", "json"))
    # then: Stage 1 at its Type II maximum, training unchanged, no success allowance
    assert [(p["kind"], p["amount"]) for p in output["payments"]] == [
        ("stage1", 200000), ("training", 284000), ("training", 270000)]
    assert output["notes"] == ["취업성공수당은 Ⅱ유형 참여자에게는 지급되지 않습니다."]


def test_cli_table_prints_each_payment_with_its_rule(tmp_path):
    output = _run(tmp_path, DONE_WHEN)
    lines = output.splitlines()
    assert lines[0] == "규칙 취업성공패키지 (2014년 기준), Ⅰ유형, 기준일 2015-03-31"
    assert lines[2].split()[:4] == ["1단계", "참여수당", "250,000원", "2014-04-07"]
    assert "284,000원  2014-04-30" in lines[3]
    assert lines[-1] == "합계 1,804,000원"


def test_cli_refuses_a_bad_scenario_with_korean_reasons(tmp_path):
    bad = {**DONE_WHEN, "type": "III", "training": [{"month": "2014-04", "days": 31}]}
    with pytest.raises(CommandError) as error:
        _run(tmp_path, bad)
    assert str(error.value) == (
        "시나리오에 고칠 곳이 있습니다: type: 참여 유형은 \"I\" 또는 \"II\"여야 합니다. "
        "training[0]: 2014-04의 출석일 31일은 0~30 사이여야 합니다.")


def test_cli_unknown_rules(tmp_path):
    with pytest.raises(CommandError) as error:
        _run(tmp_path, DONE_WHEN, "--rules", "1999")
    assert str(error.value) == "규칙 '1999'이(가) 없습니다. 사용할 수 있는 규칙: 2014, 2018"


def test_later_rules_pay_later_instalments(tmp_path):
    output = json.loads(_run(tmp_path, DONE_WHEN, "--rules", "2018", "--format", "json"))
    assert [(p["amount"], p["due"]) for p in output["payments"] if p["kind"] == "success"] == [
        (300000, "2014-11-18"), (400000, "2015-02-18")]
    assert [(p["amount"], p["due"]) for p in output["upcoming"]] == [(800000, "2015-08-18")]


def test_stage1_group_counselling_variants():
    short = _scenario(stage1={"iap_completed": "2014-03-24", "group_counselling": "short"})
    none = _scenario(stage1={"iap_completed": "2014-03-24"})
    no_iap = _scenario(stage1={"group_counselling": "completed"})
    assert _amounts(short, "stage1") == [200000]
    assert _amounts(none, "stage1") == [150000]
    assert _amounts(no_iap, "stage1") == []
    assert no_iap.notes[0] == "개인별 취업활동계획(IAP)을 완료하지 않아 1단계 참여수당이 없습니다."


def test_stage1_add_on_only_for_intake_from_2014():
    # given the 2014 rules forced on a 2013 intake
    statement = _scenario(intake="2013-12-31")
    assert _amounts(statement, "stage1") == [150000]


def test_training_cap_edge():
    # 15 days = 270,000 (under); 16 days = 288,000 → capped at 284,000
    statement = _scenario(training=[{"month": "2014-04", "days": 15},
                                    {"month": "2014-05", "days": 16},
                                    {"month": "2014-06", "days": 0}])
    assert [(p.period, p.amount) for p in statement.payments if p.kind == TRAINING] == [
        ("2014-04", 270000), ("2014-05", 284000)]


def test_training_six_month_limit_counts_from_the_first_month():
    months = [{"month": f"2014-{m:02d}", "days": 10} for m in range(4, 11)]
    statement = _scenario(training=months)
    assert [p.period for p in statement.payments if p.kind == TRAINING] == [
        "2014-04", "2014-05", "2014-06", "2014-07", "2014-08", "2014-09"]
    assert statement.notes == [
        "2014-10: 훈련 개시 후 6개월 한도를 넘어 훈련참여지원수당을 지급하지 않습니다."]


def test_success_needs_thirty_weekly_hours():
    assert _amounts(_scenario(employment_weekly_hours=30), SUCCESS) == [200000, 300000, 500000]
    under = _scenario(employment_weekly_hours=29)
    assert _amounts(under, SUCCESS) == []
    assert under.notes == [
        "주 29시간 근무로 주 30시간 이상 조건에 못 미쳐 취업성공수당 대상이 아닙니다."]


def test_success_needs_insured_work():
    statement = _scenario(employment_insured=False)
    assert _amounts(statement, SUCCESS) == []
    assert statement.notes == ["고용보험에 가입되지 않은 일자리라 취업성공수당 대상이 아닙니다."]


def test_success_window_day_90_vs_91_after_completion():
    # completed 2014-07-31: day 90 is 2014-10-29, day 91 is 2014-10-30
    day90 = _scenario(employment_start="2014-10-29")
    day91 = _scenario(employment_start="2014-10-30")
    assert [p.due for p in day90.payments if p.kind == SUCCESS] == [
        dt.date(2014, 11, 29), dt.date(2015, 1, 29), dt.date(2015, 4, 29)][:2]
    assert [p.due for p in day90.upcoming] == [dt.date(2015, 4, 29)]
    assert _amounts(day91, SUCCESS) == [] and day91.upcoming == []
    assert day91.notes == [
        "취업일이 종료일로부터 91일째로 90일(3개월) 이내가 아니어서 취업성공수당 대상이 아닙니다."]


def test_success_during_participation_needs_no_completion():
    statement = _scenario(completed=None, employment_start="2014-06-02")
    assert _amounts(statement, SUCCESS) == [200000, 300000, 500000]


def test_job_ending_before_six_months():
    # start 2014-08-18: 3 months complete at the end of 2014-11-17, 6 months at 2015-02-17
    through_3 = _scenario(employment_end="2014-11-17")
    short_of_3 = _scenario(employment_end="2014-11-16")
    through_6 = _scenario(employment_end="2015-02-17")
    assert _amounts(through_3, SUCCESS) == [200000, 300000]
    assert through_3.notes == ["일자리가 2014-11-17에 끝나 6개월 근속에 이르지 못해 그 뒤의 "
                               "취업성공수당은 지급되지 않습니다."]
    assert _amounts(short_of_3, SUCCESS) == [200000]
    assert _amounts(through_6, SUCCESS) == [200000, 300000, 500000]


def test_as_of_before_a_due_date_moves_it_to_upcoming():
    # the 6-month instalment falls due on 2015-02-18
    before = _scenario(as_of="2015-02-17")
    on = _scenario(as_of="2015-02-18")
    assert _amounts(before, SUCCESS) == [200000, 300000]
    assert [(p.amount, p.due) for p in before.upcoming] == [(500000, dt.date(2015, 2, 18))]
    assert _amounts(on, SUCCESS) == [200000, 300000, 500000] and on.upcoming == []
    assert _amounts(_scenario(as_of="2014-04-06"), "stage1") == []


def test_add_months_clamps_to_month_end():
    assert allowances.add_months(dt.date(2014, 8, 31), 1) == dt.date(2014, 9, 30)
    assert allowances.add_months(dt.date(2014, 11, 30), 3) == dt.date(2015, 2, 28)
    assert allowances.add_months(dt.date(2014, 12, 15), 1) == dt.date(2015, 1, 15)


def test_cli_rules_lists_and_checks(tmp_path):
    out = StringIO()
    call_command("package", "rules", stdout=out)
    assert out.getvalue().splitlines() == [
        "2014  2014-01-01~2017-12-31  취업성공패키지 (2014년 기준)",
        "2018  2018-01-01~…  취업성공패키지 (2018년 기준)"]
    out = StringIO()
    call_command("package", "rules", "--check", str(rules.RULES_DIR / "2018.json"), stdout=out)
    assert out.getvalue() == "규칙 파일이 올바릅니다: 취업성공패키지 (2018년 기준)\n"
