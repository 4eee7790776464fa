"""Target groups of a job seeker, derived from the record and explained in one line each.

Pure: `classify(facts, day)` needs no database, so it is tested on frozen dates. The record
adapter `facts_of(seeker)` reads a JobSeeker and its career entries.

Definitions:
- 청년 15–29세 (고용률 통계의 청년층), 장년 50세 이상 (55–64세 is the band of the
  task force's rate);
- 경력단절여성 (경력단절여성등의 경제활동 촉진법 제2조): a woman who stopped working for
  marriage, pregnancy, childbirth, childcare or the care of a family member, and wants work;
- 저소득층: 기초생활수급자, or a household income at most 150% of the year's 최저생계비;
- 취업성공패키지 Ⅰ유형 대상: 18–64세 low income or one of the Ⅰ유형 categories (위기청소년
  from 15 to 24); Ⅱ유형 대상: 청년 18–34세 not in school, or 중장년 35–64세 in a household
  at most 250% of 최저생계비 after unemployment benefits ended or six months without work
  (domain-facts §4(b), rules of about 2014)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from goyong.jobseekers import thresholds
from goyong.jobseekers.choices import (
    CAREER_BREAK_REASONS,
    LeaveReason,
    Sex,
    StudyStatus,
    TargetGroup,
    VulnerableCategory,
)

YOUTH_AGES = (15, 29)
OLDER_FROM = 50
OLDER_RATE_BAND = (55, 64)


def age_on(birth_date: dt.date, day: dt.date) -> int:
    """만 나이: completed years on `day` (someone born on 29 February turns a year older on
    1 March in common years)."""
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


@dataclass(frozen=True)
class CareerBreak:
    reason: str
    ended_on: dt.date | None


@dataclass(frozen=True)
class SeekerFacts:
    birth_date: dt.date
    sex: str
    study_status: str = StudyStatus.NOT_ENROLLED
    household_size: int | None = None
    household_income: int | None = None
    basic_livelihood: bool = False
    vulnerable_categories: tuple[str, ...] = ()
    unemployed_since: dt.date | None = None
    unemployment_benefit_ended: bool = False
    career: tuple[CareerBreak, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class GroupMembership:
    code: str
    reason: str

    @property
    def label(self) -> str:
        return str(TargetGroup(self.code).label)

    def __str__(self) -> str:
        return f"{self.label}: {self.reason}"


def _won(amount: int) -> str:
    return f"{amount:,}"


def _months_between(start: dt.date, end: dt.date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    return months


def _income_within(facts: SeekerFacts, day: dt.date, multiple: float) -> tuple[bool, str]:
    """Is the household income within `multiple` × 최저생계비? With the sentence saying so."""
    if facts.household_income is None or not facts.household_size:
        return False, ""
    year = thresholds.threshold_year(day.year)
    base = thresholds.minimum_cost_of_living(day.year, facts.household_size)
    limit = int(base * multiple)
    ok = facts.household_income <= limit
    return ok, _(
        "월 가구소득 %(income)s원, %(year)s년 %(size)s인 가구 최저생계비의 %(pct)s%% "
        "%(limit)s원 %(relation)s") % {
        "income": _won(facts.household_income), "year": year, "size": facts.household_size,
        "pct": int(multiple * 100), "limit": _won(limit),
        "relation": _("이하") if ok else _("초과"),
    }


def classify(facts: SeekerFacts, day: dt.date) -> list[GroupMembership]:
    """The target groups `facts` belong to on `day`, each with its reason, in TargetGroup order."""
    age = age_on(facts.birth_date, day)
    groups: list[GroupMembership] = []
    if YOUTH_AGES[0] <= age <= YOUTH_AGES[1]:
        groups.append(GroupMembership(TargetGroup.YOUTH, _(
            "청년(15–29세): 만 %(age)s세") % {"age": age}))
    female = facts.sex == Sex.FEMALE
    if female:
        groups.append(GroupMembership(TargetGroup.WOMEN, _("여성: 성별 여")))
        breaks = [c for c in facts.career if c.reason in CAREER_BREAK_REASONS]
        if breaks:
            latest = max(breaks, key=lambda c: c.ended_on or dt.date.min)
            reason = str(LeaveReason(latest.reason).label)
            if latest.ended_on:
                text = _("경력단절여성: %(year)s년 %(reason)s(으)로 퇴직") % {
                    "year": latest.ended_on.year, "reason": reason}
            else:
                text = _("경력단절여성: %(reason)s(으)로 퇴직") % {"reason": reason}
            groups.append(GroupMembership(TargetGroup.CAREER_BREAK_WOMEN, text))
    if age >= OLDER_FROM:
        if OLDER_RATE_BAND[0] <= age <= OLDER_RATE_BAND[1]:
            text = _("장년(50세 이상): 만 %(age)s세, 고용률 장년 구간(55–64세)") % {"age": age}
        else:
            text = _("장년(50세 이상): 만 %(age)s세") % {"age": age}
        groups.append(GroupMembership(TargetGroup.OLDER, text))
    low_income, income_text = _income_within(facts, day, thresholds.PACKAGE_I_INCOME_MULTIPLE)
    if facts.basic_livelihood:
        groups.append(GroupMembership(TargetGroup.LOW_INCOME, _("저소득층: 기초생활수급자")))
    elif low_income:
        groups.append(GroupMembership(TargetGroup.LOW_INCOME, _("저소득층: ") + income_text))
    package_i = _package_i_reason(facts, age, low_income)
    if package_i:
        groups.append(GroupMembership(TargetGroup.PACKAGE_I, package_i))
    else:
        package_ii = _package_ii_reason(facts, age, day)
        if package_ii:
            groups.append(GroupMembership(TargetGroup.PACKAGE_II, package_ii))
    return groups


def _package_i_reason(facts: SeekerFacts, age: int, low_income: bool) -> str:
    categories = [c for c in facts.vulnerable_categories if c in VulnerableCategory.values]
    if VulnerableCategory.YOUTH_AT_RISK in categories and 15 <= age <= 24:
        return _("취업성공패키지 Ⅰ유형: 위기청소년, 만 %(age)s세(15–24세)") % {"age": age}
    if not 18 <= age <= 64:
        return ""
    if facts.basic_livelihood:
        return _("취업성공패키지 Ⅰ유형: 기초생활수급자, 만 %(age)s세(18–64세)") % {"age": age}
    if low_income:
        return _("취업성공패키지 Ⅰ유형: 최저생계비 150%% 이하 가구원, 만 %(age)s세(18–64세)") % {
            "age": age}
    others = [c for c in categories if c != VulnerableCategory.YOUTH_AT_RISK]
    if others:
        names = ", ".join(str(VulnerableCategory(c).label) for c in others)
        return _("취업성공패키지 Ⅰ유형: %(names)s, 만 %(age)s세(18–64세)") % {
            "names": names, "age": age}
    return ""


def _package_ii_reason(facts: SeekerFacts, age: int, day: dt.date) -> str:
    if 18 <= age <= 34:
        if facts.study_status == StudyStatus.NOT_ENROLLED:
            return _("취업성공패키지 Ⅱ유형: 청년(18–34세) 미취업자, 만 %(age)s세") % {"age": age}
        return ""
    if 35 <= age <= 64:
        within, _text = _income_within(facts, day, thresholds.PACKAGE_II_INCOME_MULTIPLE)
        if not within:
            return ""
        months = (_months_between(facts.unemployed_since, day)
                  if facts.unemployed_since else 0)
        if facts.unemployment_benefit_ended:
            why = _("실업급여 수급 종료")
        elif months >= 6:
            why = _("%(months)s개월 실직") % {"months": months}
        else:
            return ""
        return _("취업성공패키지 Ⅱ유형: 중장년(35–64세), 최저생계비 250%% 이하 가구원, "
                 "%(why)s, 만 %(age)s세") % {"why": why, "age": age}
    return ""


def facts_of(seeker: Any, career: Iterable[Any] | None = None) -> SeekerFacts:
    """The classification facts of a JobSeeker (career entries read unless given)."""
    entries = list(career) if career is not None else list(seeker.career.all())
    return SeekerFacts(
        birth_date=seeker.birth_date,
        sex=seeker.sex,
        study_status=seeker.study_status,
        household_size=seeker.household_size,
        household_income=seeker.household_income,
        basic_livelihood=seeker.basic_livelihood,
        vulnerable_categories=tuple(seeker.vulnerable_categories or ()),
        unemployed_since=seeker.unemployed_since,
        unemployment_benefit_ended=seeker.unemployment_benefit_ended,
        career=tuple(CareerBreak(e.leave_reason, e.ended_on) for e in entries),
    )


def groups_of(seeker: Any, day: dt.date) -> list[GroupMembership]:
    return classify(facts_of(seeker), day)
