"""Statistics endpoints: stored estimates and the gap to 70% per area. Adapts to
`labourstats` reads; publication rules (no value for cells under 5 sample persons, RSE ≥ 25%
flagged) apply as on the pages. Periods are written `2014`, `2014H1`, `2014-03`."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status

from goyong.api.schemas import ErrorOut
from goyong.labourstats import areas
from goyong.labourstats.choices import Group, Measure, SourceKind, Unit
from goyong.labourstats.dashboard import RSE_FLAG, SUPPRESS_BELOW
from goyong.labourstats.engine.gap import persons_needed
from goyong.labourstats.errors import PeriodError
from goyong.labourstats.models import Estimate
from goyong.labourstats.periods import Period
from goyong.reference import queries as reference

router = Router(tags=["stats"])

LevelIn = Literal["nation", "sido", "sigungu"]
# `2014`, `2014H1` or `2014-03`; left out: the newest period held at the level.
PeriodIn = Annotated[str | None, Query(description="2014, 2014H1 또는 2014-03 (생략하면 최신)")]
GroupIn = Literal["total", "15_64", "15_29", "female_15_64", "55_64", "male", "female",
                  "male_15_64"]


class EstimateOut(Schema):
    level: str
    code: str
    name: str
    period: str
    group: str
    measure: str
    unit: str
    value: float | None
    decimals: int
    se: float | None
    rse: float | None
    sample_size: int | None
    suppressed: bool
    unreliable: bool
    vintage: str
    release_date: dt.date | None
    source_kind: str
    source: str
    source_label: str
    synthetic: bool


class GroupGapOut(Schema):
    group: str
    label: str
    contribution: float


class GapOut(Schema):
    level: str
    code: str
    name: str
    period: str
    population_15_64: float | None
    employed_15_64: float | None
    rate_15_64: float | None
    persons_needed: float | None
    sample_size: int | None
    suppressed: bool
    by_group: list[GroupGapOut]
    source_label: str
    synthetic: bool


def _period(text: str | None, level: str) -> Period | None:
    """The asked period, or the newest held at the level; None when `text` is not a period."""
    if not text:
        held = Estimate.objects.filter(area_level=level).values_list("period", flat=True)
        periods = [Period.parse(p) for p in set(held)]
        return max(periods, key=lambda p: (p.start, p.kind != "year")) if periods \
            else Period.parse(str(reference.today().year))
    try:
        return Period.parse(text)
    except PeriodError:
        return None


def _bad_period(text: str) -> Status:
    return Status(422, {"detail": _(
        "기간 '%(text)s'을(를) 알 수 없습니다. 연도는 2014, 반기는 2014H1 또는 2014H2, "
        "월은 2014-03처럼 쓰세요.") % {"text": text[:20]}})


def _names(period: Period) -> dict[str, str]:
    names = {r.kostat_code: (r.full_name if len(r.kostat_code) == 5 else r.name)
             for r in reference.regions_on(period.reference_date)}
    names["00"] = str(_("전국"))
    return names


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


@router.get("/stats/estimates", response={200: list[EstimateOut], 422: ErrorOut},
            summary="저장된 통계 추정치")
def list_estimates(request: HttpRequest, period: PeriodIn = None, level: LevelIn = "sido",
                   group: Query[GroupIn | None] = None, measure: Query[str | None] = None,
                   source_kind: Query[str | None] = None) -> Any:
    """Every stored value of a period at one level (as published or derived), with SE, RSE,
    sample size, vintage, release date and source; survey cells under 5 sample persons come
    with `value`, `se` and `rse` null and `suppressed` true."""
    parsed = _period(period, level)
    if parsed is None:
        return _bad_period(period or "")
    qs = Estimate.objects.filter(period=str(parsed), area_level=level).select_related(
        "dataset").order_by("area_code", "group", "measure", "source_kind", "vintage")
    if group:
        qs = qs.filter(group=group)
    if measure:
        qs = qs.filter(measure=measure)
    if source_kind:
        qs = qs.filter(source_kind=source_kind)
    names = _names(parsed)
    out = []
    for e in qs[:20_000]:
        suppressed = e.sample_size is not None and e.sample_size < SUPPRESS_BELOW
        out.append({
            "level": e.area_level, "code": e.area_code, "name": names.get(e.area_code, ""),
            "period": e.period, "group": e.group, "measure": e.measure, "unit": e.unit,
            "value": None if suppressed else float(e.value), "decimals": e.decimals,
            "se": None if suppressed else _float(e.se),
            "rse": None if suppressed else _float(e.rse), "sample_size": e.sample_size,
            "suppressed": suppressed,
            "unreliable": not suppressed and e.rse is not None and e.rse >= RSE_FLAG,
            "vintage": e.vintage, "release_date": e.release_date,
            "source_kind": e.source_kind, "source": e.source,
            "source_label": e.dataset.source_label, "synthetic": e.dataset.synthetic,
        })
    return out


def _persons(e: Estimate) -> float:
    value = float(e.value)
    return value * 1000 if e.unit == Unit.THOUSANDS else value


@router.get("/stats/gap", response={200: list[GapOut], 422: ErrorOut},
            summary="70% 도달에 필요한 취업자")
def gap(request: HttpRequest, period: PeriodIn = None, level: LevelIn = "sido") -> Any:
    """Per area with stored 15–64 population and employed: the rate, persons needed to reach
    70% (`ceil(0.7·P − E)`, at least 0) and, where survey counts by group exist, the exact
    split of the gap by age group and by sex. Areas under 5 sample persons come with null
    figures and `suppressed` true."""
    parsed = _period(period, level)
    if parsed is None:
        return _bad_period(period or "")
    qs = Estimate.objects.filter(
        period=str(parsed), area_level=level, group=Group.AGE_15_64,
        measure__in=[Measure.POPULATION, Measure.EMPLOYED]).exclude(
        source_kind=SourceKind.MODEL).select_related("dataset").order_by(
        "area_code", "-vintage")  # "revised" before "published": the first one is kept
    counts: dict[str, dict[str, Estimate]] = {}
    for e in qs:
        counts.setdefault(e.area_code, {}).setdefault(e.measure, e)
    splits = {g.code: g for g in areas.group_splits(parsed, level)}
    names = _names(parsed)
    out = []
    labels = dict(areas.AGE_PARTS + areas.SEX_PARTS)
    for code, found in sorted(counts.items()):
        if Measure.POPULATION not in found or Measure.EMPLOYED not in found:
            continue
        pop_e, emp_e = found[Measure.POPULATION], found[Measure.EMPLOYED]
        pop, emp = _persons(pop_e), _persons(emp_e)
        if pop <= 0:
            continue
        sample = pop_e.sample_size
        suppressed = sample is not None and sample < SUPPRESS_BELOW
        split = splits.get(code)
        by_group = [] if suppressed or split is None else [
            {"group": key, "label": str(labels[key]), "contribution": value}
            for key, value in [*split.by_age.items(), *split.by_sex.items()]]
        out.append({
            "level": level, "code": code, "name": names.get(code, code), "period": str(parsed),
            "population_15_64": pop, "employed_15_64": emp, "rate_15_64": emp / pop * 100,
            "persons_needed": float(persons_needed(emp, pop).needed), "sample_size": sample,
            "suppressed": suppressed, "by_group": by_group,
            "source_label": pop_e.dataset.source_label, "synthetic": pop_e.dataset.synthetic,
        })
        if suppressed:
            out[-1].update(population_15_64=None, employed_15_64=None, rate_15_64=None,
                           persons_needed=None)
    return out
