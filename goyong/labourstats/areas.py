"""Reads for the 시도 drill-down (its 시군구 by target group, direct and small-area) and the
group decompositions of the gap and of a change between two periods. Survey-based cells
follow the publication rules of `dashboard.Cell`: under 5 sample persons suppressed, RSE ≥
25% flagged, and then the small-area estimate shown with its RRMSE."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from django.utils.translation import gettext_lazy

from goyong.labourstats.choices import AreaLevel, Group, Measure, SourceKind, Unit
from goyong.labourstats.dashboard import (
    RSE_FLAG,
    SUPPRESS_BELOW,
    SourceNote,
    _best,
    _sources,
    previous_period,
)
from goyong.labourstats.engine.decomposition import kitagawa
from goyong.labourstats.engine.gap import gap_by_group, persons_needed
from goyong.labourstats.models import Estimate
from goyong.labourstats.periods import Period
from goyong.reference import queries as reference
from goyong.reference.choices import RegionLevel

# Metric of the drill-down → the group whose 시군구 rates it maps.
AREA_METRICS: dict[str, Any] = {
    "rate_15_64": gettext_lazy("15~64세 고용률 (%)"),
    "rate_youth": gettext_lazy("청년(15~29세) 고용률 (%)"),
    "rate_women": gettext_lazy("여성(15~64세) 고용률 (%)"),
    "rate_older": gettext_lazy("장년(55~64세) 고용률 (%)"),
    "needed": gettext_lazy("70% 도달에 필요한 취업자 (명)"),
    "change": gettext_lazy("15~64세 고용률 직전 기간 대비 변화 (%p)"),
}
METRIC_GROUP = {"rate_15_64": Group.AGE_15_64, "rate_youth": Group.YOUTH,
                "rate_women": Group.WOMEN_15_64, "rate_older": Group.OLDER,
                "needed": Group.AGE_15_64, "change": Group.AGE_15_64}
AGE_PARTS = [("youth", gettext_lazy("청년 15~29세")), ("middle", gettext_lazy("30~54세")),
             ("older", gettext_lazy("장년 55~64세"))]
SEX_PARTS = [("women", gettext_lazy("여성 15~64세")), ("men", gettext_lazy("남성 15~64세"))]


@dataclass
class AreaCell:
    """One 시군구 × group: the direct estimate and, where it exists, the small-area one."""

    direct: float | None = None
    direct_se: float | None = None
    direct_rse: float | None = None
    sample: int | None = None
    model: float | None = None
    model_rrmse: float | None = None

    @property
    def suppressed(self) -> bool:
        return self.sample is not None and self.sample < SUPPRESS_BELOW

    @property
    def unreliable(self) -> bool:
        return self.direct_rse is not None and self.direct_rse >= float(RSE_FLAG)

    @property
    def uses_model(self) -> bool:
        """Shown value is the small-area estimate: the direct one is unreliable or missing."""
        return not self.suppressed and self.model is not None and (
            self.unreliable or self.direct is None)

    @property
    def shown(self) -> float | None:
        if self.suppressed:
            return None
        return self.model if self.uses_model else self.direct


@dataclass
class SigunguRow:
    code: str
    name: str
    cell: AreaCell
    needed: float | None = None
    change: float | None = None

    def value(self, metric: str) -> float | None:
        if metric == "needed":
            return None if self.cell.suppressed else self.needed
        if metric == "change":
            return None if self.cell.suppressed else self.change
        return self.cell.shown


@dataclass
class SidoDetail:
    code: str
    name: str
    period: str
    metric: str
    rows: list[SigunguRow]
    sources: list[SourceNote]
    sido_cell: AreaCell | None = None

    @property
    def metric_label(self) -> str:
        return str(AREA_METRICS[self.metric])

    def chart_data(self) -> list[dict[str, Any]]:
        return [{"code": r.code, "name": r.name, "value": _round(r.value(self.metric))}
                for r in self.rows]


def _round(value: float | None, places: int = 1) -> float | None:
    return None if value is None else round(value, places)


def _persons(e: Estimate) -> float:
    value = float(e.value)
    return value * 1000 if e.unit == Unit.THOUSANDS else value


def sigungu_periods() -> list[str]:
    """Periods with 시군구 employment rates (survey-based), newest first."""
    periods = Estimate.objects.filter(
        area_level=AreaLevel.SIGUNGU, measure=Measure.EMPLOYMENT_RATE,
    ).values_list("period", flat=True).distinct()
    return sorted(set(periods), key=lambda p: Period.parse(p).start, reverse=True)


def _cells(estimates: list[Estimate], group: str) -> dict[str, AreaCell]:
    cells: dict[str, AreaCell] = {}
    for e in estimates:
        if e.group != group or e.measure != Measure.EMPLOYMENT_RATE:
            continue
        cell = cells.setdefault(e.area_code, AreaCell())
        if e.source_kind == SourceKind.MODEL:
            cell.model = float(e.value)
            cell.model_rrmse = float(e.rse) if e.rse is not None else None
            if cell.sample is None:
                cell.sample = e.sample_size
        else:
            cell.direct = float(e.value)
            cell.direct_se = float(e.se) if e.se is not None else None
            cell.direct_rse = float(e.rse) if e.rse is not None else None
            cell.sample = e.sample_size
    return cells


def sido_detail(code: str, period: Period, metric: str) -> SidoDetail | None:
    """The 시군구 of one 시도 for one period, for the metric's group; None for an unknown 시도."""
    day = period.reference_date
    sido = reference.regions_on(day, RegionLevel.SIDO).filter(kostat_code=code).first()
    if sido is None:
        return None
    group = METRIC_GROUP[metric]
    previous = str(previous_period(period))
    estimates = list(Estimate.objects.filter(
        period__in=[str(period), previous], area_code__startswith=code,
        area_level__in=[AreaLevel.SIGUNGU, AreaLevel.SIDO],
        group=group).select_related("region", "dataset"))
    now = [e for e in estimates if e.period == str(period)]
    before = [e for e in estimates if e.period == previous]
    cells = _cells([e for e in now if e.area_level == AreaLevel.SIGUNGU], group)
    cells_before = _cells([e for e in before if e.area_level == AreaLevel.SIGUNGU], group)
    counts: dict[tuple[str, str], float] = {
        (e.area_code, e.measure): _persons(e) for e in now
        if e.area_level == AreaLevel.SIGUNGU and e.source_kind != SourceKind.MODEL
        and e.measure in (Measure.POPULATION, Measure.EMPLOYED)}
    names = {r.kostat_code: r.name for r in reference.regions_on(day, RegionLevel.SIGUNGU)
             .filter(kostat_code__startswith=code)}
    for e in now:
        if e.region_id and e.area_level == AreaLevel.SIGUNGU and e.region:
            names.setdefault(e.area_code, e.region.name)
    rows = []
    for area in sorted(set(cells) | {c for c in names if c in cells}):
        cell = cells[area]
        row = SigunguRow(area, names.get(area, area), cell)
        pop, emp = counts.get((area, Measure.POPULATION)), counts.get((area, Measure.EMPLOYED))
        if pop and emp is not None:
            row.needed = float(persons_needed(emp, pop).needed)
        earlier = cells_before.get(area)
        if earlier and earlier.shown is not None and cell.shown is not None \
                and not earlier.suppressed:
            row.change = round(cell.shown - earlier.shown, 1)
        rows.append(row)
    sido_cells = _cells([e for e in now if e.area_level == AreaLevel.SIDO], group)
    used = [e for e in now if e.measure == Measure.EMPLOYMENT_RATE]
    return SidoDetail(code, sido.name, str(period), metric, rows, _sources(used),
                      sido_cells.get(code))


# ---- group decompositions ------------------------------------------------------------


@dataclass
class GroupSplit:
    """An area's gap to 70% split exactly into group contributions (engine.gap)."""

    code: str
    name: str
    needed: float
    gap: float
    by_age: dict[str, float] = field(default_factory=dict)
    by_sex: dict[str, float] = field(default_factory=dict)


@dataclass
class ChangeSplit:
    """Kitagawa decomposition of the 15–64 rate change between two periods (percentage
    points) over the age groups 15–29, 30–54, 55–64: rate and population-structure effects,
    and each group's share of the rate effect."""

    code: str
    name: str
    period_1: str
    period_2: str
    rate_1: float
    rate_2: float
    rate_effect: float
    composition_effect: float
    by_group: dict[str, float] = field(default_factory=dict)

    @property
    def difference(self) -> float:
        return self.rate_2 - self.rate_1


def _counts(period: str, level: str, code_prefix: str = "") -> dict[
        str, dict[tuple[str, str], float]]:
    """area → (group, measure) → persons, from survey counts (not model rows)."""
    qs = Estimate.objects.filter(
        period=period, area_level=level, measure__in=[Measure.POPULATION, Measure.EMPLOYED],
        group__in=[Group.AGE_15_64, Group.YOUTH, Group.OLDER, Group.WOMEN_15_64],
    ).exclude(source_kind=SourceKind.MODEL)
    if code_prefix:
        qs = qs.filter(area_code__startswith=code_prefix)
    out: dict[str, dict[tuple[str, str], float]] = {}
    for (area, _p, group, measure), e in _best(list(qs)).items():
        out.setdefault(area, {})[(group, measure)] = _persons(e)
    return out


def _parts(c: dict[tuple[str, str], float], measure: str) -> tuple[list[float], list[float]] | None:
    keys = [(Group.AGE_15_64, measure), (Group.YOUTH, measure), (Group.OLDER, measure),
            (Group.WOMEN_15_64, measure)]
    if any(k not in c for k in keys):
        return None
    total, youth, older, women = (c[k] for k in keys)
    return [youth, total - youth - older, older], [women, total - women]


def group_splits(period: Period, level: str = AreaLevel.SIDO) -> list[GroupSplit]:
    """Per area (시도 by default, the nation first): persons needed and the exact split of
    the gap `0.7·P − E` by age group and by sex. Empty without survey counts by group."""
    counts = _counts(str(period), level)
    if level == AreaLevel.SIDO:
        counts.update(_counts(str(period), AreaLevel.NATION))
    names = {r.kostat_code: r.name for r in reference.regions_on(period.reference_date)}
    out = []
    for code in sorted(counts, key=lambda c: (c != "00", c)):
        pop, emp = _parts(counts[code], Measure.POPULATION), _parts(counts[code], Measure.EMPLOYED)
        if pop is None or emp is None:
            continue
        by_age = gap_by_group(np.array([emp[0]]), np.array([pop[0]]))
        by_sex = gap_by_group(np.array([emp[1]]), np.array([pop[1]]))
        out.append(GroupSplit(
            code, names.get(code, str(gettext_lazy("전국")) if code == "00" else code),
            needed=float(by_age.needed_total[0]), gap=float(by_age.gap_total[0]),
            by_age={k: float(v) for (k, _l), v in zip(AGE_PARTS, by_age.contribution[0],
                                                       strict=True)},
            by_sex={k: float(v) for (k, _l), v in zip(SEX_PARTS, by_sex.contribution[0],
                                                       strict=True)}))
    return out


def change_splits(period: Period, level: str = AreaLevel.SIDO) -> list[ChangeSplit]:
    """Per area: the 15–64 rate change from the previous period decomposed (Kitagawa) into
    group-rate and age-structure effects, in percentage points."""
    before = previous_period(period)
    now_counts, old_counts = _counts(str(period), level), _counts(str(before), level)
    if level == AreaLevel.SIDO:
        now_counts.update(_counts(str(period), AreaLevel.NATION))
        old_counts.update(_counts(str(before), AreaLevel.NATION))
    names = {r.kostat_code: r.name for r in reference.regions_on(period.reference_date)}
    out = []
    for code in sorted(set(now_counts) & set(old_counts), key=lambda c: (c != "00", c)):
        p2, e2 = _parts(now_counts[code], Measure.POPULATION), _parts(now_counts[code],
                                                                      Measure.EMPLOYED)
        p1, e1 = _parts(old_counts[code], Measure.POPULATION), _parts(old_counts[code],
                                                                      Measure.EMPLOYED)
        if not (p1 and p2 and e1 and e2) or min(p1[0]) <= 0 or min(p2[0]) <= 0:
            continue
        r1 = np.array(e1[0]) / np.array(p1[0]) * 100
        r2 = np.array(e2[0]) / np.array(p2[0]) * 100
        k = kitagawa(r1, p1[0], r2, p2[0])
        c1, c2 = np.array(p1[0]) / sum(p1[0]), np.array(p2[0]) / sum(p2[0])
        terms = (c1 + c2) / 2 * (r2 - r1)  # each group's part of Kitagawa's rate effect
        out.append(ChangeSplit(
            code, names.get(code, str(gettext_lazy("전국")) if code == "00" else code),
            str(before), str(period), k.crude_1, k.crude_2, k.rate_effect,
            k.composition_effect,
            {key: float(t) for (key, _l), t in zip(AGE_PARTS, terms, strict=True)}))
    return out


def survey_sources(period: Period) -> list[SourceNote]:
    """Source lines of the survey-based figures of a period (e.g. the synthetic demo data)."""
    used = list(Estimate.objects.filter(
        period=str(period), area_level__in=[AreaLevel.SIDO, AreaLevel.NATION],
        group=Group.AGE_15_64, measure=Measure.POPULATION).exclude(
        source_kind=SourceKind.MODEL).select_related("dataset"))
    return _sources(used)
