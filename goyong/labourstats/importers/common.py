"""Shared pieces of the importers: reading text, numbers, areas and the parsed result."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from goyong.labourstats.choices import AreaLevel, Unit
from goyong.labourstats.errors import RowError
from goyong.labourstats.periods import Period
from goyong.reference import queries as reference
from goyong.reference.choices import RegionLevel
from goyong.reference.models import Region

MISSING = {"-", "", "x", "X", "…", "..."}
MAX_ERRORS = 200

# Short 시도 names used in KOSIS labels ("서울 종로구") and long exports.
SIDO_SHORT = {
    "서울": "11", "부산": "21", "대구": "22", "인천": "23", "광주": "24", "대전": "25",
    "울산": "26", "세종": "29", "경기": "31", "강원": "32", "충북": "33", "충남": "34",
    "전북": "35", "전남": "36", "경북": "37", "경남": "38", "제주": "39",
}
NATION_LABELS = {"계", "전국", "전체", "00"}


@dataclass
class EstimateRow:
    area_level: str
    area_code: str
    code_system: str
    source_area: str
    region_id: int | None
    period: Period
    group: str
    measure: str
    unit: str
    value: Decimal
    decimals: int
    row: int
    column: str
    se: Decimal | None = None
    rse: Decimal | None = None


@dataclass
class Parsed:
    """What a file holds, or why it cannot be imported."""

    format: str
    estimates: list[EstimateRow] = field(default_factory=list)
    persons: list[tuple[str, str, int, int, int, float, str, str]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0
    rows_read: int = 0
    cells_missing: int = 0
    source: str = ""
    source_label: str = ""

    def error(self, row: int, column: str, value: str, message: str) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(RowError(row, column, value, message))


def read_text(data: bytes) -> str:
    """KOSIS downloads come as UTF-8 (with or without BOM) or CP949."""
    for encoding in ("utf-8-sig", "cp949"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def read_rows(text: str) -> list[tuple[int, list[str]]]:
    """Non-blank records with their 1-based record number (the row an official sees)."""
    return [(number, [cell.strip() for cell in row])
            for number, row in enumerate(csv.reader(io.StringIO(text)), start=1)
            if any(cell.strip() for cell in row)]


def column_name(index: int) -> str:
    """Spreadsheet column letter (0 → A), as officials see the file in Excel."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def parse_decimal(text: str) -> tuple[Decimal, int] | None:
    """A published number and its count of decimals; None if the cell is not a number."""
    cleaned = text.strip().replace(",", "")
    if not re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    decimals = len(cleaned.split(".")[1]) if "." in cleaned else 0
    return value, decimals


def unit_of(label: str, default: str) -> str:
    if "천명" in label:
        return Unit.THOUSANDS
    if "%" in label or "％" in label:
        return Unit.PERCENT
    if "명" in label:
        return Unit.PERSONS
    return default


def release_date_from_name(name: str) -> dt.date | None:
    """KOSIS puts the download time in the file name: `…_20241126130730.csv` → 2024-11-26."""
    match = re.search(r"(20\d{2})(\d{2})(\d{2})(?:\d{6})?(?!\d)", name)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


@dataclass(frozen=True)
class Area:
    level: str
    code: str
    region_id: int | None
    name: str


class AreaResolver:
    """Resolves KOSIS and survey area codes/labels to areas, cached per reference date."""

    def __init__(self) -> None:
        self._sido: dict[tuple[str, dt.date], Area | None] = {}
        self._sigungu: dict[tuple[str, dt.date], Area | None] = {}

    def nation(self) -> Area:
        return Area(AreaLevel.NATION, "00", None, _("전국"))

    def sido(self, code: str, day: dt.date) -> Area | None:
        """A 시도 by KOSTAT code on `day`; before the reference data begins (2013), the
        earliest version of the code (시도 codes have not changed since 2000)."""
        if code == "00":
            return self.nation()
        key = (code, day)
        if key not in self._sido:
            qs = Region.objects.filter(level=RegionLevel.SIDO, kostat_code=code)
            region = qs.valid_on(day).first() or (
                qs.order_by("valid_from").first() if day < dt.date(2013, 1, 1) else None
            )
            self._sido[key] = (
                Area(AreaLevel.SIDO, code, region.pk, region.name) if region else None
            )
        return self._sido[key]

    def sido_by_name(self, name: str, day: dt.date) -> Area | None:
        code = SIDO_SHORT.get(name)
        if code is None:
            region = Region.objects.filter(level=RegionLevel.SIDO, name=name).first()
            if region is None:
                # Old names (제주도, 강원도) and short forms (서울특별시 → 서울).
                code = next((c for short, c in SIDO_SHORT.items() if name.startswith(short)
                             and name.endswith(("시", "도"))), None)
                if code is None:
                    return None
            else:
                code = region.kostat_code
        return self.sido(code, day)

    def sigungu(self, code_or_name: str, day: dt.date) -> Area | None:
        """A 시군구 by KOSIS 4-digit, KOSTAT 5-digit or MOIS code, or by its full name."""
        key = (code_or_name, day)
        if key not in self._sigungu:
            try:
                region = reference.find_sigungu(code_or_name, day)
            except reference.NotFoundError:
                self._sigungu[key] = None
            else:
                self._sigungu[key] = Area(
                    AreaLevel.SIGUNGU, region.kostat_code, region.pk, region.full_name
                )
        return self._sigungu[key]

    def sigungu_table(self, day: dt.date) -> dict[str, str]:
        """Every code a survey file may use for a 시군구 or 시도 on `day` → KOSTAT code."""
        table: dict[str, str] = {}
        regions = list(reference.regions_on(day))
        for region in regions:
            if region.level == RegionLevel.SIDO:
                table[region.kostat_code] = region.kostat_code
        for region in regions:
            if region.level == RegionLevel.SIGUNGU:
                table.setdefault(region.kostat_code, region.kostat_code)
                table.setdefault(region.kosis_code, region.kostat_code)
        for region in regions:
            # A 일반구 counts for its city, as offices and KOSIS do.
            if region.level == RegionLevel.GU and region.parent is not None:
                table.setdefault(region.kostat_code, region.parent.kostat_code)
        return table

