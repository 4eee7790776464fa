"""Reads of vacancies shaped for the pages, the API and the export. Callers pass a queryset
already scoped by `policies.vacancies_visible_to`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import OuterRef, QuerySet, Subquery

from goyong.employers.models import ScreeningResult, Vacancy
from goyong.employers.vacancies import rules
from goyong.employers.vacancies.choices import CareCategory
from goyong.employers.vacancies.tokens import search_filter
from goyong.reference import queries as reference
from goyong.reference.choices import RegionLevel

CARE_ANY = "care"  # the filter value for "any care job"
OLDER_ANY = "older"  # the filter value for "any job suited to older workers"


@dataclass
class VacancyFilters:
    """What the list page and the API filter on (all optional)."""

    q: str = ""
    occupation: str = ""  # a ClassificationItem id, or a KECO code prefix
    region: str = ""  # a 시도 (2 digits) or 시군구 (5 digits) KOSTAT code
    part_time: bool = False
    quality_part_time: bool = False
    care: str = ""  # "", CARE_ANY, OLDER_ANY or one CareCategory value
    gangso: bool = False
    status: str = ""
    company_id: int | None = None


def with_badges(qs: QuerySet[Vacancy]) -> QuerySet[Vacancy]:
    """Annotate `gangso` and `youth_friendly`: the company's result in its latest 강소기업
    screening (None when never screened), the same answer as employers.queries.gangso_status."""
    latest = (ScreeningResult.objects.filter(company_id=OuterRef("company_id"))
              .order_by("-run__created_at", "-run_id"))
    return qs.annotate(gangso=Subquery(latest.values("passed")[:1]),
                       youth_friendly=Subquery(latest.values("youth_friendly")[:1]))


def filtered(qs: QuerySet[Vacancy], filters: VacancyFilters) -> QuerySet[Vacancy]:
    """The visible vacancies that match the filters, newest first, with badges."""
    if filters.q.strip():
        qs = qs.filter(search_filter(filters.q))
    if filters.occupation:
        if filters.occupation.isdigit():
            qs = qs.filter(occupation_id=int(filters.occupation))
        else:
            qs = qs.filter(occupation__code__startswith=filters.occupation)
    region = filters.region.strip()
    if region.isdigit() and len(region) in (2, 5):
        qs = qs.filter(work_sigungu_code__startswith=region)
    if filters.part_time:
        qs = qs.filter(part_time=True)
    if filters.quality_part_time:
        qs = qs.filter(quality_part_time=True)
    if filters.care == CARE_ANY:
        qs = qs.filter(care_category__in=sorted(rules.CARE_CATEGORIES))
    elif filters.care == OLDER_ANY:
        qs = qs.filter(care_category__in=sorted(rules.OLDER_WORKER_CATEGORIES))
    elif filters.care in CareCategory.values and filters.care:
        qs = qs.filter(care_category=filters.care)
    if filters.status:
        qs = qs.filter(status=filters.status)
    if filters.company_id is not None:
        qs = qs.filter(company_id=filters.company_id)
    qs = with_badges(qs.select_related("company", "occupation"))
    if filters.gangso:
        # `gangso` is an annotation, which django-stubs cannot see as a keyword.
        qs = qs.filter(**{"gangso": True})
    return qs.order_by("-opened_on", "-created_at", "-id")


def region_names(day: dt.date | None = None) -> dict[str, str]:
    """KOSTAT code → full name of every 시도 and 시군구 valid on `day` (one query)."""
    day = day or reference.today()
    return {r.kostat_code: r.full_name
            for r in reference.regions_on(day).filter(
                level__in=[RegionLevel.SIDO, RegionLevel.SIGUNGU])}


def sido_choices(day: dt.date | None = None) -> list[tuple[str, str]]:
    day = day or reference.today()
    return [(r.kostat_code, r.name) for r in reference.regions_on(day, RegionLevel.SIDO)]


def terms_of(vacancy: Vacancy, day: dt.date | None = None) -> rules.Terms:
    """The vacancy's terms as the rules see them, posted on `day` (default: its 게시일, or
    today for a draft)."""
    return rules.Terms(
        posting_date=day or vacancy.opened_on or reference.today(),
        wage_amount=vacancy.wage_amount, wage_basis=vacancy.wage_basis,
        weekly_hours=vacancy.weekly_hours, contract_type=vacancy.contract_type,
        contract_months=vacancy.contract_months, part_time=vacancy.part_time,
        part_time_type=vacancy.part_time_type, care_category=vacancy.care_category)


def vacancy_facts(vacancy: Vacancy) -> dict[str, Any]:
    """Derived figures for the detail page and the API: hourly equivalent, the minimum wage
    that applies, and why the quality label is (not) earned."""
    terms = terms_of(vacancy)
    try:
        minimum = rules.minimum_wage_on(terms.posting_date)
    except rules.NoMinimumWageError:
        minimum = None
    return {
        "hourly_equivalent": int(rules.hourly_equivalent(
            vacancy.wage_amount, vacancy.wage_basis, vacancy.weekly_hours)),
        "minimum_wage_year": minimum.year if minimum else None,
        "minimum_wage_hourly": minimum.hourly if minimum else None,
        "quality_shortfalls": (rules.quality_part_time_shortfalls(terms)
                               if vacancy.part_time else []),
    }
