"""Employment Success Package endpoints: cases (list, detail), stage transitions (POST) and
a participant's allowance statement. Adapts to `package.queries` and `package.actions`; the
rules live there. Out of scope answers 404 exactly like a missing case."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal
from uuid import UUID

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status

from goyong.api.paging import window
from goyong.api.schemas import ErrorOut
from goyong.jobseekers.package import actions, machine, queries
from goyong.jobseekers.package.choices import OPEN_STAGES
from goyong.jobseekers.package.errors import PackageError
from goyong.jobseekers.package.policies import can_manage_case, can_view_cases, cases_visible_to
from goyong.reference import queries as reference

router = Router(tags=["package"])


class CaseOut(Schema):
    uuid: UUID
    seeker_uuid: UUID
    seeker_name: str
    type: str
    rules: str
    stage: str
    stage_label: str
    office_code: str
    centre_code: str
    counsellor: str | None
    intake_on: dt.date
    iap_completed_on: dt.date | None
    group_counselling: str
    stage2_started_on: dt.date | None
    stage3_started_on: dt.date | None
    closed_on: dt.date | None
    close_reason: str
    deadline: dt.date | None
    days_overdue: int


class EventOut(Schema):
    kind: str
    stage: str
    occurred_on: dt.date
    note: str
    card_amount: int | None
    copay_percent: int | None
    copay_amount: int | None


class OptionOut(Schema):
    target: str
    allowed: bool
    reason: str


class CaseDetailOut(CaseOut):
    events: list[EventOut]
    attendance: dict[str, int]
    transitions: list[OptionOut]
    next_action: str


class PaymentOut(Schema):
    kind: str
    amount: int
    due: dt.date
    rule: str
    period: str


class StatementOut(Schema):
    rules: str
    type: str
    as_of: dt.date
    payments: list[PaymentOut]
    total: int
    upcoming: list[PaymentOut]
    notes: list[str]


class CaseTransitionIn(Schema):
    target: Literal["stage2", "stage3", "completed", "dropped"]
    on: dt.date | None = None
    reason: str = ""
    note: str = ""


class RefusalOut(Schema):
    detail: str
    code: str


def _not_found() -> Any:
    return Status(404, {"detail": _("그런 사례가 없습니다. 사례 번호(UUID)를 확인하세요.")})


def case_out(case: Any, today: dt.date) -> dict[str, Any]:
    return {
        "uuid": case.uuid, "seeker_uuid": case.seeker.uuid, "seeker_name": case.seeker.name,
        "type": case.type, "rules": case.rules, "stage": case.stage,
        "stage_label": str(case.get_stage_display()), "office_code": case.office_code,
        "centre_code": case.centre_code,
        "counsellor": str(case.counsellor) if case.counsellor_id else None,
        "intake_on": case.intake_on, "iap_completed_on": case.iap_completed_on,
        "group_counselling": case.group_counselling,
        "stage2_started_on": case.stage2_started_on,
        "stage3_started_on": case.stage3_started_on, "closed_on": case.closed_on,
        "close_reason": case.close_reason, "deadline": machine.deadline(case),
        "days_overdue": machine.days_overdue(case, today),
    }


def _detail(case: Any, today: dt.date) -> dict[str, Any]:
    return {
        **case_out(case, today),
        "events": [{"kind": e.kind, "stage": e.stage, "occurred_on": e.occurred_on,
                    "note": e.note, "card_amount": e.card_amount,
                    "copay_percent": e.copay_percent, "copay_amount": e.copay_amount}
                   for e in case.events.all()],
        "attendance": {a.month: a.days for a in case.attendance.all()},
        "transitions": [{"target": o.target, "allowed": o.allowed, "reason": o.reason}
                        for o in machine.options(case, today)],
        "next_action": machine.next_action(case),
    }


@router.get("/package/cases", response={200: list[CaseOut], 404: ErrorOut},
            summary="취업성공패키지 사례 목록")
def list_cases(request: HttpRequest, stage: Query[str | None] = None,
               open_only: Query[bool] = False, overdue: Query[bool] = False,
               offset: Query[int] = 0, limit: Query[int] = 100) -> Any:
    """Cases in the caller's scope, newest intake first (at most 500 a page)."""
    if not can_view_cases(request.user):
        return Status(404, {"detail": _("취업성공패키지 사례를 볼 수 있는 역할이 아닙니다.")})
    today = reference.today()
    cases = (cases_visible_to(request.user).select_related("seeker", "counsellor")
             .order_by("-intake_on", "pk"))
    if stage:
        cases = cases.filter(stage=stage)
    if open_only or overdue:
        cases = cases.filter(stage__in=OPEN_STAGES)
    rows = [case_out(c, today) for c in cases[window(limit, offset, max_limit=500)]]
    if overdue:
        rows = [r for r in rows if r["days_overdue"] > 0]
    return rows


@router.get("/package/cases/{uuid}", response={200: CaseDetailOut, 404: ErrorOut},
            summary="취업성공패키지 사례")
def case_detail(request: HttpRequest, uuid: UUID) -> Any:
    case = queries.case_detail_queryset(request.user).filter(uuid=uuid).first()
    if case is None:
        return _not_found()
    actions.record_case_viewed(case, acting_user=request.user, channel="api")
    return _detail(case, reference.today())


@router.get("/package/cases/{uuid}/statement", response={200: StatementOut, 404: ErrorOut},
            summary="참여자 수당 내역서")
def case_statement(request: HttpRequest, uuid: UUID,
                   as_of: Query[dt.date | None] = None) -> Any:
    case = queries.case_detail_queryset(request.user).filter(uuid=uuid).first()
    if case is None:
        return _not_found()
    actions.record_case_viewed(case, acting_user=request.user, channel="api")
    return queries.statement_of(case, as_of or reference.today()).as_json()


@router.post("/package/cases/{uuid}/transitions",
             response={200: CaseDetailOut, 403: ErrorOut, 404: ErrorOut, 409: RefusalOut},
             summary="단계 전환 (2단계, 3단계, 종료, 중도 탈락)")
def case_transition(request: HttpRequest, uuid: UUID, body: CaseTransitionIn) -> Any:
    """Apply a guarded transition; a refusal answers 409 with the Korean reason and changes
    nothing."""
    case = queries.case_detail_queryset(request.user).filter(uuid=uuid).first()
    if case is None:
        return _not_found()
    if not can_manage_case(request.user, case):
        return Status(403, {"detail": _("이 사례의 단계를 바꿀 권한이 없습니다. 담당 고용센터 "
                                        "상담원이나 관서 총괄팀장에게 요청하세요.")})
    today = reference.today()
    try:
        actions.advance(case, body.target, on=body.on or today, acting_user=request.user,
                        reason=body.reason, note=body.note)
    except PackageError as error:
        return Status(409, {"detail": error.message, "code": error.code})
    fresh = queries.case_detail_queryset(request.user).get(pk=case.pk)
    return _detail(fresh, today)
