"""Checks of registry input shared by the forms, the importer, the API and the actions.

Every message is a full Korean sentence that says what to fix."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from goyong.jobseekers.choices import (
    Education,
    HoursWanted,
    Sex,
    StudyStatus,
    VulnerableCategory,
)
from goyong.jobseekers.errors import SeekerInvalidError

RRN_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
# Numbers issued from 2020-10-05 end in random digits instead of a check digit (주민등록법
# 시행령 개정): the check digit is tested only for people born before that day.
RRN_CHECK_DIGIT_UNTIL = dt.date(2020, 10, 5)
_CENTURY = {"9": 1800, "0": 1800, "1": 1900, "2": 1900, "5": 1900, "6": 1900,
            "3": 2000, "4": 2000, "7": 2000, "8": 2000}
BUSINESS_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)
KECO_SCHEME = "keco2007"


def digits(value: str) -> str:
    return re.sub(r"[\s-]", "", value or "")


def rrn_parts(value: str) -> tuple[dt.date, str]:
    """Birth date and sex (Sex code) encoded in a 주민등록번호; raises ValueError with a
    Korean message when the number is malformed."""
    number = digits(value)
    if not re.fullmatch(r"\d{13}", number):
        raise ValueError(_("주민등록번호는 숫자 13자리(예: 900101-1234567)로 쓰세요."))
    try:
        birth = dt.date(_CENTURY[number[6]] + int(number[:2]), int(number[2:4]), int(number[4:6]))
    except ValueError as exc:
        raise ValueError(_("주민등록번호 앞 6자리가 올바른 생년월일이 아닙니다. 다시 확인하세요.")) from exc
    sex = Sex.MALE if int(number[6]) % 2 == 1 else Sex.FEMALE
    if birth < RRN_CHECK_DIGIT_UNTIL:
        total = sum(int(d) * w for d, w in zip(number[:12], RRN_WEIGHTS, strict=True))
        if (11 - total % 11) % 10 != int(number[12]):
            raise ValueError(_("주민등록번호의 검증 숫자가 맞지 않습니다. 13자리 번호를 다시 "
                               "확인하세요."))
    return birth, sex


def normalise_rrn(value: str) -> str:
    number = digits(value)
    return f"{number[:6]}-{number[6:]}"


def check_business_number(value: str) -> str:
    """사업자등록번호 as 10 digits, its check digit tested."""
    number = digits(value)
    if not re.fullmatch(r"\d{10}", number):
        raise ValueError(_("사업자등록번호는 숫자 10자리(예: 123-45-67890)로 쓰세요."))
    total = sum(int(d) * w for d, w in zip(number[:9], BUSINESS_WEIGHTS, strict=True))
    total += int(number[8]) * 5 // 10
    if (10 - total % 10) % 10 != int(number[9]):
        raise ValueError(_("사업자등록번호의 검증 숫자가 맞지 않습니다. 10자리 번호를 다시 "
                           "확인하세요."))
    return number


def normalise_phone(value: str) -> str:
    number = digits(value)
    if not re.fullmatch(r"0\d{8,10}", number):
        raise ValueError(_("전화번호는 0으로 시작하는 숫자 9~11자리(예: 010-1234-5678)로 쓰세요."))
    if number.startswith("02"):
        head, rest = number[:2], number[2:]
    else:
        head, rest = number[:3], number[3:]
    return f"{head}-{rest[:-4]}-{rest[-4:]}"


def valid_keco_codes(codes: list[str]) -> list[str]:
    """The codes of `codes` that are not KECO items (scheme KECO_SCHEME)."""
    from goyong.reference.models import ClassificationItem

    known = set(ClassificationItem.objects.filter(scheme=KECO_SCHEME, code__in=codes)
                .values_list("code", flat=True))
    return [c for c in codes if c not in known]


def clean_seeker(data: dict[str, Any], *, day: dt.date,
                 current: Any = None) -> dict[str, Any]:
    """Model field values from `data` (typed values; absent keys are left out), checked as a
    whole record. `current` is the stored seeker when updating."""
    from goyong.reference.queries import NotFoundError, find_sigungu

    errors: dict[str, list[str]] = {}
    out: dict[str, Any] = {}

    def fail(name: str, message: str) -> None:
        errors.setdefault(name, []).append(message)

    def present(name: str) -> bool:
        return name in data

    if present("name"):
        name = (data["name"] or "").strip()
        if not name:
            fail("name", _("이름을 쓰세요."))
        elif len(name) > 60:
            fail("name", _("이름은 60자 이내로 쓰세요."))
        out["name"] = name
    if present("birth_date"):
        birth = data["birth_date"]
        if not isinstance(birth, dt.date):
            fail("birth_date", _("생년월일을 2014-03-15처럼 쓰세요."))
        elif birth > day or birth.year < day.year - 100:
            fail("birth_date", _("생년월일이 오늘 이후이거나 100년도 더 전입니다. 다시 확인하세요."))
        else:
            out["birth_date"] = birth
    if present("sex"):
        if data["sex"] not in Sex.values:
            fail("sex", _("성별은 남 또는 여로 쓰세요."))
        else:
            out["sex"] = data["sex"]
    if present("rrn"):
        raw = (data["rrn"] or "").strip()
        out["rrn"] = ""
        out["rrn_index"] = ""
        if raw:
            try:
                rrn_birth, rrn_sex = rrn_parts(raw)
            except ValueError as exc:
                fail("rrn", str(exc))
            else:
                birth = out.get("birth_date", getattr(current, "birth_date", None))
                sex = out.get("sex", getattr(current, "sex", None))
                if birth and rrn_birth != birth:
                    fail("rrn", _("주민등록번호의 생년월일이 입력한 생년월일과 다릅니다. 둘 중 틀린 "
                                  "것을 고치세요."))
                elif sex and rrn_sex != sex:
                    fail("rrn", _("주민등록번호의 성별 숫자가 입력한 성별과 다릅니다. 둘 중 틀린 "
                                  "것을 고치세요."))
                else:
                    from goyong.core.crypto import blind_index

                    out["rrn"] = normalise_rrn(raw)
                    out["rrn_index"] = blind_index(digits(raw), "rrn")
    if present("phone"):
        raw = (data["phone"] or "").strip()
        out["phone"] = ""
        if raw:
            try:
                out["phone"] = normalise_phone(raw)
            except ValueError as exc:
                fail("phone", str(exc))
    if present("email"):
        raw = (data["email"] or "").strip()
        out["email"] = raw
        if raw:
            try:
                validate_email(raw)
            except ValidationError:
                fail("email", _("전자우편 주소가 올바르지 않습니다. name@example.kr처럼 쓰세요."))
    if present("address"):
        out["address"] = (data["address"] or "").strip()
    if present("residence"):
        raw = str(data["residence"] or "").strip()
        if not raw:
            fail("residence", _("거주 시군구를 이름(예: 서울특별시 종로구)이나 5자리 코드로 쓰세요."))
        else:
            try:
                region = find_sigungu(raw, day)
            except NotFoundError:
                fail("residence", _("거주 시군구 '%(value)s'을(를) 찾을 수 없습니다. 시도 이름을 "
                                    "붙여 쓰거나 5자리 통계청 코드로 쓰세요.") % {"value": raw})
            else:
                out["residence_code"] = region.kostat_code
                out["residence_name"] = region.full_name
    for key, enum, message in (
        ("education", Education, _("최종 학력은 중졸 이하, 고졸, 전문대졸, 대졸, 대학원졸 중 "
                                   "하나로 쓰세요.")),
        ("study_status", StudyStatus, _("재학 여부는 재학 아님, 재학 중, 졸업 예정 중 하나로 "
                                        "쓰세요.")),
        ("desired_hours", HoursWanted, _("희망 근무 형태는 전일제, 시간선택제, 무관 중 하나로 "
                                         "쓰세요.")),
    ):
        if present(key):
            if data[key] not in enum.values:
                fail(key, message)
            else:
                out[key] = data[key]
    if present("desired_occupations"):
        codes = [str(c).strip() for c in data["desired_occupations"] or [] if str(c).strip()]
        unknown = valid_keco_codes(codes)
        if unknown:
            fail("desired_occupations", _(
                "희망 직종 코드 %(codes)s은(는) 한국고용직업분류(KECO) 중분류 코드가 아닙니다. "
                "01~24 중에서 고르세요.") % {"codes": ", ".join(unknown)})
        out["desired_occupations"] = list(dict.fromkeys(codes))
        out["keco_scheme"] = KECO_SCHEME
    for key, limit, message in (
        ("desired_wage", 100_000_000, _("희망 월 임금은 0원 이상 1억 원 이하의 정수(원)로 쓰세요.")),
        ("max_commute_km", 500, _("최대 통근 거리는 0~500 km의 정수로 쓰세요.")),
        ("household_size", 30, _("가구원 수는 1~30명의 정수로 쓰세요.")),
        ("household_income", 1_000_000_000, _("월 가구 소득은 0원 이상의 정수(원)로 쓰세요.")),
    ):
        if present(key):
            value = data[key]
            if value is None or value == "":
                out[key] = None
            elif not isinstance(value, int) or value < (1 if key == "household_size" else 0) \
                    or value > limit:
                fail(key, message)
            else:
                out[key] = value
    for key in ("willing_to_relocate", "basic_livelihood", "unemployment_benefit_ended"):
        if present(key):
            out[key] = bool(data[key])
    for key in ("licences", "skills"):
        if present(key):
            out[key] = (data[key] or "").strip()
    if present("vulnerable_categories"):
        cats = [str(c) for c in data["vulnerable_categories"] or []]
        bad = [c for c in cats if c not in VulnerableCategory.values]
        if bad:
            fail("vulnerable_categories", _("취약계층 해당 사항 %(codes)s을(를) 알 수 없습니다. "
                                            "목록에 있는 것만 고르세요.") % {"codes": ", ".join(bad)})
        out["vulnerable_categories"] = [c for c in VulnerableCategory.values if c in cats]
    for key, message in (
        ("unemployed_since", _("실직일은 오늘이나 그 전 날짜로 쓰세요.")),
        ("registered_on", _("등록일은 오늘이나 그 전 날짜로 쓰세요.")),
    ):
        if present(key):
            value = data[key]
            if value is None and key == "unemployed_since":
                out[key] = None
            elif not isinstance(value, dt.date) or value > day:
                fail(key, message)
            else:
                out[key] = value
    if errors:
        raise SeekerInvalidError(errors)
    return out


REQUIRED_FOR_REGISTRATION = ("name", "birth_date", "sex", "residence", "education")


def missing_required(data: dict[str, Any]) -> dict[str, list[str]]:
    labels = {"name": _("이름"), "birth_date": _("생년월일"), "sex": _("성별"),
              "residence": _("거주 시군구"), "education": _("최종 학력")}
    return {key: [_("%(field)s을(를) 쓰세요. 등록에 꼭 필요합니다.") % {"field": labels[key]}]
            for key in REQUIRED_FOR_REGISTRATION
            if data.get(key) in (None, "")}
