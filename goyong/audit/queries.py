"""Reads of the audit log for the HQ viewer and its CSV export."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from goyong.accounts.policies import can_view_audit_log
from goyong.audit.models import AuditLog


@dataclass(frozen=True)
class AuditFilters:
    """What the viewer filters on; empty values mean "any"."""

    event: str = ""
    actor: str = ""
    office: str = ""
    subject_id: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None


def _start_of(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def audit_rows_visible_to(user: Any, filters: AuditFilters) -> QuerySet[AuditLog]:
    """Audit rows the user may read that match `filters`, newest first (none if not allowed)."""
    if not can_view_audit_log(user):
        return AuditLog.objects.none()
    qs = AuditLog.objects.select_related("actor", "office").order_by("-created_at", "-id")
    if filters.event:
        # A trailing dot or a prefix picks a whole family (accounts. → every accounts event).
        qs = qs.filter(event__startswith=filters.event)
    if filters.actor:
        qs = qs.filter(actor__username__iexact=filters.actor)
    if filters.office:
        qs = qs.filter(office__code__iexact=filters.office)
    if filters.subject_id:
        qs = qs.filter(subject_id=filters.subject_id)
    if filters.date_from:
        qs = qs.filter(created_at__gte=_start_of(filters.date_from))
    if filters.date_to:
        qs = qs.filter(created_at__lt=_start_of(filters.date_to + dt.timedelta(days=1)))
    return qs


def event_codes() -> list[str]:
    """The distinct event codes recorded so far, for the filter's suggestions."""
    return list(AuditLog.objects.order_by("event").values_list("event", flat=True).distinct())
