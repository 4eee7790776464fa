"""Operational targets derived from the gap to 70%: persons needed (the statistics app's gap
planner) → persons the employment service aims to place this period → placements needed per
programme, from the stated conversion assumptions (data/conversion_assumptions.csv).

Where the persons needed of an office come from:
- `jurisdiction`: the 15–64 population and employed of the office's 시군구 for the period,
  summed (labourstats.queries.office_rows) and passed to the gap engine, when 시군구 counts
  are held;
- `apportioned`: otherwise each 시도's persons needed (labourstats.dashboard.gap_plan) shared
  among the offices covering its 시군구, in proportion to how many they cover, by largest
  remainders, so that the offices of a 시도 add up to its figure exactly. This is an
  approximation and the basis says so.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, Decimal
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from goyong.labourstats.choices import Group, Measure
from goyong.labourstats.dashboard import gap_plan
from goyong.labourstats.engine.gap import persons_needed
from goyong.labourstats.periods import Period
from goyong.labourstats.queries import column_of, office_rows
from goyong.reference import queries as reference
from goyong.taskforce import actions, planning, policies
from goyong.taskforce.choices import NATIONAL, TargetOrigin
from goyong.taskforce.errors import NotPermittedError, TaskForceError
from goyong.taskforce.models import Target


@dataclass
class OfficeGap:
    office_code: str
    office_name: str
    needed: int
    method: str  # "jurisdiction" or "apportioned"
    population: float | None = None
    employed: float | None = None
    detail: dict[str, int] = field(default_factory=dict)  # 시도 code → persons (apportioned)


@dataclass
class GapSplit:
    period: str
    method: str
    offices: dict[str, OfficeGap]
    national_needed: int


def _largest_remainder(total: int, weights: dict[str, int]) -> dict[str, int]:
    """Split a whole number in proportion to weights; the parts add up to `total`."""
    weight_sum = sum(weights.values())
    if weight_sum == 0 or total == 0:
        return dict.fromkeys(weights, 0)
    exact = {k: Decimal(total) * w / weight_sum for k, w in weights.items()}
    parts = {k: int(v) for k, v in exact.items()}
    left = total - sum(parts.values())
    for k in sorted(exact, key=lambda k: (-(exact[k] - parts[k]), k))[:left]:
        parts[k] += 1
    return parts


def _by_jurisdiction(period: Period) -> dict[str, OfficeGap]:
    found: dict[str, OfficeGap] = {}
    for row in office_rows(period, Group.AGE_15_64):
        pop = row.values.get(column_of(Measure.POPULATION))
        emp = row.values.get(column_of(Measure.EMPLOYED))
        if not pop or not emp or row.code in found:
            continue
        population, employed = float(pop) * 1000, float(emp) * 1000
        needed = int(persons_needed(employed, population).needed)
        found[row.code] = OfficeGap(row.code, row.name, needed, "jurisdiction",
                                    population, employed)
    return found


def _apportioned(period: Period) -> tuple[dict[str, OfficeGap], int]:
    plan = gap_plan(period)
    day = period.reference_date
    names = {o.code: o.name for o in reference.offices_on(day)}
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for jurisdiction in reference.coverage_on(day).values():
        counts[jurisdiction.region.kostat_code[:2]][jurisdiction.office.code] += 1
    offices: dict[str, OfficeGap] = {code: OfficeGap(code, name, 0, "apportioned")
                                     for code, name in names.items()}
    for row in plan.rows:
        parts = _largest_remainder(int(row.needed or 0), dict(counts.get(row.code, {})))
        for code, persons in parts.items():
            gap = offices.setdefault(code, OfficeGap(code, names.get(code, code), 0,
                                                     "apportioned"))
            gap.needed += persons
            gap.detail[row.code] = persons
    return offices, int(plan.total_needed or 0)


def split_gap(period: Period) -> GapSplit:
    """Persons needed to reach 70% per office for a statistics period (see module doc)."""
    by_jurisdiction = _by_jurisdiction(period)
    if by_jurisdiction:
        return GapSplit(str(period), "jurisdiction", by_jurisdiction,
                        sum(g.needed for g in by_jurisdiction.values()))
    offices, national = _apportioned(period)
    return GapSplit(str(period), "apportioned", offices, national)


def _ceil(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_CEILING))


@dataclass
class DerivedTargets:
    gap_period: str
    target_period: str
    method: str
    persons_needed: dict[str, int]            # office → persons needed (gap planner)
    persons_to_fill: dict[str, Decimal]       # office → persons the service aims at
    placements: dict[str, dict[str, int]]     # office → programme indicator → placements
    national_needed: int

    def national_placements(self) -> dict[str, int]:
        total: dict[str, int] = defaultdict(int)
        for by_indicator in self.placements.values():
            for code, value in by_indicator.items():
                total[code] += value
        return dict(total)


def period_weight(target: Period) -> Decimal:
    """Share of a year that a target period stands for, by the seasonal profile."""
    if target.kind == "year":
        return Decimal(1)
    profile = planning.seasonal_profile()
    months = range(1, 7) if (target.kind == "half" and target.number == 1) else (
        range(7, 13) if target.kind == "half" else range(target.number, target.number + 1))
    return Decimal(str(round(sum(profile[m - 1] for m in months), 6)))


def derive(gap_period: Period, target_period: Period) -> DerivedTargets:
    """Placements needed per programme and office, from the gap of `gap_period`."""
    split = split_gap(gap_period)
    share = planning.planning_value("service_share_per_year") * period_weight(target_period)
    persons = {code: g.needed for code, g in split.offices.items()}
    to_fill = {code: Decimal(n) * share for code, n in persons.items()}
    placements: dict[str, dict[str, int]] = {}
    for code, aim in to_fill.items():
        per = {f"placements.verified.{p.code}": _ceil(aim * p.share / p.retention)
               for p in planning.programmes()}
        per["placements.verified"] = sum(per.values())
        placements[code] = per
    return DerivedTargets(str(gap_period), str(target_period), split.method, persons, to_fill,
                          placements, split.national_needed)


def apply_derived_targets(gap_period: str, target_period: str, *, acting_user: Any
                          ) -> DerivedTargets:
    """Set (HQ) every office's programme targets derived from the gap, and the national
    targets as their sums. Idempotent: an unchanged value is not set again."""
    if acting_user is not None and not policies.can_set_targets(acting_user):
        raise NotPermittedError
    gap_p, target_p = Period.parse(gap_period), Period.parse(target_period)
    derived = derive(gap_p, target_p)
    if not derived.national_needed and not any(derived.persons_needed.values()):
        raise TaskForceError(_("기간 %(period)s의 고용률 격차를 계산할 통계가 없습니다. 통계를 먼저 "
                               "불러오거나 다른 기간을 고르세요.") % {"period": gap_period})
    assumptions = {p.code: {"share": str(p.share), "retention_6m": str(p.retention)}
                   for p in planning.programmes()}
    service = str(planning.planning_value("service_share_per_year"))
    rows = [(code, derived.placements[code], derived.persons_needed[code])
            for code in sorted(derived.placements)]
    rows.append((NATIONAL, derived.national_placements(), derived.national_needed))
    with transaction.atomic():
        for code, per, needed in rows:
            for indicator, value in per.items():
                current = Target.objects.filter(
                    office_code=code, period=str(target_p), indicator=indicator,
                    status="approved").first()
                if current is not None and current.value == value:
                    continue
                actions.set_target(
                    office_code=code, period=str(target_p), indicator=indicator, value=value,
                    origin=TargetOrigin.GAP, acting_user=acting_user,
                    basis={"gap_period": str(gap_p), "method": derived.method,
                           "persons_needed": needed, "service_share_per_year": service,
                           "period_weight": str(period_weight(target_p)),
                           "programmes": assumptions})
    return derived


def placements_needed_text(needed: int, aim: Decimal) -> str:
    return _("70%%까지 %(needed)s명이 더 취업해야 하고, 이번 기간 고용서비스로 %(aim)s명을 "
             "채우는 것이 목표입니다.") % {"needed": f"{needed:,}", "aim": f"{math.ceil(aim):,}"}
