from __future__ import annotations

from typing import Any

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from goyong.accounts import actions
from goyong.accounts.models import Membership
from goyong.accounts.policies import can_view_office_staff, users_visible_to
from goyong.reference.models import Office


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        actions.record_login(form.get_user())
        return response


class LogoutView(auth_views.LogoutView):
    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.user.is_authenticated:
            actions.record_logout(request.user)  # type: ignore[arg-type]
        return super().post(request, *args, **kwargs)


@login_required
def office_staff(request: HttpRequest, code: str) -> HttpResponse:
    """The staff of one office (all versions of its code): HQ and the office's own staff."""
    office = Office.objects.filter(code=code).order_by("-valid_from").first()
    if office is None or not can_view_office_staff(request.user, code):
        raise Http404
    members = (
        Membership.objects.filter(office__code=code)
        .select_related("user", "centre")
        .order_by("user__role", "user__username")
    )
    return render(request, "accounts/office_staff.html", {"office": office, "members": members})


@login_required
def user_detail(request: HttpRequest, uuid: str) -> HttpResponse:
    """One account's record; out of scope answers 404 like a missing one. Each view is audited."""
    subject = get_object_or_404(users_visible_to(request.user), uuid=uuid)
    actions.record_user_viewed(subject, acting_user=request.user)  # type: ignore[arg-type]
    memberships = subject.memberships.select_related("office", "centre")
    return render(request, "accounts/user_detail.html",
                  {"subject": subject, "memberships": memberships})
