"""Reads of companies, screening and hiring potential, shaped for pages, the API and the CLI.
Callers pass querysets already scoped by policies.companies_visible_to."""

from __future__ import annotations

from goyong.employers.choices import PotentialRunStatus
from goyong.employers.models import Company, PotentialScore, ScreeningResult


def gangso_status(company: Company | int, year: int | None = None) -> ScreeningResult | None:
    """The company's result in the latest screening run for `year` (latest run of any year
    when None), or None when it was not screened. `result.passed` is the 강소기업 badge,
    `result.youth_friendly` the 청년친화강소기업 one."""
    company_id = company if isinstance(company, int) else company.pk
    qs = ScreeningResult.objects.filter(company_id=company_id).select_related("run")
    if year is not None:
        qs = qs.filter(run__year=year)
    return qs.order_by("-run__created_at", "-run_id").first()


def latest_potential(company: Company | int) -> PotentialScore | None:
    """The company's score in the latest published hiring-potential run of its region."""
    company_id = company if isinstance(company, int) else company.pk
    return (PotentialScore.objects.filter(company_id=company_id,
                                          run__status=PotentialRunStatus.PUBLISHED,
                                          run__contract_type="all")
            .select_related("run").order_by("-run__created_at", "-run_id").first())
