"""Every write of the task-force app: each checks its policy and writes its audit row in the
same transaction (event codes `taskforce.<noun>.<past_verb>`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from goyong.audit.actions import record
from goyong.labourstats.periods import Period
from goyong.reference import queries as reference
from goyong.reference.models import Office
from goyong.taskforce import indicators, planning, policies
from goyong.taskforce.choices import NATIONAL, MeetingKind, TargetOrigin, TargetStatus
from goyong.taskforce.errors import (
    BlankFieldError,
    NotPermittedError,
    TargetStateError,
    TargetValueError,
    UnknownIndicatorError,
    UnknownOfficeError,
)
from goyong.taskforce.models import GoodPractice, Meeting, Target, TaskForce


def office_of(code: str, day: dt.date | None = None) -> Office:
    """The office version valid on `day` (today) with that code; UnknownOfficeError if none."""
    office = reference.offices_on(day or reference.today()).filter(code=code).first()
    if office is None:
        office = Office.objects.filter(code=code).order_by("-valid_from").first()
    if office is None:
        raise UnknownOfficeError(code)
    return office


def _audit_office(code: str) -> Office | None:
    return None if code == NATIONAL else office_of(code)


def ensure_taskforce(office_code: str, *, lead: Any = None, members: Iterable[Any] = (),
                     acting_user: Any) -> tuple[TaskForce, bool]:
    """The office's task force, created with its lead and members when missing.

    `acting_user=None` is the operator or the demo generator."""
    if acting_user is not None and not policies.can_manage_members(acting_user, office_code):
        raise NotPermittedError
    office = office_of(office_code)
    with transaction.atomic():
        taskforce, created = TaskForce.objects.get_or_create(
            office_code=office_code, defaults={"lead": lead})
        if created:
            taskforce.members.set(list(members))
            record("taskforce.taskforce.created", actor=acting_user, office=office,
                   subject=taskforce, data={"lead": getattr(lead, "username", None),
                                            "members": sorted(m.username for m in members)})
    return taskforce, created


def set_members(taskforce: TaskForce, *, lead: Any, members: Iterable[Any],
                acting_user: Any) -> TaskForce:
    """Replace the lead and members (HQ or the office's lead)."""
    if not policies.can_manage_members(acting_user, taskforce.office_code):
        raise NotPermittedError
    members = list(members)
    with transaction.atomic():
        taskforce.lead = lead
        taskforce.save(update_fields=["lead"])
        taskforce.members.set(members)
        record("taskforce.members.changed", actor=acting_user,
               office=_audit_office(taskforce.office_code), subject=taskforce,
               data={"lead": getattr(lead, "username", None),
                     "members": sorted(m.username for m in members)})
    return taskforce


def record_meeting(taskforce: TaskForce, *, kind: str, held_on: dt.date, title: str,
                   agenda: str = "", minutes: str = "", attendees: Iterable[Any] = (),
                   guests: str = "", acting_user: Any) -> Meeting:
    """Record a monthly review (점검회의) or a workshop with its agenda, attendance and minutes."""
    if acting_user is not None and not policies.can_run_taskforce(
            acting_user, taskforce.office_code):
        raise NotPermittedError
    if kind not in MeetingKind.values:
        raise BlankFieldError(_("회의 종류"))
    if not title.strip():
        raise BlankFieldError(_("제목"))
    with transaction.atomic():
        meeting = Meeting.objects.create(
            taskforce=taskforce, kind=kind, held_on=held_on, title=title.strip()[:120],
            agenda=agenda.strip(), minutes=minutes.strip(), guests=guests.strip(),
            recorded_by=acting_user if getattr(acting_user, "is_authenticated", False) else None)
        meeting.attendees.set(list(attendees))
        record("taskforce.meeting.recorded", actor=acting_user,
               office=_audit_office(taskforce.office_code), subject=meeting,
               data={"kind": kind, "held_on": held_on.isoformat(), "title": meeting.title})
    return meeting


def normalise_tags(tags: Iterable[str] | str) -> str:
    """`"여성, 시간선택제 #돌봄"` → `",여성,시간선택제,돌봄,"` (order kept, duplicates dropped)."""
    if isinstance(tags, str):
        tags = tags.replace("#", ",").replace(" ", ",").split(",")
    seen: list[str] = []
    for tag in tags:
        tag = tag.strip().lstrip("#")[:30]
        if tag and tag not in seen:
            seen.append(tag)
    return "," + ",".join(seen) + "," if seen else ""


def publish_good_practice(*, office_code: str, title: str, body: str,
                          tags: Iterable[str] | str = "", published_on: dt.date | None = None,
                          acting_user: Any) -> GoodPractice:
    """Add a 우수사례 to the shared library; its 시도 is the one of the office's jurisdiction."""
    if acting_user is not None and not policies.can_run_taskforce(acting_user, office_code):
        raise NotPermittedError
    if not title.strip():
        raise BlankFieldError(_("제목"))
    if not body.strip():
        raise BlankFieldError(_("내용"))
    office = office_of(office_code)
    day = published_on or reference.today()
    first = reference.jurisdiction_of(office_code, reference.today()).first()
    region_code = ""
    if first is not None:
        region = first.region
        region_code = region.parent.kostat_code if region.parent else region.kostat_code[:2]
    with transaction.atomic():
        practice = GoodPractice.objects.create(
            title=title.strip()[:160], body=body.strip(), tags=normalise_tags(tags),
            office_code=office_code, region_code=region_code[:2], published_on=day,
            author=acting_user if getattr(acting_user, "is_authenticated", False) else None)
        record("taskforce.practice.published", actor=acting_user, office=office,
               subject=practice, data={"title": practice.title, "tags": practice.tag_list})
    return practice


def known_indicator(code: str) -> bool:
    return code in planning.RATE_INDICATORS or indicators.get(code) is not None


def _clean_target(office_code: str, period: str, indicator: str, value: Any
                  ) -> tuple[str, Decimal]:
    canonical = str(Period.parse(period))
    if not known_indicator(indicator):
        raise UnknownIndicatorError(indicator)
    if office_code != NATIONAL:
        office_of(office_code)
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise TargetValueError from None
    if not amount.is_finite() or amount < 0 or amount >= Decimal("1e12"):
        raise TargetValueError
    return canonical, amount.quantize(Decimal("0.01"))


def _approve(target: Target, acting_user: Any) -> None:
    """Supersede the approved target of the same key, then approve `target` (locked)."""
    Target.objects.select_for_update().filter(
        office_code=target.office_code, period=target.period, indicator=target.indicator,
        status=TargetStatus.APPROVED).exclude(pk=target.pk).update(
        status=TargetStatus.SUPERSEDED)
    target.status = TargetStatus.APPROVED
    target.approved_by = acting_user if getattr(acting_user, "is_authenticated", False) else None
    target.decided_at = timezone.now()


def set_target(*, office_code: str, period: str, indicator: str, value: Any,
               origin: str = TargetOrigin.MANUAL, basis: dict[str, Any] | None = None,
               reason: str = "", acting_user: Any) -> Target:
    """HQ sets a target; it is approved at once and supersedes the previous one.

    `acting_user=None` is the operator (roadmap loading, demo)."""
    if acting_user is not None and not policies.can_set_targets(acting_user):
        raise NotPermittedError
    canonical, amount = _clean_target(office_code, period, indicator, value)
    with transaction.atomic():
        target = Target(office_code=office_code, period=canonical, indicator=indicator,
                        value=amount, origin=origin, status=TargetStatus.PROPOSED,
                        basis=basis or {}, reason=reason.strip(),
                        proposed_by=acting_user if getattr(acting_user, "is_authenticated",
                                                           False) else None)
        _approve(target, acting_user)
        target.save()
        record("taskforce.target.set", actor=acting_user, office=_audit_office(office_code),
               subject=target, data={"office": office_code, "period": canonical,
                                     "indicator": indicator, "value": str(amount),
                                     "origin": origin})
    return target


def propose_target(*, office_code: str, period: str, indicator: str, value: Any,
                   reason: str, acting_user: Any) -> Target:
    """An office proposes a changed target; it counts only once HQ approves it."""
    if not policies.can_propose_target(acting_user, office_code):
        raise NotPermittedError
    if not reason.strip():
        raise BlankFieldError(_("변경 사유"))
    canonical, amount = _clean_target(office_code, period, indicator, value)
    with transaction.atomic():
        target = Target.objects.create(
            office_code=office_code, period=canonical, indicator=indicator, value=amount,
            origin=TargetOrigin.MANUAL, status=TargetStatus.PROPOSED, reason=reason.strip(),
            proposed_by=acting_user)
        record("taskforce.target.proposed", actor=acting_user,
               office=_audit_office(office_code), subject=target,
               data={"office": office_code, "period": canonical, "indicator": indicator,
                     "value": str(amount)})
    return target


def decide_target(target: Target, *, approve: bool, acting_user: Any) -> Target:
    """HQ approves (superseding the current target) or rejects a proposed target."""
    if not policies.can_set_targets(acting_user):
        raise NotPermittedError
    with transaction.atomic():
        target = Target.objects.select_for_update().get(pk=target.pk)
        if target.status != TargetStatus.PROPOSED:
            raise TargetStateError
        if approve:
            _approve(target, acting_user)
        else:
            target.status = TargetStatus.REJECTED
            target.approved_by = acting_user
            target.decided_at = timezone.now()
        target.save(update_fields=["status", "approved_by", "decided_at"])
        record("taskforce.target.approved" if approve else "taskforce.target.rejected",
               actor=acting_user, office=_audit_office(target.office_code), subject=target,
               data={"office": target.office_code, "period": target.period,
                     "indicator": target.indicator, "value": str(target.value)})
    return target


def load_roadmap_targets(*, acting_user: Any) -> int:
    """The national 2017 roadmap targets as approved national targets (idempotent)."""
    created = 0
    for row in planning.roadmap():
        current = Target.objects.filter(office_code=NATIONAL, period=row.period,
                                        indicator=row.indicator,
                                        status=TargetStatus.APPROVED).first()
        if current is not None and current.value == row.value:
            continue
        set_target(office_code=NATIONAL, period=row.period, indicator=row.indicator,
                   value=row.value, origin=TargetOrigin.ROADMAP,
                   basis={"source": row.source, "baseline_period": row.baseline_period,
                          "baseline": str(row.baseline) if row.baseline is not None else None},
                   acting_user=acting_user)
        created += 1
    return created


# Reports ----------------------------------------------------------------------------------

def request_report(*, scope: str, office_code: str, period: str, fmt: str,
                   as_of: dt.date | None = None, scheduled: bool = False,
                   acting_user: Any) -> Any:
    """Queue an office or national report; a background job generates its file.

    `acting_user=None` is the scheduler (`goyong report scheduled`)."""
    from goyong.core import jobs
    from goyong.taskforce.choices import ReportFormat, ReportScope
    from goyong.taskforce.models import Report
    from goyong.taskforce.tasks import generate_report_task

    if scope == ReportScope.NATIONAL:
        office_code = ""
        allowed = acting_user is None or policies.can_view_national(acting_user)
    else:
        office_of(office_code)
        allowed = acting_user is None or policies.can_run_taskforce(acting_user, office_code)
    if not allowed:
        raise NotPermittedError
    if fmt not in ReportFormat.values:
        raise BlankFieldError(_("형식"))
    canonical = str(Period.parse(period))
    with transaction.atomic():
        report = Report.objects.create(
            scope=scope, office_code=office_code, period=canonical,
            as_of=as_of or reference.today(), format=fmt, scheduled=scheduled,
            requested_by=acting_user if getattr(acting_user, "is_authenticated", False)
            else None)
        job = jobs.start_job(generate_report_task, kind="taskforce.report.generated",
                             title=_("추진단 보고서 만들기 (%(period)s)") % {"period": canonical},
                             acting_user=acting_user, args=[report.pk], total=1)
        report.job_uuid = job.uuid
        report.save(update_fields=["job_uuid"])
        record("taskforce.report.requested", actor=acting_user,
               office=_audit_office(office_code) if office_code else None, subject=report,
               data={"scope": scope, "office": office_code, "period": canonical,
                     "format": fmt, "scheduled": scheduled})
    return report


def generate_report(report: Any) -> Any:
    """Build the report's file now (the task calls this; the CLI too)."""
    from goyong.taskforce import queries, reports
    from goyong.taskforce.choices import ReportStatus

    period = Period.parse(report.period)
    cockpit = (queries.national_cockpit(period, report.as_of) if report.scope == "national"
               else queries.office_cockpit(report.office_code, period, report.as_of))
    data, _type = reports.render(cockpit, report.format)
    name = "national" if report.scope == "national" else report.office_code
    report.content = data
    report.file_name = f"goyong-taskforce-{name}-{report.period}-{report.as_of:%Y%m%d}.{report.format}"
    report.status = ReportStatus.DONE
    report.finished_at = timezone.now()
    report.save(update_fields=["content", "file_name", "status", "finished_at"])
    return report


def record_download(report: Any, *, acting_user: Any) -> None:
    """Count and audit a download of a generated report."""
    from django.db.models import F

    from goyong.taskforce.models import Report

    with transaction.atomic():
        Report.objects.filter(pk=report.pk).update(downloads=F("downloads") + 1)
        record("taskforce.report.downloaded", actor=acting_user,
               office=_audit_office(report.office_code) if report.office_code else None,
               subject=report, data={"file": report.file_name})
