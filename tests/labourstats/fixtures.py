"""Test files in the KOSIS layouts, built from the reference data (no real 시군구 export
ships with the project; domain-facts §3.2 gives the layout)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from goyong.reference import queries
from goyong.reference.choices import RegionLevel

SHIPPED = (Path(__file__).resolve().parents[2] / "goyong" / "labourstats" / "data"
           / "kosis_sido_econ_activity_annual_2000_2023_20241126.csv")
SIDO_SHORT = {"11": "서울", "21": "부산", "22": "대구", "23": "인천", "24": "광주", "25": "대전",
              "26": "울산", "29": "세종", "31": "경기", "32": "강원", "33": "충북", "34": "충남",
              "35": "전북", "36": "전남", "37": "경북", "38": "경남", "39": "제주"}
SIGUNGU_ITEMS = ["T1 15세이상인구 (천명)", "T2 경제활동인구 (천명)", "T3 취업자 (천명)",
                 "T4 실업자 (천명)", "T5 비경제활동인구 (천명)", "T6 경제활동참가율 (％)",
                 "T7 고용률 (%)", "T11 15~64세 고용률 (%)", "T8 실업률 (％)"]


def kosis_sigungu_areas(day: dt.date) -> list[tuple[str, str]]:
    """(4-digit code, label) of every 시군구 KOSIS lists on `day`: 시 as a whole (not its
    일반구), 특광역시 군 included, 세종 left out (it has no 시군구 row)."""
    areas = []
    for region in queries.regions_on(day, RegionLevel.SIGUNGU):
        sido = region.kostat_code[:2]
        if sido == "29":
            continue
        prefix = "" if sido == "39" else SIDO_SHORT[sido] + " "
        areas.append((region.kosis_code, f"{region.kosis_code} {prefix}{region.name}"))
    return areas


def kosis_sigungu_csv(day: dt.date = dt.date(2024, 4, 1), header: str = "H202401 2024.1/2",
                      areas: list[tuple[str, str]] | None = None) -> bytes:
    """A 지역별고용조사 시군구 export with plausible, internally consistent numbers."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    writer.writerow(["A 행정구역별", *[header] * len(SIGUNGU_ITEMS)])
    writer.writerow(["A 행정구역별", *SIGUNGU_ITEMS])
    for i, (_code, label) in enumerate(areas if areas is not None else kosis_sigungu_areas(day)):
        population = 100 + (i * 37) % 500  # thousands, 15+
        employed = round(population * (0.55 + (i % 17) / 100), 1)
        unemployed = round(employed * 0.03, 1)
        active = round(employed + unemployed, 1)
        inactive = round(population - active, 1)
        writer.writerow([
            label, f"{population:.1f}", f"{active:.1f}", f"{employed:.1f}",
            f"{unemployed:.1f}", f"{inactive:.1f}", f"{active / population * 100:.1f}",
            f"{employed / population * 100:.1f}", f"{employed / population * 110:.1f}",
            f"{unemployed / active * 100:.1f}",
        ])
    return out.getvalue().encode("utf-8")


def microdata_csv(rows: list[tuple[str, int, int, int, float]], period: str = "2014H1") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["area", "sex", "age", "status", "weight", "stratum", "psu", "period"])
    for number, (area, sex, age, status, weight) in enumerate(rows):
        writer.writerow([area, sex, age, status, weight, f"s{area[:2]}", f"p{number % 7}",
                         period])
    return out.getvalue().encode("utf-8")


SURVEY_AREAS = ["11010", "11020", "11030", "11040", "11050", "11060",
                "21010", "21020", "21030", "21040", "21050", "21060"]


def survey_persons(seed: int = 20140601) -> list[tuple[str, int, int, int, float]]:
    """Deterministic respondents in 12 시군구 of 서울 and 부산 (21060 with only 4)."""
    import random

    rng = random.Random(seed)
    rows = []
    for i, area in enumerate(SURVEY_AREAS):
        size = 4 if area == "21060" else 70
        for _ in range(size):
            age = rng.randint(15, 80)
            employed = rng.random() < (0.55 + 0.02 * i if age <= 64 else 0.3)
            status = 1 if employed else rng.choice([2, 3, 3, 3])
            rows.append((area, rng.choice([1, 2]), age, status, round(rng.uniform(200, 900), 1)))
    return rows


def survey_csv(periods: dict[str, list[tuple[str, int, int, int, float]]]) -> bytes:
    """Microdata of several periods in one file (stratum = 시도, 7 PSUs per stratum)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["area", "sex", "age", "status", "weight", "stratum", "psu", "period"])
    for period, rows in periods.items():
        for number, (area, sex, age, status, weight) in enumerate(rows):
            writer.writerow([area, sex, age, status, weight, f"s{area[:2]}", f"p{number % 7}",
                             period])
    return out.getvalue().encode("utf-8")
