"""Reads of companies, screening and hiring potential, shaped for pages, the API and the CLI.
Callers pass querysets already scoped by policies.companies_visible_to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, OuterRef, Q, QuerySet, Subquery

from goyong.employers.choices import PotentialRunStatus
from goyong.employers.models import (
    Company,
    DiscoveryVisit,
    HeadcountMonth,
    PotentialRun,
    PotentialScore,
    ScreeningResult,
    ScreeningRun,
)


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


# --- lists ------------------------------------------------------------------------------

def latest_run(year: int | None = None) -> ScreeningRun | None:
    qs = ScreeningRun.objects.all()
    if year is not None:
        qs = qs.filter(year=year)
    return qs.order_by("-created_at", "-id").first()


def filter_companies(qs: QuerySet[Company], params: dict[str, str]) -> QuerySet[Company]:
    """Companies list filters: q (name or 사업자등록번호), sido, section, size, office,
    gangso (1: passed the latest screening)."""
    q = (params.get("q") or "").strip()
    if q:
        digits = q.replace("-", "")
        qs = qs.filter(Q(name__icontains=q) | Q(brn__startswith=digits)) if digits.isdigit() \
            else qs.filter(name__icontains=q)
    if params.get("sido"):
        qs = qs.filter(sigungu_code__startswith=params["sido"][:2])
    if params.get("section"):
        qs = qs.filter(industry_section=params["section"][:1])
    if params.get("size"):
        qs = qs.filter(size_class=params["size"])
    if params.get("office"):
        qs = qs.filter(office_code=params["office"])
    if params.get("gangso") == "1":
        run = latest_run()
        ids = (ScreeningResult.objects.filter(run=run, passed=True).values("company_id")
               if run else ScreeningResult.objects.none().values("company_id"))
        qs = qs.filter(pk__in=ids)
    return qs


def annotate_list(companies: list[Company]) -> list[Company]:
    """Attach `headcount` (latest), `screening` (latest run) and `potential` (score) to the
    page's companies in three queries."""
    ids = [c.pk for c in companies]
    newest = (HeadcountMonth.objects.filter(company=OuterRef("pk")).order_by("-month")
              .values("insured")[:1])
    latest = dict(Company.objects.filter(pk__in=ids).annotate(n=Subquery(newest))
                  .values_list("pk", "n"))
    run = latest_run()
    results = ({r.company_id: r for r in ScreeningResult.objects.filter(run=run,
                                                                       company_id__in=ids)}
               if run else {})
    scores = latest_scores(ids)
    for c in companies:
        c.headcount = latest.get(c.pk)  # type: ignore[attr-defined]
        c.screening = results.get(c.pk)  # type: ignore[attr-defined]
        c.potential = scores.get(c.pk)  # type: ignore[attr-defined]
    return companies


def latest_scores(ids: list[int] | None = None) -> dict[int, PotentialScore]:
    """Per company, its score in the latest published run of its region."""
    runs = {}
    for run in PotentialRun.objects.filter(status=PotentialRunStatus.PUBLISHED,
                                           contract_type="all").order_by("created_at", "id"):
        runs[run.region_code] = run.pk
    qs = PotentialScore.objects.filter(run_id__in=runs.values())
    if ids is not None:
        qs = qs.filter(company_id__in=ids)
    return {s.company_id: s for s in qs}


def headcount_series(company: Company) -> dict[str, list[Any]]:
    """Monthly insured headcount, hires and separations, for the company's chart."""
    rows = list(company.headcounts.order_by("month").values_list(
        "month", "insured", "hires", "separations"))
    return {"months": [m.strftime("%Y-%m") for m, *_rest in rows],
            "insured": [r[1] for r in rows], "hires": [r[2] for r in rows],
            "separations": [r[3] for r in rows]}


@dataclass
class YouthRow:
    company: Company
    score: float
    quality: int
    potential: int
    reasons: list[str]


def youth_ranking(companies: QuerySet[Company], limit: int = 100) -> list[YouthRow]:
    """Companies that passed the latest screening, ranked for young job seekers by
    quality (청년친화 criteria met, out of 4) and hiring potential (0–100), half each."""
    from django.utils.translation import gettext as _

    from goyong.employers.screening import LABELS

    run = latest_run()
    if run is None:
        return []
    results = {r.company_id: r for r in ScreeningResult.objects.filter(
        run=run, passed=True, company__in=companies)}
    scores = latest_scores(list(results))
    rows = []
    for company in companies.filter(pk__in=list(results)):
        result = results[company.pk]
        youth = [c for c in result.criteria if c["kind"] == "youth"]
        quality = round(100 * result.youth_points / len(youth)) if youth else 0
        potential = scores[company.pk].score if company.pk in scores else 0
        reasons = [_("강소기업 결격 사유 없음")]
        met = [str(LABELS[c["code"]]).split(":")[0] for c in youth if c["passed"]]
        if met:
            reasons.append(_("청년친화 기준 %(n)s/%(total)s 충족: %(names)s") % {
                "n": len(met), "total": len(youth), "names": ", ".join(met)})
        if result.youth_friendly:
            reasons.append(_("청년친화강소기업 기준 충족"))
        reasons.append(_("채용 가능성 %(score)s점") % {"score": potential})
        rows.append(YouthRow(company, 0.5 * quality + 0.5 * potential, quality, potential,
                             reasons))
    rows.sort(key=lambda r: (-r.score, r.company.name))
    return rows[:limit]


VISIT_CAP = 1            # visits per company within the window before it leaves the list
VISIT_WINDOW_DAYS = 180


def companies_to_visit(companies: QuerySet[Company], day: dt.date,
                       limit: int = 50) -> list[Company]:
    """Companies ranked by hiring potential, without those that opted out or were visited
    VISIT_CAP times in the last VISIT_WINDOW_DAYS days (exposure cap)."""
    since = day - dt.timedelta(days=VISIT_WINDOW_DAYS)
    capped = (DiscoveryVisit.objects.filter(visited_on__gte=since).values("company_id")
              .annotate(n=Count("id")).filter(n__gte=VISIT_CAP).values("company_id"))
    pool = companies.filter(visit_opt_out=False).exclude(pk__in=capped)
    scores = latest_scores(list(pool.values_list("pk", flat=True)))
    ranked = sorted(pool.filter(pk__in=list(scores)),
                    key=lambda c: (-scores[c.pk].score, c.name))[:limit]
    for c in ranked:
        c.potential = scores[c.pk]  # type: ignore[attr-defined]
    return ranked
