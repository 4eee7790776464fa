"""Pages of the shell itself: the home page, which differs by role."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from goyong.accounts.choices import OFFICE_ROLES, Role
from goyong.accounts.policies import can_view_audit_log
from goyong.reference import overview
from goyong.reference.queries import today


def home(request: HttpRequest) -> HttpResponse:
    user = request.user
    day = today()
    context: dict[str, Any] = {"day": day}
    if not user.is_authenticated:
        context["variant"] = "public"
    elif user.role == Role.HQ:
        context.update(variant="hq", national=overview.national_summary(day),
                       can_view_audit=can_view_audit_log(user))
    elif user.role in OFFICE_ROLES:
        context.update(variant="office", offices=overview.office_summaries_for(user, day))
    else:
        context.update(variant="other", role=user.role)
    return render(request, "core/home.html", context)
