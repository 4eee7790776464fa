"""Type Ⅰ/Ⅱ eligibility of the Employment Success Package: a pure function over a seeker's
attributes and a rule set, with the reason for every decision."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from goyong.jobseekers.package.rules import Criterion, RuleSet


@dataclass(frozen=True)
class SeekerFacts:
    """What eligibility needs to know about a person, on the day of the check.

    `categories` are the codes used by the rule set's criteria (e.g. "female_head");
    `household_income_percent` is the household income as a percentage of the year's
    최저생계비 (None when not assessed)."""

    birth_date: dt.date
    on: dt.date
    categories: frozenset[str] = field(default_factory=frozenset)
    household_income_percent: float | None = None

    @property
    def age(self) -> int:
        """만 나이 on `on`."""
        years = self.on.year - self.birth_date.year
        if (self.on.month, self.on.day) < (self.birth_date.month, self.birth_date.day):
            years -= 1
        return years


@dataclass(frozen=True)
class TypeDecision:
    type: str
    eligible: bool
    matched: tuple[str, ...]
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Eligibility:
    decisions: dict[str, TypeDecision]

    @property
    def recommended_type(self) -> str | None:
        """Type Ⅰ when it applies (it pays more), else Type Ⅱ, else None."""
        for code in ("I", "II"):
            if self.decisions[code].eligible:
                return code
        return None


def _label(criterion: Criterion) -> str:
    return _(criterion.label)


def _check(criterion: Criterion, facts: SeekerFacts) -> tuple[bool, str]:
    """Whether one criterion holds, and a sentence saying why (or why not)."""
    label = _label(criterion)
    age = facts.age
    if not criterion.age_min <= age <= criterion.age_max:
        return False, _("%(label)s: 만 %(age)s세로 %(min)s~%(max)s세 범위 밖입니다.") % {
            "label": label, "age": age, "min": criterion.age_min, "max": criterion.age_max}
    if criterion.category and criterion.category not in facts.categories:
        return False, _("%(label)s: 해당 사항이 기록되어 있지 않습니다.") % {"label": label}
    if criterion.income_max_percent is not None:
        income = facts.household_income_percent
        if income is None:
            return False, _("%(label)s: 가구소득이 조사되지 않았습니다. 최저생계비 대비 비율을 "
                            "입력하세요.") % {"label": label}
        if income > criterion.income_max_percent:
            return False, _("%(label)s: 가구소득이 최저생계비의 %(income)s%%로 %(limit)s%%를 "
                            "넘습니다.") % {"label": label, "income": f"{income:g}",
                                          "limit": criterion.income_max_percent}
        return True, _("%(label)s: 만 %(age)s세, 가구소득 최저생계비의 %(income)s%%") % {
            "label": label, "age": age, "income": f"{income:g}"}
    return True, _("%(label)s: 만 %(age)s세") % {"label": label, "age": age}


def _holds(criterion: Criterion, facts: SeekerFacts) -> bool:
    """`_check` without the sentence (for bulk work such as the demo data)."""
    income = facts.household_income_percent
    return (criterion.age_min <= facts.age <= criterion.age_max
            and (not criterion.category or criterion.category in facts.categories)
            and (criterion.income_max_percent is None
                 or (income is not None and income <= criterion.income_max_percent)))


def recommended_type(facts: SeekerFacts, rules: RuleSet) -> str | None:
    """Same answer as `check(facts, rules).recommended_type`, without the reasons."""
    for code in ("I", "II"):
        if any(_holds(c, facts) for c in rules.eligibility[code]):
            return code
    return None


def check(facts: SeekerFacts, rules: RuleSet) -> Eligibility:
    """Decide Type Ⅰ and Type Ⅱ. An eligible type lists the criteria it met; an ineligible
    one lists, for each criterion, why it was not met."""
    decisions = {}
    for code in ("I", "II"):
        results = [(c, *_check(c, facts)) for c in rules.eligibility[code]]
        met = [(c, reason) for c, ok, reason in results if ok]
        if met:
            decisions[code] = TypeDecision(code, True, tuple(c.code for c, _r in met),
                                           tuple(reason for _c, reason in met))
        else:
            decisions[code] = TypeDecision(code, False, (),
                                           tuple(reason for _c, _ok, reason in results))
    return Eligibility(decisions)


def facts_of_seeker(seeker: Any, on: dt.date) -> SeekerFacts:
    """The eligibility facts of a registry JobSeeker on `on`: its vulnerable categories (the
    registry's codes are the criteria's codes), 기초생활수급 as "basic_livelihood", and its
    household income as a percentage of that year's 최저생계비 for its household size."""
    from goyong.jobseekers import thresholds

    categories = set(seeker.vulnerable_categories or ())
    if seeker.basic_livelihood:
        categories.add("basic_livelihood")
    percent = None
    if seeker.household_income is not None and seeker.household_size:
        base = thresholds.minimum_cost_of_living(on.year, seeker.household_size)
        percent = round(seeker.household_income * 100 / base, 1)
    return SeekerFacts(seeker.birth_date, on, frozenset(categories), percent)
