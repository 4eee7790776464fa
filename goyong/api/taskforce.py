"""Task-force endpoints: an office's cockpit, the national cockpit and targets, scoped like
the pages (out of scope answers 404 like a missing office)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status

from goyong.api.schemas import ErrorOut
from goyong.labourstats.errors import PeriodError
from goyong.labourstats.periods import Period
from goyong.reference import queries as reference
from goyong.taskforce import policies, queries

router = Router(tags=["taskforce"])


class ProgressOut(Schema):
    code: str
    label: str
    unit: str
    target: float | None
    actual: int
    expected: float | None
    ratio: float | None
    pace: str
    rank: int | None
    checkpoint_expected: float | None
    checkpoint_actual: int | None


class OfficeRowOut(Schema):
    code: str
    name: str
    target: float | None
    actual: int
    expected: float | None
    ratio: float | None
    pace: str
    rank: int | None


class AlertOut(Schema):
    office_code: str
    indicator: str
    message: str


class OfficeGapOut(Schema):
    period: str
    method: str
    needed: int | None
    note: str


class CockpitOut(Schema):
    office_code: str
    name: str
    period: str
    as_of: dt.date
    expected_share: float
    gap: OfficeGapOut
    indicators: list[ProgressOut]
    alerts: list[AlertOut]
    report_upward: list[str]
    offices: list[OfficeRowOut]


class TargetOut(Schema):
    id: int
    office_code: str
    period: str
    indicator: str
    value: float
    origin: str
    status: str
    reason: str
    basis: dict[str, Any]


def _period(period: str | None, as_of: dt.date | None) -> tuple[Period, dt.date]:
    day = as_of or reference.today()
    return (Period.parse(period) if period else queries.default_period(day)), day


def _out(c: queries.Cockpit) -> dict[str, Any]:
    def progress(code: str, label: str, unit: str, p: Any) -> dict[str, Any]:
        return {"code": code, "label": label, "unit": unit, "target": p.target,
                "actual": p.actual, "expected": p.expected, "ratio": p.ratio, "pace": p.pace,
                "rank": p.rank, "checkpoint_expected": p.checkpoint_expected,
                "checkpoint_actual": p.checkpoint_actual}
    return {
        "office_code": c.office_code, "name": c.name, "period": c.period, "as_of": c.as_of,
        "expected_share": c.share,
        "gap": {"period": c.gap.period, "method": c.gap.method, "needed": c.gap.needed,
                "note": c.gap.note},
        "indicators": [progress(r.code, r.label, r.unit, r.progress) for r in c.rows],
        "alerts": [{"office_code": a.office_code, "indicator": a.indicator,
                    "message": a.message} for a in c.alerts],
        "report_upward": c.upward,
        "offices": [{"code": o["code"], "name": o["name"], "target": o["progress"].target,
                     "actual": o["progress"].actual, "expected": o["progress"].expected,
                     "ratio": o["progress"].ratio, "pace": o["progress"].pace,
                     "rank": o["progress"].rank} for o in c.offices],
    }


_BAD_PERIOD = {400: ErrorOut}


@router.get("/taskforce/offices/{code}/cockpit", response={200: CockpitOut, 404: ErrorOut,
                                                           **_BAD_PERIOD},
            summary="관서 추진단 현황판")
def office_cockpit(request: HttpRequest, code: str, period: Query[str | None] = None,
                   as_of: Query[dt.date | None] = None) -> Any:
    if not policies.can_view_office(request.user, code) or not reference.offices_on(
            reference.today()).filter(code=code).exists():
        return Status(404, {"detail": _("그 관서를 찾을 수 없습니다. 관서 코드를 확인하세요.")})
    try:
        p, day = _period(period, as_of)
    except PeriodError as error:
        return Status(400, {"detail": str(error)})
    return _out(queries.office_cockpit(code, p, day, with_ledger=False))


@router.get("/taskforce/national", response={200: CockpitOut, 404: ErrorOut, **_BAD_PERIOD},
            summary="전국 추진단 현황판 (관서별 진도·순위·경보)")
def national_cockpit(request: HttpRequest, period: Query[str | None] = None,
                     as_of: Query[dt.date | None] = None) -> Any:
    if not policies.can_view_national(request.user):
        return Status(404, {"detail": _("찾을 수 없습니다.")})
    try:
        p, day = _period(period, as_of)
    except PeriodError as error:
        return Status(400, {"detail": str(error)})
    return _out(queries.national_cockpit(p, day))


@router.get("/taskforce/targets", response=list[TargetOut], summary="볼 수 있는 목표")
def list_targets(request: HttpRequest, period: Query[str | None] = None,
                 office: Query[str | None] = None, status: Query[str | None] = None
                 ) -> list[dict[str, Any]]:
    qs = policies.targets_visible_to(request.user)
    if period:
        qs = qs.filter(period=period)
    if office:
        qs = qs.filter(office_code=office)
    if status:
        qs = qs.filter(status=status)
    return [{"id": t.pk, "office_code": t.office_code, "period": t.period,
             "indicator": t.indicator, "value": float(t.value), "origin": t.origin,
             "status": t.status, "reason": t.reason, "basis": t.basis} for t in qs[:1000]]
