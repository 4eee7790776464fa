"""The only writer of AuditLog rows."""

from __future__ import annotations

from typing import Any

from django.db import models, transaction

from goyong.audit.context import client_ip
from goyong.audit.models import AuditLog


class AuditOutsideTransactionError(RuntimeError):
    """An audit row must commit or roll back with the change it describes."""


def record(
    event: str,
    *,
    actor: Any = None,
    office: Any = None,
    subject: models.Model | None = None,
    data: dict[str, Any] | None = None,
) -> AuditLog:
    """Write one audit row; must run inside the caller's transaction.atomic block."""
    if not transaction.get_connection().in_atomic_block:
        raise AuditOutsideTransactionError(event)
    if actor is not None and not getattr(actor, "is_authenticated", False):
        actor = None
    return AuditLog.objects.create(
        event=event,
        actor=actor,
        office=office,
        subject_type=subject._meta.label_lower if subject is not None else "",
        subject_id=str(getattr(subject, "uuid", None) or subject.pk) if subject is not None else "",
        data=data or {},
        ip=client_ip.get(),
    )


def record_log_exported(filters: dict[str, Any], *, acting_user: Any) -> AuditLog:
    """Audit an export of the audit log itself: who took which rows out, and when."""
    from goyong.accounts.policies import can_view_audit_log

    if not can_view_audit_log(acting_user):
        raise PermissionError("audit.log.export")
    with transaction.atomic():
        return record("audit.log.exported", actor=acting_user, data={"filters": filters})
