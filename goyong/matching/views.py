"""Matching pages. Thin: reads from `queries`, writes through `actions`; anything out of
scope answers 404 like a missing record; every view of a referral (and so of the referred
seeker) is audited."""

from __future__ import annotations

import uuid
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from goyong.accounts.policies import is_hq, office_codes_of
from goyong.labourstats.exports import workbook, xlsx_response
from goyong.matching import actions, policies, queries
from goyong.matching.choices import ReferralStatus, Scope
from goyong.matching.errors import InvalidError, MatchingError, NotPermittedError
from goyong.reference import queries as ref


def _require(allowed: bool) -> None:
    if not allowed:
        raise Http404


def _uuids(values: list[str]) -> list[uuid.UUID]:
    """The well-formed UUIDs among form values (anything else matches nothing)."""
    out = []
    for value in values:
        try:
            out.append(uuid.UUID(str(value)))
        except ValueError:
            continue
    return out


def _uuid(value: str | None) -> uuid.UUID:
    found = _uuids([value or ""])
    if not found:
        raise Http404
    return found[0]


def _errors(request: HttpRequest, error: MatchingError) -> None:
    if isinstance(error, InvalidError):
        for msgs in error.errors.values():
            for m in msgs:
                messages.error(request, m)
    else:
        messages.error(request, error.message)


# ------------------------------------------------------------------ recommendations
@login_required
@require_http_methods(["GET"])
def seeker_jobs(request: HttpRequest, seeker: str) -> HttpResponse:
    record = queries.seeker_for(request.user, seeker)
    scope = queries.clean_scope(request.GET.get("scope"))
    recs = queries.seeker_jobs(record, scope)
    names = queries.office_names()
    if request.GET.get("format") == "xlsx":
        header = [_("순위"), _("점수"), _("구인"), _("기업"), _("관할 관서"), _("추천 이유")]
        rows = [[r.rank, r.score, r.vacancy.title, r.vacancy.company.name,
                 names.get(r.vacancy.office_code, r.vacancy.office_code), r.explanation]
                for r in recs]
        return xlsx_response(f"goyong-jobs-{record.uuid}-{scope}.xlsx",
                             workbook(_("추천 일자리"), header, rows))
    can_refer = policies.can_send_referral(request.user, record)
    items = [{"rec": r, "components": queries.component_rows(r),
              "office": names.get(r.vacancy.office_code, r.vacancy.office_code),
              "other_office": r.vacancy.office_code != record.office_code} for r in recs]
    return render(request, "matching/seeker_jobs.html", {
        "seeker": record, "scope": scope, "scopes": Scope.choices, "items": items,
        "can_refer": can_refer, "computed_at": recs[0].computed_at if recs else None,
        "other_vacancies": queries.referable_vacancies(record, names) if can_refer else []})


@login_required
@require_POST
def seeker_refresh(request: HttpRequest, seeker: str) -> HttpResponse:
    record = queries.seeker_for(request.user, seeker)
    actions.refresh_for_seeker(record, acting_user=request.user)
    messages.success(request, _("추천 일자리를 다시 계산했습니다."))
    return redirect(reverse("matching:seeker-jobs", args=[record.uuid])
                    + f"?scope={queries.clean_scope(request.POST.get('scope'))}")


@login_required
@require_http_methods(["GET"])
def vacancy_seekers(request: HttpRequest, vacancy: str) -> HttpResponse:
    record = queries.vacancy_for(request.user, vacancy)
    scope = queries.clean_scope(request.GET.get("scope"))
    result = queries.vacancy_seekers(request.user, record, scope)
    names = queries.office_names()
    hidden = [(names.get(code, code), n) for code, n in sorted(result.hidden_by_office.items())]
    items = [{"rec": r, "components": queries.component_rows(r)} for r in result.visible]
    return render(request, "matching/vacancy_seekers.html", {
        "vacancy": record, "scope": scope, "scopes": Scope.choices, "items": items,
        "hidden": hidden, "office": names.get(record.office_code, record.office_code)})


@login_required
@require_POST
def vacancy_refresh(request: HttpRequest, vacancy: str) -> HttpResponse:
    record = queries.vacancy_for(request.user, vacancy)
    actions.refresh_for_vacancy(record, acting_user=request.user)
    messages.success(request, _("추천 구직자를 다시 계산했습니다."))
    return redirect("matching:vacancy-seekers", record.uuid)


# ------------------------------------------------------------------ referrals
@login_required
@require_http_methods(["GET"])
def referral_list(request: HttpRequest) -> HttpResponse:
    _require(policies.can_use_matching(request.user))
    box = "out" if request.GET.get("box") == "out" else "in"
    rows = list(queries.referrals(request.user, box)[:500])
    names = queries.office_names()
    if request.GET.get("format") == "xlsx":
        actions.record_referrals_exported(rows, acting_user=request.user, box=box)
        header = [_("요청일"), _("보낸 관서"), _("받는 관서"), _("구직자"), _("구인"), _("기업"),
                  _("상태")]
        data = [[r.sent_on.isoformat(), names.get(r.from_office_code, r.from_office_code),
                 names.get(r.to_office_code, r.to_office_code), r.seeker.name, r.vacancy.title,
                 r.vacancy.company.name, r.get_status_display()] for r in rows]
        return xlsx_response(f"goyong-referrals-{box}.xlsx",
                             workbook(_("광역 알선"), header, data,
                                      [_("개인정보입니다. 업무 목적으로만 쓰세요.")]))
    for r in rows:
        r.from_name = names.get(r.from_office_code, r.from_office_code)  # type: ignore[attr-defined]
        r.to_name = names.get(r.to_office_code, r.to_office_code)  # type: ignore[attr-defined]
    return render(request, "matching/referrals.html", {
        "box": box, "rows": rows, "names": names,
        "counts": queries.referral_counts(request.user), "hq": is_hq(request.user)})


@login_required
@require_POST
def referral_new(request: HttpRequest) -> HttpResponse:
    from goyong.employers.vacancies.policies import vacancies_visible_to

    seeker = queries.seeker_for(request.user, _uuid(request.POST.get("seeker")))
    vacancy = (vacancies_visible_to(request.user).select_related("company")
               .filter(uuid=_uuid(request.POST.get("vacancy"))).first())
    if vacancy is None:
        raise Http404
    try:
        referral = actions.send_referral(seeker, vacancy, acting_user=request.user,
                                         notes=request.POST.get("notes", ""))
    except MatchingError as error:
        _errors(request, error)
        return redirect(reverse("matching:seeker-jobs", args=[seeker.uuid]) + "?scope=wide")
    messages.success(request, _("광역 알선을 보냈습니다. 받는 관서가 수락하면 알려 드립니다."))
    return redirect("matching:referral", referral.uuid)


@login_required
@require_http_methods(["GET"])
def referral_detail(request: HttpRequest, referral: str) -> HttpResponse:
    record = queries.referral_for(request.user, referral)
    actions.record_referral_viewed(record, acting_user=request.user, channel="page")
    from goyong.jobseekers.policies import can_view_seeker

    names = queries.office_names()
    seeker = record.seeker
    return render(request, "matching/referral.html", {
        "referral": record, "seeker": seeker, "age": seeker.age_on(ref.today()),
        "career": list(seeker.career.all()), "vacancy": record.vacancy,
        "from_name": names.get(record.from_office_code, record.from_office_code),
        "to_name": names.get(record.to_office_code, record.to_office_code),
        "can_answer": policies.can_answer_referral(request.user, record),
        "can_withdraw": (policies.can_withdraw_referral(request.user, record)
                         and record.status == ReferralStatus.SENT),
        "own_seeker": can_view_seeker(request.user, seeker),
        "today": ref.today().isoformat(),
    })


@login_required
@require_POST
def referral_act(request: HttpRequest, referral: str, action: str) -> HttpResponse:
    record = queries.referral_for(request.user, referral)
    post = request.POST
    try:
        if action == "accept":
            actions.accept_referral(record, acting_user=request.user)
            messages.success(request, _("알선을 수락했습니다. 면접 일정을 잡으세요."))
        elif action == "decline":
            actions.decline_referral(record, reason=post.get("reason", ""),
                                     acting_user=request.user)
            messages.success(request, _("알선을 거절했습니다."))
        elif action == "interview":
            at = parse_datetime((post.get("interview_at") or "").replace("T", " "))
            actions.arrange_interview(record, at=at,  # type: ignore[arg-type]
                                      place=post.get("place", ""), acting_user=request.user)
            messages.success(request, _("면접 일정을 기록했습니다."))
        elif action == "outcome":
            hired = post.get("hired") == "yes"
            actions.record_outcome(
                record, hired=hired, start_date=parse_date(post.get("start_date") or ""),
                relocation=bool(post.get("relocation")), housing=bool(post.get("housing")),
                commuting=bool(post.get("commuting")), notes=post.get("notes", ""),
                acting_user=request.user)
            messages.success(request, _("결과를 기록했습니다."))
        elif action == "withdraw":
            actions.withdraw_referral(record, acting_user=request.user)
            messages.success(request, _("알선을 철회했습니다."))
        else:
            raise Http404
    except NotPermittedError as error:
        raise Http404 from error
    except MatchingError as error:
        _errors(request, error)
    return redirect("matching:referral", record.uuid)


@login_required
@require_http_methods(["GET"])
def ledger(request: HttpRequest) -> HttpResponse:
    _require(policies.can_use_matching(request.user))
    start, end = queries.default_period()
    start = parse_date(request.GET.get("start") or "") or start
    end = parse_date(request.GET.get("end") or "") or end
    data = queries.ledger(start, end)
    if request.GET.get("format") == "xlsx":
        header = [_("관서"), _("보낸 알선"), _("받은 알선"), _("다른 관서 구인에 취업한 우리 구직자"),
                  _("다른 관서 구직자로 채운 우리 구인")]
        rows = [[r.name, r.sent, r.received, r.hires_out, r.hires_in] for r in data.offices]
        return xlsx_response(f"goyong-wide-area-ledger-{start}-{end}.xlsx",
                             workbook(_("광역 알선 장부"), header, rows))
    mine = office_codes_of(request.user)
    return render(request, "matching/ledger.html", {"ledger": data, "mine": mine})


# ------------------------------------------------------------------ job fairs
@login_required
@require_http_methods(["GET", "POST"])
def fair_list(request: HttpRequest) -> HttpResponse:
    _require(policies.can_use_matching(request.user))
    codes = sorted(office_codes_of(request.user))
    if request.method == "POST":
        code = request.POST.get("office") or (codes[0] if codes else "")
        held_on = parse_date(request.POST.get("held_on") or "")
        if held_on is None:
            messages.error(request, _("개최일을 2014-05-20처럼 쓰세요."))
            return redirect("matching:fairs")
        try:
            fair = actions.create_fair(
                office_code=code, name=request.POST.get("name", ""), held_on=held_on,
                max_per_seeker=_int(request.POST.get("m"), 3),
                per_opening=_int(request.POST.get("c"), 3),
                venue=request.POST.get("venue", ""), acting_user=request.user)
        except NotPermittedError as error:
            raise Http404 from error
        except MatchingError as error:
            _errors(request, error)
            return redirect("matching:fairs")
        messages.success(request, _("채용박람회를 만들었습니다. 구직자와 구인을 등록하세요."))
        return redirect("matching:fair", fair.uuid)
    names = queries.office_names()
    fairs = list(policies.fairs_visible_to(request.user))
    return render(request, "matching/fairs.html", {
        "fairs": [(f, names.get(f.office_code, f.office_code)) for f in fairs],
        "can_create": any(policies.can_manage(request.user, c) for c in codes),
        "offices": [(c, names.get(c, c)) for c in codes]})


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


@login_required
@require_http_methods(["GET", "POST"])
def fair_detail(request: HttpRequest, fair: str) -> HttpResponse:
    from goyong.employers.vacancies.policies import vacancies_visible_to
    from goyong.jobseekers.policies import seekers_visible_to

    record = queries.fair_for(request.user, fair)
    can_manage = policies.can_manage_fair(request.user, record)
    if request.method == "POST":
        _require(can_manage)
        seekers = list(seekers_visible_to(request.user).filter(
            uuid__in=_uuids(request.POST.getlist("seekers"))))
        vacancies = list(vacancies_visible_to(request.user).filter(
            uuid__in=_uuids(request.POST.getlist("vacancies"))))
        if seekers:
            actions.register_fair_seekers(record, seekers, acting_user=request.user)
        if vacancies:
            actions.register_fair_vacancies(record, vacancies, acting_user=request.user)
        messages.success(request, _("구직자 %(s)s명, 구인 %(v)s건을 등록했습니다.") % {
            "s": len(seekers), "v": len(vacancies)})
        return redirect("matching:fair", record.uuid)
    data = queries.fair_rows(record)
    if request.GET.get("format") == "xlsx":
        actions.record_fair_exported(record, acting_user=request.user)
        header = [_("순서"), _("시작 시각"), _("구인"), _("기업"), _("구직자"), _("점수"),
                  _("추천 이유")]
        rows = [[i.slot, i.starts_at.strftime("%H:%M"), i.vacancy.title, i.vacancy.company.name,
                 i.seeker.name, i.score, i.explanation] for i in data["interviews"]]
        return xlsx_response(f"goyong-fair-{record.uuid}.xlsx",
                             workbook(_("면접 일정"), header, rows,
                                      [_("개인정보입니다. 박람회 운영 목적으로만 쓰세요.")]))
    candidates: dict[str, Any] = {"seekers": [], "vacancies": []}
    if can_manage:
        from goyong.employers.vacancies.choices import VacancyStatus

        taken_s = {s.pk for s in data["seekers"]}
        taken_v = {v.pk for v in data["vacancies"]}
        candidates["seekers"] = [s for s in seekers_visible_to(request.user).filter(
            office_code=record.office_code).exclude(desired_occupations=[]).order_by(
            "name", "pk").defer("rrn", "phone", "email", "address")[:60] if s.pk not in taken_s]
        candidates["vacancies"] = [v for v in vacancies_visible_to(request.user).filter(
            office_code=record.office_code, status=VacancyStatus.OPEN).select_related(
            "company").order_by("pk")[:60] if v.pk not in taken_v]
    return render(request, "matching/fair.html", {
        "fair": record, **data, "can_manage": can_manage, "candidates": candidates,
        "office": queries.office_names().get(record.office_code, record.office_code)})


@login_required
@require_POST
def fair_assign(request: HttpRequest, fair: str) -> HttpResponse:
    record = queries.fair_for(request.user, fair)
    _require(policies.can_manage_fair(request.user, record))
    rows = actions.assign_fair_interviews(record, acting_user=request.user)
    messages.success(request, _("면접 %(n)s건을 배정했습니다.") % {"n": len(rows)})
    return redirect("matching:fair", record.uuid)


# ------------------------------------------------------------------ runs
@login_required
@require_http_methods(["GET", "POST"])
def run_list(request: HttpRequest) -> HttpResponse:
    _require(policies.can_use_matching(request.user))
    if request.method == "POST":
        _require(policies.can_run_batch(request.user))
        try:
            run = actions.start_batch(scope=request.POST.get("scope", "local"),
                                      k=_int(request.POST.get("k"), 20),
                                      acting_user=request.user)
        except MatchingError as error:
            _errors(request, error)
            return redirect("matching:runs")
        messages.success(request, _("전국 추천 계산을 시작했습니다."))
        if run.job is not None:
            return redirect("core:job", run.job.uuid)
        return redirect("matching:runs")
    return render(request, "matching/runs.html", {
        "runs": list(queries.runs()[:50]), "can_run": policies.can_run_batch(request.user),
        "scopes": Scope.choices})


@login_required
@require_http_methods(["GET"])
def seeker_list(request: HttpRequest) -> HttpResponse:
    """추천 일자리: the user's seekers with their best recommended jobs."""
    from django.core.paginator import Paginator

    _require(policies.can_use_matching(request.user))
    page = Paginator(queries.matchable_seekers(request.user), 25).get_page(
        request.GET.get("page"))
    return render(request, "matching/seekers.html", {
        "page": page, "rows": queries.seeker_rows(request.user, page.object_list)})


@login_required
@require_http_methods(["GET"])
def vacancy_list(request: HttpRequest) -> HttpResponse:
    """Recommended seekers: the office's open vacancies with the size of their lists."""
    from django.core.paginator import Paginator

    _require(policies.can_use_matching(request.user))
    page = Paginator(queries.matchable_vacancies(request.user), 25).get_page(
        request.GET.get("page"))
    vacancies = list(page.object_list)
    counts = queries.vacancy_counts(vacancies)
    rows = [{"vacancy": v, "local": counts.get((v.pk, Scope.LOCAL), 0),
             "wide": counts.get((v.pk, Scope.WIDE), 0)} for v in vacancies]
    return render(request, "matching/vacancies.html", {"page": page, "rows": rows})
