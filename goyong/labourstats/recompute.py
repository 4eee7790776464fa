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
from django.db import connection, transaction
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


def _domains(p: Persons) -> list[tuple[str, npt.NDArray[np.str_], npt.NDArray[np.int64] | None]]:
    """Per level, the area labels and each person's integer domain code (computed once per
    period: integer domains make the estimator count instead of sort)."""
    sigungu = np.where(np.char.str_len(p.area) == 5, p.area, "")
    out: list[tuple[str, npt.NDArray[np.str_], npt.NDArray[np.int64] | None]] = []
    for level, values in ((AreaLevel.SIGUNGU, sigungu), (AreaLevel.SIDO, p.area.astype("<U2"))):
        labels, codes = np.unique(values, return_inverse=True)
        out.append((level, labels, codes.astype(np.int64).ravel()))
    out.append((AreaLevel.NATION, np.array(["00"]), None))
    return out


def _direct(p: Persons, design: SurveyDesign, group: str,
            domains: list[tuple[str, npt.NDArray[np.str_], npt.NDArray[np.int64] | None]]
            ) -> list[_Cell]:
    member = GROUPS[group](p.sex, p.age).astype(np.float64)
    employed = member * (p.status == 1)
    estimator = DomainEstimator(design)
    cells: list[_Cell] = []
    for level, labels, codes in domains:
        rate = estimator.ratio(employed, member, domains=codes)
        pop = estimator.total(member, domains=codes)
        emp = estimator.total(employed, domains=codes)
        for i, code_index in enumerate(rate.domains_):
            code = str(labels[int(code_index)]) if codes is not None else "00"
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


Row = tuple[Any, ...]
_COLUMNS = ["dataset_id", "area_level", "area_code", "code_system", "source_area", "region_id",
            "period", "period_start", "group", "measure", "unit", "value", "decimals", "se",
            "rse", "sample_size", "vintage", "release_date", "source_kind", "source"]


def _text(value: float, places: int) -> str | None:
    """A finite float as decimal text with at most `places` decimals (None otherwise)."""
    if not math.isfinite(value):
        return None
    return f"{Decimal(repr(round(value, places))):f}"


def _rows(dataset: Dataset, period: Period, regions: dict[tuple[str, str], int],
          cells: list[_Cell], model: list[_ModelCell]) -> list[Row]:
    """Estimate rows as tuples in `_COLUMNS` order (model instances cost seconds here)."""
    start = period.start.isoformat()
    released = dataset.release_date.isoformat() if dataset.release_date else None

    def row(level: str, code: str, group: str, measure: str, unit: str, value: str | None,
            decimals: int, se: str | None, rse: str | None, n: int, kind: str,
            source: str) -> Row:
        return (dataset.pk, level, code, CodeSystem.KOSTAT.value, "", regions.get((level, code)),
                str(period), start, group, measure, unit, value or "0", decimals, se, rse, n,
                dataset.vintage, released, kind, source)

    rows: list[Row] = []
    for c in cells:
        kind = SourceKind.MICRODATA.value
        if math.isfinite(c.rate):
            rse = c.rate_se / c.rate * 100 if c.rate else math.nan
            rows.append(row(c.level, c.code, c.group, Measure.EMPLOYMENT_RATE.value,
                            Unit.PERCENT.value, _text(c.rate * 100, 6), 1,
                            _text(c.rate_se * 100, 6), _text(rse, 4), c.n, kind,
                            dataset.source))
        for measure, value, se in ((Measure.POPULATION, c.population, c.population_se),
                                   (Measure.EMPLOYED, c.employed, c.employed_se)):
            rows.append(row(c.level, c.code, c.group, measure.value, Unit.PERSONS.value,
                            _text(value, 2), 0, _text(se, 2),
                            _text(se / value * 100, 4) if value else None, c.n, kind,
                            dataset.source))
    for m in model:
        rmse = math.sqrt(max(m.mse, 0.0))
        rows.append(row(AreaLevel.SIGUNGU.value, m.code, m.group, Measure.EMPLOYMENT_RATE.value,
                        Unit.PERCENT.value, _text(m.estimate * 100, 6), 1, _text(rmse * 100, 6),
                        _text(rmse / m.estimate * 100, 4) if m.estimate else None, m.n,
                        SourceKind.MODEL.value, MODEL_SOURCE))
    return rows


def _insert(rows: list[Row]) -> None:
    """Insert estimate rows with one executemany: the ORM's bulk_create costs seconds for the
    ~4,000 rows of a half-year. Decimal text and ISO dates suit SQLite and PostgreSQL."""
    table = connection.ops.quote_name(Estimate._meta.db_table)
    names = ", ".join(connection.ops.quote_name(c) for c in _COLUMNS)
    marks = ", ".join(["%s"] * len(_COLUMNS))
    sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"  # noqa: S608 - names from model meta
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def recompute_dataset(dataset: Dataset, progress: ProgressFn | None = None,
                      persons: list[Persons] | None = None) -> dict[str, Any]:
    """Derive the direct and small-area estimates of a microdata dataset and store them (each
    period in its own transaction). Returns a JSON-able summary. `persons` saves reading
    back what the caller has just written (the demo generator)."""
    if dataset.format != ImportFormat.MICRODATA:
        return {"periods": [], "estimates": 0}
    report = progress or (lambda done, total, message: None)
    report(0, 0, _("응답자 자료를 읽는 중입니다."))
    all_persons = persons if persons is not None else _persons(dataset)
    total_steps = len(all_persons) * len(GROUPS)
    step = 0
    summary: dict[str, Any] = {"periods": [], "estimates": 0, "models": []}
    Estimate.objects.filter(dataset=dataset, source_kind__in=[
        SourceKind.MICRODATA, SourceKind.MODEL]).delete()
    for sample in all_persons:
        period = Period.parse(sample.period)
        day = period.reference_date
        regions = {(str(r.level), r.kostat_code): r.pk
                   for r in reference.regions_on(day).filter(level__in=["sido", "sigungu"])}
        design = _design(sample)
        domains = _domains(sample)
        rows: list[Row] = []
        for group in GROUPS:
            report(step, total_steps, _("%(period)s %(group)s: 직접추정과 소지역추정을 하는 "
                                        "중입니다.") % {"period": period,
                                                       "group": Group(group).label})
            cells = _direct(sample, design, group, domains)
            model, info = _small_area(cells, group)
            summary["models"].append({"period": str(period), **info})
            rows += _rows(dataset, period, regions, cells, model)
            step += 1
        with transaction.atomic():
            _insert(rows)
        summary["periods"].append(str(period))
        summary["estimates"] += len(rows)
        report(step, total_steps, _("%(period)s 추정치를 저장했습니다.") % {"period": period})
    return summary
