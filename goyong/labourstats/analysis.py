"""Adapter between files or stored estimates and the numeric engine, for `goyong stats
estimate | sae | gap`: CSV text and ORM rows in, arrays to the engine, rows out.

The engine (`goyong.labourstats.engine`) holds the statistics; this module only reads,
validates (row-level Korean errors) and shapes."""

from __future__ import annotations

import csv
import io
import math
import warnings
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import numpy as np
from django.utils.translation import gettext as _

from goyong.labourstats import importers
from goyong.labourstats.choices import AreaLevel, Group, Measure, Unit, Vintage
from goyong.labourstats.engine import gap as gap_engine
from goyong.labourstats.engine.direct import (
    DomainEstimator,
    LonelyPSU,
    LonelyPSUError,
    SurveyDesign,
)
from goyong.labourstats.engine.fayherriot import ConvergenceWarning, FayHerriot, design_matrix
from goyong.labourstats.errors import RowError, StatisticsError
from goyong.labourstats.importers.common import read_text
from goyong.labourstats.models import Estimate
from goyong.labourstats.periods import Period

ESTIMATE_BY = ("area", "sex")
ESTIMATE_COLUMNS = ["population_15_64", "employed_15_64", "rate", "se", "rse", "n", "df"]
SAE_METHODS = {"reml": "REML", "ml": "ML", "fh": "FH"}
GAP_COLUMNS = ["level", "code", "name", "period", "group", "population", "employment_rate",
               "employment_rate_se", "target", "gap", "needed", "needed_lower",
               "needed_upper", "vintage", "source", "note"]


class AnalysisError(StatisticsError):
    """An analysis input that cannot be used; `errors` names the rows and columns."""

    code = "labourstats.analysis.invalid"

    def __init__(self, message: str, errors: list[RowError] | None = None,
                 error_count: int | None = None) -> None:
        super().__init__(message)
        self.errors = errors or []
        self.error_count = error_count if error_count is not None else len(self.errors)


def number_text(value: Any) -> str:
    """Full precision for CSV: `repr` of a float (shortest round-trip), '' for NaN."""
    if isinstance(value, float | np.floating):
        return "" if math.isnan(value) else repr(float(value))
    return str(value)


@dataclass
class Table:
    columns: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)
    trailer: list[tuple[str, ...]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


# --- direct estimates from microdata ------------------------------------------------------


def direct_estimates(data: bytes, by: list[str], *, period: str | None = None,
                     lonely_psu: LonelyPSU = "fail") -> Table:
    """Employment rate 15–64 per domain (period × `by`) with Taylor SEs, from a microdata
    file checked by the microdata importer (same row-level errors)."""
    unknown = [name for name in by if name not in ESTIMATE_BY]
    if unknown or not by:
        raise AnalysisError(_("--by에는 area, sex 중 하나 이상을 쉼표로 나누어 쓰세요 (예: "
                              "--by area,sex). 알 수 없는 값: %(names)s") % {
            "names": ", ".join(unknown) or "-"})
    text = read_text(data)
    header = {cell.strip().lower() for cell in next(csv.reader(io.StringIO(text)), [])}
    parsed = importers.parse(data, "microdata",
                             period=Period.parse(period) if period else None)
    if parsed.error_count:
        raise AnalysisError(_("오류 %(count)s개 때문에 추정하지 않았습니다. 고친 뒤 다시 "
                              "실행하세요.") % {"count": parsed.error_count},
                            parsed.errors, parsed.error_count)
    if not parsed.persons:
        raise AnalysisError(_("응답자 행이 없습니다. 머리글 아래에 한 사람당 한 행을 쓰세요."))
    periods, areas, sexes, ages, statuses, weights, strata, psus = zip(*parsed.persons,
                                                                       strict=True)
    age = np.asarray(ages, dtype=np.int64)
    in_15_64 = ((age >= 15) & (age <= 64)).astype(np.float64)
    employed = in_15_64 * (np.asarray(statuses) == 1)
    keys = {"period": np.asarray(periods, dtype=str), "area": np.asarray(areas, dtype=str),
            "sex": np.asarray(sexes, dtype=np.int64).astype(str)}
    label = keys["period"]
    for name in by:
        label = np.char.add(np.char.add(label, "\x1f"), keys[name])
    try:
        design = SurveyDesign(np.asarray(weights, dtype=np.float64),
                              strata=np.asarray(strata) if "stratum" in header else None,
                              psu=np.asarray(psus) if "psu" in header else None,
                              lonely_psu=lonely_psu)
    except LonelyPSUError as error:
        psus_of: dict[str, set[str]] = {}
        for stratum, psu in zip(strata, psus, strict=True):
            psus_of.setdefault(stratum, set()).add(psu)
        lonely = sorted(stratum for stratum, found in psus_of.items() if len(found) == 1)
        raise AnalysisError(_("층(stratum) %(strata)s에는 조사구(psu)가 하나뿐이라 분산을 추정할 "
                              "수 없습니다. 이웃 층과 합치거나 --lonely-psu 선택지(certainty, "
                              "remove, adjust, average) 중 하나를 지정하세요.") % {
            "strata": ", ".join(lonely[:10]) + (" …" if len(lonely) > 10 else "")}) from error
    estimator = DomainEstimator(design)
    rate = estimator.ratio(employed, in_15_64, domains=label)
    population = estimator.total(in_15_64, domains=label)
    employed_total = estimator.total(employed, domains=label)
    table = Table(columns=["period", *by, *ESTIMATE_COLUMNS])
    for i, domain in enumerate(rate.domains_):
        parts = str(domain).split("\x1f")
        row: dict[str, Any] = {"period": parts[0], **dict(zip(by, parts[1:], strict=True))}
        row.update({
            "population_15_64": float(population.estimate_[i]),
            "employed_15_64": float(employed_total.estimate_[i]),
            "rate": float(rate.estimate_[i]) * 100,
            "se": float(rate.se_[i]) * 100,
            "rse": float(rate.rse_[i]) * 100,
            "n": int(rate.n_[i]),
            "df": int(rate.domain_df_[i]),
        })
        table.rows.append(row)
    return table


# --- Fay–Herriot small-area estimates -----------------------------------------------------


def _float(text: str) -> float | None:
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def small_area_estimates(data: bytes, *, area: str, estimate: str, se: str,
                         terms: list[tuple[str, str]], method: str = "reml") -> Table:
    """Fay–Herriot EBLUP and MSE per row of an area-level file (input order); σ²ᵤ and β
    (with their names) in the trailer. `terms` are ("covariate" | "factor", column)."""
    rows = list(csv.reader(io.StringIO(read_text(data))))
    header = [cell.strip() for cell in rows[0]] if rows else []
    needed = [area, estimate, se, *(name for _kind, name in terms)]
    missing = [name for name in dict.fromkeys(needed) if name not in header]
    if missing:
        raise AnalysisError(_("열이 없습니다: %(names)s. 첫 줄의 열 이름을 확인하세요 (있는 열: "
                              "%(header)s).") % {"names": ", ".join(missing),
                                                "header": ", ".join(header) or "-"},
                            [RowError(1, name, "", _("이 이름의 열이 첫 줄에 없습니다."))
                             for name in missing])
    at = {name: header.index(name) for name in needed}
    errors: list[RowError] = []
    labels: list[str] = []
    y: list[float] = []
    se_values: list[float] = []
    numeric: dict[str, list[float]] = {name: [] for kind, name in terms if kind == "covariate"}
    factors: dict[str, list[str]] = {name: [] for kind, name in terms if kind == "factor"}
    seen: dict[str, int] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = {name: (row[index].strip() if index < len(row) else "")
                 for name, index in at.items()}
        label = cells[area]
        if not label:
            errors.append(RowError(number, area, label, _("지역 이름이나 코드가 비어 있습니다.")))
        elif label in seen:
            errors.append(RowError(number, area, label, _(
                "같은 지역이 %(row)s행에도 있습니다. 지역마다 한 행만 쓰세요.") % {
                "row": seen[label]}))
        seen.setdefault(label, number)
        labels.append(label)
        for name in (estimate, se, *numeric):
            value = _float(cells[name])
            if value is None:
                errors.append(RowError(number, name, cells[name], _(
                    "숫자가 아닙니다. 이 열에는 숫자(예: 0.45)를 넣으세요.")))
                value = math.nan
            elif name == se and value <= 0:
                errors.append(RowError(number, name, cells[name], _(
                    "표준오차는 0보다 커야 합니다. 0이면 표본이 너무 작은 것이니 분산을 "
                    "평활하거나 이웃 지역과 합친 뒤 넣으세요.")))
            if name == estimate:
                y.append(value)
            elif name == se:
                se_values.append(value)
            if name in numeric:
                numeric[name].append(value)
        for name in factors:
            if not cells[name]:
                errors.append(RowError(number, name, "", _(
                    "범주 값이 비어 있습니다. 모든 행에 범주를 쓰세요.")))
            factors[name].append(cells[name])
    if errors:
        raise AnalysisError(_("오류 %(count)s개 때문에 추정하지 않았습니다. 고친 뒤 다시 "
                              "실행하세요.") % {"count": len(errors)}, errors)
    if not labels:
        raise AnalysisError(_("지역 행이 없습니다. 머리글 아래에 지역마다 한 행을 쓰세요."))
    columns: dict[str, Any] = {}
    for kind, name in terms:
        columns[name] = np.asarray(numeric[name] if kind == "covariate" else factors[name])
    X, names = design_matrix(columns, categorical=[n for k, n in terms if k == "factor"])
    if np.linalg.matrix_rank(X) < X.shape[1] or X.shape[0] <= X.shape[1]:
        raise AnalysisError(_("공변량이 지역 수에 비해 많거나 서로 겹칩니다 (지역 %(areas)s개, "
                              "계수 %(columns)s개). 공변량을 줄이세요.") % {
            "areas": X.shape[0], "columns": X.shape[1]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        fit = FayHerriot(method=SAE_METHODS[method], tol=1e-12, max_iter=1000).fit(  # type: ignore[arg-type]
            np.asarray(y), np.asarray(se_values) ** 2, X)
    if not fit.converged_:
        raise AnalysisError(_("σ²ᵤ 추정이 %(steps)s번 반복해도 수렴하지 않았습니다. 다른 "
                              "방법(--method ml 또는 fh)을 쓰거나 공변량을 바꾸세요.") % {
            "steps": fit.n_iter_})
    table = Table(columns=["area", "eblup", "mse"])
    for label, value, mse in zip(labels, fit.eblup_, fit.mse_, strict=True):
        table.rows.append({"area": label, "eblup": float(value), "mse": float(mse)})
    table.trailer.append(("sigma2u", number_text(float(fit.sigma2u_)), ""))
    for name, beta, beta_se in zip(names, fit.beta_, fit.beta_se_, strict=True):
        table.trailer.append((f"beta[{name}]", number_text(float(beta)),
                              number_text(float(beta_se))))
    table.trailer.append(("loglike", number_text(float(fit.loglike_)), ""))
    table.trailer.append(("method", SAE_METHODS[method], ""))
    table.trailer.append(("iterations", str(fit.n_iter_), ""))
    return table


# --- persons needed to reach the target ---------------------------------------------------


def _in_persons(estimate: Estimate) -> Decimal:
    return estimate.value * 1000 if estimate.unit == Unit.THOUSANDS else estimate.value


def gap_rows(period: Period, level: str, group: str = Group.AGE_15_64,
             target: float = 70.0) -> Table:
    """Persons needed per area to reach `target` percent, from the stored population and
    employment rate of `group` (revised vintage before published). An area without both
    figures gets a note saying which is missing; nothing is guessed."""
    levels: list[str] = ([AreaLevel.NATION, AreaLevel.SIDO] if level == AreaLevel.SIDO
                         else [level])
    qs = (Estimate.objects.filter(period=str(period), area_level__in=levels, group=group,
                                  measure__in=[Measure.POPULATION, Measure.EMPLOYMENT_RATE])
          .select_related("region").order_by("-release_date", "source"))
    rank: dict[str, int] = {Vintage.REVISED: 0, Vintage.PUBLISHED: 1}
    found: dict[tuple[str, str], dict[str, Estimate]] = {}
    for estimate in sorted(qs, key=lambda e: rank.get(e.vintage, 2)):
        key = (estimate.area_level != AreaLevel.NATION and "1" or "0", estimate.area_code)
        found.setdefault(key, {}).setdefault(estimate.measure, estimate)
    table = Table(columns=GAP_COLUMNS)
    for key in sorted(found):
        measures = found[key]
        any_estimate = next(iter(measures.values()))
        region = any_estimate.region
        name = (region.full_name if region and any_estimate.area_level == AreaLevel.SIGUNGU
                else region.name if region else _("전국"))
        row: dict[str, Any] = dict.fromkeys(GAP_COLUMNS, "")
        row.update(level=any_estimate.area_level, code=any_estimate.area_code, name=name,
                   period=str(period), group=group, target=target)
        rate = measures.get(Measure.EMPLOYMENT_RATE)
        population = measures.get(Measure.POPULATION)
        used = [e for e in (rate, population) if e is not None]
        row["vintage"] = "/".join(dict.fromkeys(e.vintage for e in used))
        row["source"] = "/".join(dict.fromkeys(e.source for e in used))
        if rate is not None:
            row["employment_rate"] = float(rate.value)
            if rate.se is not None:
                row["employment_rate_se"] = float(rate.se)
        if population is not None:
            row["population"] = float(_in_persons(population))
        if rate is None or population is None:
            missing = [str(Measure(m).label) for m, e in
                       ((Measure.POPULATION, population), (Measure.EMPLOYMENT_RATE, rate))
                       if e is None]
            row["note"] = _("%(group)s %(measures)s 수치가 없어 필요 인원을 계산하지 "
                            "않았습니다. 해당 수치를 가져온 뒤 다시 실행하세요.") % {
                "group": Group(group).label, "measures": ", ".join(missing)}
            table.notes.append(f"{row['code']} {name}: {row['note']}")
        else:
            result = gap_engine.persons_needed_from_rate(
                float(rate.value) / 100, float(_in_persons(population)), target / 100,
                se_rate=None if rate.se is None else float(rate.se) / 100)
            row["gap"] = float(result.gap)
            row["needed"] = int(result.needed)
            if result.lower is not None and result.upper is not None:
                row["needed_lower"] = int(result.lower)
                row["needed_upper"] = int(result.upper)
        table.rows.append(row)
    return table
