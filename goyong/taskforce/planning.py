"""The stated planning data of the task force (data/*.csv): roadmap targets, conversion
assumptions, the seasonal profile and period arithmetic. Read once, never at import time of
the models."""

from __future__ import annotations

import calendar
import csv
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from goyong.labourstats.periods import Period

DATA_DIR = Path(__file__).resolve().parent / "data"

# Employment-rate targets by group: measured by the statistics, never by operations.
RATE_INDICATORS: dict[str, tuple[object, str, str]] = {
    # code: (label, labourstats group, unit)
    "rate.15_64": (_("15~64세 고용률"), "15_64", "%"),
    "rate.women": (_("여성 고용률 (15~64세)"), "female_15_64", "%"),
    "rate.youth": (_("청년 고용률 (15~29세)"), "15_29", "%"),
    "rate.55_64": (_("장년 고용률 (55~64세)"), "55_64", "%"),
}


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@dataclass(frozen=True)
class RoadmapTarget:
    indicator: str
    period: str
    value: Decimal
    baseline_period: str
    baseline: Decimal | None
    source: str


@cache
def roadmap() -> tuple[RoadmapTarget, ...]:
    """The national 2017 roadmap targets (70%, women 61.9%, youth 47.7%, 55–64 68.2%)."""
    return tuple(RoadmapTarget(r["indicator"], r["period"], Decimal(r["value"]),
                               r["baseline_period"],
                               Decimal(r["baseline"]) if r["baseline"] else None, r["source"])
                 for r in _rows("roadmap_2017.csv"))


@dataclass(frozen=True)
class Programme:
    code: str
    share: Decimal
    retention: Decimal
    note: str


@cache
def programmes() -> tuple[Programme, ...]:
    rows = tuple(Programme(r["programme"], Decimal(r["share"]), Decimal(r["retention_6m"]),
                           r["note"]) for r in _rows("conversion_assumptions.csv"))
    assert sum(p.share for p in rows) == 1, "programme shares must sum to 1"
    return rows


@cache
def planning_value(key: str) -> Decimal:
    return next(Decimal(r["value"]) for r in _rows("planning.csv") if r["key"] == key)


@cache
def planning_note(key: str) -> str:
    return next(r["note"] for r in _rows("planning.csv") if r["key"] == key)


@cache
def seasonal_profile() -> tuple[float, ...]:
    """Share of a year's placements expected in each month (index 0 = January)."""
    shares = tuple(float(r["share"]) for r in sorted(_rows("seasonal_profile.csv"),
                                                      key=lambda r: int(r["month"])))
    assert len(shares) == 12 and abs(sum(shares) - 1) < 1e-9, "seasonal profile must sum to 1"
    return shares


def period_bounds(period: Period) -> tuple[dt.date, dt.date]:
    """First and last day of a year, half-year or month."""
    start = period.start
    if period.kind == "year":
        return start, dt.date(period.year, 12, 31)
    if period.kind == "half":
        return start, dt.date(period.year, 6, 30) if period.number == 1 else dt.date(
            period.year, 12, 31)
    last = calendar.monthrange(period.year, period.number)[1]
    return start, dt.date(period.year, period.number, last)


def expected_share(period: Period, day: dt.date) -> float:
    """Share of the period's target expected by the end of `day` under the seasonal profile:
    whole months before `day`'s month, plus its month pro rata by days."""
    start, end = period_bounds(period)
    if day < start:
        return 0.0
    if day >= end:
        return 1.0
    profile = seasonal_profile()
    months = range(start.month, end.month + 1)
    total = sum(profile[m - 1] for m in months)
    done = sum(profile[m - 1] for m in months if m < day.month)
    days_in_month = calendar.monthrange(day.year, day.month)[1]
    done += profile[day.month - 1] * day.day / days_in_month
    return done / total


def first_half_end(period: Period) -> dt.date:
    """The momentum checkpoint: 30 June of the target year."""
    return dt.date(period.year, 6, 30)
