"""Statistics pages: published figures, public and read-only. Thin: reads come from
`dashboard`; a table asked for with `?format=xlsx` downloads as Excel (signed-in users get
the links, but the figures are public either way)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from goyong.labourstats import dashboard as reads
from goyong.labourstats.choices import Vintage
from goyong.labourstats.errors import PeriodError
from goyong.labourstats.exports import workbook, xlsx_response
from goyong.labourstats.periods import Period


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
    return render(request, "labourstats/dashboard.html", {
        "years": years, "period": str(period) if period else "", "period_error": error,
        "metric": metric, "metrics": list(reads.METRICS.items()), "board": board,
        "target": int(reads.TARGET), "has_offices": bool(reads.office_periods()),
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
    return render(request, "labourstats/area.html", {
        "series": series, "target": int(reads.TARGET),
        "chart": {"points": [{"year": int(p.period), "value": float(p.text),
                              "vintage": p.vintage} for p in series.points],
                  "forecast": series.forecast, "target": reads.TARGET},
    })


@require_GET
def gap(request: HttpRequest) -> HttpResponse:
    years = reads.available_periods()
    period, error = _period_from(request, years)
    plan = reads.gap_plan(period) if period else None
    if plan and plan.rows and request.GET.get("format") == "xlsx":
        header = [_("지역 코드"), _("지역"), _("15~64세 인구 (명)"), _("15~64세 취업자 (명)"),
                  _("15~64세 고용률 (%)"), _("70% 도달에 필요한 취업자 (명)")]
        rows: list[list[object]] = [
            [r.code, r.name, _num(r.population), _num(r.employed), r.value("rate_15_64"),
             _num(r.needed)] for r in plan.rows]
        rows.append(["", _("합계"), _num(plan.total_population), _num(plan.total_employed),
                     plan.total_rate, _num(plan.total_needed)])
        data = workbook(_("70% 도달 계획표"), header, rows, [str(s) for s in plan.sources])
        return xlsx_response(f"goyong-gap-{plan.period}.xlsx", data)
    return render(request, "labourstats/gap.html", {
        "years": years, "period": str(period) if period else "", "period_error": error,
        "plan": plan, "target": int(reads.TARGET),
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
