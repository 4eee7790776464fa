"""Companies and their records for the companies part's tests (ORM rows, no demo data)."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from goyong.employers.brn import make_valid
from goyong.employers.models import Company, HeadcountMonth

_serial = itertools.count(1)


def next_brn() -> str:
    return make_valid(f"1238{next(_serial):05d}")


def make_company(**fields: Any) -> Company:
    """A clean 서울 종로구 manufacturer (50 insured) unless fields say otherwise."""
    defaults: dict[str, Any] = {
        "brn": next_brn(), "name": f"(주)시험기업{next(_serial)}", "ksic10_code": "29120",
        "ksic9_code": "29120", "industry_section": "C", "size_class": "medium",
        "sigungu_code": "11010", "office_code": "", "credit_grade": "BBB",
        "accident_rate": 0.5, "regular_share": 80.0, "flexible_work": True}
    defaults.update(fields)
    if not defaults["office_code"]:
        from goyong.reference import queries

        region = queries.find_sigungu(defaults["sigungu_code"], queries.today())
        defaults["office_code"] = queries.office_covering(region, queries.today()).office.code
    return Company.objects.create(**defaults)


def add_history(company: Company, first: dt.date, months: int, insured: int = 50,
                hires: int = 2, separations: int = 1, youth: int = 1,
                wage: int = 3_000_000) -> None:
    """`months` months from `first` with constant flows."""
    rows = []
    for k in range(months):
        stamp = first.year * 12 + first.month - 1 + k
        rows.append(HeadcountMonth(company=company, month=dt.date(stamp // 12, stamp % 12 + 1, 1),
                                   insured=insured, hires=hires, separations=separations,
                                   youth_hires=youth, average_wage=wage))
    HeadcountMonth.objects.bulk_create(rows)
