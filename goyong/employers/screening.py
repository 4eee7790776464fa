"""강소기업 screening adapter: rule sets by year (data/screening_rules.json), companies from
the database into the engine's arrays, results back into rows and Korean sentences."""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from goyong.employers.choices import CertificationKind
from goyong.employers.engine import screening as engine
from goyong.employers.errors import ScreeningError
from goyong.employers.models import (
    Certification,
    Company,
    HeadcountMonth,
    IndustrialAccident,
    WageArrears,
)

RULES_FILE = Path(__file__).resolve().parent / "data" / "screening_rules.json"

LABELS = {
    "wage_arrears": gettext_lazy("2년 이내 임금체불 없음"),
    "retention": gettext_lazy("고용유지율이 2년 연속 동종업종·규모 평균 미만이 아님"),
    "fatal_accident": gettext_lazy("2년 이내 산재 사망사고 없음"),
    "accident_rate": gettext_lazy("산업재해율이 업종 평균 이하"),
    "credit": gettext_lazy("신용등급 B- 이상"),
    "group_public": gettext_lazy("상호출자제한기업집단·공기업이 아님"),
    "size": gettext_lazy("규모 기준 충족"),
    "industry": gettext_lazy("제외 업종이 아님"),
    "youth_wage": gettext_lazy("임금: 평균 임금이 동종업종·규모 평균 이상"),
    "work_life": gettext_lazy("일·생활 균형: 가족친화인증, 유연근무제 또는 일가양득 참여"),
    "stability": gettext_lazy("고용안정: 정규직 비율 기준 이상"),
    "youth_hiring": gettext_lazy("청년고용: 최근 1년 청년 채용 실적"),
}


@cache
def all_rules() -> dict[str, dict[str, Any]]:
    data: dict[str, Any] = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    return {key: value for key, value in data.items() if key.isdigit()}


def rules_for(year: int) -> tuple[int, dict[str, Any]]:
    """The rule set in force for a selection year: the latest one starting on or before it."""
    years = sorted(int(y) for y in all_rules())
    usable = [y for y in years if y <= year]
    if not usable:
        raise ScreeningError(_("%(year)s년에 적용할 강소기업 선정 기준이 없습니다. "
                               "%(first)s년 이후 연도를 고르세요.") % {
                                   "year": year, "first": years[0]})
    return usable[-1], all_rules()[str(usable[-1])]


def reference_date(year: int) -> dt.date:
    """Selection for year Y looks at the record up to the end of year Y−1."""
    return dt.date(year - 1, 12, 31)


def _day(day: dt.date | None) -> float:
    return math.nan if day is None else engine.day_number(day)


def company_arrays(companies: QuerySet[Company], reference: dt.date
                   ) -> tuple[list[int], engine.Companies]:
    """The engine's columns for the companies, as of the reference date."""
    rows = list(companies.order_by("pk").values_list(
        "pk", "industry_section", "ksic10_code", "ksic9_code", "credit_grade",
        "is_large_group", "is_public_company", "accident_rate", "regular_share",
        "flexible_work", "ilga_pledge", "ilga_pledged_on"))
    ids = [r[0] for r in rows]
    index = {pk: i for i, pk in enumerate(ids)}
    n = len(ids)
    section = np.array([engine.SECTIONS.find(r[1]) if r[1] else -1 for r in rows],
                       dtype=np.int64)
    division = np.array([int((r[2] or r[3])[:2]) if (r[2] or r[3])[:2].isdigit() else -1
                         for r in rows], dtype=np.int64)
    credit = np.array([engine.CREDIT_ORDER.index(r[4]) if r[4] in engine.CREDIT_ORDER
                       else -1 for r in rows], dtype=np.int64)
    work_life = np.array([(engine.WORK_LIFE_BITS["flexible_work"] if r[9] else 0)
                          + (engine.WORK_LIFE_BITS["ilga_pledge"]
                             if r[10] and (r[11] is None or r[11] <= reference) else 0)
                          for r in rows], dtype=np.int64)
    for company_id in Certification.objects.filter(
            company_id__in=ids, kind=CertificationKind.FAMILY_FRIENDLY,
            certified_on__lte=reference).exclude(expires_on__lt=reference).values_list(
            "company_id", flat=True):
        work_life[index[company_id]] |= engine.WORK_LIFE_BITS["family_friendly"]

    # The two full calendar years ending at the reference date (or before it), and the
    # twelve months up to it.
    full_year = reference.month == 12 and reference.day == 31
    years = ((reference.year - 1, reference.year) if full_year
             else (reference.year - 2, reference.year - 1))
    first = dt.date(years[0], 1, 1)
    stamp_ref = reference.year * 12 + reference.month - 1
    last12_start = dt.date((stamp_ref - 11) // 12, (stamp_ref - 11) % 12 + 1, 1)
    headcount = np.zeros(n)
    latest_month = np.full(n, -1.0)
    sums = np.zeros((n, 2))       # separations per year
    insured = np.zeros((n, 2))    # insured summed per year
    months_seen = np.zeros((n, 2))
    hires = np.zeros(n)
    youth = np.zeros(n)
    wage_sum = np.zeros(n)
    wage_count = np.zeros(n)
    for company_id, month, count, hired, separated, young, wage in (
            HeadcountMonth.objects.filter(company_id__in=ids, month__gte=first,
                                          month__lte=reference)
            .values_list("company_id", "month", "insured", "hires", "separations",
                         "youth_hires", "average_wage").iterator(chunk_size=20000)):
        i = index[company_id]
        stamp = month.year * 12 + month.month
        if stamp > latest_month[i]:
            latest_month[i], headcount[i] = stamp, count
        if month.year in years:
            y = years.index(month.year)
            sums[i, y] += separated
            insured[i, y] += count
            months_seen[i, y] += 1
        if month >= last12_start:
            hires[i] += hired
            youth[i] += young
            if wage:
                wage_sum[i] += wage
                wage_count[i] += 1
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_insured = insured / months_seen
        retention = np.where((months_seen >= 6) & (mean_insured > 0),
                             1.0 - sums / mean_insured, np.nan)
        average_wage = np.where(wage_count > 0, wage_sum / wage_count, np.nan)
    retention = np.clip(retention, 0.0, 1.0)

    last_arrears = np.full(n, np.nan)
    for company_id, day in WageArrears.objects.filter(
            company_id__in=ids, occurred_on__lte=reference).values_list(
            "company_id", "occurred_on"):
        i = index[company_id]
        last_arrears[i] = np.fmax(last_arrears[i], _day(day))
    last_fatal = np.full(n, np.nan)
    for company_id, day in IndustrialAccident.objects.filter(
            company_id__in=ids, fatal=True, occurred_on__lte=reference).values_list(
            "company_id", "occurred_on"):
        i = index[company_id]
        last_fatal[i] = np.fmax(last_fatal[i], _day(day))
    arrays = engine.Companies(
        section=section, division=division, headcount=headcount, retention=retention,
        last_arrears=last_arrears, last_fatal=last_fatal, credit_rank=credit,
        large_group=np.array([bool(r[5]) for r in rows], dtype=bool),
        public=np.array([bool(r[6]) for r in rows], dtype=bool),
        accident_rate=np.array([math.nan if r[7] is None else r[7] for r in rows]),
        average_wage=average_wage, work_life=work_life,
        regular_share=np.array([math.nan if r[8] is None else r[8] for r in rows]),
        youth_hires=youth, hires=hires)
    return ids, arrays


@dataclass
class Screened:
    year: int
    rules_year: int
    reference: dt.date
    ids: list[int]
    outcome: engine.Outcome

    def criteria_of(self, i: int) -> list[dict[str, Any]]:
        """Company i's criteria as JSON-ready dicts."""
        return [{"code": c.code, "kind": c.kind, "passed": bool(c.passed[i]),
                 "value": _plain(c.value[i]), "threshold": _plain(c.threshold[i])}
                for c in self.outcome.criteria]


def _plain(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        return [_plain(v) for v in value.tolist()]
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    return value


def screen(companies: QuerySet[Company], year: int,
           progress: Callable[[int, int, str], None] | None = None) -> Screened:
    """Screen the companies (group averages over exactly these) under the year's rules."""
    rules_year, rules = rules_for(year)
    reference = reference_date(year)
    if progress:
        progress(0, 3, _("기업 자료를 읽는 중입니다."))
    ids, arrays = company_arrays(companies, reference)
    if progress:
        progress(1, 3, _("기준을 적용하는 중입니다."))
    outcome = engine.screen(arrays, rules, reference)
    return Screened(year, rules_year, reference, ids, outcome)


# --- sentences ---------------------------------------------------------------------------


def _date_text(day_number: float | None) -> str:
    if day_number is None:
        return _("없음")
    day = dt.date(1970, 1, 1) + dt.timedelta(days=int(day_number))
    return f"{day.year}. {day.month}. {day.day}."


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def describe(criterion: dict[str, Any], year: int | None = None) -> dict[str, Any]:
    """A criterion as the screening table shows it: label, value, threshold, pass/fail."""
    code, value, threshold = criterion["code"], criterion["value"], criterion["threshold"]
    value_text, threshold_text = "-", "-"
    if code in {"wage_arrears", "fatal_accident"}:
        value_text = _date_text(value)
        threshold_text = _("%(date)s 이후 없어야 함") % {"date": _date_text(threshold)}
    elif code == "retention":
        value_text = " · ".join(_pct(v) for v in value)
        threshold_text = _("평균 %(values)s") % {"values": " · ".join(_pct(t) for t in threshold)}
    elif code == "accident_rate":
        value_text = "-" if value is None else f"{value:.2f}%"
        threshold_text = "-" if threshold is None else _("%(limit)s%% 이하") % {
            "limit": f"{threshold:.2f}"}
    elif code == "credit":
        value_text = (engine.CREDIT_ORDER[int(value)] if value is not None and value >= 0
                      else _("등급 없음"))
        threshold_text = _("%(grade)s 이상") % {"grade": engine.CREDIT_ORDER[int(threshold)]}
    elif code == "group_public":
        value_text = {0: _("해당 없음"), 1: _("상호출자제한기업집단"), 2: _("공기업"),
                      3: _("상호출자제한기업집단·공기업")}[int(value)]
    elif code == "size":
        value_text = _("%(count)s명") % {"count": int(value)}
        low, high = threshold
        threshold_text = (_("%(low)s~%(high)s명") % {"low": int(low), "high": int(high)}
                          if high is not None else _("%(low)s명 이상") % {"low": int(low)})
    elif code == "industry":
        value_text = engine.SECTIONS[int(value)] if value is not None and value >= 0 else "-"
    elif code == "youth_wage":
        value_text = "-" if value is None else _("월 %(won)s원") % {"won": f"{value:,.0f}"}
        threshold_text = "-" if threshold is None else _("월 %(won)s원 이상") % {
            "won": f"{threshold:,.0f}"}
    elif code == "work_life":
        parts = [str(label) for bit, label in (
            (1, _("가족친화인증")), (2, _("유연근무제")), (4, _("일가양득")))
            if int(value or 0) & bit]
        value_text = ", ".join(parts) or _("없음")
    elif code == "stability":
        value_text = "-" if value is None else f"{value:.1f}%"
        threshold_text = _("%(pct)s%% 이상") % {"pct": f"{threshold:.0f}"}
    elif code == "youth_hiring":
        count, share = value
        value_text = _("%(count)s명 (채용의 %(share)s)") % {"count": int(count),
                                                          "share": _pct(share)}
        threshold_text = _("채용의 %(share)s 이상") % {"share": _pct(threshold)}
    return {"code": code, "kind": criterion["kind"], "label": str(LABELS.get(code, code)),
            "passed": criterion["passed"], "value": value_text, "threshold": threshold_text}


def reasons(criteria: list[dict[str, Any]]) -> list[str]:
    """Full sentences for each failed disqualifier."""
    out = []
    for c in criteria:
        if c["kind"] != "disqualifier" or c["passed"]:
            continue
        d = describe(c)
        out.append(_("결격: %(label)s 기준을 충족하지 못했습니다 (값: %(value)s, "
                     "기준: %(threshold)s).") % d)
    return out
