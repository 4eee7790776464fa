"""Registry pages. Thin: reads from `queries`, writes through `actions`; every record view
and every export is audited; anything out of scope answers 404 like a missing record."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from goyong.jobseekers import actions, policies, queries
from goyong.jobseekers.choices import RETENTION_MONTHS, Sex
from goyong.jobseekers.errors import SeekerError, SeekerInvalidError
from goyong.jobseekers.forms import (
    CareerForm,
    PlacementForm,
    RetentionForm,
    SeekerForm,
    add_errors,
)
from goyong.jobseekers.models import JobSeeker
from goyong.jobseekers.targeting import groups_of
from goyong.jobseekers.validation import KECO_SCHEME
from goyong.labourstats.exports import workbook, xlsx_response
from goyong.reference import queries as ref

PAGE_SIZE = 25


def _require(allowed: bool) -> None:
    if not allowed:
        raise Http404


def _filters(request: HttpRequest) -> queries.SeekerFilters:
    get = request.GET
    return queries.SeekerFilters(
        q=(get.get("q") or "").strip()[:60],
        group=get.get("group", "") if get.get("group") in queries.FILTERABLE_GROUPS else "",
        centre=(get.get("centre") or "").strip()[:16],
        sex=get.get("sex", "") if get.get("sex") in Sex.values else "",
    )


@login_required
@require_http_methods(["GET"])
def seeker_list(request: HttpRequest) -> HttpResponse:
    _require(policies.can_view_seekers(request.user))
    day = ref.today()
    filters = _filters(request)
    qs = queries.seekers_for_list(request.user, filters, day)
    if request.GET.get("format") == "xlsx":
        return _export(request, list(qs[:5000]), filters, day)
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    due = queries.retention_due(request.user, day)
    return render(request, "jobseekers/list.html", {
        "due": list(due[:10]), "due_count": due.count(),
        "page": page, "rows": queries.rows_of(page.object_list, day), "filters": filters,
        "query": urlencode(filters.as_dict()),
        "groups": [(g.value, g.label) for g in queries.FILTERABLE_GROUPS],
        "centres": queries.centres_in_scope(request.user), "sexes": Sex.choices,
        "can_register": policies.can_register_seekers(request.user),
    })


def _export(request: HttpRequest, seekers: list[JobSeeker], filters: queries.SeekerFilters,
            day: Any) -> HttpResponse:
    actions.record_seekers_exported(seekers, acting_user=request.user,
                                    filters=filters.as_dict())
    header = [_("이름"), _("생년월일"), _("만 나이"), _("성별"), _("고용센터"), _("거주 시군구"),
              _("최종 학력"), _("희망 근무 형태"), _("등록일"), _("대상 집단")]
    rows = [[r.seeker.name, r.seeker.birth_date.isoformat(), r.age, r.seeker.get_sex_display(),
             r.seeker.centre.name, r.seeker.residence_name, r.seeker.get_education_display(),
             r.seeker.get_desired_hours_display(), r.seeker.registered_on.isoformat(),
             "; ".join(str(g) for g in r.groups)]
            for r in queries.rows_of(seekers, day)]
    notes = [_("개인정보입니다. 업무 목적으로만 쓰고 외부에 보내지 마세요. 이 내려받기는 감사 "
               "기록에 남습니다.")]
    return xlsx_response(f"goyong-seekers-{day.isoformat()}.xlsx",
                         workbook(_("구직자 목록"), header, rows, notes))


def _registrable_centres(user: Any) -> list[Any]:
    day = ref.today()
    return [c for office in ref.offices_on(day) for c in ref.centres_of(office, day)
            if policies.can_register_at(user, c)] if policies.can_register_seekers(user) else []


@login_required
@require_http_methods(["GET", "POST"])
def seeker_register(request: HttpRequest) -> HttpResponse:
    _require(policies.can_register_seekers(request.user))
    centres = _registrable_centres(request.user)
    form = SeekerForm(request.POST or None, centres=centres)
    if request.method == "POST" and centres and form.is_valid():
        centre = next(c for c in centres if c.code == form.cleaned_data["centre"])
        try:
            seeker = actions.register_seeker(form.values(), centre=centre,
                                             acting_user=request.user)
        except SeekerInvalidError as error:
            add_errors(form, error.errors)
        else:
            messages.success(request, _("구직자를 등록했습니다."))
            return redirect("jobseekers:detail", seeker.uuid)
    return render(request, "jobseekers/form.html", {
        "form": form, "title": _("구직자 등록"), "has_centres": bool(centres),
        "cancel": "jobseekers:list"})


@login_required
@require_http_methods(["GET"])
def seeker_detail(request: HttpRequest, seeker: str) -> HttpResponse:
    record = queries.seeker_for(request.user, seeker)
    actions.record_seeker_viewed(record, acting_user=request.user, channel="page")
    day = ref.today()
    career = list(record.career.all())
    return render(request, "jobseekers/detail.html", {
        "seeker": record, "age": record.age_on(day), "groups": groups_of(record, day),
        "career": career, "placements": queries.placements_of(record),
        "occupations": _occupation_names(record.desired_occupations),
        "can_edit": policies.can_edit_seeker(request.user, record), "today": day,
        "package_case": record.package_cases.filter(closed_on__isnull=True)
        .order_by("-pk").first(),
    })


def _occupation_names(codes: list[str]) -> list[str]:
    from goyong.reference.models import ClassificationItem

    names = dict(ClassificationItem.objects.filter(scheme=KECO_SCHEME, code__in=codes)
                 .values_list("code", "name"))
    return [f"{c} {names.get(c, '')}".strip() for c in codes]


def _editable(request: HttpRequest, seeker: str) -> JobSeeker:
    record = queries.seeker_for(request.user, seeker)
    _require(policies.can_edit_seeker(request.user, record))
    return record


INITIAL_FIELDS = ("name", "birth_date", "sex", "phone", "email", "address", "education",
                  "study_status", "desired_occupations", "desired_wage", "desired_hours",
                  "max_commute_km", "willing_to_relocate", "licences", "skills",
                  "household_size", "household_income", "basic_livelihood",
                  "vulnerable_categories", "unemployed_since", "unemployment_benefit_ended")


@login_required
@require_http_methods(["GET", "POST"])
def seeker_edit(request: HttpRequest, seeker: str) -> HttpResponse:
    record = _editable(request, seeker)
    initial = {k: getattr(record, k) for k in INITIAL_FIELDS}
    initial["residence"] = record.residence_code
    form = SeekerForm(request.POST or None, initial=initial)
    form.fields["rrn"].help_text = (
        _("등록되어 있습니다(화면에 보이지 않음). 바꿀 때만 새 번호를 입력하세요.") if record.rrn
        else form.fields["rrn"].help_text)
    if request.method == "POST" and form.is_valid():
        changes = form.values()
        if not (changes.get("rrn") or "").strip():
            changes.pop("rrn", None)
        try:
            actions.update_seeker(record, changes, acting_user=request.user)
        except SeekerInvalidError as error:
            add_errors(form, error.errors)
        else:
            messages.success(request, _("구직자 정보를 고쳤습니다."))
            return redirect("jobseekers:detail", record.uuid)
    return render(request, "jobseekers/form.html", {
        "form": form, "title": _("구직자 정보 고치기"), "seeker": record, "has_centres": True})


@login_required
@require_http_methods(["GET", "POST"])
def career_add(request: HttpRequest, seeker: str) -> HttpResponse:
    record = _editable(request, seeker)
    form = CareerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.add_career_entry(record, form.cleaned_data, acting_user=request.user)
        except SeekerInvalidError as error:
            add_errors(form, error.errors)
        else:
            messages.success(request, _("경력을 추가했습니다."))
            return redirect("jobseekers:detail", record.uuid)
    return render(request, "jobseekers/small_form.html", {
        "form": form, "title": _("경력 추가"), "seeker": record})


@login_required
@require_http_methods(["GET", "POST"])
def placement_new(request: HttpRequest, seeker: str) -> HttpResponse:
    record = _editable(request, seeker)
    form = PlacementForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.record_placement(record, form.cleaned_data, acting_user=request.user)
        except SeekerInvalidError as error:
            add_errors(form, error.errors)
        else:
            messages.success(request, _("취업을 기록했습니다. 1·3·6개월 고용유지 확인 일정이 "
                                        "만들어졌습니다."))
            return redirect("jobseekers:detail", record.uuid)
    return render(request, "jobseekers/small_form.html", {
        "form": form, "title": _("취업 기록"), "seeker": record})


@login_required
@require_http_methods(["GET", "POST"])
def retention_check(request: HttpRequest, seeker: str, placement: str,
                    month: int) -> HttpResponse:
    record = _editable(request, seeker)
    if month not in RETENTION_MONTHS:
        raise Http404
    check = record.placements.filter(uuid=placement).first()
    check_row = check.checks.filter(month=month).first() if check else None
    if check_row is None:
        raise Http404
    form = RetentionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.record_retention_check(
                check_row, employed=form.cleaned_data["employed"],
                source=form.cleaned_data["source"], note=form.cleaned_data["note"],
                acting_user=request.user)
        except SeekerInvalidError as error:
            add_errors(form, error.errors)
        except SeekerError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("고용유지 확인을 기록했습니다."))
            return redirect("jobseekers:detail", record.uuid)
    return render(request, "jobseekers/small_form.html", {
        "form": form, "seeker": record, "check": check_row,
        "title": _("%(month)s개월 고용유지 확인") % {"month": month}})
