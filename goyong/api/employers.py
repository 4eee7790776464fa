"""Company and 강소기업 screening endpoints, scoped like the pages
(employers.policies.companies_visible_to): staff see every company, employer users their own,
other roles none. Screening details are for staff. Predicted hires never leave the server:
only the 0–100 score and stars."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status

from goyong.api.paging import window
from goyong.employers import queries, screening
from goyong.employers.brn import compact
from goyong.employers.models import Company
from goyong.employers.policies import can_view_screening, companies_visible_to

router = Router(tags=["employers"])


class EmployersErrorOut(Schema):
    detail: str


class PotentialOut(Schema):
    score: int
    stars: float
    score_part_time: int | None
    as_of: str


class CompanyOut(Schema):
    brn: str
    name: str
    ksic10_code: str
    ksic9_code: str
    industry_section: str
    size_class: str
    address: str
    sigungu_code: str
    latitude: float | None
    longitude: float | None
    office_code: str
    family_friendly: bool
    ilga_pledge: bool
    gangso: bool | None
    youth_friendly: bool | None
    potential: PotentialOut | None


class CompanyListOut(Schema):
    count: int
    items: list[CompanyOut]


class CriterionOut(Schema):
    code: str
    kind: str
    label: str
    passed: bool
    value: str
    threshold: str


class ScreeningOut(Schema):
    brn: str
    year: int
    rules_year: int
    reference_date: str
    passed: bool
    youth_friendly: bool
    youth_points: int
    reasons: list[str]
    criteria: list[CriterionOut]


def company_out(c: Company, result: Any, potential: Any) -> dict[str, Any]:
    return {
        "brn": c.brn, "name": c.name, "ksic10_code": c.ksic10_code, "ksic9_code": c.ksic9_code,
        "industry_section": c.industry_section, "size_class": c.size_class,
        "address": c.address, "sigungu_code": c.sigungu_code, "latitude": c.latitude,
        "longitude": c.longitude, "office_code": c.office_code,
        "family_friendly": any(x.kind == "family_friendly" for x in c.certifications.all()),
        "ilga_pledge": c.ilga_pledge,
        "gangso": result.passed if result else None,
        "youth_friendly": result.youth_friendly if result else None,
        "potential": {"score": potential.score, "stars": float(potential.stars),
                      "score_part_time": potential.score_part_time,
                      "as_of": potential.run.as_of.strftime("%Y-%m")} if potential else None,
    }


@router.get("/companies", response=CompanyListOut, summary="기업 목록")
def list_companies(request: HttpRequest, q: Query[str] = "", sido: Query[str] = "",
                   section: Query[str] = "", size: Query[str] = "", gangso: Query[bool] = False,
                   limit: Query[int] = 50, offset: Query[int] = 0) -> dict[str, Any]:
    params = {"q": q[:60], "sido": sido[:2], "section": section[:1], "size": size[:8],
              "gangso": "1" if gangso else ""}
    qs = queries.filter_companies(companies_visible_to(request.user), params)
    page = list(qs.prefetch_related("certifications")[window(limit, offset)])
    run = queries.latest_run()
    results = ({r.company_id: r for r in run.results.filter(company__in=page)}
               if run else {})
    scores = queries.latest_scores([c.pk for c in page])
    return {"count": qs.count(),
            "items": [company_out(c, results.get(c.pk), scores.get(c.pk)) for c in page]}


def _not_found() -> Status:
    return Status(404, {"detail": _("그런 기업이 없거나 볼 권한이 없습니다. 사업자등록번호를 "
                                    "확인하세요.")})


@router.get("/companies/{brn}", response={200: CompanyOut, 404: EmployersErrorOut},
            summary="기업 상세")
def company_detail(request: HttpRequest, brn: str) -> Any:
    company = companies_visible_to(request.user).filter(brn=compact(brn)).first()
    if company is None:
        return _not_found()
    return company_out(company, queries.gangso_status(company),
                       queries.latest_potential(company))


@router.get("/companies/{brn}/screening", response={200: ScreeningOut, 404: EmployersErrorOut},
            summary="기업의 강소기업 심사 결과")
def company_screening(request: HttpRequest, brn: str, year: Query[int | None] = None) -> Any:
    company = companies_visible_to(request.user).filter(brn=compact(brn)).first()
    if company is None or not can_view_screening(request.user):
        return _not_found()
    result = queries.gangso_status(company, year)
    if result is None:
        return Status(404, {"detail": _("이 기업의 심사 결과가 없습니다. 일괄 심사를 먼저 "
                                        "실행하세요.")})
    return {"brn": company.brn, "year": result.run.year, "rules_year": result.run.rules_year,
            "reference_date": result.run.reference_date.isoformat(), "passed": result.passed,
            "youth_friendly": result.youth_friendly, "youth_points": result.youth_points,
            "reasons": screening.reasons(result.criteria),
            "criteria": [screening.describe(c) for c in result.criteria]}
