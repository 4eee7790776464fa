"""The vacancy rules: minimum wage by year, wage bases, 시간선택제 and its quality label."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import pytest

from goyong.employers.vacancies import rules
from goyong.employers.vacancies.choices import (
    CareCategory,
    ContractType,
    PartTimeType,
    WageBasis,
)

D2014 = dt.date(2014, 4, 15)


def terms(**changes):
    values = {"posting_date": D2014, "wage_amount": 1_200_000, "wage_basis": WageBasis.MONTHLY,
              "weekly_hours": Decimal(40)}
    values.update(changes)
    return rules.Terms(**values)


def part_time(**changes):
    values = {"wage_amount": 7_000, "wage_basis": WageBasis.HOURLY, "weekly_hours": Decimal(20),
              "part_time": True, "part_time_type": PartTimeType.NEW_HIRE}
    values.update(changes)
    return terms(**values)


def codes(problems):
    return [p.code for p in problems]


# ---------------------------------------------------------------- minimum wage data


def test_minimum_wage_table_covers_2010_to_2026_with_known_amounts():
    # given the data file
    table = rules.minimum_wages()
    # then every year is there, with the Commission's figures
    assert sorted(table) == list(range(2010, 2027))
    assert {y: table[y].hourly for y in (2010, 2013, 2014, 2015, 2018, 2024, 2025, 2026)} == {
        2010: 4110, 2013: 4860, 2014: 5210, 2015: 5580, 2018: 7530, 2024: 9860, 2025: 10030,
        2026: 10320}
    assert all(table[y].source for y in table)


def test_published_monthly_amounts_are_hourly_times_209():
    # given the monthly amounts the Commission publishes (copied into the data file)
    with rules.DATA_FILE.open(encoding="utf-8") as handle:
        published = {int(r["year"]): int(r["monthly_209h_krw"]) for r in csv.DictReader(handle)}
    # when the rules compute the monthly minimum of a 40-hour week
    computed = {year: rules.minimum_amount(WageBasis.MONTHLY, 40, dt.date(year, 6, 1))
                for year in published}
    # then they agree (2014: 1,088,890원; 2026: 2,156,880원)
    assert computed == published
    assert computed[2014] == 1_088_890
    assert computed[2026] == 2_156_880


def test_minimum_wage_changes_at_the_year_boundary():
    assert rules.minimum_wage_on(dt.date(2013, 12, 31)).hourly == 4860
    assert rules.minimum_wage_on(dt.date(2014, 1, 1)).hourly == 5210


def test_no_minimum_wage_outside_the_data_says_which_years_exist():
    with pytest.raises(rules.NoMinimumWageError) as error:
        rules.minimum_wage_on(dt.date(2009, 12, 31))
    assert str(error.value) == (
        "2009년 최저임금 자료가 없습니다(2010~2026년만 있습니다). 게시일을 확인하세요.")


# ---------------------------------------------------------------- wage normalisation


@pytest.mark.parametrize(("weekly_hours", "expected"), [
    (40, Decimal(209)),                      # (40 + 8) × 209/48
    (20, Decimal("104.5")),                  # (20 + 4) × 209/48
    (15, Decimal("78.375")),                 # (15 + 3) × 209/48
    (30, Decimal("156.75")),                 # (30 + 6) × 209/48
    (52, Decimal("287.375")),                # (40 + 8 + 12 × 1.5) × 209/48
])
def test_monthly_paid_hours(weekly_hours, expected):
    assert rules.monthly_paid_hours(weekly_hours) == expected


def test_weeks_under_15_hours_have_no_paid_weekly_rest():
    # 14 × 209/48 = 60.958…, no 주휴
    assert rules.monthly_paid_hours(14) == Decimal("60.958")


def test_hourly_equivalent_of_each_basis():
    assert rules.hourly_equivalent(5210, WageBasis.HOURLY, 40) == Decimal(5210)
    assert rules.hourly_equivalent(1_088_890, WageBasis.MONTHLY, 40) == Decimal(5210)
    assert rules.hourly_equivalent(1_088_890 * 12, WageBasis.ANNUAL, 40) == Decimal(5210)
    # 20 hours a week, 1,000,000원 a month: 1,000,000 / 104.5 = 9,569.38 → 9,569
    assert rules.hourly_equivalent(1_000_000, WageBasis.MONTHLY, 20) == Decimal(9569)


def test_minimum_amounts_round_up_to_the_won():
    # 5,210 × 78.375 = 408,333.75 → 408,334; 5,210 × 287.375 = 1,497,223.75 → 1,497,224
    assert rules.minimum_amount(WageBasis.MONTHLY, 15, D2014) == 408_334
    assert rules.minimum_amount(WageBasis.MONTHLY, 52, D2014) == 1_497_224
    assert rules.minimum_amount(WageBasis.ANNUAL, 40, dt.date(2026, 3, 1)) == 25_882_560


# ---------------------------------------------------------------- minimum wage check


def test_wage_at_the_minimum_passes_and_one_won_less_is_refused():
    assert rules.check_terms(terms(wage_amount=1_088_890)) == []
    problems = rules.check_terms(terms(wage_amount=1_088_889))
    assert codes(problems) == ["vacancy.wage.below_minimum"]
    assert problems[0].field == "wage_amount"
    assert problems[0].message == (
        "2014년 최저임금은 시간당 5,210원이라 주 40시간 일자리의 월급은 1,088,890원 이상이어야 "
        "합니다(월 209시간 기준). 1,088,889원을 1,088,890원 이상으로 고치세요.")


def test_hourly_wage_legal_in_2013_is_refused_from_2014():
    # given 5,000원 an hour: above 2013's 4,860, below 2014's 5,210
    late_2013 = terms(wage_amount=5000, wage_basis=WageBasis.HOURLY,
                      posting_date=dt.date(2013, 12, 31))
    early_2014 = terms(wage_amount=5000, wage_basis=WageBasis.HOURLY,
                       posting_date=dt.date(2014, 1, 1))
    # then
    assert rules.check_terms(late_2013) == []
    assert [p.message for p in rules.check_terms(early_2014)] == [
        "2014년 최저임금은 시간당 5,210원입니다. 시급 5,000원은 최저임금보다 낮으니 5,210원 "
        "이상으로 고치세요."]


def test_annual_wage_below_minimum_is_refused():
    problems = rules.check_terms(terms(wage_amount=13_000_000, wage_basis=WageBasis.ANNUAL))
    # 1,088,890 × 12 = 13,066,680
    assert "13,066,680원 이상" in problems[0].message
    assert codes(problems) == ["vacancy.wage.below_minimum"]


def test_posting_year_without_data_is_refused_with_its_reason():
    problems = rules.check_terms(terms(posting_date=dt.date(2027, 1, 1)))
    assert codes(problems) == ["vacancy.wage.no_minimum"]


@pytest.mark.parametrize("hours", [Decimal(0), Decimal("52.5"), Decimal(60)])
def test_weekly_hours_out_of_range(hours):
    assert codes(rules.check_terms(terms(weekly_hours=hours))) == ["vacancy.hours.out_of_range"]


def test_zero_wage_is_refused():
    assert codes(rules.check_terms(terms(wage_amount=0))) == ["vacancy.wage.not_positive"]


# ---------------------------------------------------------------- contracts


def test_fixed_term_needs_months_and_at_most_24():
    fixed = ContractType.FIXED_TERM
    assert codes(rules.check_terms(terms(contract_type=fixed))) == [
        "vacancy.contract.months_missing"]
    assert rules.check_terms(terms(contract_type=fixed, contract_months=24)) == []
    assert codes(rules.check_terms(terms(contract_type=fixed, contract_months=25))) == [
        "vacancy.contract.too_long"]


# ---------------------------------------------------------------- 시간선택제


@pytest.mark.parametrize(("hours", "allowed"), [
    (Decimal(14), False), (Decimal(15), True), (Decimal(30), True), (Decimal(31), False),
    (Decimal(40), False)])
def test_part_time_label_needs_15_to_30_hours(hours, allowed):
    # given a wage comfortably above the minimum for any of these weeks
    problems = rules.check_terms(part_time(weekly_hours=hours, wage_amount=9000))
    # then
    assert codes(problems) == ([] if allowed else ["vacancy.part_time.hours"])


def test_forty_hour_vacancy_cannot_carry_the_part_time_label():
    problems = rules.check_terms(part_time(weekly_hours=Decimal(40)))
    assert [(p.field, p.message) for p in problems] == [(
        "part_time",
        "주 40시간 일자리에는 시간선택제 표시를 할 수 없습니다. 시간선택제는 주 15~30시간 "
        "일자리이니 주 근로시간을 15~30시간으로 고치거나 시간선택제 표시를 빼세요.")]


def test_part_time_needs_a_type_and_a_type_needs_the_label():
    assert codes(rules.check_terms(part_time(part_time_type=""))) == [
        "vacancy.part_time.type_missing"]
    assert codes(rules.check_terms(terms(part_time_type=PartTimeType.CONVERSION))) == [
        "vacancy.part_time.type_without_label"]


def test_quality_label_at_exactly_130_percent():
    # given 2014: 5,210 × 1.3 = 6,773원 an hour
    exactly = part_time(wage_amount=6773)
    just_under = part_time(wage_amount=6772)
    # then
    assert rules.is_quality_part_time(exactly)
    assert rules.quality_part_time_shortfalls(just_under) == [
        "임금이 최저임금의 130%에 못 미칩니다. 시급 6,773원 이상이어야 합니다."]


def test_quality_label_monthly_130_percent():
    # 20 hours: 5,210 × 1.3 × 104.5 = 707,778.5 → 707,779원 a month
    assert rules.is_quality_part_time(part_time(wage_amount=707_779,
                                                wage_basis=WageBasis.MONTHLY))
    assert not rules.is_quality_part_time(part_time(wage_amount=707_778,
                                                    wage_basis=WageBasis.MONTHLY))


def test_quality_label_needs_a_contract_of_a_year_or_more():
    fixed = ContractType.FIXED_TERM
    assert rules.is_quality_part_time(part_time(contract_type=fixed, contract_months=12))
    assert rules.quality_part_time_shortfalls(
        part_time(contract_type=fixed, contract_months=11)) == [
        "계약 기간이 1년보다 짧습니다. 1년 이상이거나 기간의 정함이 없는 계약이어야 합니다."]


def test_full_time_jobs_never_earn_the_quality_label():
    assert not rules.is_quality_part_time(terms(wage_amount=3_000_000))


def test_care_and_older_worker_categories():
    assert rules.is_care_job(CareCategory.ELDERLY_CARE)
    assert not rules.is_care_job(CareCategory.OLDER_WORKER)
    assert not rules.is_care_job(CareCategory.NONE)
    assert rules.suits_older_workers(CareCategory.OLDER_WORKER)
    assert rules.suits_older_workers(CareCategory.ELDERLY_CARE)
    assert not rules.suits_older_workers(CareCategory.CHILD_CARE)


def test_unknown_codes_are_refused_before_any_arithmetic():
    problems = rules.check_terms(terms(wage_basis="weekly", care_category="x"))
    assert [(p.field, p.code) for p in problems] == [
        ("wage_basis", "vacancy.choice.unknown"), ("care_category", "vacancy.choice.unknown")]
    assert problems[0].message == (
        "'weekly'은(는) 쓸 수 있는 값이 아닙니다. hourly, monthly, annual 가운데 하나를 쓰세요.")
