"""Vacancy pages and employer self-service. Thin: reads through policies/queries, writes
through actions; rule problems are shown beside the field they concern."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from goyong.employers.models import Vacancy
from goyong.employers.vacancies import actions, policies, queries
from goyong.employers.vacancies.choices import VacancyStatus
from goyong.employers.vacancies.errors import VacancyError, VacancyRulesError
from goyong.employers.vacancies.forms import (
    CompanyProfileForm,
    FilterForm,
    VacancyForm,
    mark_errors,
)
from goyong.labourstats.exports import workbook, xlsx_response

PAGE_SIZE = 50
EXPORT_LIMIT = 20_000


def _filters(form: FilterForm) -> queries.VacancyFilters:
    if not form.is_valid():
        return queries.VacancyFilters()
    data = form.cleaned_data
    occupation = data.get("occupation")
    return queries.VacancyFilters(
        q=data.get("q") or "", occupation=str(occupation.pk) if occupation else "",
        region=data.get("region") or "", part_time=bool(data.get("part_time")),
        quality_part_time=bool(data.get("quality_part_time")), care=data.get("care") or "",
        gangso=bool(data.get("gangso")), status=data.get("status") or "")


def _wage(vacancy: Vacancy) -> str:
    return f"{vacancy.get_wage_basis_display()} {vacancy.wage_amount:,}원"


@login_required
def vacancy_list(request: HttpRequest) -> HttpResponse:
    form = FilterForm(request.GET or None, regions=queries.sido_choices())
    qs = queries.filtered(policies.vacancies_visible_to(request.user), _filters(form))
    names = queries.region_names()
    if request.GET.get("format") == "xlsx":
        header = [_("구인 번호"), _("제목"), _("기업"), _("사업자등록번호"), _("강소기업"),
                  _("직종"), _("근무지"), _("임금 기준"), _("임금(원)"), _("주 근로시간"),
                  _("시간선택제"), _("우수 시간선택제"), _("돌봄·장년 일자리 구분"),
                  _("모집 인원"), _("채용 인원"), _("상태"), _("게시일"), _("접수 마감일")]
        rows = [[str(v.uuid), v.title, v.company.name, v.company.brn_display,
                 _("예") if getattr(v, "gangso", None) else "",
                 v.occupation.name, names.get(v.work_sigungu_code, v.work_sigungu_code),
                 v.get_wage_basis_display(), v.wage_amount, float(v.weekly_hours),
                 v.get_part_time_type_display() if v.part_time else "",
                 _("예") if v.quality_part_time else "", v.get_care_category_display()
                 if v.care_category else "", v.openings, v.hired, v.get_status_display(),
                 v.opened_on.isoformat() if v.opened_on else "",
                 v.closes_on.isoformat() if v.closes_on else ""]
                for v in qs[:EXPORT_LIMIT]]
        data = workbook(_("구인 목록"), header, rows,
                        [_("강소기업: 가장 최근 강소기업 심사에서 결격 사유가 없는 기업")])
        return xlsx_response("goyong-vacancies.xlsx", data)
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    for vacancy in page:
        vacancy.region_name = names.get(  # type: ignore[attr-defined]  # shown in the row
            vacancy.work_sigungu_code, vacancy.work_sigungu_code)
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "employers/vacancies/list.html", {
        "form": form, "page": page, "query": query.urlencode(),
        "can_post": policies.can_post_vacancies(request.user),
        "show_status": policies.is_employer(request.user) or _is_staff(request.user),
    })


def _is_staff(user: Any) -> bool:
    from goyong.accounts.policies import is_hq, is_office_staff

    return is_hq(user) or is_office_staff(user)


def _visible(request: HttpRequest, uuid: str) -> Vacancy:
    vacancy = (queries.with_badges(policies.vacancies_visible_to(request.user))
               .select_related("company", "occupation", "posted_by")
               .filter(uuid=uuid).first())
    if vacancy is None:
        raise Http404
    return vacancy


@login_required
def vacancy_detail(request: HttpRequest, uuid: str) -> HttpResponse:
    vacancy = _visible(request, uuid)
    return render(request, "employers/vacancies/detail.html", {
        "vacancy": vacancy, "facts": queries.vacancy_facts(vacancy),
        "region_name": queries.region_names().get(vacancy.work_sigungu_code, ""),
        "can_edit": policies.can_edit_vacancy(request.user, vacancy),
        "statuses": VacancyStatus,
    })


def _show_problems(form: VacancyForm, error: VacancyRulesError) -> None:
    for problem in error.problems:
        form.add_error(problem.field if problem.field in form.fields else None,
                       problem.message)


@login_required
@require_http_methods(["GET", "POST"])
def vacancy_new(request: HttpRequest) -> HttpResponse:
    if not policies.can_post_vacancies(request.user):
        raise Http404
    form = VacancyForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            vacancy = actions.create_vacancy(
                form.posting_company(), form.to_input(), acting_user=request.user,
                open_now=bool(form.cleaned_data.get("open_now")))
        except VacancyRulesError as error:
            _show_problems(form, error)
        except VacancyError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("구인을 저장했습니다."))
            return redirect("employers:vacancy", uuid=vacancy.uuid)
    mark_errors(form)
    return render(request, "employers/vacancies/form.html", {"form": form, "vacancy": None})


@login_required
@require_http_methods(["GET", "POST"])
def vacancy_edit(request: HttpRequest, uuid: str) -> HttpResponse:
    vacancy = _visible(request, uuid)
    if not policies.can_edit_vacancy(request.user, vacancy):
        raise Http404
    form = VacancyForm(request.POST or None, user=request.user, editing=True,
                       initial=VacancyForm.initial_from(vacancy))
    if request.method == "POST" and form.is_valid():
        try:
            actions.update_vacancy(vacancy, form.to_input(), acting_user=request.user)
        except VacancyRulesError as error:
            _show_problems(form, error)
        except VacancyError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("구인을 고쳤습니다."))
            return redirect("employers:vacancy", uuid=vacancy.uuid)
    mark_errors(form)
    return render(request, "employers/vacancies/form.html", {"form": form, "vacancy": vacancy})


STEPS: dict[str, Callable[..., Vacancy]] = {"open": actions.open_vacancy, "close": actions.close_vacancy,
         "fill": actions.fill_vacancy}


@login_required
@require_POST
def vacancy_status(request: HttpRequest, uuid: str) -> HttpResponse:
    vacancy = _visible(request, uuid)
    if not policies.can_edit_vacancy(request.user, vacancy):
        raise Http404
    step = request.POST.get("step", "")
    try:
        if step == "hire":
            try:
                count = int(request.POST.get("count", "1"))
            except ValueError:
                count = 0
            actions.record_hires(vacancy, count, acting_user=request.user)
        elif step in STEPS:
            STEPS[step](vacancy, acting_user=request.user)
        else:
            raise Http404
    except VacancyError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("구인 상태를 바꿨습니다."))
    return redirect("employers:vacancy", uuid=vacancy.uuid)


@login_required
@require_http_methods(["GET", "POST"])
def company_profile(request: HttpRequest, uuid: str) -> HttpResponse:
    company = policies.employer_companies(request.user).filter(uuid=uuid).first()
    if company is None:
        raise Http404
    initial = {name: getattr(company, name) for name in actions.PROFILE_FIELDS}
    form = CompanyProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        actions.update_company_profile(company, form.cleaned_data, acting_user=request.user)
        messages.success(request, _("기업 정보를 저장했습니다."))
        return redirect("employers:company-profile", uuid=company.uuid)
    mark_errors(form)
    vacancies = queries.filtered(policies.vacancies_visible_to(request.user),
                                 queries.VacancyFilters(company_id=company.pk))
    return render(request, "employers/vacancies/profile.html", {
        "company": company, "form": form, "vacancies": vacancies[:20],
        "region_name": queries.region_names().get(company.sigungu_code, ""),
    })
