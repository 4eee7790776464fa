"""Statistics pages: published figures, public and read-only. Thin: reads come from
`dashboard`; a table asked for with `?format=xlsx` downloads as Excel (signed-in users get
the links, but the figures are public either way)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from goyong.labourstats import actions, areas, importers, uploads
from goyong.labourstats import dashboard as reads
from goyong.labourstats.choices import ImportFormat, Vintage
from goyong.labourstats.errors import PeriodError, StatisticsError
from goyong.labourstats.exports import workbook, xlsx_response
from goyong.labourstats.periods import Period
from goyong.labourstats.policies import can_import_statistics


def _period_from(request: HttpRequest, years: list[str]) -> tuple[Period | None, str]:
    """The `period` parameter among the years held, else the newest with a message."""
    raw = (request.GET.get("period") or "").strip()
    latest = Period.parse(years[0]) if years else None
    if not raw:
        return latest, ""
    try:
        period = Period.parse(raw)
    except PeriodError:
        period = None
    if period is None or str(period) not in years:
        return latest, _(
            "기간 ‘%(value)s’의 통계가 없습니다. 목록에서 연도를 고르세요. 가장 최근 연도를 "
            "보여 드립니다.") % {"value": raw[:20]}
    return period, ""


def _num(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    years = reads.available_periods()
    period, error = _period_from(request, years)
    metric = request.GET.get("metric") or "rate_15_64"
    if metric not in reads.METRICS:
        metric = "rate_15_64"
    board = reads.dashboard(period, metric) if period else None
    if board and request.GET.get("format") == "xlsx":
        header = [_("지역 코드"), _("지역"), *[str(label) for label in reads.METRICS.values()]]
        rows = [[r.code, r.name, *[_num(r.value(m)) for m in reads.METRICS]]
                for r in ([board.nation] if board.nation else []) + board.rows]
        data = workbook(_("시도별 고용 지표"), header, rows, [str(s) for s in board.sources])
        return xlsx_response(f"goyong-stats-{board.period}.xlsx", data)
    has_sigungu = bool(period) and str(period) in areas.sigungu_periods()
    return render(request, "labourstats/dashboard.html", {
        "years": years, "period": str(period) if period else "", "period_error": error,
        "metric": metric, "metrics": list(reads.METRICS.items()), "board": board,
        "target": int(reads.TARGET), "has_offices": bool(reads.office_periods()),
        "has_sigungu": has_sigungu, "public": not request.user.is_authenticated,
    })


@require_GET
def sido(request: HttpRequest, code: str) -> HttpResponse:
    """Drill-down: the 시군구 of a 시도 for a survey period (direct estimates, and the
    small-area estimate with its RRMSE where the direct one is unreliable)."""
    periods = areas.sigungu_periods()
    period, error = _period_from(request, periods)
    metric = request.GET.get("metric") or "rate_15_64"
    if metric not in areas.AREA_METRICS:
        metric = "rate_15_64"
    if not (code.isdigit() and len(code) == 2):
        raise Http404
    detail = areas.sido_detail(code, period, metric) if period else None
    if period and detail is None:
        raise Http404
    if detail and request.GET.get("format") == "xlsx":
        header = [_("시군구 코드"), _("시군구"), _("직접추정 (%)"), _("표준오차 (%p)"),
                  _("상대표준오차 (%)"), _("표본 수"), _("소지역추정 (%)"),
                  _("소지역추정 RRMSE (%)"), _("공표값 (%)"), _("공표값 출처"),
                  _("70% 도달에 필요한 취업자 (명)"), _("직전 기간 대비 (%p)")]
        rows = [[r.code, r.name,
                 None if r.cell.suppressed else r.cell.direct,
                 None if r.cell.suppressed else r.cell.direct_se,
                 None if r.cell.suppressed else r.cell.direct_rse,
                 r.cell.sample,
                 None if r.cell.suppressed else r.cell.model,
                 None if r.cell.suppressed else r.cell.model_rrmse,
                 r.cell.shown,
                 _("표본 5명 미만 비공개") if r.cell.suppressed else (
                     _("소지역추정") if r.cell.uses_model else _("직접추정")),
                 r.value("needed"), r.value("change")] for r in detail.rows]
        data = workbook(f"{detail.name} {detail.period}", header, rows,
                        [str(s) for s in detail.sources])
        return xlsx_response(f"goyong-stats-{code}-{detail.period}-{metric}.xlsx", data)
    name = detail.name if detail else code
    return render(request, "labourstats/sido.html", {
        "years": periods, "period": str(period) if period else "", "period_error": error,
        "metric": metric, "metrics": list(areas.AREA_METRICS.items()), "detail": detail,
        "code": code, "name": name, "target": int(reads.TARGET),
        "public": not request.user.is_authenticated,
    })


@require_GET
def area(request: HttpRequest, code: str) -> HttpResponse:
    series = reads.area_series(code) if code.isdigit() and len(code) == 2 else None
    if series is None:
        raise Http404
    if request.GET.get("format") == "xlsx":
        header = [_("연도"), _("15~64세 고용률 (%)"), _("자료 시점"), _("출처"), _("공표일")]
        rows = [[int(p.period), float(p.text), str(Vintage(p.vintage).label),
                 p.source_label, p.release_date.isoformat() if p.release_date else ""]
                for _year, points in series.by_year() for p in points]
        data = workbook(series.name, header, rows, [str(s) for s in series.sources])
        return xlsx_response(f"goyong-stats-{code}.xlsx", data)
    survey = areas.sigungu_periods()
    latest = Period.parse(survey[0]) if survey else None
    change = [c for c in areas.change_splits(latest) if c.code == code] if latest else []
    split = [g for g in areas.group_splits(latest) if g.code == code] if latest else []
    return render(request, "labourstats/area.html", {
        "series": series, "target": int(reads.TARGET),
        "change": change[0] if change else None, "split": split[0] if split else None,
        "survey_period": str(latest) if latest else "", "age_parts": areas.AGE_PARTS,
        "sex_parts": areas.SEX_PARTS,
        "survey_sources": areas.survey_sources(latest) if latest else [],
        "chart": {"points": [{"year": int(p.period), "value": float(p.text),
                              "vintage": p.vintage} for p in series.points],
                  "forecast": series.forecast, "target": reads.TARGET},
    })


@require_GET
def gap(request: HttpRequest) -> HttpResponse:
    years = reads.available_periods()
    period, error = _period_from(request, years)
    plan = reads.gap_plan(period) if period else None
    if plan and plan.rows and request.GET.get("format") == "xlsx" and not request.GET.get(
            "table"):
        header = [_("지역 코드"), _("지역"), _("15~64세 인구 (명)"), _("15~64세 취업자 (명)"),
                  _("15~64세 고용률 (%)"), _("70% 도달에 필요한 취업자 (명)")]
        rows: list[list[object]] = [
            [r.code, r.name, _num(r.population), _num(r.employed), r.value("rate_15_64"),
             _num(r.needed)] for r in plan.rows]
        rows.append(["", _("합계"), _num(plan.total_population), _num(plan.total_employed),
                     plan.total_rate, _num(plan.total_needed)])
        data = workbook(_("70% 도달 계획표"), header, rows, [str(s) for s in plan.sources])
        return xlsx_response(f"goyong-gap-{plan.period}.xlsx", data)
    splits = areas.group_splits(period) if period else []
    changes = areas.change_splits(period) if period else []
    table = request.GET.get("table")
    if request.GET.get("format") == "xlsx" and table == "groups" and splits:
        header = [_("지역 코드"), _("지역"), _("70%까지 필요 인원 (명)"), _("부족분 (명)"),
                  *[str(label) for _k, label in areas.AGE_PARTS],
                  *[str(label) for _k, label in areas.SEX_PARTS]]
        rows = [[g.code, g.name, g.needed, round(g.gap, 1),
                 *[round(g.by_age[k], 1) for k, _l in areas.AGE_PARTS],
                 *[round(g.by_sex[k], 1) for k, _l in areas.SEX_PARTS]] for g in splits]
        data = workbook(_("집단별 부족분 분해"), header, rows,
                        [str(s) for s in areas.survey_sources(period)] if period else [])
        return xlsx_response(f"goyong-gap-groups-{period}.xlsx", data)
    if request.GET.get("format") == "xlsx" and table == "change" and changes:
        header = [_("지역 코드"), _("지역"), _("이전 기간"), _("기간"), _("이전 고용률 (%)"),
                  _("고용률 (%)"), _("변화 (%p)"), _("고용률 효과 (%p)"), _("연령구조 효과 (%p)"),
                  *[str(label) for _k, label in areas.AGE_PARTS]]
        rows = [[c.code, c.name, c.period_1, c.period_2, round(c.rate_1, 4),
                 round(c.rate_2, 4), round(c.difference, 4), round(c.rate_effect, 4),
                 round(c.composition_effect, 4),
                 *[round(c.by_group[k], 4) for k, _l in areas.AGE_PARTS]] for c in changes]
        data = workbook(_("고용률 변화 분해"), header, rows,
                        [str(s) for s in areas.survey_sources(period)] if period else [])
        return xlsx_response(f"goyong-change-{period}.xlsx", data)
    return render(request, "labourstats/gap.html", {
        "years": years, "period": str(period) if period else "", "period_error": error,
        "plan": plan, "target": int(reads.TARGET), "splits": splits, "changes": changes,
        "age_parts": areas.AGE_PARTS, "sex_parts": areas.SEX_PARTS,
        "survey_sources": areas.survey_sources(period) if (splits or changes) and period
        else [],
    })


@require_GET
def offices(request: HttpRequest) -> HttpResponse:
    periods = reads.office_periods()
    period, error = _period_from(request, periods)
    ranking = reads.office_ranking(period) if period else []
    if ranking and request.GET.get("format") == "xlsx":
        header = [_("순위"), _("관서 코드"), _("관서"), _("15세 이상 고용률 (%)"),
                  _("15세 이상 인구 (천명)"), _("취업자 (천명)"), _("비고")]
        rows = [[r.rank, r.code, r.name, r.rate, r.population, r.employed, r.note]
                for r in ranking]
        data = workbook(_("관서별 고용률 순위"), header, rows)
        return xlsx_response(f"goyong-offices-{period}.xlsx", data)
    return render(request, "labourstats/offices.html", {
        "years": periods, "period": str(period) if period else "", "period_error": error,
        "ranking": ranking,
    })


def _can_import_or_404(request: HttpRequest) -> None:
    if not can_import_statistics(request.user):
        raise Http404


@login_required
@require_GET
def datasets(request: HttpRequest) -> HttpResponse:
    """Imported statistics, newest first, with the state of each recomputation job."""
    _can_import_or_404(request)
    rows = list(uploads.datasets_visible_to(request.user)[:200])
    if request.GET.get("format") == "xlsx":
        header = [_("번호"), _("파일"), _("형식"), _("자료 시점"), _("합성 자료"), _("추정치"),
                  _("응답자"), _("올린 때"), _("재계산")]
        table = [[d.pk, d.file_name, str(d.get_format_display()), str(d.get_vintage_display()),
                  d.synthetic, d.estimates_created, d.persons_created,
                  d.created_at.strftime("%Y-%m-%d %H:%M"),
                  str(d.recompute_job.get_status_display()) if d.recompute_job else ""]
                 for d in rows]
        return xlsx_response("goyong-datasets.xlsx", workbook(_("가져온 통계 자료"), header, table))
    return render(request, "labourstats/datasets.html", {"datasets": rows})


@login_required
@require_http_methods(["GET", "POST"])
def upload(request: HttpRequest) -> HttpResponse:
    """Step 1: the file, its format and vintage; checked as a dry run, then kept for the
    preview (or its row errors shown here, nothing kept)."""
    _can_import_or_404(request)
    context: dict[str, Any] = {"formats": _format_choices(), "vintages": Vintage.choices,
                               "format": "auto", "vintage": Vintage.PUBLISHED, "errors": []}
    if request.method == "POST":
        fmt = request.POST.get("format", "auto")
        vintage = request.POST.get("vintage", "")
        file = request.FILES.get("file")
        context.update(format=fmt, vintage=vintage)
        problems = []
        if fmt not in importers.FORMATS:
            problems.append(_("형식을 목록에서 고르세요."))
        if vintage not in Vintage.values:
            problems.append(_("자료 시점(발표 당시 또는 개정)을 고르세요."))
        if file is None:
            problems.append(_("가져올 CSV 파일을 고르세요."))
        elif file.size is not None and file.size > actions.MAX_UPLOAD_BYTES:
            problems.append(_("파일이 너무 큽니다 (최대 60MB). 기간이나 지역별로 나누어 올리세요."))
        if problems:
            context["problems"] = problems
            return render(request, "labourstats/upload.html", context, status=400)
        assert file is not None
        try:
            pending, result = actions.stage_upload(
                file.read(), file_name=file.name or "upload.csv", format=fmt, vintage=vintage,
                acting_user=request.user)
        except StatisticsError as error:
            context["problems"] = [str(error)]
            return render(request, "labourstats/upload.html", context, status=400)
        if pending is None:
            context.update(errors=result.errors, error_count=result.error_count,
                           file_name=file.name)
            return render(request, "labourstats/upload.html", context, status=400)
        return redirect("stats:upload-preview", upload_uuid=pending.uuid)
    return render(request, "labourstats/upload.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def upload_preview(request: HttpRequest, upload_uuid: UUID) -> HttpResponse:
    """Step 2: what the staged file would import; POST imports it all or nothing."""
    pending = uploads.pending_upload_of(request.user, upload_uuid)
    if pending is None:
        raise Http404
    if request.method == "POST":
        result = actions.confirm_upload(pending, acting_user=request.user)
        if result.ok and result.dataset is not None:
            messages.success(request, _(
                "%(file)s을(를) 가져왔습니다: 추정치 %(estimates)s개, 응답자 %(persons)s명.") % {
                "file": result.dataset.file_name, "estimates": result.estimates,
                "persons": result.persons})
            if result.job is not None:
                return redirect("core:job", job_uuid=result.job.uuid)
            return redirect("stats:datasets")
    else:
        result = actions.import_statistics(
            bytes(pending.content), format=pending.format, vintage=pending.vintage,
            acting_user=request.user, dry_run=True, file_name=pending.file_name)
    return render(request, "labourstats/upload_preview.html", {
        "pending": pending, "result": result, "preview": uploads.preview_of(result),
        "vintage_label": Vintage(pending.vintage).label,
    }, status=200 if result.ok else 400)


def _format_choices() -> list[tuple[str, str]]:
    labels = dict(ImportFormat.choices)
    return [(f, str(labels.get(f, _("자동 판별")))) for f in importers.FORMATS]
