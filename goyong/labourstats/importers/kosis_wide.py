"""KOSIS wide exports: two header rows (periods, then items), one row per area.

경제활동인구조사 시도 (`"A 시도별(1)"`, `Y2023 2023`, items T10…T100, areas `00 계`) and
지역별고용조사 시군구 (`"A 행정구역별"`, `H202401 2024.1/2`, items T1…T11, areas
`1101 서울 종로구`) share the layout; they differ in items and area codes."""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from goyong.labourstats.choices import (
    COUNT_MEASURES,
    AreaLevel,
    CodeSystem,
    Group,
    ImportFormat,
    Measure,
    Unit,
)
from goyong.labourstats.importers.common import (
    MISSING,
    Area,
    AreaResolver,
    EstimateRow,
    Parsed,
    column_name,
    parse_decimal,
    unit_of,
)
from goyong.labourstats.periods import Period

# item code → (group, measure)
SIDO_ITEMS: dict[str, tuple[str, str]] = {
    "T10": (Group.TOTAL, Measure.POPULATION),
    "T20": (Group.TOTAL, Measure.ECON_ACTIVE),
    "T30": (Group.TOTAL, Measure.EMPLOYED),
    "T40": (Group.TOTAL, Measure.UNEMPLOYED),
    "T50": (Group.TOTAL, Measure.INACTIVE),
    "T60": (Group.TOTAL, Measure.PARTICIPATION_RATE),
    "T80": (Group.TOTAL, Measure.UNEMPLOYMENT_RATE),
    "T90": (Group.TOTAL, Measure.EMPLOYMENT_RATE),
    "T100": (Group.AGE_15_64, Measure.EMPLOYMENT_RATE),
}
SIGUNGU_ITEMS: dict[str, tuple[str, str]] = {
    "T1": (Group.TOTAL, Measure.POPULATION),
    "T2": (Group.TOTAL, Measure.ECON_ACTIVE),
    "T3": (Group.TOTAL, Measure.EMPLOYED),
    "T4": (Group.TOTAL, Measure.UNEMPLOYED),
    "T5": (Group.TOTAL, Measure.INACTIVE),
    "T6": (Group.TOTAL, Measure.PARTICIPATION_RATE),
    "T7": (Group.TOTAL, Measure.EMPLOYMENT_RATE),
    "T8": (Group.TOTAL, Measure.UNEMPLOYMENT_RATE),
    "T11": (Group.AGE_15_64, Measure.EMPLOYMENT_RATE),
}

SOURCES: dict[str, tuple[str, str]] = {
    ImportFormat.KOSIS_SIDO: ("kosis:eap-sido", "출처: 통계청, 경제활동인구조사 (KOSIS)"),
    ImportFormat.KOSIS_SIGUNGU: ("kosis:lfs-sigungu", "출처: 통계청, 지역별고용조사 (KOSIS)"),
}

_PERIOD = re.compile(r"^([YHM])(\d{4})(\d{2})?\b")
_ITEM = re.compile(r"^(T\d+)\b")


def kosis_period(cell: str) -> Period | None:
    """`Y2023 2023` → 2023, `H202401 2024.1/2` → 2024H1, `M201703 2017.03` → 2017-03."""
    match = _PERIOD.match(cell.strip())
    if not match:
        return None
    kind, year, number = match.groups()
    if kind == "Y" and number is None:
        return Period(int(year), "year")
    if kind == "H" and number in {"01", "02"}:
        return Period(int(year), "half", int(number))
    if kind == "M" and number is not None and 1 <= int(number) <= 12:
        return Period(int(year), "month", int(number))
    return None


def looks_like(rows: list[tuple[int, list[str]]]) -> str | None:
    """kosis-sido or kosis-sigungu if the first two records are KOSIS wide headers."""
    if len(rows) < 3:
        return None
    (_n1, first), (_n2, second), (_n3, data) = rows[:3]
    if len(first) < 2 or kosis_period(first[1]) is None or not _ITEM.match(second[1] or ""):
        return None
    code = data[0].split(" ", 1)[0]
    if code.isdigit() and len(code) == 4:
        return ImportFormat.KOSIS_SIGUNGU
    if code.isdigit() and len(code) == 2:
        return ImportFormat.KOSIS_SIDO
    return ImportFormat.KOSIS_SIGUNGU if "행정구역" in first[0] + second[0] else (
        ImportFormat.KOSIS_SIDO)


def parse(rows: list[tuple[int, list[str]]], fmt: str, resolver: AreaResolver) -> Parsed:
    source, label = SOURCES[fmt]
    result = Parsed(format=fmt, source=source, source_label=label)
    items = SIDO_ITEMS if fmt == ImportFormat.KOSIS_SIDO else SIGUNGU_ITEMS
    code_length = 2 if fmt == ImportFormat.KOSIS_SIDO else 4
    if len(rows) < 3:
        result.error(1, "A", "", _("머리글 두 줄(기간, 항목)과 자료 행이 있어야 합니다. "
                                   "KOSIS에서 내려받은 CSV 파일을 그대로 올리세요."))
        return result
    (n1, periods_row), (n2, items_row) = rows[0], rows[1]
    columns: dict[int, tuple[Period, str, str, str]] = {}
    seen: dict[tuple[str, str], int] = {}
    for index in range(1, max(len(periods_row), len(items_row))):
        period_cell = periods_row[index] if index < len(periods_row) else ""
        item_cell = items_row[index] if index < len(items_row) else ""
        period = kosis_period(period_cell)
        if period is None:
            result.error(n1, column_name(index), period_cell, _(
                "기간 머리글을 읽을 수 없습니다. 'Y2023 2023', 'H202401 2024.1/2'처럼 "
                "KOSIS 기간 코드로 시작해야 합니다."))
            continue
        match = _ITEM.match(item_cell)
        if match is None or match[1] not in items:
            result.error(n2, column_name(index), item_cell, _(
                "알 수 없는 항목입니다. 이 형식에서 쓸 수 있는 항목 코드: %(codes)s.")
                % {"codes": ", ".join(items)})
            continue
        group, measure = items[match[1]]
        key = (str(period), match[1])
        if key in seen:
            result.error(n1, column_name(index), period_cell, _(
                "같은 기간·항목(%(period)s, %(item)s)이 %(other)s 열에 이미 있습니다. "
                "중복된 열을 지우세요.") % {"period": period, "item": match[1],
                                          "other": column_name(seen[key])})
            continue
        seen[key] = index
        default_unit = Unit.THOUSANDS if measure in COUNT_MEASURES else Unit.PERCENT
        columns[index] = (period, group, measure, unit_of(item_cell, default_unit))
    areas_seen: dict[str, int] = {}
    for number, row in rows[2:]:
        result.rows_read += 1
        label = row[0]
        code, _sep, _name = label.partition(" ")
        if not (code.isdigit() and len(code) == code_length):
            result.error(number, "A", label, _(
                "지역을 알 수 없습니다. 지역 칸은 '%(example)s'처럼 %(digits)s자리 코드와 "
                "이름이어야 합니다.") % {
                    "example": "11 서울특별시" if code_length == 2 else "1101 서울 종로구",
                    "digits": code_length})
            continue
        if code in areas_seen:
            result.error(number, "A", label, _(
                "같은 지역이 %(other)s행에 이미 있습니다. 중복된 행을 지우세요.")
                % {"other": areas_seen[code]})
            continue
        areas_seen[code] = number
        resolved: dict[str, Area | None] = {}
        for index, (period, group, measure, unit) in columns.items():
            cell = row[index] if index < len(row) else ""
            if cell in MISSING:
                result.cells_missing += 1
                continue
            period_key = str(period)
            if period_key not in resolved:
                day = period.reference_date
                resolved[period_key] = (resolver.sido(code, day) if code_length == 2
                                        else resolver.sigungu(code, day))
            area = resolved[period_key]
            if area is None:
                result.error(number, "A", label, _(
                    "%(day)s 기준 행정구역에 없는 지역 코드입니다. 코드와 기간을 확인하세요.")
                    % {"day": period.reference_date.isoformat()})
                break
            number_and_digits = parse_decimal(cell)
            if number_and_digits is None:
                result.error(number, column_name(index), cell, _(
                    "숫자가 아닙니다. 숫자(예: 64.4) 또는 자료 없음 표시 '-'를 넣으세요."))
                continue
            value, decimals = number_and_digits
            result.estimates.append(EstimateRow(
                area_level=area.level, area_code=area.code,
                code_system=(CodeSystem.KOSTAT if code_length == 2 or area.level
                             == AreaLevel.NATION else CodeSystem.KOSIS4),
                source_area=label, region_id=area.region_id, period=period, group=group,
                measure=measure, unit=unit, value=value, decimals=decimals, row=number,
                column=column_name(index),
            ))
    return result
