"""The rules a vacancy's terms must meet, as plain functions of plain values (no models).

Minimum wage: the hourly 최저임금 of the posting year (`data/minimum_wage.csv`, 2010–2026,
calendar years). Wages are compared in the basis they are offered in: the minimum for a
monthly wage is the hourly minimum times the paid hours of a month, for an annual wage twelve
such months.

Paid hours of a month (the Commission's 209-hour convention): a full-time 40-hour week is
paid for 48 hours (40 worked + 8 of paid weekly rest, 주휴), and a month holds 209/48 such
weeks, so 40 hours a week = 209 hours a month exactly. For other weeks:
  * up to 40 hours count as worked hours;
  * paid weekly rest adds one fifth of them when the week has 15 hours or more (근로기준법
    제18조 제3항: no 주휴 below 15 hours);
  * hours above 40 are overtime, paid at 150 % (근로기준법 제56조).
So 20 hours a week = (20 + 4) × 209/48 = 104.5 hours a month; 52 hours = (40 + 8 + 12 × 1.5)
× 209/48 = 287.375.

시간선택제 (domain-facts §4(c)): normally 15 to 30 hours a week, of type 전환형 or
신규채용형. The 2014 quality label (우수 시간선택제 일자리) also needs at least 130 % of the
minimum wage and a contract of a year or more (an open-ended contract qualifies).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from django.utils.translation import gettext as _

from goyong.employers.vacancies.choices import (
    CareCategory,
    ContractType,
    PartTimeType,
    WageBasis,
)

DATA_FILE = Path(__file__).resolve().parent / "data" / "minimum_wage.csv"

FULL_TIME_WEEKLY_HOURS = Decimal(40)
MONTHLY_HOURS_FULL_TIME = Decimal(209)
WEEKLY_REST_MIN_HOURS = Decimal(15)
OVERTIME_RATE = Decimal("1.5")
MAX_WEEKLY_HOURS = Decimal(52)
PART_TIME_MIN_HOURS = Decimal(15)
PART_TIME_MAX_HOURS = Decimal(30)
QUALITY_WAGE_RATIO = Decimal("1.3")
QUALITY_MIN_CONTRACT_MONTHS = 12
MAX_FIXED_TERM_MONTHS = 24  # 기간제법 제4조: beyond two years the contract becomes open-ended

CARE_CATEGORIES = frozenset({
    CareCategory.ELDERLY_CARE, CareCategory.NURSING_CARE, CareCategory.CHILD_CARE,
    CareCategory.DISABILITY_SUPPORT,
})
OLDER_WORKER_CATEGORIES = frozenset({
    CareCategory.ELDERLY_CARE, CareCategory.NURSING_CARE, CareCategory.OLDER_WORKER,
})


class NoMinimumWageError(LookupError):
    """The data hold no minimum wage for that year."""

    def __init__(self, year: int) -> None:
        first, last = min(minimum_wages()), max(minimum_wages())
        super().__init__(_(
            "%(year)s년 최저임금 자료가 없습니다(%(first)s~%(last)s년만 있습니다). 게시일을 "
            "확인하세요.") % {"year": year, "first": first, "last": last})
        self.year = year


@dataclass(frozen=True)
class MinimumWage:
    year: int
    hourly: int
    valid_from: dt.date
    valid_to: dt.date
    source: str


@functools.cache
def minimum_wages() -> dict[int, MinimumWage]:
    """Every year's hourly minimum wage, from the data file."""
    with DATA_FILE.open(encoding="utf-8") as handle:
        return {
            int(row["year"]): MinimumWage(
                int(row["year"]), int(row["hourly_krw"]),
                dt.date.fromisoformat(row["valid_from"]), dt.date.fromisoformat(row["valid_to"]),
                row["source"])
            for row in csv.DictReader(handle)
        }


def minimum_wage_on(day: dt.date) -> MinimumWage:
    """The minimum wage in force on `day`; NoMinimumWageError outside the data."""
    for wage in minimum_wages().values():
        if wage.valid_from <= day <= wage.valid_to:
            return wage
    raise NoMinimumWageError(day.year)


def _weekly_paid_hours(weekly_hours: Decimal | int) -> Decimal:
    """Paid hours of one week: worked hours up to 40, 주휴, overtime at 150 %."""
    hours = Decimal(weekly_hours)
    regular = min(hours, FULL_TIME_WEEKLY_HOURS)
    weekly_rest = regular / 5 if hours >= WEEKLY_REST_MIN_HOURS else Decimal(0)
    overtime = max(hours - FULL_TIME_WEEKLY_HOURS, Decimal(0)) * OVERTIME_RATE
    return regular + weekly_rest + overtime


def _paid_hours_exact(basis: str, weekly_hours: Decimal | int) -> Fraction:
    if basis == WageBasis.HOURLY:
        return Fraction(1)
    monthly = Fraction(_weekly_paid_hours(weekly_hours)) * int(MONTHLY_HOURS_FULL_TIME) / 48
    if basis == WageBasis.MONTHLY:
        return monthly
    if basis == WageBasis.ANNUAL:
        return monthly * 12
    raise ValueError(basis)


def monthly_paid_hours(weekly_hours: Decimal | int) -> Decimal:
    """Paid hours of a month for a week of `weekly_hours` (see the module docstring), to
    1/1000 of an hour."""
    return _decimal(_paid_hours_exact(WageBasis.MONTHLY, weekly_hours), Decimal("0.001"))


def paid_hours(basis: str, weekly_hours: Decimal | int) -> Decimal:
    """How many paid hours one unit of `basis` (an hour, a month, a year) stands for."""
    return _decimal(_paid_hours_exact(basis, weekly_hours), Decimal("0.001"))


def _decimal(value: Fraction, step: Decimal) -> Decimal:
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(step)


def hourly_equivalent(amount: int, basis: str, weekly_hours: Decimal | int) -> Decimal:
    """The wage per paid hour, to the 원 (half up)."""
    return _decimal(Fraction(amount) / _paid_hours_exact(basis, weekly_hours), Decimal(1))


def minimum_amount(basis: str, weekly_hours: Decimal | int, day: dt.date,
                   ratio: Decimal = Decimal(1)) -> int:
    """The smallest whole-원 wage in `basis` that meets `ratio` × the minimum wage on `day`
    (computed in exact fractions, then rounded up)."""
    hourly = minimum_wage_on(day).hourly
    return math.ceil(hourly * Fraction(ratio) * _paid_hours_exact(basis, weekly_hours))


def _won(amount: int | Decimal) -> str:
    return f"{int(amount):,}"


def _hours(value: Decimal | int) -> str:
    text = f"{Decimal(value):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@dataclass(frozen=True)
class Terms:
    """What a vacancy offers, as the rules see it."""

    posting_date: dt.date
    wage_amount: int
    wage_basis: str
    weekly_hours: Decimal
    contract_type: str = ContractType.PERMANENT
    contract_months: int | None = None
    part_time: bool = False
    part_time_type: str = ""
    care_category: str = ""


@dataclass(frozen=True)
class Problem:
    """One broken rule: the form field it belongs to, a stable code, a Korean sentence."""

    field: str
    code: str
    message: str

    def __str__(self) -> str:
        return self.message


def check_terms(terms: Terms) -> list[Problem]:
    """Every rule the terms break (empty when they may be posted)."""
    problems = _choice_problems(terms)
    if problems:
        return problems
    hours = Decimal(terms.weekly_hours)
    hours_ok = Decimal(0) < hours <= MAX_WEEKLY_HOURS
    if not hours_ok:
        problems.append(Problem("weekly_hours", "vacancy.hours.out_of_range", _(
            "주 근로시간은 0시간보다 많고 52시간 이하(연장근로 포함)여야 합니다. 주 근로시간을 "
            "고치세요.")))
    if terms.wage_amount <= 0:
        problems.append(Problem("wage_amount", "vacancy.wage.not_positive", _(
            "임금은 0원보다 커야 합니다. 임금을 원 단위로 적으세요.")))
    elif hours_ok:
        problems.extend(_wage_problems(terms, hours))
    problems.extend(_contract_problems(terms))
    problems.extend(_part_time_problems(terms, hours))
    return problems


def _choice_problems(terms: Terms) -> list[Problem]:
    """Codes outside their lists (the API accepts free text; forms offer only valid ones)."""
    problems: list[Problem] = []
    for field, value, choices in (
            ("wage_basis", terms.wage_basis, WageBasis),
            ("contract_type", terms.contract_type, ContractType),
            ("part_time_type", terms.part_time_type or "", PartTimeType),
            ("care_category", terms.care_category or "", CareCategory)):
        allowed = [c.value for c in choices]
        if value not in allowed and not (value == "" and field in ("part_time_type",
                                                                   "care_category")):
            problems.append(Problem(field, "vacancy.choice.unknown", _(
                "'%(value)s'은(는) 쓸 수 있는 값이 아닙니다. %(allowed)s 가운데 하나를 "
                "쓰세요.") % {"value": str(value)[:20],
                             "allowed": ", ".join(v for v in allowed if v)}))
    return problems


def _wage_problems(terms: Terms, hours: Decimal) -> list[Problem]:
    try:
        wage = minimum_wage_on(terms.posting_date)
    except NoMinimumWageError as error:
        return [Problem("wage_amount", "vacancy.wage.no_minimum", str(error))]
    needed = minimum_amount(terms.wage_basis, hours, terms.posting_date)
    if terms.wage_amount >= needed:
        return []
    if terms.wage_basis == WageBasis.HOURLY:
        message = _(
            "%(year)s년 최저임금은 시간당 %(hourly)s원입니다. 시급 %(amount)s원은 최저임금보다 "
            "낮으니 %(needed)s원 이상으로 고치세요.") % {
            "year": wage.year, "hourly": _won(wage.hourly), "amount": _won(terms.wage_amount),
            "needed": _won(needed)}
    else:
        message = _(
            "%(year)s년 최저임금은 시간당 %(hourly)s원이라 주 %(hours)s시간 일자리의 %(basis)s은 "
            "%(needed)s원 이상이어야 합니다(월 %(monthly_hours)s시간 기준). %(amount)s원을 "
            "%(needed)s원 이상으로 고치세요.") % {
            "year": wage.year, "hourly": _won(wage.hourly), "hours": _hours(hours),
            "basis": WageBasis(terms.wage_basis).label, "needed": _won(needed),
            "monthly_hours": _hours(monthly_paid_hours(hours).normalize()),
            "amount": _won(terms.wage_amount)}
    return [Problem("wage_amount", "vacancy.wage.below_minimum", message)]


def _contract_problems(terms: Terms) -> list[Problem]:
    if terms.contract_type != ContractType.FIXED_TERM:
        return []
    months = terms.contract_months
    if months is None or months < 1:
        return [Problem("contract_months", "vacancy.contract.months_missing", _(
            "기간제 근로계약은 계약 기간을 1개월 이상으로 적으세요."))]
    if months > MAX_FIXED_TERM_MONTHS:
        return [Problem("contract_months", "vacancy.contract.too_long", _(
            "기간제 근로계약은 2년(24개월)을 넘을 수 없습니다(기간제법 제4조). 계약 기간을 "
            "24개월 이하로 줄이거나 기간의 정함이 없는 근로계약으로 바꾸세요."))]
    return []


def _part_time_problems(terms: Terms, hours: Decimal) -> list[Problem]:
    problems: list[Problem] = []
    if terms.part_time:
        if not PART_TIME_MIN_HOURS <= hours <= PART_TIME_MAX_HOURS:
            problems.append(Problem("part_time", "vacancy.part_time.hours", _(
                "주 %(hours)s시간 일자리에는 시간선택제 표시를 할 수 없습니다. 시간선택제는 주 "
                "15~30시간 일자리이니 주 근로시간을 15~30시간으로 고치거나 시간선택제 표시를 "
                "빼세요.") % {"hours": _hours(hours)}))
        if not terms.part_time_type:
            problems.append(Problem("part_time_type", "vacancy.part_time.type_missing", _(
                "시간선택제 유형을 전환형과 신규채용형 가운데에서 고르세요.")))
    elif terms.part_time_type:
        problems.append(Problem("part_time_type", "vacancy.part_time.type_without_label", _(
            "시간선택제가 아닌 일자리에는 시간선택제 유형을 고를 수 없습니다. 유형을 비우거나 "
            "시간선택제로 표시하세요.")))
    return problems


def quality_part_time_shortfalls(terms: Terms) -> list[str]:
    """Why the terms miss the 2014 quality 시간선택제 label (empty when they earn it)."""
    if not terms.part_time or check_terms(terms):
        return [_("시간선택제 요건(주 15~30시간, 유형, 최저임금 이상)을 갖춘 일자리가 아닙니다.")]
    shortfalls: list[str] = []
    needed = minimum_amount(terms.wage_basis, terms.weekly_hours, terms.posting_date,
                            QUALITY_WAGE_RATIO)
    if terms.wage_amount < needed:
        shortfalls.append(_(
            "임금이 최저임금의 130%%에 못 미칩니다. %(basis)s %(needed)s원 이상이어야 합니다.")
            % {"basis": WageBasis(terms.wage_basis).label, "needed": _won(needed)})
    if (terms.contract_type == ContractType.FIXED_TERM
            and (terms.contract_months or 0) < QUALITY_MIN_CONTRACT_MONTHS):
        shortfalls.append(_("계약 기간이 1년보다 짧습니다. 1년 이상이거나 기간의 정함이 없는 "
                            "계약이어야 합니다."))
    return shortfalls


def is_quality_part_time(terms: Terms) -> bool:
    """Whether the terms earn the 2014 quality 시간선택제 label."""
    return not quality_part_time_shortfalls(terms)


def is_care_job(category: str) -> bool:
    return category in CARE_CATEGORIES


def suits_older_workers(category: str) -> bool:
    return category in OLDER_WORKER_CATEGORIES
