"""Periods written `2014` (year), `2014H1` (half-year) and `2014-03` (month), everywhere.

One parser and one formatter: the CLI, the API, the importers and the database all use the
canonical text that `Period.__str__` gives."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from goyong.labourstats.errors import PeriodError

Kind = Literal["year", "half", "month"]
_PATTERN = re.compile(r"^(\d{4})(?:H([12])|-(\d{2}))?$")


@dataclass(frozen=True, order=True)
class Period:
    year: int
    kind: Kind
    number: int = 0  # half (1, 2) or month (1..12); 0 for a year

    @classmethod
    def parse(cls, text: str) -> Period:
        """`2014`, `2014H1`, `2014-03` (also lower-case h) → Period; PeriodError otherwise."""
        match = _PATTERN.match(str(text).strip().upper())
        if not match:
            raise PeriodError(str(text))
        year, half, month = match.groups()
        if not 1900 <= int(year) <= 2100:
            raise PeriodError(str(text))
        if half:
            return cls(int(year), "half", int(half))
        if month:
            if not 1 <= int(month) <= 12:
                raise PeriodError(str(text))
            return cls(int(year), "month", int(month))
        return cls(int(year), "year")

    def __str__(self) -> str:
        if self.kind == "half":
            return f"{self.year}H{self.number}"
        if self.kind == "month":
            return f"{self.year}-{self.number:02d}"
        return f"{self.year}"

    @property
    def start(self) -> dt.date:
        """First day of the period (for ordering)."""
        if self.kind == "half":
            return dt.date(self.year, 1 if self.number == 1 else 7, 1)
        if self.kind == "month":
            return dt.date(self.year, self.number, 1)
        return dt.date(self.year, 1, 1)

    @property
    def reference_date(self) -> dt.date:
        """The day whose regions and jurisdictions the period's figures are mapped to.

        A half-year uses its survey month (지역별고용조사: April and October), a year its
        middle, a month its 15th (경제활동인구조사 reference week)."""
        if self.kind == "half":
            return dt.date(self.year, 4 if self.number == 1 else 10, 1)
        if self.kind == "month":
            return dt.date(self.year, self.number, 15)
        return dt.date(self.year, 7, 1)


def parse_period(text: str) -> Period:
    return Period.parse(text)


def format_period(period: Period) -> str:
    return str(period)
