"""Task-force pages: the office cockpit, the national cockpit, the good-practice library and
the report history. Thin: reads from `queries`, writes through `actions`; out of scope is
404 like a missing page."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from goyong.accounts.models import User
from goyong.accounts.policies import is_hq, is_office_staff, office_codes_of
from goyong.labourstats.errors import PeriodError
from goyong.labourstats.periods import Period
from goyong.reference import queries as reference
from goyong.taskforce import (
    actions,
    indicators,
    ledger,
    planning,
    policies,
    queries,
    reports,
    targets,
)
from goyong.taskforce.choices import MeetingKind, ReportFormat
from goyong.taskforce.errors import NotPermittedError, TaskForceError


def _period_and_day(request: HttpRequest) -> tuple[Period, dt.date, str]:
    """`period` (default: this year) and `as_of` (default: today) from the query string."""
    today = reference.today()
    error = ""
    try:
        as_of = dt.date.fromisoformat(request.GET.get("as_of", "")) if request.GET.get(
            "as_of") else today
    except ValueError:
        as_of, error = today, _("기준일은 2026-04-15처럼 쓰세요. 오늘을 기준으로 보여 드립니다.")
    raw = (request.GET.get("period") or "").strip()
    try:
        period = Period.parse(raw) if raw else queries.default_period(as_of)
    except PeriodError as exc:
        period, error = queries.default_period(as_of), str(exc)
    return period, as_of, error


def _xlsx(cockpit: queries.Cockpit, name: str) -> HttpResponse:
    data, content_type = reports.render(cockpit, "xlsx")
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _targetable() -> list[tuple[str, str]]:
    found = [(code, str(label)) for code, (label, _g, _u) in planning.RATE_INDICATORS.items()]
    found += [(i.code, str(i.label)) for i in indicators.registered() if i.targetable]
    return found


@login_required
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    """The menu entry: HQ to the national cockpit, office staff to their office's."""
    if is_hq(request.user):
        return redirect("taskforce:national")
    codes = sorted(office_codes_of(request.user)) if is_office_staff(request.user) else []
    if not codes:
        raise Http404
    return redirect("taskforce:office", code=codes[0])


@login_required
@require_GET
def office(request: HttpRequest, code: str) -> HttpResponse:
    if not policies.can_view_office(request.user, code):
        raise Http404
    if not reference.offices_on(reference.today()).filter(code=code).exists():
        raise Http404
    period, as_of, error = _period_and_day(request)
    cockpit = queries.office_cockpit(code, period, as_of)
    if request.GET.get("format") == "xlsx":
        return _xlsx(cockpit, f"goyong-taskforce-{code}-{period}.xlsx")
    user = request.user
    return render(request, "taskforce/office.html", {
        "c": cockpit, "period_error": error, "as_of": as_of.isoformat(),
        "can_propose": policies.can_propose_target(user, code),
        "can_set": policies.can_set_targets(user),
        "can_run": policies.can_run_taskforce(user, code),
        "targetable": _targetable(), "meeting_kinds": MeetingKind.choices,
        "members": User.objects.filter(memberships__office__code=code,
                                       role__in=policies.TASKFORCE_ROLES).order_by("username")
        if policies.can_run_taskforce(user, code) else [],
        "caveats": ledger.caveats(),
    })


@login_required
@require_GET
def national(request: HttpRequest) -> HttpResponse:
    if not policies.can_view_national(request.user):
        raise Http404
    period, as_of, error = _period_and_day(request)
    cockpit = queries.national_cockpit(period, as_of)
    if request.GET.get("format") == "xlsx":
        return _xlsx(cockpit, f"goyong-taskforce-national-{period}.xlsx")
    return render(request, "taskforce/national.html", {
        "c": cockpit, "period_error": error, "as_of": as_of.isoformat(),
        "gap_periods": sorted({str(p) for p in _gap_periods()}, reverse=True),
    })


def _gap_periods() -> list[str]:
    from goyong.labourstats.choices import Group, Measure
    from goyong.labourstats.models import Estimate

    return list(Estimate.objects.filter(group=Group.AGE_15_64, measure=Measure.POPULATION)
                .values_list("period", flat=True).distinct())


def _back(request: HttpRequest, fallback: str) -> HttpResponse:
    wanted = str(request.POST.get("next", ""))
    return redirect(wanted if wanted.startswith("/taskforce/") else fallback)


@login_required
@require_POST
def target_propose(request: HttpRequest, code: str) -> HttpResponse:
    if not policies.can_view_office(request.user, code):
        raise Http404
    post = request.POST
    try:
        if policies.can_set_targets(request.user):
            actions.set_target(office_code=code, period=post.get("period", ""),
                               indicator=post.get("indicator", ""), value=post.get("value", ""),
                               reason=post.get("reason", ""), acting_user=request.user)
            messages.success(request, _("목표를 정했습니다."))
        else:
            actions.propose_target(office_code=code, period=post.get("period", ""),
                                   indicator=post.get("indicator", ""),
                                   value=post.get("value", ""), reason=post.get("reason", ""),
                                   acting_user=request.user)
            messages.success(request, _("목표 변경을 제안했습니다. 본부가 승인하면 반영됩니다."))
    except (TaskForceError, PeriodError, NotPermittedError) as error:
        messages.error(request, str(error))
    return _back(request, reverse("taskforce:office", args=[code]))


@login_required
@require_POST
def target_decide(request: HttpRequest, pk: int) -> HttpResponse:
    if not policies.can_set_targets(request.user):
        raise Http404
    target = policies.targets_visible_to(request.user).filter(pk=pk).first()
    if target is None:
        raise Http404
    try:
        actions.decide_target(target, approve=request.POST.get("decision") == "approve",
                              acting_user=request.user)
        messages.success(request, _("제안을 처리했습니다."))
    except TaskForceError as error:
        messages.error(request, str(error))
    return _back(request, reverse("taskforce:national"))


@login_required
@require_POST
def derive(request: HttpRequest) -> HttpResponse:
    if not policies.can_set_targets(request.user):
        raise Http404
    try:
        result = targets.apply_derived_targets(request.POST.get("gap_period", ""),
                                               request.POST.get("period", ""),
                                               acting_user=request.user)
        messages.success(request, _("격차에서 산출한 목표를 관서 %(count)s곳에 정했습니다.") % {
            "count": len(result.placements)})
    except (TaskForceError, PeriodError) as error:
        messages.error(request, str(error))
    return _back(request, reverse("taskforce:national"))


@login_required
@require_POST
def meeting_create(request: HttpRequest, code: str) -> HttpResponse:
    if not policies.can_view_office(request.user, code):
        raise Http404
    post = request.POST
    try:
        taskforce, _created = actions.ensure_taskforce(code, acting_user=None) if (
            policies.can_run_taskforce(request.user, code)) else (None, False)
        if taskforce is None:
            raise NotPermittedError
        held_on = dt.date.fromisoformat(post.get("held_on", ""))
        attendees = User.objects.filter(memberships__office__code=code,
                                        pk__in=[p for p in post.getlist("attendees")
                                                if p.isdigit()])
        actions.record_meeting(taskforce, kind=post.get("kind", ""), held_on=held_on,
                               title=post.get("title", ""), agenda=post.get("agenda", ""),
                               minutes=post.get("minutes", ""), guests=post.get("guests", ""),
                               attendees=attendees, acting_user=request.user)
        messages.success(request, _("회의를 기록했습니다."))
    except ValueError as error:
        messages.error(request, str(error) if isinstance(error, TaskForceError) else _(
            "회의일은 2026-03-05처럼 쓰세요."))
    except NotPermittedError as error:
        messages.error(request, str(error))
    return redirect(reverse("taskforce:office", args=[code]) + "#meetings")


def _staff_or_404(user: Any) -> None:
    if not (is_hq(user) or is_office_staff(user)):
        raise Http404


@login_required
@require_http_methods(["GET", "POST"])
def practices(request: HttpRequest) -> HttpResponse:
    _staff_or_404(request.user)
    if request.method == "POST":
        codes = sorted(office_codes_of(request.user))
        code = request.POST.get("office") or (codes[0] if codes else "")
        try:
            actions.publish_good_practice(office_code=code, title=request.POST.get("title", ""),
                                          body=request.POST.get("body", ""),
                                          tags=request.POST.get("tags", ""),
                                          acting_user=request.user)
            messages.success(request, _("우수사례를 올렸습니다."))
        except (TaskForceError, NotPermittedError) as error:
            messages.error(request, str(error))
        return redirect("taskforce:practices")
    visible = policies.good_practices_visible_to(request.user)
    tag, region, text = (request.GET.get(k, "").strip()[:40] for k in ("tag", "region", "q"))
    found = queries.practices(visible, tag, region, text)
    names = queries.office_names()
    sido = reference.regions_on(reference.today(), "sido")
    return render(request, "taskforce/practices.html", {
        "practices": [(p, names.get(p.office_code, p.office_code)) for p in found[:100]],
        "tags": queries.all_tags(visible), "regions": [(r.kostat_code, r.name) for r in sido],
        "tag": tag, "region": region, "q": text,
        "can_publish": any(policies.can_run_taskforce(request.user, c)
                           for c in office_codes_of(request.user)),
    })


@login_required
@require_GET
def report_list(request: HttpRequest) -> HttpResponse:
    _staff_or_404(request.user)
    names = queries.office_names()
    rows = policies.reports_visible_to(request.user).defer("content").select_related(
        "requested_by")[:100]
    codes = sorted(office_codes_of(request.user))
    return render(request, "taskforce/reports.html", {
        "reports": [(r, names.get(r.office_code, _("전국"))) for r in rows],
        "formats": ReportFormat.choices, "offices": [(c, names.get(c, c)) for c in codes],
        "can_national": policies.can_view_national(request.user),
        "period": str(queries.default_period(reference.today())),
    })


@login_required
@require_POST
def report_request(request: HttpRequest) -> HttpResponse:
    _staff_or_404(request.user)
    scope = "national" if request.POST.get("scope") == "national" else "office"
    try:
        report = actions.request_report(
            scope=scope, office_code=request.POST.get("office", ""),
            period=request.POST.get("period", ""), fmt=request.POST.get("format", ""),
            acting_user=request.user)
    except (TaskForceError, PeriodError, NotPermittedError) as error:
        messages.error(request, str(error))
        return redirect("taskforce:reports")
    return redirect("core:job", report.job_uuid)


@login_required
@require_GET
def report_download(request: HttpRequest, uuid: str) -> HttpResponse:
    report = policies.reports_visible_to(request.user).filter(uuid=uuid, status="done").first()
    if report is None or not report.content:
        raise Http404
    actions.record_download(report, acting_user=request.user)
    response = HttpResponse(bytes(report.content), content_type=(
        reports.PDF if report.format == "pdf" else reports.XLSX))
    response["Content-Disposition"] = f'attachment; filename="{report.file_name}"'
    return response

