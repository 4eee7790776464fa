"""Momentum: progress from verified outcomes against the plan, month by month.

The plan of a target is its value spread over the period by the seasonal profile
(data/seasonal_profile.csv); the pace is what was achieved by `as_of` over what the plan
expected by then. An office is on pace (순항) at 100% or more, to watch (주의) from 90%, and
behind (부진) below 90%, which raises an alert. The first half of the year is the task
force's momentum point: the checkpoint compares the year's first six months with the plan.
National figures are the sums of the offices' (targets, actuals and expectations alike)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from goyong.labourstats.periods import Period
from goyong.taskforce import indicators, planning
from goyong.taskforce.choices import NATIONAL, Pace, TargetStatus
from goyong.taskforce.models import Target

WATCH_FROM = 0.9
ON_PACE_FROM = 1.0


@dataclass
class Progress:
    office_code: str
    indicator: str
    target: float | None
    actual: int
    expected: float | None
    share: float
    checkpoint_expected: float | None = None
    checkpoint_actual: int | None = None
    rank: int | None = None

    @property
    def ratio(self) -> float | None:
        if not self.expected:
            return None
        return self.actual / self.expected

    @property
    def pace(self) -> str:
        if self.target is None:
            return Pace.NO_TARGET
        ratio = self.ratio
        if ratio is None or ratio >= ON_PACE_FROM:
            return Pace.AHEAD
        return Pace.WATCH if ratio >= WATCH_FROM else Pace.BEHIND

    @property
    def pace_label(self) -> str:
        return str(Pace(self.pace).label)

    @property
    def projected(self) -> float | None:
        """Year-end figure if the rest of the period goes as the plan's profile."""
        return self.actual / self.share if self.share > 0 else None

    @property
    def completion(self) -> float | None:
        return self.actual / self.target if self.target else None

    @property
    def checkpoint_met(self) -> bool | None:
        if self.checkpoint_actual is None or self.checkpoint_expected is None:
            return None
        return self.checkpoint_actual >= self.checkpoint_expected


@dataclass
class Alert:
    office_code: str
    indicator: str
    message: str
    ratio: float


def approved_targets(period: str, indicator: str, office_codes: Collection[str]
                     ) -> dict[str, Decimal]:
    return dict(Target.objects.filter(
        period=period, indicator=indicator, status=TargetStatus.APPROVED,
        office_code__in=list(office_codes)).values_list("office_code", "value"))


def progress(office_codes: Collection[str], period: Period, indicator: str,
             as_of: dt.date) -> dict[str, Progress]:
    """Pace of each office on one indicator, as of a day (figures up to that day only)."""
    ind = indicators.get(indicator)
    if ind is None:
        return {}
    start, end = planning.period_bounds(period)
    upto = min(as_of, end)
    actual = ind.compute(office_codes, start, upto) if upto >= start else dict.fromkeys(
        office_codes, 0)
    share = planning.expected_share(period, as_of)
    targets = approved_targets(str(period), indicator, office_codes)
    checkpoint = planning.first_half_end(period)
    checkpoint_share = planning.expected_share(period, checkpoint)
    at_checkpoint: dict[str, int] | None = None
    if as_of >= checkpoint and start <= checkpoint < end:
        at_checkpoint = ind.compute(office_codes, start, checkpoint)
    result = {}
    for code in office_codes:
        target = float(targets[code]) if code in targets else None
        result[code] = Progress(
            code, indicator, target, int(actual.get(code, 0)),
            target * share if target is not None else None, share,
            checkpoint_expected=(target * checkpoint_share if target is not None
                                 and start <= checkpoint < end else None),
            checkpoint_actual=at_checkpoint.get(code) if at_checkpoint is not None else None)
    ranked = sorted((p for p in result.values() if p.ratio is not None),
                    key=lambda p: (-(p.ratio or 0), p.office_code))
    for i, p in enumerate(ranked, start=1):
        p.rank = i
    return result


def national(rows: dict[str, Progress], indicator: str) -> Progress:
    """The nation: sums of the offices' targets, actuals and expectations."""
    values = list(rows.values())
    with_target = [p for p in values if p.target is not None]
    share = values[0].share if values else 0.0
    cps = [p for p in with_target if p.checkpoint_expected is not None]
    return Progress(
        NATIONAL, indicator,
        sum(p.target or 0 for p in with_target) if with_target else None,
        sum(p.actual for p in values),
        sum(p.expected or 0 for p in with_target) if with_target else None, share,
        checkpoint_expected=sum(p.checkpoint_expected or 0 for p in cps) if cps else None,
        checkpoint_actual=(sum(p.checkpoint_actual or 0 for p in values)
                           if values and all(p.checkpoint_actual is not None for p in values)
                           else None))


def alerts(rows: dict[str, Progress], names: dict[str, str], label: str) -> list[Alert]:
    """Offices behind pace (below 90% of the plan to date), furthest behind first."""
    found = []
    for p in rows.values():
        if p.pace != Pace.BEHIND or p.expected is None or p.ratio is None:
            continue
        found.append(Alert(p.office_code, p.indicator, _(
            "%(office)s의 %(indicator)s 실적이 계획의 %(pct)s%%입니다 (실적 %(actual)s, 지금까지 "
            "계획 %(expected)s). 부족한 %(short)s을(를) 채울 방안을 다음 점검회의에서 정하세요.") % {
            "office": names.get(p.office_code, p.office_code), "indicator": label,
            "pct": f"{p.ratio * 100:.0f}", "actual": f"{p.actual:,}",
            "expected": f"{p.expected:,.0f}",
            "short": f"{max(0.0, p.expected - p.actual):,.0f}"}, p.ratio))
    return sorted(found, key=lambda a: (a.ratio, a.office_code))
