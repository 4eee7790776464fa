"""Excel downloads of the statistics tables: one header row (Korean), numbers as numbers."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import Any

from django.http import HttpResponse
from openpyxl import Workbook

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def workbook(title: str, header: Sequence[str], rows: Iterable[Sequence[Any]],
             notes: Sequence[str] = ()) -> bytes:
    """A workbook with one sheet: the header, the rows, then a blank row and the notes."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title[:31]
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    if notes:
        sheet.append([])
        for note in notes:
            sheet.append([note])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def xlsx_response(file_name: str, data: bytes) -> HttpResponse:
    response = HttpResponse(data, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{file_name}"'
    return response
