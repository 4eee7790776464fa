"""Pages of the companies part under /employers/: thin, they call queries and actions.

Lists are for staff (HQ and office roles); a company's page for whoever may see the
company (policies.companies_visible_to); anything else answers 404 like a missing page."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from goyong.accounts.policies import is_hq, office_codes_of
from goyong.employers import actions, queries, screening
from goyong.employers.choices import SizeClass, VisitOutcome
from goyong.employers.engine.screening import SECTIONS
from goyong.employers.errors import EmployersError
from goyong.employers.models import Company, PotentialRun, ScreeningResult, ScreeningRun
from goyong.employers.policies import (
    can_record_visit,
    can_run_screening,
    companies_visible_to,
    is_staff,
    visits_visible_to,
)
from goyong.labourstats.exports import workbook, xlsx_response
from goyong.reference import queries as reference
from goyong.reference.choices import RegionLevel

PAGE_SIZE = 50


def _staff_only(request: HttpRequest) -> None:
    if not is_staff(request.user):
        raise Http404


def _company(request: HttpRequest, uuid: Any) -> Company:
    company = companies_visible_to(request.user).filter(uuid=uuid).first()
    if company is None:
        raise Http404
    return company


def _sido_choices() -> list[tuple[str, str]]:
    return [(r.kostat_code, r.name) for r in reference.regions_on(reference.today(),
                                                                  RegionLevel.SIDO)]


def _section_choices() -> list[tuple[str, str]]:
    from goyong.reference.models import ClassificationItem

    names = dict(ClassificationItem.objects.filter(scheme="ksic10", level=1)
                 .values_list("code", "name"))
    return [(s, f"{s} {names.get(s, '')}".strip()) for s in SECTIONS]


@login_required
def company_list(request: HttpRequest) -> HttpResponse:
    _staff_only(request)
    params = {k: request.GET.get(k, "") for k in ("q", "sido", "section", "size", "gangso")}
    qs = queries.filter_companies(companies_visible_to(request.user), params)
    if request.GET.get("format") == "xlsx":
        rows = queries.annotate_list(list(qs[:20000]))
        data = workbook(_("기업 목록"), [
            _("사업자등록번호"), _("기업명"), _("산업분류(10차)"), _("기업 규모"), _("시군구 코드"),
            _("관할 관서 코드"), _("피보험자 수"), _("강소기업 적격"), _("청년친화 적격"),
            _("채용 가능성 점수")],
            [[c.brn_display, c.name, c.ksic10_code, c.get_size_class_display(),
              c.sigungu_code, c.office_code, c.headcount,  # type: ignore[attr-defined]
              _yes_no(c.screening.passed) if c.screening else "",  # type: ignore[attr-defined]
              _yes_no(c.screening.youth_friendly) if c.screening  # type: ignore[attr-defined]
              else "",
              c.potential.score if c.potential else ""]  # type: ignore[attr-defined]
             for c in rows])
        return xlsx_response("goyong-companies.xlsx", data)
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    queries.annotate_list(list(page.object_list))
    query = "&".join(f"{k}={v}" for k, v in params.items() if v)
    return render(request, "employers/companies.html", {
        "page": page, "companies": page.object_list, "params": params, "query": query,
        "sidos": _sido_choices(), "sections": _section_choices(), "sizes": SizeClass.choices,
        "run": queries.latest_run()})


def _yes_no(value: bool) -> str:
    return _("예") if value else _("아니오")


@login_required
def company_detail(request: HttpRequest, uuid: Any) -> HttpResponse:
    company = _company(request, uuid)
    staff = is_staff(request.user)
    result = queries.gangso_status(company) if staff else None
    criteria = [screening.describe(c) for c in result.criteria] if result else []
    potential = queries.latest_potential(company)
    visits = list(visits_visible_to(request.user).filter(company=company)
                  .select_related("visited_by")[:20]) if staff else []
    return render(request, "employers/company.html", {
        "company": company, "result": result, "criteria": criteria,
        "reasons": screening.reasons(result.criteria) if result else [],
        "potential": potential, "series": queries.headcount_series(company),
        "visits": visits, "staff": staff,
        "arrears": company.arrears.all()[:10] if staff else [],
        "accidents": company.accidents.all()[:10] if staff else [],
        "certifications": company.certifications.all(),
        "can_visit": staff and (is_hq(request.user) or company.office_code in
                                office_codes_of(request.user))})


@login_required
@require_POST
def company_opt_out(request: HttpRequest, uuid: Any) -> HttpResponse:
    company = _company(request, uuid)
    opt_out = request.POST.get("opt_out") == "1"
    try:
        actions.set_visit_opt_out(company, opt_out, acting_user=request.user)
    except PermissionError as error:
        raise Http404 from error
    messages.success(request, _("방문 제외 요청을 기록했습니다.") if opt_out
                     else _("방문 제외 요청을 철회했습니다."))
    return redirect("employers:company", uuid=company.uuid)


@login_required
def screening_report(request: HttpRequest) -> HttpResponse:
    _staff_only(request)
    runs = list(ScreeningRun.objects.order_by("-created_at", "-id")[:20])
    run = None
    if request.GET.get("run", "").isdigit():
        run = ScreeningRun.objects.filter(pk=int(request.GET["run"])).first()
    run = run or (runs[0] if runs else None)
    results = ScreeningResult.objects.none()
    failures: list[tuple[str, int]] = []
    if run is not None:
        results = (run.results.select_related("company")
                   .filter(company__in=companies_visible_to(request.user))
                   .order_by("-passed", "-youth_points", "company__name"))
        outcome = request.GET.get("outcome", "")
        if outcome == "passed":
            results = results.filter(passed=True)
        elif outcome == "youth":
            results = results.filter(youth_friendly=True)
        elif outcome == "failed":
            results = results.filter(passed=False)
        failures = [(str(screening.LABELS.get(code, code)), count)
                    for code, count in run.failures.items()]
        if request.GET.get("format") == "xlsx":
            first = results.first()
            codes = [c["code"] for c in (first.criteria if first is not None else [])]
            data = workbook(_("강소기업 심사"), [
                _("사업자등록번호"), _("기업명"), _("강소기업 적격"), _("청년친화 적격"),
                _("청년친화 충족 수"), *[str(screening.LABELS[c]) for c in codes]],
                [[r.company.brn_display, r.company.name, _yes_no(r.passed),
                  _yes_no(r.youth_friendly), r.youth_points,
                  *[_yes_no(c["passed"]) for c in r.criteria]] for r in results[:20000]])
            return xlsx_response(f"goyong-screening-{run.year}.xlsx", data)
    page = Paginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
    for r in page.object_list:
        r.reasons = screening.reasons(r.criteria)  # type: ignore[attr-defined]
    return render(request, "employers/screening.html", {
        "runs": runs, "run": run, "page": page, "failures": failures,
        "outcome": request.GET.get("outcome", ""),
        "query": f"run={run.pk}&outcome={request.GET.get('outcome', '')}" if run else "",
        "can_run": can_run_screening(request.user),
        "year": reference.today().year,
        "rule_years": sorted(int(y) for y in screening.all_rules())})


@login_required
@require_POST
def screening_start(request: HttpRequest) -> HttpResponse:
    if not can_run_screening(request.user):
        raise Http404
    text = request.POST.get("year", "").strip()
    if not (text.isdigit() and len(text) == 4):
        messages.error(request, _("선정 연도를 네 자리 숫자(예: 2015)로 넣으세요."))
        return redirect("employers:screening")
    try:
        job = actions.start_screening(int(text), acting_user=request.user)
    except EmployersError as error:
        messages.error(request, str(error))
        return redirect("employers:screening")
    return redirect("core:job", job.uuid)


@login_required
def youth_ranking(request: HttpRequest) -> HttpResponse:
    _staff_only(request)
    sido = request.GET.get("sido", "")
    qs = companies_visible_to(request.user)
    if sido:
        qs = qs.filter(sigungu_code__startswith=sido[:2])
    rows = queries.youth_ranking(qs)
    if request.GET.get("format") == "xlsx":
        data = workbook(_("청년 추천 기업"), [_("순위"), _("기업명"), _("종합 점수"), _("질 점수"),
                                         _("채용 가능성 점수"), _("이유")],
                        [[i, r.company.name, round(r.score, 1), r.quality, r.potential,
                          " / ".join(r.reasons)] for i, r in enumerate(rows, start=1)])
        return xlsx_response("goyong-youth-ranking.xlsx", data)
    return render(request, "employers/youth.html", {"rows": rows, "sido": sido,
                                                    "sidos": _sido_choices()})


@login_required
def potential_runs(request: HttpRequest) -> HttpResponse:
    _staff_only(request)
    latest: dict[str, PotentialRun] = {}
    for run in PotentialRun.objects.order_by("created_at", "id"):
        latest[run.region_code] = run
    names = dict(_sido_choices())
    rows = [(code, names.get(code, code), run) for code, run in sorted(latest.items())]
    return render(request, "employers/potential.html", {"rows": rows})


@login_required
def visit_list(request: HttpRequest) -> HttpResponse:
    _staff_only(request)
    qs = visits_visible_to(request.user).select_related("company", "visited_by")
    if request.GET.get("format") == "xlsx":
        data = workbook(_("발굴 방문"), [
            _("방문일"), _("기업명"), _("사업자등록번호"), _("관서 코드"), _("결과"), _("발굴 구인 수"),
            _("시간선택제 전환 수"), _("강소기업 후보")],
            [[v.visited_on.isoformat(), v.company.name, v.company.brn_display, v.office_code,
              v.get_outcome_display(), v.vacancies_found, v.part_time_conversions,
              _yes_no(v.gangso_candidate)] for v in qs[:20000]])
        return xlsx_response("goyong-visits.xlsx", data)
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    totals = {"vacancies": sum(v.vacancies_found for v in qs),
              "conversions": sum(v.part_time_conversions for v in qs),
              "candidates": sum(1 for v in qs if v.gangso_candidate)}
    return render(request, "employers/visits.html", {"page": page, "totals": totals})


def _int(value: str, name: str, errors: dict[str, str]) -> int:
    text = (value or "0").strip()
    if not text.isdigit() or int(text) > 1000:
        errors[name] = _("0 이상 1000 이하의 정수를 넣으세요.")
        return 0
    return int(text)


@login_required
@require_http_methods(["GET", "POST"])
def visit_new(request: HttpRequest) -> HttpResponse:
    _staff_only(request)
    offices = sorted(office_codes_of(request.user))
    if is_hq(request.user):
        offices = [o.code for o in reference.offices_on(reference.today())]
    if not offices:
        raise Http404
    data = request.POST if request.method == "POST" else request.GET
    company = None
    brn_text = (data.get("company") or "").replace("-", "").strip()
    if brn_text:
        company = companies_visible_to(request.user).filter(brn=brn_text).first()
    errors: dict[str, str] = {}
    form: dict[str, Any] = {"company": brn_text, "visited_on": data.get("visited_on") or
            reference.today().isoformat(), "outcome": data.get("outcome") or VisitOutcome.DONE,
            "vacancies_found": data.get("vacancies_found") or "0",
            "part_time_conversions": data.get("part_time_conversions") or "0",
            "gangso_candidate": data.get("gangso_candidate") == "1",
            "note": data.get("note") or "",
            "office": data.get("office") or (company.office_code if company and
                                             company.office_code in offices else offices[0])}
    visited_on = reference.today()
    if request.method == "POST":
        if company is None:
            errors["company"] = _("사업자등록번호로 기업을 찾지 못했습니다. 10자리 번호를 확인하세요.")
        try:
            visited_on = dt.date.fromisoformat(form["visited_on"])
        except ValueError:
            errors["visited_on"] = _("방문일을 2014-04-15처럼 쓰세요.")
        if form["outcome"] not in VisitOutcome.values:
            errors["outcome"] = _("결과를 목록에서 고르세요.")
        vacancies = _int(form["vacancies_found"], "vacancies_found", errors)
        conversions = _int(form["part_time_conversions"], "part_time_conversions", errors)
        if form["office"] not in offices or not can_record_visit(request.user, form["office"]):
            errors["office"] = _("내 관서를 고르세요.")
        if not errors and company is not None:
            try:
                actions.record_visit(
                    company, acting_user=request.user, office_code=form["office"],
                    visited_on=visited_on, outcome=form["outcome"],
                    vacancies_found=vacancies, part_time_conversions=conversions,
                    gangso_candidate=bool(form["gangso_candidate"]), note=form["note"])
            except EmployersError as error:
                errors["form"] = str(error)
            else:
                messages.success(request, _("방문 기록을 저장했습니다."))
                return redirect("employers:visits")
    return render(request, "employers/visit_form.html", {
        "form": form, "errors": errors, "company": company, "offices": offices,
        "outcomes": VisitOutcome.choices}, status=400 if errors else 200)


@login_required
def to_visit(request: HttpRequest) -> HttpResponse:
    _staff_only(request)
    qs = companies_visible_to(request.user)
    if not is_hq(request.user):
        qs = qs.filter(office_code__in=office_codes_of(request.user))
    rows = queries.companies_to_visit(qs, reference.today())
    return render(request, "employers/to_visit.html", {
        "rows": rows, "cap": queries.VISIT_CAP, "window": queries.VISIT_WINDOW_DAYS,
        "visit_url": reverse("employers:visit-new")})
