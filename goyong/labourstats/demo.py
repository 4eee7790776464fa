"""Synthetic survey microdata for the demo: 2013H1–2014H2, every 시군구, calibrated to the
shipped real 시도 figures, labelled "합성 자료 (synthetic)" wherever it shows.

Design (deterministic, seed below): each 시군구 is a stratum with `PSUS` clusters of
`PER_PSU` persons aged 15+; sex 50/50, ages from a 2013-like age pyramid; employment from a
logistic model by sex × age band with a 시군구 effect, a cluster effect and a small
half-year effect. Weights start at the 시군구's (synthetic) 15+ population divided by its
sample size and are then calibrated per 시도 × half-year so that the weighted 15–64
employment rate equals the 시도's published annual rate (KOSIS, revised) of that year
exactly. Persons are bulk-inserted, then `recompute.recompute_dataset` derives the direct
and small-area estimates the pages show."""

from __future__ import annotations

import hashlib

import numpy as np
import numpy.typing as npt
from django.db import connection, transaction

from goyong.audit.actions import record
from goyong.labourstats.choices import (
    AreaLevel,
    Group,
    ImportFormat,
    ImportStatus,
    Measure,
    SourceKind,
    Vintage,
)
from goyong.labourstats.models import Dataset, Estimate, SurveyPerson
from goyong.labourstats.periods import Period
from goyong.labourstats.recompute import Persons, recompute_dataset
from goyong.reference import queries as reference

SEED = 20140701
PERIODS = ["2013H1", "2013H2", "2014H1", "2014H2"]
PSUS = 5
PER_PSU = 20
FILE_NAME = "synthetic_microdata_2013H1_2014H2.csv"
SOURCE = "synthetic-microdata"
LABEL = "합성 자료 (synthetic): 2013~2014년 시도 15~64세 고용률(KOSIS, 개정)에 맞춘 가상 응답자"
NOTE = ("데모용 합성 자료입니다 (synthetic). 실제 조사 응답이 아니며, 시도별 15~64세 고용률만 "
        "실제 공표치(KOSIS 경제활동인구조사, 개정)에 맞춰 보정했습니다.")

# Share of the 15+ population by age, 5-year bands from 15 (a 2013-like pyramid).
AGE_BANDS = [(15, 19, 0.075), (20, 24, 0.075), (25, 29, 0.08), (30, 34, 0.09),
             (35, 39, 0.095), (40, 44, 0.10), (45, 49, 0.10), (50, 54, 0.10),
             (55, 59, 0.085), (60, 64, 0.06), (65, 69, 0.05), (70, 74, 0.04),
             (75, 85, 0.05)]
# Logit of employment by age band (men; women lower at 30–54 as in Korea's M-curve).
LOGIT_MEN = {15: -2.6, 20: -0.6, 25: 0.9, 30: 2.0, 35: 2.4, 40: 2.4, 45: 2.3, 50: 2.0,
             55: 1.5, 60: 0.6, 65: -0.2, 70: -0.8, 75: -1.8}
WOMEN_SHIFT = {15: 0.1, 20: 0.4, 25: 0.0, 30: -1.6, 35: -1.9, 40: -1.5, 45: -1.2,
               50: -1.1, 55: -1.1, 60: -1.0, 65: -0.8, 70: -0.8, 75: -0.6}


def _targets() -> dict[tuple[str, str], float]:
    """(시도 code, year) → the revised 15–64 employment rate of that year, as a fraction."""
    rows = Estimate.objects.filter(
        area_level=AreaLevel.SIDO, group=Group.AGE_15_64, measure=Measure.EMPLOYMENT_RATE,
        vintage=Vintage.REVISED, period__in=["2013", "2014"], source_kind=SourceKind.KOSIS)
    return {(e.area_code, e.period): float(e.value) / 100 for e in rows}


def _persons(targets: dict[tuple[str, str], float]) -> list[Persons]:
    rng = np.random.default_rng(SEED)
    day = Period.parse(PERIODS[0]).reference_date
    areas = sorted(reference.regions_on(day, "sigungu").values_list("kostat_code", flat=True))
    sidos = sorted({code for code, _year in targets})
    # 시도 without a 시군구 row are sampled as one area under the 시도 code.
    areas += [s for s in sidos if not any(a.startswith(s) for a in areas)]
    areas = [a for a in areas if a[:2] in sidos]
    per_area = PSUS * PER_PSU
    n = len(areas) * per_area
    area = np.repeat(np.array(areas), per_area)
    sido = area.astype("<U2")
    population = np.clip(rng.lognormal(11.6, 0.75, size=len(areas)), 15_000, 900_000)
    area_effect = np.repeat(rng.normal(0, 0.22, size=len(areas)), per_area)
    shares = np.array([b[2] for b in AGE_BANDS])
    shares = shares / shares.sum()
    lows = np.array([b[0] for b in AGE_BANDS])
    highs = np.array([b[1] for b in AGE_BANDS])
    men = np.array([LOGIT_MEN[b[0]] for b in AGE_BANDS])
    women = men + np.array([WOMEN_SHIFT[b[0]] for b in AGE_BANDS])
    psu_in_area = np.tile(np.repeat(np.arange(1, PSUS + 1), PER_PSU), len(areas))
    out = []
    for period_text in PERIODS:
        period = Period.parse(period_text)
        year = str(period.year)
        target = np.array([targets[(s, year)] for s in sido])
        band = rng.choice(len(AGE_BANDS), size=n, p=shares)
        age = rng.integers(lows[band], highs[band] + 1)
        sex = rng.integers(1, 3, size=n)
        cluster = rng.normal(0, 0.15, size=len(areas) * PSUS)[
            np.repeat(np.arange(len(areas) * PSUS), PER_PSU)]
        half = 0.03 if period.number == 2 else -0.03
        logit = (np.where(sex == 2, women[band], men[band]) + area_effect + cluster + half
                 + np.log(target / (1 - target)) - 0.5)
        employed = rng.random(n) < 1 / (1 + np.exp(-logit))
        looking = rng.random(n) < np.where(age < 30, 0.18, 0.08)
        status = np.where(employed, 1, np.where(looking, 2, 3))
        weight = np.repeat(population / per_area, per_area)
        weight = _calibrate(weight, sido, age, status, target)
        out.append(Persons(period=period_text, area=area, sex=sex.astype(np.int64),
                           age=age.astype(np.int64), status=status.astype(np.int64),
                           weight=weight, stratum=area, psu=psu_in_area.astype(str)))
    return out


def _calibrate(weight: npt.NDArray[np.float64], sido: npt.NDArray[np.str_],
               age: npt.NDArray[np.int64], status: npt.NDArray[np.int64],
               target: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Scale the weights of employed and not-employed persons aged 15–64 within each 시도 so
    that its weighted 15–64 rate is the target and its 15–64 weight total is unchanged."""
    labels, code = np.unique(sido, return_inverse=True)
    working = (age >= 15) & (age <= 64)
    employed = working & (status == 1)
    total = np.bincount(code, weights=weight * working, minlength=len(labels))
    emp = np.bincount(code, weights=weight * employed, minlength=len(labels))
    a = target * total[code] / emp[code]
    b = (1 - target) * total[code] / (total[code] - emp[code])
    return np.where(employed, weight * a, np.where(working, weight * b, weight))


def generate() -> dict[str, int]:
    """Create the synthetic microdata dataset and its derived estimates, once."""
    if Dataset.objects.filter(file_name=FILE_NAME).exists():
        return {"synthetic_persons": 0}
    targets = _targets()
    if not targets:
        return {"synthetic_persons": 0}
    persons = _persons(targets)
    rows = [(p.period, *row) for p in persons for row in zip(
        p.area.tolist(), p.sex.tolist(), p.age.tolist(), p.status.tolist(),
        p.weight.tolist(), p.stratum.tolist(), p.psu.tolist(), strict=True)]
    with transaction.atomic():
        dataset = Dataset.objects.create(
            file_name=FILE_NAME, sha256=hashlib.sha256(f"{SEED}".encode()).hexdigest(),
            format=ImportFormat.MICRODATA, vintage=Vintage.REVISED, release_date=None,
            source_kind=SourceKind.MICRODATA, source=SOURCE, source_label=LABEL,
            status=ImportStatus.COMPLETED, rows_read=len(rows),
            persons_created=len(rows), note=NOTE, synthetic=True)
        table = connection.ops.quote_name(SurveyPerson._meta.db_table)
        columns = "dataset_id, period, area_code, sex, age, status, weight, stratum, psu"
        sql = f"INSERT INTO {table} ({columns}) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)"  # noqa: S608 - table name from model meta
        with connection.cursor() as cursor:
            cursor.executemany(sql, [(dataset.pk, *r) for r in rows])
        record("labourstats.import.completed", actor=None, subject=dataset,
               data={"file_name": FILE_NAME, "format": dataset.format, "synthetic": True,
                     "persons": len(rows)})
    summary = recompute_dataset(dataset, persons=persons)
    Dataset.objects.filter(pk=dataset.pk).update(estimates_created=summary["estimates"])
    return {"synthetic_persons": len(rows), "synthetic_estimates": summary["estimates"]}
