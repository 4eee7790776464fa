"""Reads of stored estimates, shaped for the CLI export (and later the pages and API)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from goyong.labourstats.choices import COUNT_MEASURES, AreaLevel, Measure, Unit
from goyong.labourstats.models import Estimate
from goyong.labourstats.periods import Period
from goyong.reference import queries as reference

MEASURES = list(Measure.values)


def column_of(measure: str) -> str:
    """Export column of a measure: counts in thousands of persons, rates in percent."""
    return f"{measure}_thousands" if measure in COUNT_MEASURES else measure


EXPORT_COLUMNS = ["level", "code", "name", "period", "group",
                  *[c for m in MEASURES for c in (column_of(m), f"{column_of(m)}_se")],
                  "vintage", "release_date", "source", "note"]


@dataclass
class ExportRow:
    level: str
    code: str
    name: str
    period: str
    group: str
    vintage: str
    release_date: str
    source: str
    values: dict[str, str] = field(default_factory=dict)
    note: str = ""

    def as_dict(self) -> dict[str, str]:
        row = {"level": self.level, "code": self.code, "name": self.name,
               "period": self.period, "group": self.group, "vintage": self.vintage,
               "release_date": self.release_date, "source": self.source, "note": self.note}
        for column in EXPORT_COLUMNS:
            row.setdefault(column, self.values.get(column, ""))
        return row


def _text(value: Decimal, decimals: int) -> str:
    return f"{value:.{decimals}f}"


def _in_thousands(estimate: Estimate) -> tuple[Decimal, int]:
    if estimate.unit == Unit.PERSONS:
        return estimate.value / 1000, estimate.decimals + 3
    return estimate.value, estimate.decimals


def export_rows(period: Period, level: str, group: str | None = None) -> list[ExportRow]:
    """One row per area × group × vintage × source held for `period` at `level`."""
    if level == AreaLevel.OFFICE:
        return office_rows(period, group)
    levels: list[str] = [AreaLevel.NATION, AreaLevel.SIDO] if level == AreaLevel.SIDO else [level]
    qs = Estimate.objects.filter(period=str(period), area_level__in=levels).select_related(
        "region").order_by("area_level", "area_code", "group", "vintage", "source", "measure")
    if group:
        qs = qs.filter(group=group)
    rows: dict[tuple[str, ...], ExportRow] = {}
    for estimate in qs:
        key = (estimate.area_level != AreaLevel.NATION and "1" or "0", estimate.area_code,
               estimate.group, estimate.vintage, estimate.source)
        row = rows.get(key)
        if row is None:
            name = estimate.region.name if estimate.region else _("전국")
            if estimate.region and estimate.area_level == AreaLevel.SIGUNGU:
                name = estimate.region.full_name
            row = rows[key] = ExportRow(
                level=estimate.area_level, code=estimate.area_code, name=name,
                period=estimate.period, group=estimate.group, vintage=estimate.vintage,
                release_date=estimate.release_date.isoformat() if estimate.release_date
                else "", source=estimate.source)
        column = column_of(estimate.measure)
        if estimate.measure in COUNT_MEASURES:
            value, decimals = _in_thousands(estimate)
        else:
            value, decimals = estimate.value, estimate.decimals
        row.values[column] = _text(value, decimals)
        if estimate.se is not None:
            row.values[f"{column}_se"] = f"{estimate.se.normalize():f}"
    return [rows[key] for key in sorted(rows)]


def _ratio(numerator: Decimal, denominator: Decimal) -> str:
    if not denominator:
        return ""
    return f"{(numerator / denominator * 100).quantize(Decimal('1e-10')).normalize():f}"


def office_rows(period: Period, group: str | None = None) -> list[ExportRow]:
    """Office jurisdictions: sums of their 시군구 counts on the period's date, rates
    recomputed from the sums (never averaged). Missing counts are named in `note`."""
    day = period.reference_date
    qs = Estimate.objects.filter(period=str(period), area_level=AreaLevel.SIGUNGU,
                                 measure__in=COUNT_MEASURES)
    if group:
        qs = qs.filter(group=group)
    counts: dict[tuple[str, str, str], dict[str, dict[str, Decimal]]] = defaultdict(
        lambda: defaultdict(dict))
    meta: dict[tuple[str, str, str], str] = {}
    for estimate in qs:
        value = estimate.value * 1000 if estimate.unit == Unit.THOUSANDS else estimate.value
        combo = (estimate.group, estimate.vintage, estimate.source)
        counts[combo][estimate.area_code][estimate.measure] = value
        meta[combo] = estimate.release_date.isoformat() if estimate.release_date else ""
    groups_with_rates = set(Estimate.objects.filter(
        period=str(period), area_level=AreaLevel.SIGUNGU).values_list(
        "group", "vintage", "source").distinct())
    if group:
        groups_with_rates = {combo for combo in groups_with_rates if combo[0] == group}
    rows: list[ExportRow] = []
    offices = list(reference.offices_on(day))
    covered = {office.code: [j.region for j in reference.jurisdiction_of(office.code, day)]
               for office in offices}
    for combo in sorted(groups_with_rates):
        group_code, vintage, source = combo
        by_area = counts.get(combo, {})
        for office in offices:
            regions = covered[office.code]
            row = ExportRow(level=AreaLevel.OFFICE, code=office.code, name=office.name,
                            period=str(period), group=group_code, vintage=vintage,
                            release_date=meta.get(combo, ""), source=source)
            sums: dict[str, Decimal] = {}
            missing_measures: set[str] = set()
            missing_areas: set[str] = set()
            for measure in COUNT_MEASURES:
                total = Decimal(0)
                for region in regions:
                    found = by_area.get(region.kostat_code, {}).get(measure)
                    if found is None:
                        missing_areas.add(region.full_name)
                        missing_measures.add(measure)
                    else:
                        total += found
                if measure not in missing_measures and regions:
                    sums[measure] = total
                    row.values[column_of(measure)] = f"{(total / 1000).normalize():f}"
            population = sums.get(Measure.POPULATION)
            if population is not None and Measure.EMPLOYED in sums:
                row.values[Measure.EMPLOYMENT_RATE] = _ratio(sums[Measure.EMPLOYED], population)
            if population is not None and Measure.ECON_ACTIVE in sums:
                row.values[Measure.PARTICIPATION_RATE] = _ratio(
                    sums[Measure.ECON_ACTIVE], population)
            if Measure.ECON_ACTIVE in sums and Measure.UNEMPLOYED in sums:
                row.values[Measure.UNEMPLOYMENT_RATE] = _ratio(
                    sums[Measure.UNEMPLOYED], sums[Measure.ECON_ACTIVE])
            if not regions:
                row.note = _("이 날짜에 관할 시군구가 없습니다.")
            elif missing_measures:
                names = sorted(missing_areas)
                row.note = _(
                    "시군구 수치가 없어 합산할 수 없는 지표가 있습니다: %(measures)s "
                    "(빠진 시군구 %(count)s곳: %(areas)s). 비율은 시군구 비율을 평균하지 않고 "
                    "인원 수로만 계산합니다.") % {
                    "measures": ", ".join(str(Measure(m).label) for m in sorted(missing_measures)),
                    "count": len(names), "areas": ", ".join(names[:5]) + (
                        " …" if len(names) > 5 else "")}
            rows.append(row)
    return rows
