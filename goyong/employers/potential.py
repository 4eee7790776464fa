"""Hiring-potential adapter: a region's headcount histories into the engine's panel, and
back-test metrics into Korean lines. Regions are 시도 (KOSTAT 2-digit codes)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
from django.db.models import CharField, Max
from django.db.models.functions import Cast
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from goyong.employers.engine import potential as engine
from goyong.employers.engine.screening import SECTIONS
from goyong.employers.errors import PotentialError
from goyong.employers.models import Company, HeadcountMonth

MAX_MONTHS = 48
MIN_MONTHS = 30
# A part-time model is trained only where the region's data hold enough part-time hires.
MIN_PART_TIME_HIRES = 50


@dataclass
class RegionPanel:
    region_code: str
    ids: list[int]
    panel: engine.Panel
    part_time: np.ndarray
    last_month: dt.date


def _shift(month: dt.date, months: int) -> dt.date:
    stamp = month.year * 12 + month.month - 1 + months
    return dt.date(stamp // 12, stamp % 12 + 1, 1)


def region_codes() -> list[str]:
    """시도 codes that have companies."""
    codes = {code[:2] for code in Company.objects.values_list("sigungu_code", flat=True)}
    return sorted(codes)


def region_panel(region_code: str) -> RegionPanel:
    """The last (up to) 48 months of hires and headcount of the region's companies."""
    code = region_code.strip()[:2]
    companies = Company.objects.filter(sigungu_code__startswith=code).order_by("pk")
    rows = list(companies.values_list("pk", "industry_section"))
    if not rows:
        raise PotentialError(_("지역 코드 %(code)s에 등록된 기업이 없습니다. 시도 코드(예: 11)를 "
                               "확인하세요.") % {"code": region_code})
    ids = [r[0] for r in rows]
    last = HeadcountMonth.objects.filter(company__in=companies).aggregate(m=Max("month"))["m"]
    if last is None:
        raise PotentialError(_("지역 %(code)s 기업의 피보험자 이력이 없습니다. 월별 이력을 "
                               "먼저 가져오세요.") % {"code": code})
    first = _shift(last, -(MAX_MONTHS - 1))
    # Months as ISO text, split here: converting 60,000 dates through the ORM costs more
    # than the model.
    rows_hc = [(c, int(text[:4]), int(text[5:7]), insured, hired, part)
               for c, text, insured, hired, part in
               HeadcountMonth.objects.filter(company__in=companies, month__gte=first)
               .annotate(iso=Cast("month", CharField()))
               .values_list("company_id", "iso", "insured", "hires", "hires_part_time")]
    base = min(y * 12 + m - 1 for _c, y, m, *_rest in rows_hc)  # months since year 0
    earliest = dt.date(base // 12, base % 12 + 1, 1)
    months = last.year * 12 + last.month - 1 - base + 1
    if months < MIN_MONTHS:
        raise PotentialError(_("지역 %(code)s의 피보험자 이력이 %(months)s개월뿐입니다. 검증에는 "
                               "%(need)s개월 이상이 필요합니다.") % {
                                   "code": code, "months": months, "need": MIN_MONTHS})
    index = {pk: i for i, pk in enumerate(ids)}
    n = len(ids)
    hires = np.zeros((n, months))
    headcount = np.zeros((n, months))
    part_time = np.zeros((n, months))
    for company_id, year, month, insured, hired, part in rows_hc:
        col = year * 12 + month - 1 - base
        i = index[company_id]
        hires[i, col], headcount[i, col], part_time[i, col] = hired, insured, part
    # A month without a row: carry the headcount forward (no hires recorded).
    for col in range(1, months):
        empty = headcount[:, col] == 0
        headcount[empty, col] = headcount[empty, col - 1]
    section = np.array([SECTIONS.find(s) if s else -1 for _pk, s in rows], dtype=np.int64)
    panel = engine.Panel(hires=hires, headcount=headcount, section=section,
                         first_month=earliest.month)
    return RegionPanel(code, ids, panel, part_time, last)


def backtest(region_code: str) -> tuple[RegionPanel, engine.Backtest,
                                        engine.Backtest | None]:
    """The region's back-test, all hires and (where data allow) 시간선택제 hires."""
    data = region_panel(region_code)
    result = engine.backtest(data.panel)
    part = None
    if data.part_time.sum() >= MIN_PART_TIME_HIRES:
        part = engine.backtest(_part_time_panel(data))
    return data, result, part


def _part_time_panel(data: RegionPanel) -> engine.Panel:
    return engine.Panel(hires=data.part_time, headcount=data.panel.headcount,
                        section=data.panel.section, first_month=data.panel.first_month)


def predict(data: RegionPanel) -> tuple[np.ndarray, np.ndarray | None]:
    """Predicted hires in the next six months (all; 시간선택제 where data allow)."""
    predicted = engine.predict_next(data.panel)
    part = None
    if data.part_time.sum() >= MIN_PART_TIME_HIRES:
        part = engine.predict_next(_part_time_panel(data))
    return predicted, part


def metric_lines(result: engine.Backtest) -> list[str]:
    """The back-test as lines for the CLI and the pages."""
    return [
        _("기업 수: %(n)s, 학습 시점(월 번호): %(train)s, 검증 시점: %(test)s") % {
            "n": result.companies, "train": result.train_origins, "test": result.test_origins},
        _("RMSE: %(rmse).2f명 (MAE %(mae).2f명, 실제 평균 %(mean).2f명/6개월)") % {
            "rmse": result.rmse, "mae": result.mae, "mean": result.mean_actual},
        _("상위 10%% 기업이 차지한 실제 채용: 모형 %(model).1f%%, 무작위 %(random).1f%%, "
          "직전 6개월 채용순 %(naive).1f%%") % {
            "model": 100 * result.top10, "random": 100 * result.random10,
            "naive": 100 * result.naive10},
        _("상위 20%% 기업이 차지한 실제 채용: 모형 %(model).1f%%, 무작위 %(random).1f%%, "
          "직전 6개월 채용순 %(naive).1f%%") % {
            "model": 100 * result.top20, "random": 100 * result.random20,
            "naive": 100 * result.naive20},
        (_("모형이 무작위 순위보다 낫습니다.") if result.beats_random
         else _("모형이 무작위 순위보다 낫지 않습니다.")),
    ]


GUARDRAIL_MESSAGES = {
    "too_few_companies": gettext_noop("기업 수가 너무 적어 점수를 게시하지 않습니다."),
    "rmse": gettext_noop("검증 오차(RMSE)가 허용 범위를 넘어 점수를 게시하지 않습니다."),
    "lift": gettext_noop("상위 10분의 1 기업의 채용 포착률이 무작위보다 충분히 높지 않아 "
                         "점수를 게시하지 않습니다."),
    "score_drift": gettext_noop("직전 게시 점수와의 평균 차이가 너무 커서 점수를 게시하지 "
                                "않습니다."),
    "high_scorer_drift": gettext_noop("50점 넘는 기업 수가 직전 게시보다 너무 많이 바뀌어 점수를 "
                                      "게시하지 않습니다."),
}


def guardrail_text(codes: list[str]) -> str:
    return " ".join(_(GUARDRAIL_MESSAGES[c]) for c in codes)
