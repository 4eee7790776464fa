"""KOSIS long exports: area, (sex,) age and item columns, then one column per period.

Columns `행정구역별` or `시도별(1)`; `연령별` or `연령계층별(1)` (`계`, `15 - 64세`, `60세이상`);
optionally `성별` (`계`, `남자`, `여자`); `항목` (`고용률 (%)`); periods `2017`, `2017.01`,
`2017.1/2`. KOSIS leaves a label blank when it repeats the one above; we carry it down."""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from goyong.labourstats.choices import (
    COUNT_MEASURES,
    CodeSystem,
    Group,
    ImportFormat,
    Measure,
    Unit,
)
from goyong.labourstats.importers.common import (
    MISSING,
    NATION_LABELS,
    Area,
    AreaResolver,
    EstimateRow,
    Parsed,
    column_name,
    parse_decimal,
    unit_of,
)
from goyong.labourstats.periods import Period

AREA_COLUMNS = ("행정구역", "시도별", "시군구별", "지역별")
AGE_COLUMNS = ("연령별", "연령계층별")
SEX_COLUMNS = ("성별",)
ITEM_COLUMNS = ("항목",)
IGNORED_COLUMNS = ("단위", "UNIT")

AGES = {
    "계": "all", "15세이상": "all", "15 - 64세": "15_64", "15 - 29세": "15_29",
    "15 - 19세": "15_19", "15 - 24세": "15_24", "20 - 24세": "20_24", "20 - 29세": "20_29",
    "25 - 29세": "25_29", "30 - 39세": "30_39", "40 - 49세": "40_49", "50 - 59세": "50_59",
    "55 - 64세": "55_64", "60 - 64세": "60_64", "60세이상": "60_plus", "65세이상": "65_plus",
}
# (sex, age) → group; sex "all" means both sexes.
GROUPS = {("all", age): age for age in AGES.values() if age != "all"} | {
    ("all", "all"): Group.TOTAL, ("male", "all"): Group.MALE, ("female", "all"): Group.FEMALE,
    ("male", "15_64"): Group.MALE_15_64, ("female", "15_64"): Group.WOMEN_15_64,
}
SEXES = {"계": "all", "남자": "male", "남": "male", "여자": "female", "여": "female"}
ITEMS = {
    "15세이상인구": Measure.POPULATION, "인구": Measure.POPULATION,
    "경제활동인구": Measure.ECON_ACTIVE, "취업자": Measure.EMPLOYED,
    "실업자": Measure.UNEMPLOYED, "비경제활동인구": Measure.INACTIVE,
    "경제활동참가율": Measure.PARTICIPATION_RATE, "실업률": Measure.UNEMPLOYMENT_RATE,
    "고용률": Measure.EMPLOYMENT_RATE,
}
_PERIOD = re.compile(r"^(\d{4})(?:\.(\d{2})|\.? ?([12])/2)?$")


def long_period(cell: str) -> Period | None:
    """`2017` → 2017, `2017.01` → 2017-01, `2017.1/2` or `2017 1/2` → 2017H1."""
    match = _PERIOD.match(cell.strip())
    if not match:
        return None
    year, month, half = match.groups()
    if month:
        return Period(int(year), "month", int(month)) if 1 <= int(month) <= 12 else None
    if half:
        return Period(int(year), "half", int(half))
    return Period(int(year), "year")


def _role(header: str) -> str | None:
    for role, names in (("area", AREA_COLUMNS), ("age", AGE_COLUMNS), ("sex", SEX_COLUMNS),
                        ("item", ITEM_COLUMNS), ("unit", IGNORED_COLUMNS)):
        if any(header.startswith(name) for name in names):
            return role
    return None


def looks_like(rows: list[tuple[int, list[str]]]) -> bool:
    if not rows:
        return False
    roles = {_role(cell) for cell in rows[0][1]}
    return {"area", "item"} <= roles


def _area(label: str, resolver: AreaResolver, period: Period) -> Area | None:
    code, _sep, name = label.partition(" ")
    day = period.reference_date
    if label in NATION_LABELS or code in NATION_LABELS and not name:
        return resolver.nation()
    if code.isdigit() and name:
        if len(code) == 2:
            return resolver.sido(code, day)
        return resolver.sigungu(code, day)
    return resolver.sido_by_name(label, day) or resolver.sigungu(label, day)


def parse(rows: list[tuple[int, list[str]]], resolver: AreaResolver) -> Parsed:
    result = Parsed(format=ImportFormat.KOSIS_LONG, source="kosis:long",
                    source_label="출처: 통계청 (KOSIS)")
    header_number, header = rows[0]
    roles: dict[str, int] = {}
    periods: dict[int, Period] = {}
    seen_periods: dict[str, int] = {}
    for index, cell in enumerate(header):
        role = _role(cell)
        if role and role not in roles:
            roles[role] = index
            continue
        period = long_period(cell)
        if period is None:
            result.error(header_number, column_name(index), cell, _(
                "기간 열 머리글을 읽을 수 없습니다. 2017, 2017.01, 2017.1/2처럼 쓰세요."))
            continue
        if str(period) in seen_periods:
            result.error(header_number, column_name(index), cell, _(
                "같은 기간이 %(other)s 열에 이미 있습니다. 중복된 열을 지우세요.")
                % {"other": column_name(seen_periods[str(period)])})
            continue
        seen_periods[str(period)] = index
        periods[index] = period
    carried = dict.fromkeys(roles, "")
    keys_seen: dict[tuple[str, str, str], int] = {}
    for number, row in rows[1:]:
        result.rows_read += 1
        for role, index in roles.items():
            cell = row[index] if index < len(row) else ""
            carried[role] = cell or carried[role]
        area_label, item_label = carried["area"], carried["item"]
        age = AGES.get(carried.get("age", "계") or "계")
        sex = SEXES.get(carried.get("sex", "계") or "계")
        if age is None:
            result.error(number, column_name(roles["age"]), carried["age"], _(
                "알 수 없는 연령 구분입니다. '계', '15 - 64세', '15 - 29세', '55 - 64세', "
                "'60세이상'처럼 KOSIS 표기를 쓰세요."))
            continue
        if sex is None:
            result.error(number, column_name(roles["sex"]), carried["sex"], _(
                "알 수 없는 성별입니다. '계', '남자', '여자' 중 하나를 쓰세요."))
            continue
        group = GROUPS.get((sex, age))
        if group is None:
            result.error(number, column_name(roles.get("sex", 0)), carried.get("sex", ""), _(
                "이 성별과 연령의 조합은 지원하지 않습니다. 성별 '계'를 쓰거나 "
                "연령 '계' 또는 '15 - 64세'를 쓰세요."))
            continue
        item_name = re.sub(r"\s*\(.*\)\s*$", "", item_label).replace(" ", "")
        measure = ITEMS.get(item_name)
        if measure is None:
            result.error(number, column_name(roles["item"]), item_label, _(
                "알 수 없는 항목입니다. 고용률, 취업자, 실업률 같은 KOSIS 항목 이름을 쓰세요."))
            continue
        key = (area_label, f"{sex}/{age}", measure)
        if key in keys_seen:
            result.error(number, column_name(roles["area"]), area_label, _(
                "같은 지역·연령·항목이 %(other)s행에 이미 있습니다. 중복된 행을 지우세요.")
                % {"other": keys_seen[key]})
            continue
        keys_seen[key] = number
        unit = unit_of(item_label, Unit.THOUSANDS if measure in COUNT_MEASURES else Unit.PERCENT)
        for index, period in periods.items():
            cell = row[index] if index < len(row) else ""
            if cell in MISSING:
                result.cells_missing += 1
                continue
            area = _area(area_label, resolver, period)
            if area is None:
                result.error(number, column_name(roles["area"]), area_label, _(
                    "지역을 알 수 없습니다. 전국, 시도 이름(서울특별시) 또는 시군구 전체 "
                    "이름(서울특별시 종로구)을 쓰세요."))
                break
            parsed = parse_decimal(cell)
            if parsed is None:
                result.error(number, column_name(index), cell, _(
                    "숫자가 아닙니다. 숫자(예: 64.4) 또는 자료 없음 표시 '-'를 넣으세요."))
                continue
            value, decimals = parsed
            code_system = CodeSystem.KOSTAT if area_label[:1].isdigit() else CodeSystem.NAME
            result.estimates.append(EstimateRow(
                area_level=area.level, area_code=area.code, code_system=code_system,
                source_area=area_label, region_id=area.region_id, period=period,
                group=group, measure=measure, unit=unit, value=value, decimals=decimals,
                row=number, column=column_name(index),
            ))
    return result
