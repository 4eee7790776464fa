"""Shared argument parsing and output (table, CSV, JSON) for the reference CLI commands."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import unicodedata
from collections.abc import Sequence
from typing import Any

from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from goyong.reference import queries

FORMATS = ("table", "csv", "json")
FIRST_DAY = dt.date(2013, 1, 1)


def parse_day(text: str | None) -> dt.date:
    """The --date option: YYYY-MM-DD, from 2013-01-01 on; today when not given."""
    if not text:
        return queries.today()
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise CommandError(
            _("날짜 '%(value)s'을(를) 읽을 수 없습니다. YYYY-MM-DD 형식(예: 2014-03-08)으로 입력하세요.")
            % {"value": text}
        ) from None
    if day < FIRST_DAY:
        raise CommandError(
            _("기준정보는 2013-01-01부터 있습니다. 2013-01-01 이후 날짜를 입력하세요.")
        )
    return day


def check_format(value: str) -> str:
    if value not in FORMATS:
        raise CommandError(
            _("출력 형식 '%(value)s'은(는) 지원하지 않습니다. table, csv, json 중 하나를 고르세요.")
            % {"value": value}
        )
    return value


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def render(
    rows: Sequence[dict[str, Any]], columns: Sequence[str], headers: Sequence[str], fmt: str
) -> str:
    """Rows as an aligned table (display width aware), CSV with a header row, or JSON."""
    if fmt == "json":
        return json.dumps(
            [{c: _cell(r[c]) for c in columns} for r in rows], ensure_ascii=False, indent=2
        ) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        for r in rows:
            writer.writerow([_cell(r[c]) for c in columns])
        return buf.getvalue()
    cells = [[_cell(r[c]) for c in columns] for r in rows]
    widths = [
        max([_width(h), *(_width(row[i]) for row in cells)]) for i, h in enumerate(headers)
    ]
    lines = ["  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    return "\n".join(lines) + "\n"
