"""Pluggable indicators: each app registers the figures the task force counts from its own
tables, in a module `goyong/<app>/indicators.py` discovered when the apps are ready.

An indicator is a *count* (persons, companies, jobs) so that the national figure is the sum
of the offices'. A rate (6-month retention) is shown as the ratio of two registered counts
(`ratio_of`), never stored or summed as a rate.

Registering (in `goyong/<app>/indicators.py`)::

    from goyong.taskforce.indicators import Indicator, register

    def _placements(office_codes, start, end):
        rows = Placement.objects.filter(verified=True, seeker__office_code__in=office_codes,
                                        start_date__range=(start, end))
        return counts_by(rows, "seeker__office_code", office_codes)

    register(Indicator("placements.verified", _("확인된 취업자"), _("명"), _placements))
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.db.models import Count, QuerySet

Compute = Callable[[Collection[str], dt.date, dt.date], dict[str, int]]


@dataclass(frozen=True)
class Indicator:
    """A count computed from another app's tables for offices over a date range.

    `compute(office_codes, start, end)` returns {office_code: value} for every code asked
    (0 where nothing happened); `total(start, end)` counts the whole country in one query
    (used to check that the national figure is the sum of the offices'). `programme` marks
    placement counts of one programme (for targets derived from the gap); `order` sorts
    the cockpit."""

    code: str
    label: Any
    unit: Any
    compute: Compute
    app: str = ""
    total: Callable[[dt.date, dt.date], int] | None = None
    description: Any = ""
    programme: str = ""
    order: int = 100
    targetable: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Ratio:
    """A rate shown beside the counts: numerator / denominator, both registered counts."""

    code: str
    label: Any
    numerator: str
    denominator: str
    order: int = 100


_REGISTRY: dict[str, Indicator] = {}
_RATIOS: dict[str, Ratio] = {}


def register(indicator: Indicator) -> Indicator:
    """Add (or replace, on a reload) an indicator."""
    _REGISTRY[indicator.code] = indicator
    return indicator


def register_ratio(ratio: Ratio) -> Ratio:
    _RATIOS[ratio.code] = ratio
    return ratio


def unregister(code: str) -> None:
    _REGISTRY.pop(code, None)
    _RATIOS.pop(code, None)


def registered() -> list[Indicator]:
    return sorted(_REGISTRY.values(), key=lambda i: (i.order, i.code))


def ratios() -> list[Ratio]:
    return sorted((r for r in _RATIOS.values()
                   if r.numerator in _REGISTRY and r.denominator in _REGISTRY),
                  key=lambda r: (r.order, r.code))


def get(code: str) -> Indicator | None:
    return _REGISTRY.get(code)


def discover() -> list[str]:
    """Import `<app>.indicators` of every installed goyong app (the app registers its own);
    returns the modules found."""
    found = []
    for config in apps.get_app_configs():
        if not config.name.startswith("goyong.") or config.name == "goyong.taskforce":
            continue
        module = f"{config.name}.indicators"
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as error:
            if error.name != module:
                raise
            continue
        found.append(module)
    return found


def counts_by(rows: QuerySet[Any], office_field: str, office_codes: Iterable[str],
              distinct: str = "") -> dict[str, int]:
    """{office_code: count} of `rows` grouped by `office_field`, 0 for codes without rows."""
    counted = Count(distinct, distinct=True) if distinct else Count("pk")
    found = dict(rows.order_by().values_list(office_field).annotate(n=counted))
    return {code: int(found.get(code, 0)) for code in office_codes}


def compute_all(codes: Collection[str], start: dt.date, end: dt.date,
                only: Collection[str] | None = None) -> dict[str, dict[str, int]]:
    """{indicator_code: {office_code: value}} for every registered indicator."""
    return {ind.code: ind.compute(codes, start, end) for ind in registered()
            if only is None or ind.code in only}
