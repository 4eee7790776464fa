from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from goyong.accounts.policies import can_view_audit_log
from goyong.audit.models import AuditLog


def log(request: HttpRequest) -> HttpResponse:
    if not can_view_audit_log(request.user):
        raise Http404
    return render(request, "audit/log.html", {"rows": AuditLog.objects.all()[:100]})
