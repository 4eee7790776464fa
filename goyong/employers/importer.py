"""Reading company and headcount-history files (CSV or Excel) into checked rows.

Two layouts, told apart by their header (also printed by `goyong employers import --help`):

Companies (`기업`): 사업자등록번호*, 기업명*, 산업분류10차 (or 산업분류9차)*, 기업규모*,
시군구코드*, 주소, 위도, 경도, 상호출자제한, 공기업, 신용등급, 재해율, 재해율연도, 정규직비율,
유연근무제, 일가양득서약일, 가족친화인증일.

Headcount history (`피보험자`): 사업자등록번호*, 월* (2014-03), 피보험자수*, 취득자수,
상실자수, 정규직취득자수, 시간선택제취득자수, 청년취득자수, 평균임금.

Yes/no columns take 예/아니오, Y/N, 1/0 or O/X. Nothing is written here: actions.py writes
all rows or none."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from goyong.employers import brn as brn_check
from goyong.employers.choices import CREDIT_ORDER, SizeClass
from goyong.employers.errors import ImportFileError, RowError
from goyong.employers.industry import section_of

MAX_ERRORS = 200

COMPANY_COLUMNS = ["사업자등록번호", "기업명", "산업분류10차", "산업분류9차", "기업규모", "시군구코드",
                   "주소", "위도", "경도", "상호출자제한", "공기업", "신용등급", "재해율", "재해율연도",
                   "정규직비율", "유연근무제", "일가양득서약일", "가족친화인증일"]
HEADCOUNT_COLUMNS = ["사업자등록번호", "월", "피보험자수", "취득자수", "상실자수", "정규직취득자수",
                     "시간선택제취득자수", "청년취득자수", "평균임금"]
SIZE_NAMES = {str(choice.label): choice.value for choice in SizeClass} | {
    choice.value: choice.value for choice in SizeClass}
YES = {"예", "y", "yes", "1", "o", "true", "해당"}
NO = {"아니오", "아니요", "n", "no", "0", "x", "false", "", "해당없음"}


@dataclass
class Parsed:
    kind: str                               # "companies" or "headcount"
    rows: list[dict[str, Any]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0

    def error(self, row: int, column: str, value: Any, message: str) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(RowError(row, column, "" if value is None else str(value),
                                        message))


def read_table(data: bytes, file_name: str) -> list[list[Any]]:
    """The cells of a CSV (UTF-8 or CP949) or the first sheet of an .xlsx file."""
    if file_name.lower().endswith((".xlsx", ".xlsm")):
        from openpyxl import load_workbook

        try:
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as error:  # noqa: BLE001 - any unreadable workbook is the same to the user
            raise ImportFileError(_("엑셀 파일을 열 수 없습니다(%(error)s). .xlsx 형식으로 다시 "
                                    "저장해 올리세요.") % {"error": error}) from error
        sheet = book.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    for encoding in ("utf-8-sig", "cp949"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ImportFileError(_("파일의 글자 인코딩을 알 수 없습니다. UTF-8 또는 CP949 CSV로 "
                                "저장해 올리세요."))
    return list(csv.reader(io.StringIO(text)))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _yes(parsed: Parsed, row: int, column: str, value: Any) -> bool:
    text = _text(value).lower()
    if text in YES:
        return True
    if text not in NO:
        parsed.error(row, column, value, _("예 또는 아니오(Y/N, 1/0)로 쓰세요."))
    return False


def _number(parsed: Parsed, row: int, column: str, value: Any, *, required: bool = False,
            integer: bool = False, low: float | None = None,
            high: float | None = None) -> float | None:
    text = _text(value).replace(",", "")
    if not text:
        if required:
            parsed.error(row, column, value, _("값이 비어 있습니다. 숫자를 넣으세요."))
        return None
    try:
        number = float(text)
    except ValueError:
        parsed.error(row, column, value, _("숫자가 아닙니다. 숫자만 쓰세요(쉼표는 괜찮습니다)."))
        return None
    if integer and not number.is_integer():
        parsed.error(row, column, value, _("정수여야 합니다. 소수점 없이 쓰세요."))
        return None
    if (low is not None and number < low) or (high is not None and number > high):
        parsed.error(row, column, value, _("%(low)s에서 %(high)s 사이의 값이어야 합니다.") % {
            "low": low, "high": high if high is not None else "∞"})
        return None
    return number


def _date(parsed: Parsed, row: int, column: str, value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(value)
    if not text:
        return None
    match = re.fullmatch(r"(\d{4})[-./]\s?(\d{1,2})[-./]\s?(\d{1,2})\.?", text)
    if match:
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            pass
    parsed.error(row, column, value, _("날짜를 알 수 없습니다. 2014-04-15처럼 쓰세요."))
    return None


def _month(parsed: Parsed, row: int, column: str, value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return dt.date(value.year, value.month, 1)
    text = _text(value)
    match = re.fullmatch(r"(\d{4})[-./]?\s?(\d{1,2})\.?", text)
    if match and 1 <= int(match.group(2)) <= 12:
        return dt.date(int(match.group(1)), int(match.group(2)), 1)
    parsed.error(row, column, value, _("월을 알 수 없습니다. 2014-03처럼 연도와 월을 쓰세요."))
    return None


def parse(data: bytes, file_name: str) -> Parsed:
    """Check every row of a companies or headcount file; rows hold Python values."""
    table = [row for row in read_table(data, file_name) if any(_text(c) for c in row)]
    if not table:
        raise ImportFileError(_("파일에 내용이 없습니다. 첫 행에 열 이름, 둘째 행부터 자료를 "
                                "넣으세요."))
    header = [_text(c).replace(" ", "") for c in table[0]]
    if "월" in header:
        kind, columns = "headcount", HEADCOUNT_COLUMNS
        required = ["사업자등록번호", "월", "피보험자수"]
    else:
        kind, columns = "companies", COMPANY_COLUMNS
        required = ["사업자등록번호", "기업명", "기업규모", "시군구코드"]
    missing = [c for c in required if c not in header]
    if missing:
        raise ImportFileError(_("필수 열 %(columns)s이(가) 없습니다. 첫 행의 열 이름을 "
                                "안내된 대로 맞추세요.") % {"columns": ", ".join(missing)})
    unknown = [c for c in header if c and c not in columns]
    if unknown:
        raise ImportFileError(_("알 수 없는 열 %(columns)s이(가) 있습니다. 열 이름을 안내된 "
                                "대로 고치거나 그 열을 지우세요.") % {"columns": ", ".join(unknown)})
    parsed = Parsed(kind)
    seen: dict[Any, int] = {}
    for offset, cells in enumerate(table[1:], start=2):
        raw = {name: (cells[i] if i < len(cells) else None) for i, name in enumerate(header)}
        number = brn_check.check(_text(raw.get("사업자등록번호")))
        if not number.valid:
            parsed.error(offset, "사업자등록번호", raw.get("사업자등록번호"), number.message)
        row = (_company_row if kind == "companies" else _headcount_row)(parsed, offset, raw)
        row["brn"] = number.number
        key = (number.number, row.get("month")) if kind == "headcount" else number.number
        if key in seen:
            parsed.error(offset, "사업자등록번호", raw.get("사업자등록번호"), _(
                "%(row)s행과 같은 기업(월)이 다시 나옵니다. 한 행만 남기세요.") % {
                    "row": seen[key]})
        seen[key] = offset
        row["row"] = offset
        parsed.rows.append(row)
    return parsed


def _company_row(parsed: Parsed, row: int, raw: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    out["name"] = _text(raw.get("기업명"))
    if not out["name"]:
        parsed.error(row, "기업명", "", _("기업명이 비어 있습니다. 기업 이름을 넣으세요."))
    ksic10, ksic9 = _text(raw.get("산업분류10차")), _text(raw.get("산업분류9차"))
    section = section_of(ksic10, 10) if ksic10 else section_of(ksic9, 9) if ksic9 else None
    if section is None:
        parsed.error(row, "산업분류10차", ksic10 or ksic9, _(
            "한국표준산업분류 코드(예: 29120)를 10차 또는 9차 열에 넣으세요."))
    out.update(ksic10_code=ksic10, ksic9_code=ksic9, industry_section=section or "")
    size = _text(raw.get("기업규모"))
    if size not in SIZE_NAMES:
        parsed.error(row, "기업규모", size, _("기업규모는 %(names)s 중 하나로 쓰세요.") % {
            "names": ", ".join(str(c.label) for c in SizeClass)})
    out["size_class"] = SIZE_NAMES.get(size, "")
    code = _text(raw.get("시군구코드"))
    if not re.fullmatch(r"\d{5}", code):
        parsed.error(row, "시군구코드", code, _("시군구코드는 통계청 5자리 코드(예: 11010)로 "
                                              "쓰세요."))
    out["sigungu_code"] = code
    out["address"] = _text(raw.get("주소"))
    out["latitude"] = _number(parsed, row, "위도", raw.get("위도"), low=33, high=39)
    out["longitude"] = _number(parsed, row, "경도", raw.get("경도"), low=124, high=132)
    out["is_large_group"] = _yes(parsed, row, "상호출자제한", raw.get("상호출자제한"))
    out["is_public_company"] = _yes(parsed, row, "공기업", raw.get("공기업"))
    grade = _text(raw.get("신용등급")).upper()
    if grade and grade not in CREDIT_ORDER:
        parsed.error(row, "신용등급", grade, _("신용등급은 AAA부터 D까지의 등급(예: BB+)으로 "
                                            "쓰거나 비워 두세요."))
        grade = ""
    out["credit_grade"] = grade
    out["accident_rate"] = _number(parsed, row, "재해율", raw.get("재해율"), low=0, high=100)
    year = _number(parsed, row, "재해율연도", raw.get("재해율연도"), integer=True, low=1990,
                   high=2100)
    out["accident_rate_year"] = int(year) if year is not None else None
    out["regular_share"] = _number(parsed, row, "정규직비율", raw.get("정규직비율"), low=0,
                                   high=100)
    out["flexible_work"] = _yes(parsed, row, "유연근무제", raw.get("유연근무제"))
    pledged = _date(parsed, row, "일가양득서약일", raw.get("일가양득서약일"))
    out["ilga_pledge"], out["ilga_pledged_on"] = pledged is not None, pledged
    out["family_friendly_on"] = _date(parsed, row, "가족친화인증일", raw.get("가족친화인증일"))
    return out


def _headcount_row(parsed: Parsed, row: int, raw: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"month": _month(parsed, row, "월", raw.get("월"))}
    for column, name, required in (
            ("피보험자수", "insured", True), ("취득자수", "hires", False),
            ("상실자수", "separations", False), ("정규직취득자수", "hires_permanent", False),
            ("시간선택제취득자수", "hires_part_time", False), ("청년취득자수", "youth_hires", False),
            ("평균임금", "average_wage", False)):
        value = _number(parsed, row, column, raw.get(column), required=required, integer=True,
                        low=0)
        out[name] = int(value) if value is not None else (None if name == "average_wage"
                                                          else 0)
    hires = out["hires"]
    for part in ("hires_permanent", "hires_part_time", "youth_hires"):
        if out[part] > hires:
            parsed.error(row, {"hires_permanent": "정규직취득자수",
                               "hires_part_time": "시간선택제취득자수",
                               "youth_hires": "청년취득자수"}[part], out[part], _(
                "취득자수(%(hires)s)보다 클 수 없습니다. 숫자를 확인하세요.") % {"hires": hires})
    return out
