"""Job-seeker registry endpoints: seekers and placements, scoped like the pages.

Every read of one seeker's record (detail, placements) writes an audit row; a list is
summaries only (no contact details). 주민등록번호 is accepted but never returned."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status

from goyong.api.paging import window
from goyong.api.schemas import FieldErrorsOut
from goyong.jobseekers import actions, policies, queries
from goyong.jobseekers.errors import NotPermittedError, SeekerInvalidError
from goyong.jobseekers.models import JobSeeker, Placement
from goyong.jobseekers.targeting import groups_of
from goyong.reference import queries as ref

router = Router(tags=["jobseekers"])


class GroupOut(Schema):
    code: str
    label: str
    reason: str


class SeekerSummaryOut(Schema):
    uuid: uuid.UUID
    name: str
    birth_date: dt.date
    age: int
    sex: str
    centre_code: str
    office_code: str
    residence_code: str
    registered_on: dt.date
    target_groups: list[GroupOut]


class SeekerListOut(Schema):
    count: int
    items: list[SeekerSummaryOut]


class SeekerOut(SeekerSummaryOut):
    has_rrn: bool
    phone: str
    email: str
    address: str
    residence_name: str
    education: str
    study_status: str
    desired_occupations: list[str]
    desired_wage: int | None
    desired_hours: str
    max_commute_km: int | None
    willing_to_relocate: bool
    licences: str
    skills: str


class SeekerIn(Schema):
    centre_code: str
    name: str
    birth_date: dt.date
    sex: str
    residence: str
    education: str
    rrn: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    study_status: str = "not_enrolled"
    desired_occupations: list[str] = Field(default_factory=list)
    desired_wage: int | None = None
    desired_hours: str = "full_time"
    max_commute_km: int | None = None
    willing_to_relocate: bool = False
    licences: str = ""
    skills: str = ""
    household_size: int | None = None
    household_income: int | None = None
    basic_livelihood: bool = False
    vulnerable_categories: list[str] = Field(default_factory=list)
    unemployed_since: dt.date | None = None
    unemployment_benefit_ended: bool = False


class RetentionOut(Schema):
    month: int
    due_date: dt.date
    employed: bool | None
    source: str


class PlacementOut(Schema):
    uuid: uuid.UUID
    employer_name: str
    business_number: str
    vacancy_ref: str
    occupation_code: str
    start_date: dt.date
    end_date: dt.date | None
    monthly_wage: int
    weekly_hours: int
    insured: bool
    source: str
    verified: bool
    verification_method: str
    retention: list[RetentionOut]


class PlacementIn(Schema):
    employer_name: str
    start_date: dt.date
    monthly_wage: int
    weekly_hours: int
    insured: bool
    source: str
    business_number: str = ""
    vacancy_ref: str = ""
    occupation_code: str = ""
    verified: bool = False
    verification_method: str = ""


def _not_found() -> Status:
    return Status(404, {"detail": _("그런 구직자가 없거나 볼 권한이 없습니다. 주소를 확인하세요.")})


def _invalid(error: SeekerInvalidError) -> Status:
    return Status(422, {"detail": str(error), "errors": error.errors})


def summary_out(seeker: JobSeeker, day: dt.date) -> dict[str, Any]:
    return {
        "uuid": seeker.uuid, "name": seeker.name, "birth_date": seeker.birth_date,
        "age": seeker.age_on(day), "sex": seeker.sex, "centre_code": seeker.centre_code,
        "office_code": seeker.office_code, "residence_code": seeker.residence_code,
        "registered_on": seeker.registered_on,
        "target_groups": [{"code": g.code, "label": g.label, "reason": g.reason}
                          for g in groups_of(seeker, day)],
    }


def seeker_out(seeker: JobSeeker, day: dt.date) -> dict[str, Any]:
    return {
        **summary_out(seeker, day), "has_rrn": bool(seeker.rrn), "phone": seeker.phone,
        "email": seeker.email, "address": seeker.address,
        "residence_name": seeker.residence_name, "education": seeker.education,
        "study_status": seeker.study_status, "desired_occupations": seeker.desired_occupations,
        "desired_wage": seeker.desired_wage, "desired_hours": seeker.desired_hours,
        "max_commute_km": seeker.max_commute_km,
        "willing_to_relocate": seeker.willing_to_relocate, "licences": seeker.licences,
        "skills": seeker.skills,
    }


def placement_out(placement: Placement) -> dict[str, Any]:
    return {
        "uuid": placement.uuid, "employer_name": placement.employer_name,
        "business_number": placement.business_number, "vacancy_ref": placement.vacancy_ref,
        "occupation_code": placement.occupation_code, "start_date": placement.start_date,
        "end_date": placement.end_date, "monthly_wage": placement.monthly_wage,
        "weekly_hours": placement.weekly_hours, "insured": placement.insured,
        "source": placement.source, "verified": placement.verified,
        "verification_method": placement.verification_method,
        "retention": [{"month": c.month, "due_date": c.due_date, "employed": c.employed,
                       "source": c.source} for c in placement.checks.all()],
    }


def _seeker(request: HttpRequest, seeker: uuid.UUID) -> JobSeeker | None:
    return (policies.seekers_visible_to(request.user).select_related("centre", "centre__office")
            .filter(uuid=seeker).first())


@router.get("/seekers", response=SeekerListOut, summary="구직자 목록 (범위 안)")
def list_seekers(request: HttpRequest, q: Query[str] = "", group: Query[str] = "",
                 centre: Query[str] = "", limit: Query[int] = 50,
                 offset: Query[int] = 0) -> dict[str, Any]:
    day = ref.today()
    filters = queries.SeekerFilters(q=q[:60], group=group, centre=centre)
    qs = queries.seekers_for_list(request.user, filters, day)
    return {"count": qs.count(),
            "items": [summary_out(s, day) for s in qs[window(limit, offset)]]}


@router.post("/seekers", response={201: SeekerOut, 403: FieldErrorsOut, 404: FieldErrorsOut,
                                   422: FieldErrorsOut}, summary="구직자 등록")
def create_seeker(request: HttpRequest, payload: SeekerIn) -> Any:
    day = ref.today()
    data = payload.dict()
    centre_code = data.pop("centre_code")
    centre = next((c for office in ref.offices_on(day) for c in ref.centres_of(office, day)
                   if c.code == centre_code), None)
    if centre is None:
        return Status(404, {"detail": _("고용센터 코드 '%(code)s'을(를) 찾을 수 없습니다. 관서 "
                                        "API의 centres 목록을 확인하세요.") % {"code": centre_code}})
    try:
        seeker = actions.register_seeker(data, centre=centre, acting_user=request.user)
    except NotPermittedError:
        return Status(403, {"detail": _("이 고용센터에 구직자를 등록할 권한이 없습니다.")})
    except SeekerInvalidError as error:
        return _invalid(error)
    return Status(201, seeker_out(seeker, day))


@router.get("/seekers/{seeker}", response={200: SeekerOut, 404: FieldErrorsOut},
            summary="구직자 기록 (열람 기록됨)")
def seeker_detail(request: HttpRequest, seeker: uuid.UUID) -> Any:
    record = _seeker(request, seeker)
    if record is None:
        return _not_found()
    actions.record_seeker_viewed(record, acting_user=request.user, channel="api")
    return seeker_out(record, ref.today())


@router.get("/seekers/{seeker}/placements", response={200: list[PlacementOut], 404: FieldErrorsOut},
            summary="구직자의 취업과 고용유지 확인")
def seeker_placements(request: HttpRequest, seeker: uuid.UUID) -> Any:
    record = _seeker(request, seeker)
    if record is None:
        return _not_found()
    actions.record_seeker_viewed(record, acting_user=request.user, channel="api",
                                 purpose="placements")
    return [placement_out(p) for p in queries.placements_of(record)]


@router.post("/seekers/{seeker}/placements",
             response={201: PlacementOut, 403: FieldErrorsOut, 404: FieldErrorsOut, 422: FieldErrorsOut},
             summary="취업 기록 (1·3·6개월 고용유지 확인 일정 생성)")
def create_placement(request: HttpRequest, seeker: uuid.UUID, payload: PlacementIn) -> Any:
    record = _seeker(request, seeker)
    if record is None:
        return _not_found()
    try:
        placement = actions.record_placement(record, payload.dict(), acting_user=request.user)
    except NotPermittedError:
        return Status(403, {"detail": _("이 구직자의 취업을 기록할 권한이 없습니다. 담당 "
                                        "고용센터에 요청하세요.")})
    except SeekerInvalidError as error:
        return _invalid(error)
    return Status(201, placement_out(placement))


@router.get("/placements", response=list[PlacementOut], summary="취업 목록 (범위 안)")
def list_placements(request: HttpRequest, verified: Query[bool | None] = None,
                    limit: Query[int] = 50, offset: Query[int] = 0) -> list[dict[str, Any]]:
    qs = policies.placements_visible_to(request.user).prefetch_related("checks")
    if verified is not None:
        qs = qs.filter(verified=verified)
    return [placement_out(p) for p in qs.order_by("-start_date", "pk")[window(limit, offset)]]
