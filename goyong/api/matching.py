"""Matching endpoints: recommended jobs and seekers, wide-area referrals (inbox, outbox,
workflow), the region-to-region ledger, job fairs and batch runs; scoped like the pages.
Every read of one referral is audited."""

from __future__ import annotations

import datetime as dt
from typing import Any
from uuid import UUID

from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status

from goyong.api.schemas import FieldErrorsOut
from goyong.matching import actions, policies, queries
from goyong.matching.errors import InvalidError, MatchingError, NotPermittedError
from goyong.matching.models import Recommendation, Referral

router = Router(tags=["matching"])


class RecommendationOut(Schema):
    rank: int
    score: float
    explanation: str
    components: dict[str, float | None]
    seeker: UUID | None = None
    seeker_name: str = ""
    vacancy: UUID | None = None
    vacancy_title: str = ""
    company: str = ""
    office_code: str
    computed_at: dt.datetime


class RecommendationListOut(Schema):
    scope: str
    items: list[RecommendationOut]
    hidden_by_office: dict[str, int] = Field(default_factory=dict)


class ReferralOut(Schema):
    uuid: UUID
    status: str
    seeker: UUID
    seeker_name: str
    vacancy: UUID
    vacancy_title: str
    from_office_code: str
    to_office_code: str
    sent_on: dt.date
    responded_on: dt.date | None
    interview_at: dt.datetime | None
    start_date: dt.date | None
    relocation_support: bool
    housing_support: bool
    commuting_support: bool
    placement: UUID | None


class ReferralIn(Schema):
    seeker: UUID
    vacancy: UUID
    notes: str = ""


class ReferralTransitionIn(Schema):
    action: str  # accept | decline | interview | outcome | withdraw
    reason: str = ""
    interview_at: dt.datetime | None = None
    place: str = ""
    hired: bool = False
    start_date: dt.date | None = None
    relocation: bool = False
    housing: bool = False
    commuting: bool = False
    notes: str = ""


class LedgerOfficeOut(Schema):
    code: str
    name: str
    sent: int
    received: int
    hires_out: int
    hires_in: int


class LedgerFlowOut(Schema):
    from_office: str = Field(alias="from")
    to_office: str = Field(alias="to")
    referrals: int
    hires: int


class LedgerOut(Schema):
    start: dt.date
    end: dt.date
    total_hires: int
    offices: list[LedgerOfficeOut]
    flows: list[LedgerFlowOut]


class InterviewOut(Schema):
    slot: int
    starts_at: str
    seeker: UUID
    vacancy: UUID
    score: float
    explanation: str


class FairOut(Schema):
    uuid: UUID
    name: str
    office_code: str
    held_on: dt.date
    max_per_seeker: int
    per_opening: int
    status: str
    assigned_total: float | None
    seekers: int
    vacancies: int
    interviews: list[InterviewOut] = Field(default_factory=list)


class RunOut(Schema):
    uuid: UUID
    kind: str
    scope: str
    k: int
    status: str
    blocks_total: int
    blocks_done: int
    gini: float | None
    never_share: float | None
    coverage: float | None
    created_at: dt.datetime
    job: UUID | None


class RunIn(Schema):
    scope: str = "local"
    k: int = 20


def _not_found() -> Status:
    return Status(404, {"detail": _("그런 기록이 없거나 볼 권한이 없습니다. 주소를 확인하세요.")})


def _error(error: MatchingError) -> Status:
    if isinstance(error, InvalidError):
        return Status(422, {"detail": str(error), "errors": error.errors})
    return Status(409, {"detail": error.message})


def rec_out(r: Recommendation, seeker_side: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"rank": r.rank, "score": r.score, "explanation": r.explanation,
                           "components": r.components, "computed_at": r.computed_at}
    if seeker_side:
        out.update(vacancy=r.vacancy.uuid, vacancy_title=r.vacancy.title,
                   company=r.vacancy.company.name, office_code=r.vacancy.office_code)
    else:
        out.update(seeker=r.seeker.uuid, seeker_name=r.seeker.name,
                   office_code=r.seeker.office_code)
    return out


def referral_out(r: Referral) -> dict[str, Any]:
    return {
        "uuid": r.uuid, "status": r.status, "seeker": r.seeker.uuid, "seeker_name": r.seeker.name,
        "vacancy": r.vacancy.uuid, "vacancy_title": r.vacancy.title,
        "from_office_code": r.from_office_code, "to_office_code": r.to_office_code,
        "sent_on": r.sent_on, "responded_on": r.responded_on, "interview_at": r.interview_at,
        "start_date": r.start_date, "relocation_support": r.relocation_support,
        "housing_support": r.housing_support, "commuting_support": r.commuting_support,
        "placement": r.placement.uuid if r.placement else None,
    }


@router.get("/matching/seekers/{seeker}/jobs",
            response={200: RecommendationListOut, 404: FieldErrorsOut}, summary="구직자 추천 일자리")
def seeker_jobs(request: HttpRequest, seeker: UUID, scope: Query[str] = "local") -> Any:
    try:
        record = queries.seeker_for(request.user, seeker)
    except Http404:
        return _not_found()
    scope = queries.clean_scope(scope)
    return {"scope": scope, "items": [rec_out(r, True)
                                      for r in queries.seeker_jobs(record, scope)]}


@router.post("/matching/seekers/{seeker}/refresh",
             response={200: RecommendationListOut, 404: FieldErrorsOut}, summary="추천 일자리 다시 계산")
def seeker_refresh(request: HttpRequest, seeker: UUID, scope: Query[str] = "local") -> Any:
    try:
        record = queries.seeker_for(request.user, seeker)
    except Http404:
        return _not_found()
    actions.refresh_for_seeker(record, acting_user=request.user)
    scope = queries.clean_scope(scope)
    return {"scope": scope, "items": [rec_out(r, True)
                                      for r in queries.seeker_jobs(record, scope)]}


@router.get("/matching/vacancies/{vacancy}/seekers",
            response={200: RecommendationListOut, 404: FieldErrorsOut}, summary="구인 추천 구직자")
def vacancy_seekers(request: HttpRequest, vacancy: UUID, scope: Query[str] = "local"
                    ) -> Any:
    try:
        record = queries.vacancy_for(request.user, vacancy)
    except Http404:
        return _not_found()
    scope = queries.clean_scope(scope)
    result = queries.vacancy_seekers(request.user, record, scope)
    return {"scope": scope, "items": [rec_out(r, False) for r in result.visible],
            "hidden_by_office": result.hidden_by_office}


@router.get("/matching/referrals", response=list[ReferralOut], summary="광역 알선 (받은·보낸)")
def referral_list(request: HttpRequest, box: Query[str] = "in") -> Any:
    rows = queries.referrals(request.user, "out" if box == "out" else "in").select_related(
        "placement")
    return [referral_out(r) for r in rows[:500]]


@router.post("/matching/referrals",
             response={201: ReferralOut, 404: FieldErrorsOut, 409: FieldErrorsOut, 422: FieldErrorsOut},
             summary="광역 알선 보내기")
def referral_create(request: HttpRequest, payload: ReferralIn) -> Any:
    from goyong.employers.vacancies.policies import vacancies_visible_to

    try:
        seeker = queries.seeker_for(request.user, payload.seeker)
    except Http404:
        return _not_found()
    vacancy = vacancies_visible_to(request.user).filter(uuid=payload.vacancy).first()
    if vacancy is None:
        return _not_found()
    try:
        referral = actions.send_referral(seeker, vacancy, acting_user=request.user,
                                         notes=payload.notes)
    except NotPermittedError:
        return _not_found()
    except MatchingError as error:
        return _error(error)
    return Status(201, referral_out(referral))


@router.get("/matching/referrals/{referral}", response={200: ReferralOut, 404: FieldErrorsOut},
            summary="광역 알선 상세 (열람 감사 기록)")
def referral_detail(request: HttpRequest, referral: UUID) -> Any:
    try:
        record = queries.referral_for(request.user, referral)
    except Http404:
        return _not_found()
    actions.record_referral_viewed(record, acting_user=request.user, channel="api")
    return referral_out(record)


@router.post("/matching/referrals/{referral}/transition",
             response={200: ReferralOut, 404: FieldErrorsOut, 409: FieldErrorsOut, 422: FieldErrorsOut},
             summary="광역 알선 처리 (수락·거절·면접·결과·철회)")
def referral_transition(request: HttpRequest, referral: UUID, payload: ReferralTransitionIn
                        ) -> Any:
    try:
        record = queries.referral_for(request.user, referral)
    except Http404:
        return _not_found()
    user = request.user
    try:
        if payload.action == "accept":
            actions.accept_referral(record, acting_user=user)
        elif payload.action == "decline":
            actions.decline_referral(record, reason=payload.reason, acting_user=user)
        elif payload.action == "interview":
            actions.arrange_interview(record, at=payload.interview_at,  # type: ignore[arg-type]
                                      place=payload.place, acting_user=user)
        elif payload.action == "outcome":
            actions.record_outcome(record, hired=payload.hired, start_date=payload.start_date,
                                   relocation=payload.relocation, housing=payload.housing,
                                   commuting=payload.commuting, notes=payload.notes,
                                   acting_user=user)
        elif payload.action == "withdraw":
            actions.withdraw_referral(record, acting_user=user)
        else:
            return Status(422, {"detail": _("action은 accept, decline, interview, outcome, "
                                            "withdraw 중 하나로 쓰세요.")})
    except NotPermittedError:
        return _not_found()
    except MatchingError as error:
        return _error(error)
    return referral_out(queries.referral_for(user, referral))


@router.get("/matching/ledger", response={200: LedgerOut, 404: FieldErrorsOut},
            summary="광역 알선 관서 간 장부")
def ledger(request: HttpRequest, start: Query[dt.date | None] = None,
           end: Query[dt.date | None] = None) -> Any:
    if not policies.can_use_matching(request.user):
        return _not_found()
    s, e = queries.default_period()
    data = queries.ledger(start or s, end or e)
    return {"start": data.start, "end": data.end, "total_hires": data.total_hires,
            "offices": [vars(r) for r in data.offices], "flows": data.flows}


def fair_out(fair: Any, with_interviews: bool) -> dict[str, Any]:
    out = {"uuid": fair.uuid, "name": fair.name, "office_code": fair.office_code,
           "held_on": fair.held_on, "max_per_seeker": fair.max_per_seeker,
           "per_opening": fair.per_opening, "status": fair.status,
           "assigned_total": fair.assigned_total, "seekers": fair.seekers.count(),
           "vacancies": fair.vacancies.count(), "interviews": []}
    if with_interviews:
        out["interviews"] = [
            {"slot": i.slot, "starts_at": i.starts_at.strftime("%H:%M"), "seeker": i.seeker.uuid,
             "vacancy": i.vacancy.uuid, "score": i.score, "explanation": i.explanation}
            for i in fair.interviews.select_related("seeker", "vacancy")]
    return out


@router.get("/matching/fairs", response=list[FairOut], summary="채용박람회 목록")
def fair_list(request: HttpRequest) -> Any:
    return [fair_out(f, False) for f in policies.fairs_visible_to(request.user)[:200]]


@router.get("/matching/fairs/{fair}", response={200: FairOut, 404: FieldErrorsOut},
            summary="채용박람회 면접 일정")
def fair_detail(request: HttpRequest, fair: UUID) -> Any:
    try:
        record = queries.fair_for(request.user, fair)
    except Http404:
        return _not_found()
    return fair_out(record, True)


@router.post("/matching/fairs/{fair}/assign", response={200: FairOut, 404: FieldErrorsOut},
             summary="채용박람회 면접 배정 실행")
def fair_assign(request: HttpRequest, fair: UUID) -> Any:
    try:
        record = queries.fair_for(request.user, fair)
    except Http404:
        return _not_found()
    try:
        actions.assign_fair_interviews(record, acting_user=request.user)
    except NotPermittedError:
        return _not_found()
    record.refresh_from_db()
    return fair_out(record, True)


def run_out(run: Any) -> dict[str, Any]:
    return {"uuid": run.uuid, "kind": run.kind, "scope": run.scope, "k": run.k,
            "status": run.status, "blocks_total": run.blocks_total,
            "blocks_done": run.blocks_done, "gini": run.gini, "never_share": run.never_share,
            "coverage": run.coverage, "created_at": run.created_at,
            "job": run.job.uuid if run.job else None}


@router.get("/matching/runs", response={200: list[RunOut], 404: FieldErrorsOut},
            summary="추천 계산 기록")
def run_list(request: HttpRequest) -> Any:
    if not policies.can_use_matching(request.user):
        return _not_found()
    return [run_out(r) for r in queries.runs()[:50]]


@router.post("/matching/runs", response={202: RunOut, 404: FieldErrorsOut, 422: FieldErrorsOut},
             summary="전국 추천 일괄 계산 시작 (본부)")
def run_start(request: HttpRequest, payload: RunIn) -> Any:
    if not policies.can_run_batch(request.user):
        return _not_found()
    try:
        run = actions.start_batch(scope=payload.scope, k=payload.k, acting_user=request.user)
    except MatchingError as error:
        return _error(error)
    return Status(202, run_out(run))

