"""Reads of the registry shaped for pages, the API and exports; always start from the policy."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404

from goyong.jobseekers import thresholds
from goyong.jobseekers.choices import CAREER_BREAK_REASONS, Sex, TargetGroup
from goyong.jobseekers.models import CareerEntry, JobSeeker, Placement, RetentionCheck
from goyong.jobseekers.policies import seekers_visible_to
from goyong.jobseekers.targeting import OLDER_FROM, YOUTH_AGES, GroupMembership, groups_of
from goyong.jobseekers.tokens import query_terms

# Groups the list can filter on in the database (the package types need the whole record).
FILTERABLE_GROUPS = (TargetGroup.YOUTH, TargetGroup.WOMEN, TargetGroup.CAREER_BREAK_WOMEN,
                     TargetGroup.OLDER, TargetGroup.LOW_INCOME)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a common year
        return day.replace(year=day.year - years, day=28)


def born_between_for_age(day: dt.date, low: int, high: int | None) -> Q:
    """Birth dates of people aged low..high (만 나이) on `day` (high None: no upper bound)."""
    # Age ≥ low ⇔ birth ≤ day − low years; age ≤ high ⇔ birth > day − (high+1) years.
    q = Q(birth_date__lte=_years_before(day, low))
    if high is not None:
        q &= Q(birth_date__gt=_years_before(day, high + 1))
    return q


def low_income_q(day: dt.date) -> Q:
    q = Q(basic_livelihood=True)
    for size in range(1, 31):
        limit = int(thresholds.minimum_cost_of_living(day.year, size)
                    * thresholds.PACKAGE_I_INCOME_MULTIPLE)
        q |= Q(household_size=size, household_income__lte=limit)
    return q


def filter_by_group(qs: QuerySet[JobSeeker], group: str, day: dt.date) -> QuerySet[JobSeeker]:
    """Seekers of `qs` in target group `group` on `day` (the same rules as targeting.classify)."""
    if group == TargetGroup.YOUTH:
        return qs.filter(born_between_for_age(day, *YOUTH_AGES))
    if group == TargetGroup.WOMEN:
        return qs.filter(sex=Sex.FEMALE)
    if group == TargetGroup.CAREER_BREAK_WOMEN:
        breaks = CareerEntry.objects.filter(seeker=OuterRef("pk"),
                                            leave_reason__in=CAREER_BREAK_REASONS)
        return qs.filter(Exists(breaks), sex=Sex.FEMALE)
    if group == TargetGroup.OLDER:
        return qs.filter(born_between_for_age(day, OLDER_FROM, None))
    if group == TargetGroup.LOW_INCOME:
        return qs.filter(low_income_q(day))
    return qs


def search(qs: QuerySet[JobSeeker], text: str) -> QuerySet[JobSeeker]:
    """Every term of `text` must be in the name or the skills/licences tokens."""
    for term in query_terms(text)[:8]:
        qs = qs.filter(Q(name__icontains=term) | Q(search_tokens__icontains=term))
    return qs


@dataclass
class SeekerFilters:
    q: str = ""
    group: str = ""
    centre: str = ""
    sex: str = ""

    def as_dict(self) -> dict[str, str]:
        return {k: v for k, v in self.__dict__.items() if v}


def seekers_for_list(user: Any, filters: SeekerFilters, day: dt.date) -> QuerySet[JobSeeker]:
    """The user's seekers matching `filters`, newest registrations first, career prefetched."""
    qs = seekers_visible_to(user)
    if filters.q:
        qs = search(qs, filters.q)
    if filters.group in FILTERABLE_GROUPS:
        qs = filter_by_group(qs, filters.group, day)
    if filters.centre:
        qs = qs.filter(centre_code=filters.centre)
    if filters.sex in Sex.values:
        qs = qs.filter(sex=filters.sex)
    return (qs.select_related("centre").prefetch_related("career")
            .order_by("-registered_on", "name", "pk"))


@dataclass
class SeekerRow:
    seeker: JobSeeker
    age: int
    groups: list[GroupMembership] = field(default_factory=list)


def rows_of(seekers: Any, day: dt.date) -> list[SeekerRow]:
    return [SeekerRow(s, s.age_on(day), groups_of(s, day)) for s in seekers]


def seeker_for(user: Any, seeker_uuid: Any) -> JobSeeker:
    """The seeker with that UUID if the user may see it; 404 otherwise, missing or not."""
    seeker = (seekers_visible_to(user).select_related("centre", "centre__office")
              .filter(uuid=seeker_uuid).first())
    if seeker is None:
        raise Http404
    return seeker


def placements_of(seeker: JobSeeker) -> list[Placement]:
    return list(seeker.placements.prefetch_related(
        Prefetch("checks", queryset=RetentionCheck.objects.order_by("month"))))


def centres_in_scope(user: Any) -> list[tuple[str, str]]:
    """(code, name) of centres the user's seekers are registered at, for the filter."""
    rows = (seekers_visible_to(user).values_list("centre_code", "centre__name")
            .distinct().order_by("centre_code"))
    seen: dict[str, str] = {}
    for code, name in rows:
        seen.setdefault(code, name)
    return list(seen.items())


def retention_due(user: Any, day: dt.date) -> QuerySet[RetentionCheck]:
    """Unchecked retention checks of the user's seekers that are due on or before `day`."""
    return (RetentionCheck.objects.filter(placement__seeker__in=seekers_visible_to(user),
                                          employed__isnull=True, due_date__lte=day)
            .select_related("placement", "placement__seeker").order_by("due_date"))
