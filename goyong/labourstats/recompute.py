"""What the pages need, derived from an imported microdata batch: direct estimates with
Taylor SEs per 시군구, 시도 and the nation × target group, then Fay–Herriot small-area
estimates for the 시군구 × group cells. An adapter: ORM rows to engine arrays and back.

Runs as a background job after each microdata import (`tasks.recompute_dataset_task`,
started by `actions.import_statistics`) and directly for the demo data. Idempotent: the rows
it derived earlier from the same dataset are replaced."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import numpy as np
import numpy.typing as npt
from django.db import transaction
from django.utils.translation import gettext as _

from goyong.labourstats.choices import (
    AreaLevel,
    CodeSystem,
    Group,
    ImportFormat,
    Measure,
    SourceKind,
    Unit,
)
from goyong.labourstats.engine.direct import DomainEstimator, SurveyDesign
from goyong.labourstats.engine.fayherriot import FayHerriot, design_matrix
from goyong.labourstats.models import Dataset, Estimate, SurveyPerson
from goyong.labourstats.periods import Period
from goyong.reference import queries as reference

MODEL_SOURCE = "model:fayherriot"
# The target groups of the task force, each a 0/1 membership over (sex, age).
GROUPS: dict[str, Callable[[npt.NDArray[Any], npt.NDArray[Any]], npt.NDArray[np.bool_]]] = {
    Group.AGE_15_64: lambda sex, age: (age >= 15) & (age <= 64),
    Group.YOUTH: lambda sex, age: (age >= 15) & (age <= 29),
    Group.WOMEN_15_64: lambda sex, age: (sex == 2) & (age >= 15) & (age <= 64),
    Group.OLDER: lambda sex, age: (age >= 55) & (age <= 64),
}
# Fay–Herriot needs a positive sampling variance: cells with fewer sample persons, or a
# rate of exactly 0% or 100% (SE 0), get the regression-synthetic estimate instead.
MIN_FIT_SAMPLE = 2

ProgressFn = Callable[[int, int, str], None]


@dataclass
class Persons:
    period: str
    area: npt.NDArray[np.str_]
    sex: npt.NDArray[np.int64]
    age: npt.NDArray[np.int64]
    status: npt.NDArray[np.int64]
    weight: npt.NDArray[np.float64]
    stratum: npt.NDArray[np.str_]
    psu: npt.NDArray[np.str_]


def _persons(dataset: Dataset) -> list[Persons]:
    rows = SurveyPerson.objects.filter(dataset=dataset).order_by("period", "id").values_list(
        "period", "area_code", "sex", "age", "status", "weight", "stratum", "psu")
    by_period: dict[str, list[tuple[Any, ...]]] = {}
    for row in rows.iterator(chunk_size=20_000):
        by_period.setdefault(row[0], []).append(row)
    out = []
    for period in sorted(by_period, key=lambda p: Period.parse(p).start):
        columns = list(zip(*by_period[period], strict=True))
        out.append(Persons(
            period=period, area=np.asarray(columns[1], dtype=str),
            sex=np.asarray(columns[2], dtype=np.int64), age=np.asarray(columns[3], dtype=np.int64),
            status=np.asarray(columns[4], dtype=np.int64),
            weight=np.asarray(columns[5], dtype=np.float64),
            stratum=np.asarray(columns[6], dtype=str), psu=np.asarray(columns[7], dtype=str)))
    return out


def _design(p: Persons) -> SurveyDesign:
    """The file's stratified clustered design; without strata/PSUs each person is a PSU."""
    strata = p.stratum if np.any(p.stratum != "") else None
    psu = p.psu if np.any(p.psu != "") else None
    return SurveyDesign(p.weight, strata=strata, psu=psu, lonely_psu="adjust")


def _dec(value: float, places: int) -> Decimal | None:
    if not math.isfinite(value):
        return None
    return Decimal(repr(round(value, places)))


def _num(value: float, places: int) -> Decimal:
    return _dec(value, places) or Decimal(0)


@dataclass
class _Cell:
    level: str
    code: str
    group: str
    rate: float
    rate_se: float
    population: float
    population_se: float
    employed: float
    employed_se: float
    n: int


def _direct(p: Persons, design: SurveyDesign, group: str) -> list[_Cell]:
    member = GROUPS[group](p.sex, p.age).astype(np.float64)
    employed = member * (p.status == 1)
    estimator = DomainEstimator(design)
    cells: list[_Cell] = []
    sigungu = np.where(np.char.str_len(p.area) == 5, p.area, "")
    for level, domains in ((AreaLevel.SIGUNGU, sigungu),
                           (AreaLevel.SIDO, p.area.astype("<U2")),
                           (AreaLevel.NATION, None)):
        rate = estimator.ratio(employed, member, domains=domains)
        pop = estimator.total(member, domains=domains)
        emp = estimator.total(employed, domains=domains)
        for i, label in enumerate(rate.domains_):
            code = "00" if level == AreaLevel.NATION else str(label)
            if not code:
                continue
            cells.append(_Cell(level, code, group, float(rate.estimate_[i]),
                               float(rate.se_[i]), float(pop.estimate_[i]), float(pop.se_[i]),
                               float(emp.estimate_[i]), float(emp.se_[i]), int(rate.n_[i])))
    return cells


@dataclass
class _ModelCell:
    code: str
    group: str
    estimate: float
    mse: float
    n: int
    synthetic: bool


def _small_area(cells: list[_Cell], group: str) -> tuple[list[_ModelCell], dict[str, Any]]:
    """Fay–Herriot (REML, fully converged) on the 시군구 direct rates of one group, with the
    시도 direct rate of the same group as covariate; cells unfit for the model get the
    regression-synthetic estimate."""
    sido_rate = {c.code: c.rate for c in cells if c.level == AreaLevel.SIDO}
    areas = [c for c in cells if c.level == AreaLevel.SIGUNGU and c.code[:2] in sido_rate
             and math.isfinite(sido_rate[c.code[:2]])]
    fit_in = [c for c in areas if c.n >= MIN_FIT_SAMPLE and c.rate_se > 0
              and math.isfinite(c.rate)]
    out_of = [c for c in areas if c not in fit_in]
    if len(fit_in) <= 3:
        return [], {"group": group, "areas": 0}
    # The 시도 rate explains nothing when every fitted area lies in one 시도: intercept only.
    with_covariate = len({sido_rate[c.code[:2]] for c in fit_in}) > 1

    def matrix(cells: list[_Cell]) -> npt.NDArray[np.float64]:
        if not with_covariate:
            return np.ones((len(cells), 1))
        X, _names = design_matrix(
            {"sido_rate": np.array([sido_rate[c.code[:2]] for c in cells])})
        return X

    try:
        fit = FayHerriot(method="REML", tol=1e-10).fit(
            np.array([c.rate for c in fit_in]), np.array([c.rate_se**2 for c in fit_in]),
            matrix(fit_in))
    except ValueError as error:  # e.g. a degenerate design: no model, direct only
        return [], {"group": group, "areas": 0, "note": str(error)}
    result = [_ModelCell(c.code, group, float(e), float(m), c.n, False)
              for c, e, m in zip(fit_in, fit.eblup_, fit.mse_, strict=True)]
    if out_of:
        pred, mse = fit.predict_synthetic(matrix(out_of))
        result += [_ModelCell(c.code, group, float(e), float(m), c.n, True)
                   for c, e, m in zip(out_of, pred, mse, strict=True)]
    return result, {"group": group, "areas": len(fit_in), "synthetic": len(out_of),
                    "sigma2u": fit.sigma2u_, "beta": [float(b) for b in fit.beta_]}


def _rows(dataset: Dataset, period: Period, regions: dict[tuple[str, str], int],
          cells: list[_Cell], model: list[_ModelCell]) -> list[Estimate]:
    common = {"dataset": dataset, "period": str(period), "period_start": period.start,
              "vintage": dataset.vintage, "release_date": dataset.release_date,
              "code_system": CodeSystem.KOSTAT}
    rows: list[Estimate] = []
    for c in cells:
        region = regions.get((c.level, c.code))
        base = {**common, "area_level": c.level, "area_code": c.code, "region_id": region,
                "group": c.group, "sample_size": c.n, "source_kind": SourceKind.MICRODATA,
                "source": dataset.source}
        if math.isfinite(c.rate):
            rate = _num(c.rate * 100, 6)
            rse = c.rate_se / c.rate * 100 if c.rate else math.nan
            rows.append(Estimate(**base, measure=Measure.EMPLOYMENT_RATE, unit=Unit.PERCENT,
                                 value=rate, decimals=1, se=_dec(c.rate_se * 100, 6),
                                 rse=_dec(rse, 4)))
        for measure, value, se in ((Measure.POPULATION, c.population, c.population_se),
                                   (Measure.EMPLOYED, c.employed, c.employed_se)):
            rows.append(Estimate(**base, measure=measure, unit=Unit.PERSONS,
                                 value=_num(value, 2), decimals=0, se=_dec(se, 2),
                                 rse=_dec(se / value * 100, 4) if value else None))
    for m in model:
        rmse = math.sqrt(max(m.mse, 0.0))
        rows.append(Estimate(
            **common, area_level=AreaLevel.SIGUNGU, area_code=m.code,
            region_id=regions.get((AreaLevel.SIGUNGU, m.code)), group=m.group,
            measure=Measure.EMPLOYMENT_RATE, unit=Unit.PERCENT, value=_num(m.estimate * 100, 6),
            decimals=1, se=_dec(rmse * 100, 6),
            rse=_dec(rmse / m.estimate * 100, 4) if m.estimate else None, sample_size=m.n,
            source_kind=SourceKind.MODEL, source=MODEL_SOURCE))
    return rows


def recompute_dataset(dataset: Dataset, progress: ProgressFn | None = None) -> dict[str, Any]:
    """Derive the direct and small-area estimates of a microdata dataset and store them (each
    period in its own transaction). Returns a JSON-able summary."""
    if dataset.format != ImportFormat.MICRODATA:
        return {"periods": [], "estimates": 0}
    report = progress or (lambda done, total, message: None)
    report(0, 0, _("응답자 자료를 읽는 중입니다."))
    all_persons = _persons(dataset)
    total_steps = len(all_persons) * len(GROUPS)
    step = 0
    summary: dict[str, Any] = {"periods": [], "estimates": 0, "models": []}
    Estimate.objects.filter(dataset=dataset, source_kind__in=[
        SourceKind.MICRODATA, SourceKind.MODEL]).delete()
    for persons in all_persons:
        period = Period.parse(persons.period)
        day = period.reference_date
        regions = {(str(r.level), r.kostat_code): r.pk
                   for r in reference.regions_on(day).filter(level__in=["sido", "sigungu"])}
        design = _design(persons)
        rows: list[Estimate] = []
        for group in GROUPS:
            report(step, total_steps, _("%(period)s %(group)s: 직접추정과 소지역추정을 하는 "
                                        "중입니다.") % {"period": period,
                                                       "group": Group(group).label})
            cells = _direct(persons, design, group)
            model, info = _small_area(cells, group)
            summary["models"].append({"period": str(period), **info})
            rows += _rows(dataset, period, regions, cells, model)
            step += 1
        with transaction.atomic():
            Estimate.objects.bulk_create(rows, batch_size=2000)
        summary["periods"].append(str(period))
        summary["estimates"] += len(rows)
        report(step, total_steps, _("%(period)s 추정치를 저장했습니다.") % {"period": period})
    return summary
