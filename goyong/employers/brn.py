"""사업자등록번호 (business registration number) check, pure Python.

The 10th digit is a check digit: with weights 1,3,7,1,3,7,1,3,5 on the first nine digits,
sum the products, add the tens part of (9th digit × 5), and the check digit is
(10 − sum mod 10) mod 10 (국세청 rule, as implemented by e.g. python-stdnum `kr.brn`)."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)


@dataclass(frozen=True)
class BrnCheck:
    """The outcome of checking one number: `number` is the 10 digits without dashes."""

    number: str
    valid: bool
    message: str = ""
    # 1-based position of the wrong character or digit (10 = the check digit), if any.
    position: int | None = None
    expected_check_digit: int | None = None


def check_digit(first_nine: str) -> int:
    """The check digit of the first nine digits."""
    digits = [int(c) for c in first_nine]
    total = sum(d * w for d, w in zip(digits, WEIGHTS, strict=True))
    total += digits[8] * 5 // 10
    return (10 - total % 10) % 10


def compact(text: str) -> str:
    """The number without dashes and spaces."""
    return "".join(c for c in str(text) if c not in "- \t")


def check(text: str) -> BrnCheck:
    """Check a 사업자등록번호 written with or without dashes (123-45-67890)."""
    number = compact(text)
    for index, char in enumerate(number, start=1):
        if not char.isdigit() or not char.isascii():
            return BrnCheck(number, False, _(
                "사업자등록번호 %(position)s번째 자리 '%(char)s'은(는) 숫자가 아닙니다. "
                "숫자 10자리(대시는 넣어도 됩니다)로 쓰세요.") % {
                    "position": index, "char": char}, position=index)
    if len(number) != 10:
        return BrnCheck(number, False, _(
            "사업자등록번호는 숫자 10자리여야 하는데 %(count)s자리입니다. "
            "빠지거나 더 들어간 숫자가 없는지 확인하세요.") % {"count": len(number)})
    expected = check_digit(number[:9])
    if int(number[9]) != expected:
        return BrnCheck(number, False, _(
            "사업자등록번호의 10번째 자리(검증 숫자)가 맞지 않습니다: 앞 9자리로 계산하면 "
            "%(expected)s이어야 하는데 %(found)s입니다. 10자리 번호를 다시 확인하세요.") % {
                "expected": expected, "found": number[9]},
            position=10, expected_check_digit=expected)
    return BrnCheck(number, True)


def is_valid(text: str) -> bool:
    return check(text).valid


def format_brn(number: str) -> str:
    """123-45-67890."""
    n = compact(number)
    return f"{n[:3]}-{n[3:5]}-{n[5:]}" if len(n) == 10 else n


def make_valid(first_nine: str) -> str:
    """The 10-digit number whose first nine digits are given (for demo data and tests)."""
    return first_nine + str(check_digit(first_nine))
