"""강소기업 screening, vectorised over all companies (numpy; imports no Django).

A rule set (one year's entry of data/screening_rules.json) lists disqualifiers and, since
2016, the 청년친화강소기업 positive criteria. `screen(companies, rules, reference)` returns
every criterion's pass/fail with the value behind it and its threshold, for every company.
`screen_loop` is the same rules written as a straightforward per-company loop: the
independent implementation the tests and the benchmark compare against.

Comparisons against "the industry-size average" use the mean over the screened companies of
the same group (KSIC 대분류 or 중분류, as the rule set says, × size band)."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

SECTIONS = "ABCDEFGHIJKLMNOPQRSTU"
CREDIT_ORDER = ["AAA", "AA+", "AA", "AA-", "A+", "A", "A-", "BBB+", "BBB", "BBB-", "BB+", "BB",
                "BB-", "B+", "B", "B-", "CCC", "CC", "C", "D"]
# Size bands for "same size" comparisons: <10, 10–29, 30–49, 50–99, 100–299, 300+.
SIZE_EDGES = np.array([10, 30, 50, 100, 300])
N_BANDS = len(SIZE_EDGES) + 1
WORK_LIFE_BITS = {"family_friendly": 1, "flexible_work": 2, "ilga_pledge": 4}

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]


@dataclass
class Companies:
    """Columns of the companies to screen, one row per company.

    Dates are days since 1970-01-01 (NaN when there is none); `retention` is (n, 2): the
    two years before the reference date, older first, NaN when unknown."""

    section: IntArray                 # index into SECTIONS, -1 unknown
    division: IntArray                # KSIC 중분류 (2 digits), -1 unknown
    headcount: FloatArray             # insured headcount at the reference date
    retention: FloatArray             # (n, 2)
    last_arrears: FloatArray          # day of the latest wage arrears
    last_fatal: FloatArray            # day of the latest fatal accident
    credit_rank: IntArray             # index into CREDIT_ORDER, -1 unknown
    large_group: BoolArray
    public: BoolArray
    accident_rate: FloatArray         # %, NaN unknown
    average_wage: FloatArray          # 원/month, NaN unknown
    work_life: IntArray               # bits of WORK_LIFE_BITS
    regular_share: FloatArray         # %, NaN unknown
    youth_hires: FloatArray           # last 12 months
    hires: FloatArray                 # last 12 months

    def __len__(self) -> int:
        return int(self.headcount.shape[0])

    def record(self, i: int) -> dict[str, Any]:
        """Row i as plain Python values (for the loop implementation)."""
        return {name: (getattr(self, name)[i].tolist()) for name in self.__dataclass_fields__}


@dataclass
class Criterion:
    """One criterion over all companies: pass/fail, value and threshold per company."""

    code: str
    kind: str                          # "disqualifier" or "youth"
    passed: BoolArray
    value: npt.NDArray[Any]
    threshold: npt.NDArray[Any]


@dataclass
class Outcome:
    criteria: list[Criterion]
    passed: BoolArray
    youth_points: IntArray
    youth_friendly: BoolArray
    benchmarks: dict[str, Any] = field(default_factory=dict)

    def failures(self) -> dict[str, int]:
        """How many companies each disqualifier fails."""
        return {c.code: int((~c.passed).sum()) for c in self.criteria
                if c.kind == "disqualifier"}


def day_number(day: dt.date) -> float:
    return float((day - dt.date(1970, 1, 1)).days)


def years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def size_band(headcount: FloatArray) -> IntArray:
    return np.searchsorted(SIZE_EDGES, headcount, side="right").astype(np.int64)


def _group_keys(companies: Companies, group_by: str) -> IntArray:
    band = size_band(companies.headcount)
    if group_by == "division":
        key = np.where(companies.division >= 0, companies.division, 100)
    else:
        key = np.where(companies.section >= 0, companies.section, len(SECTIONS))
    return np.asarray(key * N_BANDS + band, dtype=np.int64)


def _group_mean(keys: IntArray, values: FloatArray) -> FloatArray:
    """Per company, the mean of `values` over its group (ignoring NaN); NaN if none."""
    ok = ~np.isnan(values)
    size = int(keys.max()) + 1 if keys.size else 1
    sums = np.bincount(keys[ok], weights=values[ok], minlength=size)
    counts = np.bincount(keys[ok], minlength=size)
    with np.errstate(invalid="ignore", divide="ignore"):
        means = sums / counts
    return np.asarray(means[keys], dtype=np.float64)


def screen(companies: Companies, rules: dict[str, Any], reference: dt.date) -> Outcome:
    """Apply one year's rule set to every company at the reference date."""
    n = len(companies)
    criteria: list[Criterion] = []
    nan = np.full(n, np.nan)
    for rule in rules["disqualifiers"]:
        code = rule["code"]
        if code in {"wage_arrears", "fatal_accident"}:
            cutoff = day_number(years_before(reference, int(rule["within_years"])))
            last = companies.last_arrears if code == "wage_arrears" else companies.last_fatal
            hit = ~np.isnan(last) & (last > cutoff) & (last <= day_number(reference))
            criteria.append(Criterion(code, "disqualifier", ~hit, last, np.full(n, cutoff)))
        elif code == "retention":
            keys = _group_keys(companies, rule.get("group_by", "section"))
            older = _group_mean(keys, companies.retention[:, 0])
            newer = _group_mean(keys, companies.retention[:, 1])
            with np.errstate(invalid="ignore"):
                below = ((companies.retention[:, 0] < older)
                         & (companies.retention[:, 1] < newer))
            criteria.append(Criterion(code, "disqualifier", ~below, companies.retention,
                                      np.stack([older, newer], axis=1)))
        elif code == "accident_rate":
            keys = _group_keys(companies, "section") // N_BANDS
            average = _group_mean(keys, companies.accident_rate)
            limit = average * float(rule["max_ratio"])
            with np.errstate(invalid="ignore"):
                above = companies.accident_rate > limit
            criteria.append(Criterion(code, "disqualifier", ~above, companies.accident_rate,
                                      limit))
        elif code == "credit":
            worst = CREDIT_ORDER.index(rule["min_grade"])
            bad = (companies.credit_rank < 0) | (companies.credit_rank > worst)
            criteria.append(Criterion(code, "disqualifier", ~bad,
                                      companies.credit_rank.astype(np.float64),
                                      np.full(n, float(worst))))
        elif code == "group_public":
            bad = companies.large_group | companies.public
            value = companies.large_group.astype(np.int64) + 2 * companies.public
            criteria.append(Criterion(code, "disqualifier", ~bad, value, np.zeros(n)))
        elif code == "size":
            minimum = np.full(n, float(rule["min"]))
            for letter, low in rule.get("min_by_section", {}).items():
                minimum[companies.section == SECTIONS.index(letter)] = float(low)
            maximum: float = (float(rule["max"]) if rule.get("max") is not None
                              else float("inf"))
            bad = ~((companies.headcount >= minimum) & (companies.headcount <= maximum))
            criteria.append(Criterion(code, "disqualifier", ~bad, companies.headcount,
                                      np.stack([minimum, np.full(n, maximum)], axis=1)))
        elif code == "industry":
            excluded_sections = [SECTIONS.index(s) for s in rule.get("sections", [])]
            bad = np.isin(companies.section, excluded_sections) | np.isin(
                companies.division, [int(d) for d in rule.get("divisions", [])])
            criteria.append(Criterion(code, "disqualifier", ~bad,
                                      companies.section.astype(np.float64), nan))
        else:
            raise ValueError(f"unknown disqualifier {code!r}")
    passed = np.logical_and.reduce([c.passed for c in criteria]) if criteria else np.ones(
        n, dtype=bool)
    points = np.zeros(n, dtype=np.int64)
    youth_friendly = np.zeros(n, dtype=bool)
    youth = rules.get("youth")
    if youth:
        for rule in youth["criteria"]:
            code = rule["code"]
            if code == "youth_wage":
                keys = _group_keys(companies, "section")
                average = _group_mean(keys, companies.average_wage)
                limit = average * float(rule["min_ratio"])
                with np.errstate(invalid="ignore"):
                    ok = companies.average_wage >= limit
                criteria.append(Criterion(code, "youth", ok, companies.average_wage, limit))
            elif code == "work_life":
                ok = companies.work_life > 0
                criteria.append(Criterion(code, "youth", ok, companies.work_life, nan))
            elif code == "stability":
                share_limit = float(rule["min_regular_share"])
                with np.errstate(invalid="ignore"):
                    ok = companies.regular_share >= share_limit
                criteria.append(Criterion(code, "youth", ok, companies.regular_share,
                                          np.full(n, share_limit)))
            elif code == "youth_hiring":
                with np.errstate(invalid="ignore", divide="ignore"):
                    share = np.where(companies.hires > 0,
                                     companies.youth_hires / companies.hires, 0.0)
                ok = ((companies.youth_hires >= float(rule["min_youth_hires"]))
                      & (share >= float(rule["min_youth_share"])))
                criteria.append(Criterion(code, "youth", ok,
                                          np.stack([companies.youth_hires, share], axis=1),
                                          np.full(n, float(rule["min_youth_share"]))))
            else:
                raise ValueError(f"unknown youth criterion {code!r}")
            points += ok
        youth_friendly = passed & (points >= int(youth["min_points"]))
    return Outcome(criteria, passed, points, youth_friendly)


# --- the same rules as a per-company loop (independent implementation) -----------------


def _loop_group_means(records: list[dict[str, Any]], key_of: Any,
                      value_of: Any) -> list[float]:
    sums: dict[Any, float] = {}
    counts: dict[Any, int] = {}
    for r in records:
        v = value_of(r)
        if v is None or math.isnan(v):
            continue
        k = key_of(r)
        sums[k] = sums.get(k, 0.0) + v
        counts[k] = counts.get(k, 0) + 1
    return [sums[k] / counts[k] if counts.get(k := key_of(r)) else math.nan for r in records]


def _band(headcount: float) -> int:
    return sum(1 for edge in SIZE_EDGES.tolist() if headcount >= edge)


def screen_loop(records: list[dict[str, Any]], rules: dict[str, Any],
                reference: dt.date) -> list[tuple[bool, int, bool, dict[str, bool]]]:
    """For each company record: (passed, youth points, youth friendly, {code: passed})."""

    def section_key(r: dict[str, Any]) -> tuple[int, int]:
        return (r["section"], _band(r["headcount"]))

    def division_key(r: dict[str, Any]) -> tuple[int, int]:
        return (r["division"], _band(r["headcount"]))

    results: list[dict[str, bool]] = [{} for _ in records]
    ref_day = day_number(reference)
    for rule in rules["disqualifiers"]:
        code = rule["code"]
        if code in {"wage_arrears", "fatal_accident"}:
            cutoff = day_number(years_before(reference, int(rule["within_years"])))
            field_name = "last_arrears" if code == "wage_arrears" else "last_fatal"
            for r, out in zip(records, results, strict=True):
                last = r[field_name]
                out[code] = not (not math.isnan(last) and cutoff < last <= ref_day)
        elif code == "retention":
            key = division_key if rule.get("group_by") == "division" else section_key
            older = _loop_group_means(records, key, lambda r: r["retention"][0])
            newer = _loop_group_means(records, key, lambda r: r["retention"][1])
            for r, out, a, b in zip(records, results, older, newer, strict=True):
                out[code] = not (r["retention"][0] < a and r["retention"][1] < b)
        elif code == "accident_rate":
            averages = _loop_group_means(records, lambda r: r["section"],
                                         lambda r: r["accident_rate"])
            for r, out, avg in zip(records, results, averages, strict=True):
                out[code] = not (r["accident_rate"] > avg * rule["max_ratio"])
        elif code == "credit":
            worst = CREDIT_ORDER.index(rule["min_grade"])
            for r, out in zip(records, results, strict=True):
                out[code] = 0 <= r["credit_rank"] <= worst
        elif code == "group_public":
            for r, out in zip(records, results, strict=True):
                out[code] = not (r["large_group"] or r["public"])
        elif code == "size":
            for r, out in zip(records, results, strict=True):
                letter = SECTIONS[r["section"]] if r["section"] >= 0 else ""
                low = rule.get("min_by_section", {}).get(letter, rule["min"])
                high = rule["max"] if rule.get("max") is not None else math.inf
                out[code] = low <= r["headcount"] <= high
        elif code == "industry":
            for r, out in zip(records, results, strict=True):
                letter = SECTIONS[r["section"]] if r["section"] >= 0 else ""
                out[code] = (letter not in rule.get("sections", [])
                             and r["division"] not in rule.get("divisions", []))
    disqualifier_codes = [rule["code"] for rule in rules["disqualifiers"]]
    youth = rules.get("youth") or {"criteria": [], "min_points": 0}
    for rule in youth["criteria"]:
        code = rule["code"]
        if code == "youth_wage":
            averages = _loop_group_means(records, section_key, lambda r: r["average_wage"])
            for r, out, avg in zip(records, results, averages, strict=True):
                out[code] = r["average_wage"] >= avg * rule["min_ratio"]
        elif code == "work_life":
            for r, out in zip(records, results, strict=True):
                out[code] = r["work_life"] > 0
        elif code == "stability":
            for r, out in zip(records, results, strict=True):
                out[code] = r["regular_share"] >= rule["min_regular_share"]
        elif code == "youth_hiring":
            for r, out in zip(records, results, strict=True):
                share = r["youth_hires"] / r["hires"] if r["hires"] > 0 else 0.0
                out[code] = (r["youth_hires"] >= rule["min_youth_hires"]
                             and share >= rule["min_youth_share"])
    youth_codes = [rule["code"] for rule in youth["criteria"]]
    rows = []
    for out in results:
        passed = all(out[c] for c in disqualifier_codes)
        points = sum(1 for c in youth_codes if out[c])
        rows.append((passed, points, bool(rules.get("youth")) and passed
                     and points >= youth["min_points"], out))
    return rows


def synthetic(n: int, seed: int = 0) -> Companies:
    """Random but plausible companies (benchmarks and property tests)."""
    rng = np.random.default_rng(seed)
    section = rng.integers(0, len(SECTIONS), n)
    division = rng.integers(1, 100, n)
    headcount = np.round(np.exp(rng.normal(3.0, 1.1, n)))
    retention = np.clip(rng.normal(0.8, 0.1, (n, 2)), 0, 1)
    retention[rng.random(n) < 0.05] = np.nan
    days = day_number(dt.date(2014, 12, 31))
    last_arrears = np.where(rng.random(n) < 0.05, days - rng.integers(0, 1500, n), np.nan)
    last_fatal = np.where(rng.random(n) < 0.01, days - rng.integers(0, 1500, n), np.nan)
    return Companies(
        section=section, division=division, headcount=headcount, retention=retention,
        last_arrears=last_arrears, last_fatal=last_fatal,
        credit_rank=rng.integers(-1, len(CREDIT_ORDER), n),
        large_group=rng.random(n) < 0.01, public=rng.random(n) < 0.005,
        accident_rate=np.where(rng.random(n) < 0.9, rng.gamma(2.0, 0.3, n), np.nan),
        average_wage=np.round(rng.normal(2_800_000, 600_000, n), -3),
        work_life=rng.integers(0, 8, n),
        regular_share=np.clip(rng.normal(75, 15, n), 0, 100),
        youth_hires=rng.poisson(2.0, n).astype(np.float64),
        hires=rng.poisson(6.0, n).astype(np.float64),
    )
