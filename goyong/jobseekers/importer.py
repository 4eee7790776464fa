"""Bulk registration from CSV (UTF-8, with or without BOM; or CP949) or Excel (.xlsx).

Columns are matched by their Korean or English name (COLUMNS); order does not matter and
unknown columns are refused so that a typo does not silently drop data. Each row becomes the
same typed dict the registration form produces; checks are the action's own, so every
problem is reported with its row and column, in Korean."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.utils import translation
from django.utils.translation import gettext as _

from goyong.jobseekers.choices import (
    Education,
    HoursWanted,
    Sex,
    StudyStatus,
    VulnerableCategory,
)
from goyong.jobseekers.errors import ImportFileError

# field → (Korean column, English column)
COLUMNS: dict[str, tuple[str, str]] = {
    "name": ("이름", "name"),
    "birth_date": ("생년월일", "birth_date"),
    "sex": ("성별", "sex"),
    "rrn": ("주민등록번호", "rrn"),
    "phone": ("전화번호", "phone"),
    "email": ("전자우편", "email"),
    "address": ("주소", "address"),
    "residence": ("거주 시군구", "residence"),
    "education": ("최종 학력", "education"),
    "study_status": ("재학 여부", "study_status"),
    "desired_occupations": ("희망 직종", "desired_occupations"),
    "desired_wage": ("희망 월 임금", "desired_wage"),
    "desired_hours": ("희망 근무 형태", "desired_hours"),
    "max_commute_km": ("최대 통근 거리", "max_commute_km"),
    "willing_to_relocate": ("이주 가능", "willing_to_relocate"),
    "licences": ("자격·면허", "licences"),
    "skills": ("기술·경력 요약", "skills"),
    "household_size": ("가구원 수", "household_size"),
    "household_income": ("월 가구 소득", "household_income"),
    "basic_livelihood": ("기초생활수급자", "basic_livelihood"),
    "vulnerable_categories": ("취약계층", "vulnerable_categories"),
    "unemployed_since": ("실직일", "unemployed_since"),
    "unemployment_benefit_ended": ("실업급여 수급 종료", "unemployment_benefit_ended"),
    "centre_code": ("고용센터 코드", "centre_code"),
    "registered_on": ("등록일", "registered_on"),
}
INTEGER_FIELDS = {"desired_wage", "max_commute_km", "household_size", "household_income"}
BOOLEAN_FIELDS = {"willing_to_relocate", "basic_livelihood", "unemployment_benefit_ended"}
DATE_FIELDS = {"birth_date", "unemployed_since", "registered_on"}
LIST_FIELDS = {"desired_occupations", "vulnerable_categories"}
ENUMS: dict[str, Any] = {"sex": Sex, "education": Education, "study_status": StudyStatus,
                         "desired_hours": HoursWanted, "vulnerable_categories": VulnerableCategory}
TRUE = {"예", "y", "yes", "true", "1", "o", "네"}
FALSE = {"아니오", "아니요", "n", "no", "false", "0", "x", ""}


def _normal(text: str) -> str:
    return re.sub(r"[\s_()·.]+", "", str(text)).lower()


def _header_map() -> dict[str, str]:
    out: dict[str, str] = {}
    for key, (korean, english) in COLUMNS.items():
        out[_normal(korean)] = key
        out[_normal(english)] = key
    # Common spellings
    out[_normal("자격면허")] = "licences"
    out[_normal("기술")] = "skills"
    out[_normal("시군구")] = "residence"
    out[_normal("학력")] = "education"
    out[_normal("주민번호")] = "rrn"
    out[_normal("이메일")] = "email"
    out[_normal("휴대전화")] = "phone"
    return out


@dataclass
class ParsedRow:
    row: int
    values: dict[str, Any]
    columns: dict[str, str]  # field → the column name as written in the file
    raw: dict[str, str]
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (field, value, message)


def _enum_lookup(enum: Any) -> dict[str, str]:
    table: dict[str, str] = {}
    with translation.override("ko"):
        for value, label in enum.choices:
            table[_normal(value)] = value
            table[_normal(str(label))] = value
    if enum is Sex:
        table.update({"남자": Sex.MALE, "여자": Sex.FEMALE, "m": Sex.MALE, "f": Sex.FEMALE,
                      "male": Sex.MALE, "female": Sex.FEMALE})
    return table


def _date(text: str) -> dt.date:
    text = text.strip()
    for pattern in ("%Y-%m-%d", "%Y.%m.%d", "%Y%m%d", "%Y/%m/%d", "%Y. %m. %d."):
        try:
            return dt.datetime.strptime(text, pattern).date()  # noqa: DTZ007 - a date only
        except ValueError:
            continue
    raise ValueError(text)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_table(data: bytes, name: str) -> list[list[str]]:
    """All rows of the file as text cells (header first)."""
    if name.lower().endswith(".xlsx") or data[:2] == b"PK":
        from openpyxl import load_workbook

        try:
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:
            raise ImportFileError(_("엑셀 파일을 읽을 수 없습니다. .xlsx 형식으로 저장했는지 "
                                    "확인하세요.")) from exc
        sheet = book.worksheets[0]
        rows = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        book.close()
        return rows
    for encoding in ("utf-8-sig", "cp949"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return [[c.strip() for c in row] for row in csv.reader(io.StringIO(text))]
    raise ImportFileError(_("CSV 파일의 글자 인코딩을 알 수 없습니다. UTF-8로 저장해 다시 "
                            "올리세요."))


def parse(data: bytes, name: str) -> list[ParsedRow]:
    """Typed rows of the file; problems that are about one cell are kept on the row."""
    table = [row for row in read_table(data, name) if any(c for c in row)]
    if not table:
        raise ImportFileError(_("파일에 내용이 없습니다. 첫 줄에 열 이름, 둘째 줄부터 구직자를 "
                                "쓰세요."))
    header = table[0]
    known = _header_map()
    positions: dict[str, int] = {}
    written: dict[str, str] = {}
    unknown: list[str] = []
    for index, title in enumerate(header):
        if not title:
            continue
        key = known.get(_normal(title))
        if key is None:
            unknown.append(title)
        elif key in positions:
            raise ImportFileError(_("'%(column)s' 열이 두 번 있습니다. 하나만 남기세요.") % {
                "column": title})
        else:
            positions[key] = index
            written[key] = title
    if unknown:
        raise ImportFileError(_("알 수 없는 열: %(columns)s. 열 이름은 `goyong seekers columns`가 "
                                "보여 주는 한국어 또는 영어 이름으로 쓰세요.") % {
            "columns": ", ".join(unknown)})
    missing = [COLUMNS[k][0] for k in ("name", "birth_date", "sex", "residence", "education")
               if k not in positions]
    if missing:
        raise ImportFileError(_("꼭 필요한 열이 없습니다: %(columns)s. 열을 추가하세요.") % {
            "columns": ", ".join(missing)})
    lookups = {key: _enum_lookup(enum) for key, enum in ENUMS.items()}
    rows: list[ParsedRow] = []
    for number, cells in enumerate(table[1:], start=2):
        raw = {key: (cells[i] if i < len(cells) else "") for key, i in positions.items()}
        row = ParsedRow(row=number, values={}, columns=written, raw=raw)
        for key, text in raw.items():
            try:
                row.values[key] = _convert(key, text, lookups)
            except ValueError as exc:
                row.errors.append((key, text, str(exc)))
        rows.append(row)
    return rows


def _convert(key: str, text: str, lookups: dict[str, dict[str, str]]) -> Any:
    if key in DATE_FIELDS:
        if not text:
            return None
        try:
            return _date(text)
        except ValueError:
            raise ValueError(_("날짜를 2014-03-15처럼 쓰세요.")) from None
    if key in INTEGER_FIELDS:
        if not text:
            return None
        cleaned = text.replace(",", "").replace("원", "").replace("km", "").strip()
        if not re.fullmatch(r"\d+", cleaned):
            raise ValueError(_("0 이상의 정수로 쓰세요 (쉼표는 써도 됩니다)."))
        return int(cleaned)
    if key in BOOLEAN_FIELDS:
        value = text.strip().lower()
        if value in TRUE:
            return True
        if value in FALSE:
            return False
        raise ValueError(_("예 또는 아니오로 쓰세요."))
    if key in LIST_FIELDS:
        parts = [p.strip() for p in re.split(r"[,;/]", text) if p.strip()]
        if key == "vulnerable_categories":
            table = lookups[key]
            out = []
            for part in parts:
                if _normal(part) not in table:
                    raise ValueError(_("취약계층 '%(value)s'을(를) 알 수 없습니다. 목록에 있는 "
                                       "이름으로 쓰세요.") % {"value": part})
                out.append(table[_normal(part)])
            return out
        return [p.zfill(2) if p.isdigit() and len(p) == 1 else p for p in parts]
    if key in ENUMS:
        if not text:
            return ""
        found = lookups[key].get(_normal(text))
        if found is None:
            with translation.override("ko"):
                allowed = ", ".join(str(label) for _v, label in ENUMS[key].choices)
            raise ValueError(_("다음 중 하나로 쓰세요: %(allowed)s.") % {"allowed": allowed})
        return found
    return text


def describe(key: str) -> str:
    """What a column holds, in one Korean phrase (for `goyong seekers columns`)."""
    if key in ENUMS:
        with translation.override("ko"):
            labels = ", ".join(str(label) for _v, label in ENUMS[key].choices)
        return (_("쉼표로 구분한 여러 개: %(labels)s") if key in LIST_FIELDS
                else _("다음 중 하나: %(labels)s")) % {"labels": labels}
    if key in DATE_FIELDS:
        return _("날짜 (2014-03-15, 20140315, 2014.03.15)")
    if key in INTEGER_FIELDS:
        return _("0 이상의 정수")
    if key in BOOLEAN_FIELDS:
        return _("예 또는 아니오")
    if key == "desired_occupations":
        return _("KECO 중분류 코드 01~24, 쉼표나 세미콜론으로 구분")
    if key == "residence":
        return _("시군구 이름(서울특별시 종로구) 또는 5자리 통계청 코드")
    if key == "rrn":
        return _("선택; 900101-1234567 형식, 암호화해 저장")
    return _("글자")


def read(file: Any) -> tuple[bytes, str]:
    if isinstance(file, bytes):
        return file, "upload.csv"
    if isinstance(file, str | Path):
        path = Path(file)
        return path.read_bytes(), path.name
    data = file.read()
    return (data.encode("utf-8") if isinstance(data, str) else data), Path(
        getattr(file, "name", "upload.csv")).name
