"""Importers of official statistics and survey microdata, with format detection.

Each parser turns a file into a `Parsed` result (estimate rows or person rows, plus row-level
errors in Korean); `goyong.labourstats.actions.import_statistics` writes it all or nothing."""

from __future__ import annotations

from django.utils.translation import gettext as _

from goyong.labourstats.choices import ImportFormat
from goyong.labourstats.errors import FormatNotRecognisedError
from goyong.labourstats.importers import kosis_long, kosis_wide, microdata
from goyong.labourstats.importers.common import AreaResolver, Parsed, read_rows, read_text
from goyong.labourstats.periods import Period

AUTO = "auto"
FORMATS = [AUTO, ImportFormat.KOSIS_SIDO, ImportFormat.KOSIS_SIGUNGU, ImportFormat.KOSIS_LONG,
           ImportFormat.MICRODATA]


def detect_format(text: str) -> str:
    """The format of a file by its header rows; FormatNotRecognisedError otherwise."""
    head = read_rows("\n".join(text.splitlines()[:4]))
    if head and microdata.looks_like(head[0][1]):
        return ImportFormat.MICRODATA
    wide = kosis_wide.looks_like(head)
    if wide:
        return wide
    if kosis_long.looks_like(head):
        return ImportFormat.KOSIS_LONG
    raise FormatNotRecognisedError(_(
        "파일 형식을 알아볼 수 없습니다. KOSIS에서 내려받은 CSV(시도·시군구·세로형)나 "
        "area, sex, age, status, weight 열이 있는 마이크로데이터 CSV인지 확인하거나 "
        "형식을 직접 지정하세요."))


def parse(data: bytes, fmt: str = AUTO, *, period: Period | None = None) -> Parsed:
    """Parse a file's bytes in the given (or detected) format."""
    text = read_text(data)
    if fmt == AUTO:
        fmt = detect_format(text)
    resolver = AreaResolver()
    if fmt == ImportFormat.MICRODATA:
        return microdata.parse(text, resolver, period)
    rows = read_rows(text)
    if fmt in (ImportFormat.KOSIS_SIDO, ImportFormat.KOSIS_SIGUNGU):
        return kosis_wide.parse(rows, fmt, resolver)
    if fmt == ImportFormat.KOSIS_LONG:
        if not rows:
            raise FormatNotRecognisedError(_("파일이 비어 있습니다."))
        return kosis_long.parse(rows, resolver)
    raise FormatNotRecognisedError(_("지원하지 않는 형식입니다: %(format)s") % {"format": fmt})
