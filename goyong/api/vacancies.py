"""Vacancy endpoints, scoped like the pages (policies.vacancies_visible_to): staff see every
posted vacancy, employer users their own company's, other roles open vacancies only.
Creating one: HQ, the company's office staff, and the company's employer users."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status

from goyong.api.paging import window
from goyong.employers.models import Company, Vacancy
from goyong.employers.vacancies import actions, policies, queries
from goyong.employers.vacancies.errors import VacancyError, VacancyRulesError
from goyong.reference.models import ClassificationItem

router = Router(tags=["vacancies"])


class VacancyErrorOut(Schema):
    detail: str
    errors: dict[str, list[str]] = Field(default_factory=dict)


class VacancySummaryOut(Schema):
    uuid: uuid.UUID
    title: str
    company_name: str
    company_brn: str
    gangso: bool | None = Field(description="가장 최근 강소기업 심사 통과 여부 (심사 전이면 null)")
    youth_friendly: bool | None
    occupation_scheme: str
    occupation_code: str
    occupation_name: str
    work_sigungu_code: str
    wage_amount: int
    wage_basis: str
    weekly_hours: Decimal
    part_time: bool
    part_time_type: str
    quality_part_time: bool
    care_category: str
    status: str
    openings: int
    hired: int
    opened_on: dt.date | None
    closes_on: dt.date | None


class VacancyListOut(Schema):
    count: int
    items: list[VacancySummaryOut]


class VacancyOut(VacancySummaryOut):
    description: str
    work_address: str
    latitude: float | None
    longitude: float | None
    contract_type: str
    contract_months: int | None
    ended_on: dt.date | None
    posted_by_employer: bool
    hourly_equivalent: int
    minimum_wage_year: int | None
    minimum_wage_hourly: int | None
    quality_shortfalls: list[str]


class VacancyIn(Schema):
    company_brn: str = Field(max_length=12, description="사업자등록번호 10자리 (하이픈 허용)")
    occupation_scheme: str = Field("keco2018", max_length=10,
                                   description="keco2018 또는 keco2007")
    occupation_code: str = Field(max_length=8)
    title: str = Field(max_length=120)
    wage_amount: int = Field(gt=0, le=2_000_000_000)
    wage_basis: str = Field(max_length=8, description="hourly, monthly 또는 annual")
    weekly_hours: float = Field(gt=0, le=52, description="주 근로시간 (소수 첫째 자리까지)")
    description: str = Field("", max_length=5000)
    work_sigungu_code: str = Field("", max_length=10)
    work_address: str = Field("", max_length=200)
    contract_type: str = Field("permanent", max_length=12,
                               description="permanent 또는 fixed_term")
    contract_months: int | None = Field(None, ge=1, le=24)
    openings: int = Field(1, ge=1, le=10_000)
    part_time: bool = False
    part_time_type: str = Field("", max_length=12, description="conversion 또는 new_hire")
    care_category: str = Field("", max_length=20)
    closes_on: dt.date | None = None
    open_now: bool = False


def summary_out(v: Vacancy) -> dict[str, Any]:
    return {
        "uuid": v.uuid, "title": v.title, "company_name": v.company.name,
        "company_brn": v.company.brn, "gangso": getattr(v, "gangso", None),
        "youth_friendly": getattr(v, "youth_friendly", None),
        "occupation_scheme": v.occupation.scheme, "occupation_code": v.occupation.code,
        "occupation_name": v.occupation.name, "work_sigungu_code": v.work_sigungu_code,
        "wage_amount": v.wage_amount, "wage_basis": v.wage_basis,
        "weekly_hours": v.weekly_hours, "part_time": v.part_time,
        "part_time_type": v.part_time_type, "quality_part_time": v.quality_part_time,
        "care_category": v.care_category, "status": v.status, "openings": v.openings,
        "hired": v.hired, "opened_on": v.opened_on, "closes_on": v.closes_on,
    }


def vacancy_out(v: Vacancy) -> dict[str, Any]:
    return {
        **summary_out(v), "description": v.description, "work_address": v.work_address,
        "latitude": v.latitude, "longitude": v.longitude, "contract_type": v.contract_type,
        "contract_months": v.contract_months, "ended_on": v.ended_on,
        "posted_by_employer": v.posted_by_employer, **queries.vacancy_facts(v),
    }


@router.get("/vacancies", response=VacancyListOut, summary="구인 목록")
def list_vacancies(request: HttpRequest, q: Query[str] = "", occupation: Query[str] = "",
                   region: Query[str] = "", part_time: Query[bool] = False,
                   quality_part_time: Query[bool] = False, care: Query[str] = "",
                   gangso: Query[bool] = False, status: Query[str] = "",
                   limit: Query[int] = 50, offset: Query[int] = 0) -> dict[str, Any]:
    filters = queries.VacancyFilters(
        q=q[:60], occupation=occupation[:8], region=region[:5], part_time=part_time,
        quality_part_time=quality_part_time, care=care[:20], gangso=gangso, status=status[:8])
    qs = queries.filtered(policies.vacancies_visible_to(request.user), filters)
    return {"count": qs.count(), "items": [summary_out(v) for v in qs[window(limit, offset)]]}


def _not_found() -> Status:
    return Status(404, {"detail": _("그런 구인이 없거나 볼 권한이 없습니다. 주소를 확인하세요.")})


@router.get("/vacancies/{vacancy}", response={200: VacancyOut, 404: VacancyErrorOut},
            summary="구인 상세")
def vacancy_detail(request: HttpRequest, vacancy: uuid.UUID) -> Any:
    found = (queries.with_badges(policies.vacancies_visible_to(request.user))
             .select_related("company", "occupation").filter(uuid=vacancy).first())
    if found is None:
        return _not_found()
    return vacancy_out(found)


@router.post("/vacancies", response={201: VacancyOut, 404: VacancyErrorOut,
                                     422: VacancyErrorOut}, summary="구인 등록")
def create_vacancy(request: HttpRequest, payload: VacancyIn) -> Any:
    brn = payload.company_brn.replace("-", "").strip()
    company = Company.objects.filter(brn=brn).first()
    if company is None or not policies.can_post_for(request.user, company):
        return Status(404, {"detail": _(
            "사업자등록번호 %(brn)s인 기업이 없거나 귀하가 구인을 등록할 수 있는 기업이 "
            "아닙니다. 번호를 확인하거나 기업 관할 관서에 요청하세요.") % {
            "brn": payload.company_brn}})
    occupation = ClassificationItem.objects.filter(
        scheme=payload.occupation_scheme, code=payload.occupation_code,
        scheme__in=["keco2007", "keco2018"]).first()
    if occupation is None:
        return Status(422, {"detail": _(
            "직종 코드 '%(code)s'이(가) %(scheme)s에 없습니다. 한국고용직업분류 코드를 "
            "확인하세요.") % {"code": payload.occupation_code,
                            "scheme": payload.occupation_scheme},
            "errors": {"occupation_code": [_("한국고용직업분류 코드를 확인하세요.")]}})
    data = payload.dict()
    data["weekly_hours"] = Decimal(str(round(payload.weekly_hours, 1)))
    for name in ("company_brn", "occupation_scheme", "occupation_code", "open_now"):
        data.pop(name)
    try:
        created = actions.create_vacancy(
            company, actions.VacancyInput(occupation=occupation, **data),
            acting_user=request.user, open_now=payload.open_now)
    except VacancyRulesError as error:
        errors: dict[str, list[str]] = {}
        for problem in error.problems:
            errors.setdefault(problem.field, []).append(problem.message)
        return Status(422, {"detail": str(error), "errors": errors})
    except VacancyError as error:
        return Status(422, {"detail": str(error)})
    found = queries.with_badges(Vacancy.objects.filter(pk=created.pk)).select_related(
        "company", "occupation").get()
    return Status(201, vacancy_out(found))
