"""Reads shaped for the statistics pages: the national dashboard, an area's series and the
gap planner. Business rules stay in `engine` (gap, trends); this module only picks the
stored values (a revised figure before an as-published one) and lays them out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import numpy as np
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from goyong.labourstats.choices import AreaLevel, Group, Measure, Unit, Vintage
from goyong.labourstats.engine.gap import persons_needed
from goyong.labourstats.engine.trends import LocalLinearTrend
from goyong.labourstats.models import Estimate
from goyong.labourstats.periods import Period
from goyong.labourstats.queries import office_rows
from goyong.reference import queries as reference
from goyong.reference.choices import RegionLevel

TARGET = 70.0
# 경제활동인구조사 publishes no standard errors for the annual 시도 rates; the trend model is
# fitted with this assumed survey SE (percentage points), and the page says so.
ASSUMED_SE = 0.3
SUPPRESS_BELOW = 5
RSE_FLAG = Decimal(25)

METRICS: dict[str, Any] = {
    "rate_15_64": gettext_lazy("15~64세 고용률 (%)"),
    "rate_total": gettext_lazy("15세 이상 고용률 (%)"),
    "rate_youth": gettext_lazy("청년(15~29세) 고용률 (%)"),
    "rate_women": gettext_lazy("여성(15~64세) 고용률 (%)"),
    "rate_older": gettext_lazy("장년(55~64세) 고용률 (%)"),
    "participation": gettext_lazy("경제활동참가율 (%)"),
    "unemployment": gettext_lazy("실업률 (%)"),
    "needed": gettext_lazy("70% 도달에 필요한 취업자 (명)"),
    "change": gettext_lazy("15~64세 고용률 직전 기간 대비 변화 (%p)"),
    "rse_flags": gettext_lazy("상대표준오차 25% 이상인 시군구 수"),
}
_METRIC_KEYS = {
    "rate_15_64": (Group.AGE_15_64, Measure.EMPLOYMENT_RATE),
    "rate_youth": (Group.YOUTH, Measure.EMPLOYMENT_RATE),
    "rate_women": (Group.WOMEN_15_64, Measure.EMPLOYMENT_RATE),
    "rate_older": (Group.OLDER, Measure.EMPLOYMENT_RATE),
    "rate_total": (Group.TOTAL, Measure.EMPLOYMENT_RATE),
    "participation": (Group.TOTAL, Measure.PARTICIPATION_RATE),
    "unemployment": (Group.TOTAL, Measure.UNEMPLOYMENT_RATE),
}
_VINTAGE_RANK: dict[str, int] = {Vintage.REVISED.value: 0, Vintage.PUBLISHED.value: 1}


@dataclass(frozen=True)
class Cell:
    """A published cell: its value unless the sample is too small, and a reliability flag."""

    value: float | None
    sample: int | None = None
    rse: Decimal | None = None

    @property
    def suppressed(self) -> bool:
        return self.sample is not None and self.sample < SUPPRESS_BELOW

    @property
    def unreliable(self) -> bool:
        return not self.suppressed and self.rse is not None and self.rse >= RSE_FLAG

    @property
    def shown(self) -> float | None:
        """What may be published: nothing for a cell under 5 sample persons."""
        return None if self.suppressed else self.value


@dataclass
class SourceNote:
    label: str
    vintage: str
    release_date: dt.date | None

    def __str__(self) -> str:
        parts = [self.label, str(Vintage(self.vintage).label) + " " + _("자료")]
        if self.release_date:
            parts.append(_("공표 %(date)s") % {"date": self.release_date.isoformat()})
        return ", ".join(parts)


@dataclass
class AreaRow:
    code: str
    name: str
    values: dict[str, Cell] = field(default_factory=dict)
    population: float | None = None  # 15–64, persons
    employed: float | None = None
    needed: float | None = None

    def value(self, metric: str) -> float | None:
        cell = self.values.get(metric)
        return cell.shown if cell else None


def _persons(estimate: Estimate) -> float:
    value = float(estimate.value)
    return value * 1000 if estimate.unit == Unit.THOUSANDS else value


def _best(estimates: list[Estimate]) -> dict[tuple[str, str, str, str], Estimate]:
    """One estimate per (area, period, group, measure): revised before as-published."""
    chosen: dict[tuple[str, str, str, str], Estimate] = {}
    for e in estimates:
        key = (e.area_code, e.period, e.group, e.measure)
        old = chosen.get(key)
        if old is None or _VINTAGE_RANK.get(e.vintage, 9) < _VINTAGE_RANK.get(old.vintage, 9):
            chosen[key] = e
    return chosen


def previous_period(period: Period) -> Period:
    """The period before: the year before, the other half-year, the month before."""
    if period.kind == "half":
        return Period(period.year - (period.number == 1), "half", 2 if period.number == 1 else 1)
    if period.kind == "month":
        return Period(period.year - (period.number == 1), "month",
                      12 if period.number == 1 else period.number - 1)
    return Period(period.year - 1, "year")


def available_periods() -> list[str]:
    """Years and half-years with a 15–64 employment rate for the 시도, newest first."""
    periods = Estimate.objects.filter(
        area_level=AreaLevel.SIDO, group=Group.AGE_15_64, measure=Measure.EMPLOYMENT_RATE,
    ).values_list("period", flat=True).distinct()
    kept = [p for p in set(periods) if Period.parse(p).kind in ("year", "half")]
    return sorted(kept, key=lambda p: (Period.parse(p).start, p), reverse=True)


def _sources(estimates: list[Estimate]) -> list[SourceNote]:
    seen: dict[tuple[str, str, dt.date | None], SourceNote] = {}
    for e in estimates:
        key = (e.dataset.source_label, e.vintage, e.release_date)
        if key not in seen:
            seen[key] = SourceNote(e.dataset.source_label, e.vintage, e.release_date)
    return list(seen.values())


def _rows_for(period: Period, codes: set[str] | None = None) -> tuple[
        list[AreaRow], AreaRow | None, list[SourceNote]]:
    previous = str(previous_period(period))
    qs = Estimate.objects.filter(
        period__in=[str(period), previous], area_level__in=[AreaLevel.SIDO, AreaLevel.NATION],
    ).select_related("region", "dataset")
    estimates = list(qs)
    best = _best(estimates)
    rows: dict[str, AreaRow] = {}
    for (code, p, group, measure), e in sorted(best.items()):
        if p != str(period):
            continue
        row = rows.get(code)
        if row is None:
            row = rows[code] = AreaRow(code=code, name="" if code != "00" else _("전국"))
        if not row.name and e.region:
            row.name = e.region.name
        for metric, (g, m) in _METRIC_KEYS.items():
            if (group, measure) == (g, m):
                row.values[metric] = Cell(float(e.value), sample=e.sample_size, rse=e.rse)
        if group == Group.AGE_15_64 and measure == Measure.POPULATION:
            row.population = _persons(e)
        if group == Group.AGE_15_64 and measure == Measure.EMPLOYED:
            row.employed = _persons(e)
    for row in rows.values():
        now = best.get((row.code, str(period), Group.AGE_15_64, Measure.EMPLOYMENT_RATE))
        before = best.get((row.code, previous, Group.AGE_15_64, Measure.EMPLOYMENT_RATE))
        if now is not None and before is not None:
            row.values["change"] = Cell(round(float(now.value - before.value), 1),
                                        sample=min(now.sample_size or 99, before.sample_size or 99)
                                        if now.sample_size or before.sample_size else None)
        if row.population is not None and row.employed is not None:
            row.needed = float(persons_needed(row.employed, row.population).needed)
            row.values["needed"] = Cell(row.needed)
    flags = _rse_flags(str(period))
    for row in rows.values():
        if flags and row.code != "00":
            row.values["rse_flags"] = Cell(float(flags.get(row.code, 0)))
    for row in rows.values():
        row.name = row.name or row.code
    used = [e for e in best.values() if e.period == str(period)]
    nation = rows.pop("00", None)
    ordered = sorted(rows.values(), key=lambda r: r.code)
    return ordered, nation, _sources(used)


def _rse_flags(period: str) -> dict[str, int]:
    """Per 시도: 시군구 × group cells of the period whose direct RSE is 25% or more."""
    flagged = Estimate.objects.filter(
        period=period, area_level=AreaLevel.SIGUNGU, measure=Measure.EMPLOYMENT_RATE,
        rse__gte=RSE_FLAG).exclude(source_kind="model").values_list("area_code", flat=True)
    if not Estimate.objects.filter(period=period, area_level=AreaLevel.SIGUNGU,
                                   rse__isnull=False).exists():
        return {}
    counts: dict[str, int] = {}
    for code in flagged:
        counts[code[:2]] = counts.get(code[:2], 0) + 1
    return counts or {"": 0}


@dataclass
class Dashboard:
    period: str
    metric: str
    rows: list[AreaRow]
    nation: AreaRow | None
    sources: list[SourceNote]

    @property
    def metric_label(self) -> str:
        return str(METRICS[self.metric])

    @property
    def available(self) -> bool:
        return any(r.value(self.metric) is not None for r in self.rows)

    def chart_data(self) -> list[dict[str, Any]]:
        return [{"code": r.code, "name": r.name, "value": r.value(self.metric)}
                for r in self.rows]


def dashboard(period: Period, metric: str) -> Dashboard:
    """The 17 시도 (and the nation) for one period, all metrics computed."""
    rows, nation, sources = _rows_for(period)
    return Dashboard(str(period), metric, rows, nation, sources)


@dataclass
class GapPlan:
    period: str
    rows: list[AreaRow]
    sources: list[SourceNote]
    total_population: float | None
    total_employed: float | None
    total_needed: float | None

    @property
    def total_rate(self) -> float | None:
        if not self.total_population or self.total_employed is None:
            return None
        return round(self.total_employed / self.total_population * 100, 1)


def gap_plan(period: Period) -> GapPlan:
    """Per 시도: 15–64 population, employed, rate and persons needed, most needed first."""
    rows, _nation, sources = _rows_for(period)
    with_counts = [r for r in rows if r.needed is not None]
    with_counts.sort(key=lambda r: (-(r.needed or 0), r.code))
    if not with_counts:
        return GapPlan(str(period), [], sources, None, None, None)
    return GapPlan(
        str(period), with_counts, sources,
        total_population=sum(r.population or 0 for r in with_counts),
        total_employed=sum(r.employed or 0 for r in with_counts),
        total_needed=sum(r.needed or 0 for r in with_counts),
    )


@dataclass
class SeriesPoint:
    period: str
    value: Decimal
    decimals: int
    vintage: str
    source_label: str
    release_date: dt.date | None

    @property
    def text(self) -> str:
        return f"{self.value:.{self.decimals}f}"


@dataclass
class AreaSeries:
    code: str
    name: str
    points: list[SeriesPoint]
    sources: list[SourceNote]
    forecast: dict[str, Any] | None = None

    def years(self) -> list[str]:
        return sorted({p.period for p in self.points})

    def by_year(self) -> list[tuple[str, list[SeriesPoint]]]:
        grouped: dict[str, list[SeriesPoint]] = {}
        for p in self.points:
            grouped.setdefault(p.period, []).append(p)
        return [(year, sorted(grouped[year], key=lambda p: _VINTAGE_RANK.get(p.vintage, 9)))
                for year in sorted(grouped, reverse=True)]


def area_series(code: str) -> AreaSeries | None:
    """The annual 15–64 rate of a 시도 (or the nation, "00"), every vintage, with a trend
    forecast fitted to the preferred value of each year; None when nothing is stored."""
    level = AreaLevel.NATION if code == "00" else AreaLevel.SIDO
    estimates = [e for e in Estimate.objects.filter(
        area_level=level, area_code=code, group=Group.AGE_15_64,
        measure=Measure.EMPLOYMENT_RATE).select_related("region", "dataset")
        if Period.parse(e.period).kind == "year"]
    if not estimates:
        if code == "00":
            return AreaSeries(code, _("전국"), [], [])
        region = reference.regions_on(reference.today(), RegionLevel.SIDO).filter(
            kostat_code=code).first()
        return AreaSeries(code, region.name, [], []) if region else None
    first = next((e for e in estimates if e.region), None)
    name = first.region.name if first and first.region else _("전국")
    points = [SeriesPoint(e.period, e.value, e.decimals, e.vintage, e.dataset.source_label,
                          e.release_date) for e in estimates]
    best = _best(estimates)
    series = sorted((int(p), float(e.value)) for (_c, p, _g, _m), e in best.items())
    result = AreaSeries(code, name, points, _sources(estimates))
    years = [y for y, _v in series]
    if len(series) >= 5 and years == list(range(years[0], years[-1] + 1)):
        result.forecast = _forecast(years, [v for _y, v in series])
    return result


def _forecast(years: list[int], values: list[float]) -> dict[str, Any]:
    model = LocalLinearTrend().fit(np.asarray(values), ASSUMED_SE, start_year=years[0])
    horizon = 10
    fc = model.forecast(horizon, confidence=0.80)
    crossing = model.year_reaching(TARGET, horizon=30, confidence=0.80)
    return {
        "years": [int(y) for y in fc.years],
        "mean": [round(float(x), 2) for x in fc.mean],
        "lower": [round(float(x), 2) for x in fc.lower],
        "upper": [round(float(x), 2) for x in fc.upper],
        "year": crossing.year, "earliest": crossing.earliest, "latest": crossing.latest,
        "already": crossing.already_reached, "assumed_se": ASSUMED_SE,
    }


def office_periods() -> list[str]:
    """Periods with 시군구 counts, from which office jurisdictions can be summed (newest first)."""
    periods = Estimate.objects.filter(
        area_level=AreaLevel.SIGUNGU, group=Group.TOTAL, measure=Measure.EMPLOYED,
    ).values_list("period", flat=True).distinct()
    return sorted(set(periods), key=lambda p: Period.parse(p).start, reverse=True)


@dataclass
class OfficeRank:
    rank: int
    code: str
    name: str
    rate: float | None
    population: float | None  # thousands, 15+
    employed: float | None
    note: str


def office_ranking(period: Period) -> list[OfficeRank]:
    """Offices by the 15+ employment rate of their jurisdiction, summed from 시군구 counts by
    `queries.office_rows` (rates from sums, never averaged); highest first, missing last."""
    def number(text: str) -> float | None:
        return float(text) if text else None

    ranked = sorted(office_rows(period, Group.TOTAL), key=lambda r: (not r.values.get(Measure.EMPLOYMENT_RATE),
                                         -(number(r.values.get(Measure.EMPLOYMENT_RATE, ""))
                                           or 0), r.code))
    return [OfficeRank(
        rank=i, code=r.code, name=r.name,
        rate=(round(v, 1) if (v := number(r.values.get(Measure.EMPLOYMENT_RATE, "")))
              is not None else None),
        population=number(r.values.get("population_thousands", "")),
        employed=number(r.values.get("employed_thousands", "")), note=r.note)
        for i, r in enumerate(ranked, start=1)]
