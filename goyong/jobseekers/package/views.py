"""Package pages: the caseload "내 사례", enrolment with the eligibility check, a case with its
stage actions and allowance statement, and the funnel report (Excel with `?format=xlsx`).
Thin: reads from `queries`, writes through `actions`; out of scope answers 404."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from goyong.jobseekers.package import actions, eligibility, machine, queries
from goyong.jobseekers.package import rules as rule_sets
from goyong.jobseekers.package.choices import (
    ACTIVITY_STAGE,
    COMPLETION_REASONS,
    DROP_REASONS,
    ActivityKind,
    CloseReason,
    PackageType,
    Stage,
)
from goyong.jobseekers.package.errors import CaseInputError, PackageError
from goyong.jobseekers.package.policies import (
    can_manage_case,
    can_view_cases,
    can_view_funnel,
)
from goyong.jobseekers.policies import can_edit_seeker, seekers_visible_to
from goyong.labourstats.exports import workbook, xlsx_response
from goyong.reference import queries as reference
from goyong.reference.models import Office


def _today() -> dt.date:
    return reference.today()


def _day(raw: str | None, default: dt.date) -> dt.date:
    try:
        return dt.date.fromisoformat(raw) if raw else default
    except ValueError:
        return default


def _require(allowed: bool) -> None:
    if not allowed:
        raise Http404


@login_required
@require_GET
def caseload(request: HttpRequest) -> HttpResponse:
    _require(can_view_cases(request.user))
    today = _today()
    load = queries.caseload(request.user, today)
    return render(request, "jobseekers/package/caseload.html", {
        "today": today, "load": load, "overdue": load.overdue,
    })


def _case(request: HttpRequest, case_uuid: Any) -> Any:
    return get_object_or_404(queries.case_detail_queryset(request.user), uuid=case_uuid)


@login_required
@require_GET
def case_detail(request: HttpRequest, case: Any) -> HttpResponse:
    obj = _case(request, case)
    actions.record_case_viewed(obj, acting_user=request.user)
    today = _today()
    statement = queries.statement_of(obj, today)
    stage_kinds = [(k, ActivityKind(k).label) for k, stage in ACTIVITY_STAGE.items()
                   if stage == obj.stage]
    return render(request, "jobseekers/package/case.html", {
        "case": obj, "today": today, "statement": statement,
        "deadline": machine.deadline(obj), "days_overdue": machine.days_overdue(obj, today),
        "next_action": machine.next_action(obj), "options": machine.options(obj, today),
        "can_manage": can_manage_case(request.user, obj), "activity_kinds": stage_kinds,
        "completion_reasons": [(r, CloseReason(r).label) for r in COMPLETION_REASONS],
        "drop_reasons": [(r, CloseReason(r).label) for r in DROP_REASONS],
        "rules": rule_sets.load(obj.rules), "is_stage2": obj.stage == Stage.STAGE2,
        "ledger": list(obj.payments.all()),
    })


def _post_action(request: HttpRequest, case_uuid: Any, run: Any, done: str) -> HttpResponse:
    obj = _case(request, case_uuid)
    _require(can_manage_case(request.user, obj))
    try:
        run(obj)
    except PackageError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, done)
    return redirect("jobseekers:package-case", case=obj.uuid)


@login_required
@require_POST
def case_advance(request: HttpRequest, case: Any) -> HttpResponse:
    target = request.POST.get("target", "")
    on = _day(request.POST.get("on"), _today())
    return _post_action(request, case, lambda c: actions.advance(
        c, target, on=on, acting_user=request.user, reason=request.POST.get("reason", ""),
        note=request.POST.get("note", "")), _("단계를 바꾸었습니다."))


@login_required
@require_POST
def case_activity(request: HttpRequest, case: Any) -> HttpResponse:
    def run(obj: Any) -> None:
        amount = request.POST.get("card_amount") or None
        percent = request.POST.get("copay_percent") or None
        try:
            card = int(amount) if amount else None
            copay = int(percent) if percent else None
        except ValueError:
            raise CaseInputError(_("금액과 비율은 숫자로 입력하세요.")) from None
        actions.record_activity(obj, request.POST.get("kind", ""),
                                on=_day(request.POST.get("on"), _today()),
                                acting_user=request.user, note=request.POST.get("note", ""),
                                card_amount=card, copay_percent=copay)
    return _post_action(request, case, run, _("활동을 기록했습니다."))


@login_required
@require_POST
def case_attendance(request: HttpRequest, case: Any) -> HttpResponse:
    def run(obj: Any) -> None:
        actions.record_attendance(obj, request.POST.get("month", ""),
                                  request.POST.get("days", ""),  # type: ignore[arg-type]
                                  acting_user=request.user)
    return _post_action(request, case, run, _("훈련 출석을 기록했습니다."))


@login_required
@require_POST
def case_claim(request: HttpRequest, case: Any) -> HttpResponse:
    return _post_action(request, case, lambda c: actions.claim_allowances(
        c, on=_today(), acting_user=request.user), _("지급 기한이 된 수당을 신청했습니다."))


@login_required
@require_http_methods(["GET", "POST"])
def enrol(request: HttpRequest, seeker: Any) -> HttpResponse:
    obj = get_object_or_404(seekers_visible_to(request.user), uuid=seeker)
    _require(can_edit_seeker(request.user, obj))
    intake = _day(request.POST.get("intake_on") or request.GET.get("intake_on"), _today())
    try:
        rule_set = rule_sets.rule_set_for(intake)
    except PackageError as error:
        messages.error(request, error.message)
        rule_set = rule_sets.load(rule_sets.available()[-1])
    result = eligibility.check(eligibility.facts_of_seeker(obj, intake), rule_set)
    if request.method == "POST":
        try:
            case = actions.enrol(obj, type=request.POST.get("type", ""), intake_on=intake,
                                 acting_user=request.user)
        except PackageError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("취업성공패키지 참여를 등록했습니다."))
            return redirect("jobseekers:package-case", case=case.uuid)
    return render(request, "jobseekers/package/enrol.html", {
        "seeker": obj, "intake": intake, "rules": rule_set, "result": result,
        "decisions": [(PackageType(code).label, result.decisions[code]) for code in ("I", "II")],
        "types": PackageType.choices, "open_cases": obj.package_cases.filter(  # type: ignore[attr-defined]
            stage__in=[Stage.STAGE1, Stage.STAGE2, Stage.STAGE3]),
    })


STEP_LABELS = {"registered": gettext_lazy("등록"), "stage1": gettext_lazy("1단계"),
               "stage2": gettext_lazy("2단계"), "stage3": gettext_lazy("3단계"),
               "employed": gettext_lazy("취업"), "retained6": gettext_lazy("6개월 유지")}


def _group_label(code: str) -> str:
    if code == queries.ALL_GROUPS:
        return _("전체")
    from goyong.jobseekers.choices import TargetGroup

    return str(TargetGroup(code).label)


@login_required
@require_GET
def funnel(request: HttpRequest) -> HttpResponse:
    _require(can_view_funnel(request.user))
    rows = queries.funnel(request.user)
    names = dict(Office.objects.filter(code__in={r.office_code for r in rows})
                 .order_by("valid_from").values_list("code", "name"))
    steps = [(s, str(STEP_LABELS[s])) for s in queries.STEPS]
    table = [{
        "office": names.get(r.office_code, r.office_code), "office_code": r.office_code,
        "group": _group_label(r.group), "is_total": r.group == queries.ALL_GROUPS,
        "cells": [(r.counts[s], r.rate(s) if i else None) for i, s in enumerate(queries.STEPS)],
        "medians": [r.median_days(s) for s in ("stage1", "stage2", "stage3")],
    } for r in rows]
    if request.GET.get("format") == "xlsx":
        header = [_("관서 코드"), _("관서"), _("대상 집단"),
                  *[str(label) for _s, label in steps],
                  *[_("%(step)s 전환율 (%%)") % {"step": label} for _s, label in steps[1:]],
                  _("1단계 체류일 중앙값"), _("2단계 체류일 중앙값"), _("3단계 체류일 중앙값")]
        data = workbook(_("취업성공패키지 단계별 현황"), header, [
            [row["office_code"], row["office"], row["group"],
             *[count for count, _rate in row["cells"]],
             *[rate for _count, rate in row["cells"][1:]], *row["medians"]]
            for row in table], [_("전환율은 바로 앞 단계 인원 대비 비율입니다. 한 사람이 여러 "
                                 "대상 집단에 속하면 각 집단에 한 번씩 셉니다.")])
        return xlsx_response("goyong-package-funnel.xlsx", data)
    return render(request, "jobseekers/package/funnel.html", {"steps": steps, "table": table})
