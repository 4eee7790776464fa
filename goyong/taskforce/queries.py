"""Reads shaped for the cockpits, the reports and the API: one office or the nation, one
period, as of one day. Scoping is the caller's (views and the API check the policies)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from goyong.labourstats.choices import AreaLevel, Group, Measure
from goyong.labourstats.models import Estimate
from goyong.labourstats.periods import Period
from goyong.reference import queries as reference
from goyong.taskforce import indicators, ledger, momentum, planning, targets
from goyong.taskforce.choices import NATIONAL, Pace, TargetStatus
from goyong.taskforce.models import GoodPractice, Meeting, Target, TaskForce

HEADLINE = "placements.verified"


def office_names(day: dt.date | None = None) -> dict[str, str]:
    return {o.code: o.name for o in reference.offices_on(day or reference.today())}


def indicator_label(code: str) -> str:
    if code in planning.RATE_INDICATORS:
        return str(planning.RATE_INDICATORS[code][0])
    ind = indicators.get(code)
    return str(ind.label) if ind else code


def indicator_unit(code: str) -> str:
    if code in planning.RATE_INDICATORS:
        return "%"
    ind = indicators.get(code)
    return str(ind.unit) if ind else ""


def default_period(day: dt.date) -> Period:
    return Period(day.year, "year")


@dataclass
class Row:
    """One indicator of an office (or the nation) in a cockpit."""

    code: str
    label: str
    unit: str
    progress: momentum.Progress

    @property
    def pace_label(self) -> str:
        return str(Pace(self.progress.pace).label)


@dataclass
class RateRow:
    code: str
    label: str
    target: Decimal | None
    target_period: str
    latest: float | None
    latest_period: str
    area: str


@dataclass
class GapView:
    period: str
    method: str
    needed: int | None
    note: str


@dataclass
class Cockpit:
    office_code: str
    name: str
    period: str
    as_of: dt.date
    share: float
    rows: list[Row]
    ratios: list[tuple[str, float | None, int, int]]
    rates: list[RateRow]
    gap: GapView
    targets: list[Target]
    proposals: list[Target]
    alerts: list[momentum.Alert]
    upward: list[str]
    taskforce: TaskForce | None = None
    meetings: list[Meeting] = field(default_factory=list)
    practices: list[GoodPractice] = field(default_factory=list)
    ledger: ledger.Ledger | None = None
    offices: list[dict[str, Any]] = field(default_factory=list)  # national only

    def row(self, code: str) -> Row | None:
        return next((r for r in self.rows if r.code == code), None)

    @property
    def headline(self) -> Row | None:
        return self.row(HEADLINE)

    @property
    def target_rows(self) -> list[tuple[Target, str, str]]:
        """(target, indicator label, office name) of the approved targets, then proposals."""
        names = office_names()
        return [(t, indicator_label(t.indicator), names.get(t.office_code, t.office_code))
                for t in [*self.targets, *self.proposals]]

    @property
    def proposal_rows(self) -> list[tuple[Target, str, str]]:
        return [row for row in self.target_rows if row[0].status == TargetStatus.PROPOSED]

    @property
    def is_national(self) -> bool:
        return self.office_code == NATIONAL


def _latest_rates(area_level: str, area_code: str) -> dict[str, tuple[float, str]]:
    groups = {g: code for code, (_l, g, _u) in planning.RATE_INDICATORS.items()}
    rows = list(Estimate.objects.filter(area_level=area_level, area_code=area_code,
                                        group__in=list(groups),
                                        measure=Measure.EMPLOYMENT_RATE))
    # newest year; a revised figure before the one published at the time
    rows.sort(key=lambda e: (Period.parse(e.period).start, e.vintage == "revised"))
    found: dict[str, tuple[float, str]] = {}
    for e in rows:
        if Period.parse(e.period).kind == "year":
            found[groups[e.group]] = (float(e.value), e.period)
    return found


def _rates(office_code: str, period: Period) -> list[RateRow]:
    if office_code == NATIONAL:
        level, area, area_name = AreaLevel.NATION, "00", _("전국")
    else:
        first = reference.jurisdiction_of(office_code, reference.today()).first()
        sido = first.region.kostat_code[:2] if first else ""
        level, area = AreaLevel.SIDO, sido
        region = reference.regions_on(reference.today(), "sido").filter(kostat_code=sido).first()
        area_name = region.name if region else sido
    latest = _latest_rates(level, area) if area else {}
    wanted = [office_code, NATIONAL]
    approved: dict[str, Target] = {}
    for t in Target.objects.filter(office_code__in=wanted, status=TargetStatus.APPROVED,
                                   indicator__in=list(planning.RATE_INDICATORS)).order_by(
            "period"):
        key = t.indicator
        # the office's own target for the period wins over the national roadmap
        if key not in approved or t.office_code == office_code or t.period == str(period):
            approved[key] = t
    rows = []
    for code, (label, _g, _u) in planning.RATE_INDICATORS.items():
        chosen = approved.get(code)
        value, at = latest.get(code, (None, ""))
        rows.append(RateRow(code, str(label), chosen.value if chosen else None,
                            chosen.period if chosen else "",
                            value, at, str(area_name)))
    return rows


def _gap(office_code: str) -> GapView:
    periods = sorted(set(Estimate.objects.filter(
        group=Group.AGE_15_64, measure=Measure.POPULATION).values_list("period", flat=True)),
        key=lambda p: Period.parse(p).start, reverse=True)
    if not periods:
        return GapView("", "", None, _(
            "15~64세 인구와 취업자 통계가 없어 70%까지 필요한 인원을 계산할 수 없습니다. 통계 "
            "메뉴에서 인원 수가 든 자료를 불러오면 계산됩니다."))
    split = targets.split_gap(Period.parse(periods[0]))
    if office_code == NATIONAL:
        return GapView(split.period, split.method, split.national_needed, "")
    gap = split.offices.get(office_code)
    note = _("시도의 필요 인원을 관할 시군구 수에 비례해 나눈 근사치입니다.") if (
        split.method == "apportioned") else _("관할 시군구 인원을 합해 계산했습니다.")
    return GapView(split.period, split.method, gap.needed if gap else None, note)


def _rows(codes: list[str], period: Period, as_of: dt.date
          ) -> tuple[dict[str, dict[str, momentum.Progress]], float]:
    per_indicator = {}
    share = planning.expected_share(period, as_of)
    for ind in indicators.registered():
        per_indicator[ind.code] = momentum.progress(codes, period, ind.code, as_of)
    return per_indicator, share


def _ratios(figures: dict[str, dict[str, int]]) -> list[tuple[str, float | None, int, int]]:
    out = []
    for r in indicators.ratios():
        num = sum(figures.get(r.numerator, {}).values())
        den = sum(figures.get(r.denominator, {}).values())
        out.append((str(r.label), (num / den * 100) if den else None, num, den))
    return out


def _upward(name: str, head: momentum.Progress | None, ratios: list[Any],
            alerts: list[momentum.Alert], period: Period, as_of: dt.date,
            national: bool = False, names: dict[str, str] | None = None) -> list[str]:
    """What to report upward: a few plain sentences."""
    names = names or {}
    lines = []
    if head is not None:
        if head.target is None:
            lines.append(_("%(name)s: %(period)s 확인된 취업자 %(actual)s명 (목표가 아직 없습니다).")
                         % {"name": name, "period": str(period), "actual": f"{head.actual:,}"})
        else:
            lines.append(_(
                "%(name)s: %(period)s 확인된 취업자 %(actual)s명으로 연간 목표 %(target)s명의 "
                "%(done)s%%, %(day)s 기준 계획 대비 %(pace)s%%(%(label)s)입니다.") % {
                "name": name, "period": str(period), "actual": f"{head.actual:,}",
                "target": f"{head.target:,.0f}", "done": f"{(head.completion or 0) * 100:.0f}",
                "day": as_of.isoformat(), "pace": f"{(head.ratio or 0) * 100:.0f}",
                "label": Pace(head.pace).label})
        if head.checkpoint_expected is not None:
            if head.checkpoint_actual is None:
                lines.append(_("상반기 점검(6월 30일)까지 계획상 %(expected)s명이 필요하며, 지금까지 "
                               "%(actual)s명입니다.") % {
                    "expected": f"{head.checkpoint_expected:,.0f}", "actual": f"{head.actual:,}"})
            else:
                lines.append(_("상반기 실적 %(actual)s명 / 계획 %(expected)s명: %(verdict)s") % {
                    "actual": f"{head.checkpoint_actual:,}",
                    "expected": f"{head.checkpoint_expected:,.0f}",
                    "verdict": _("달성") if head.checkpoint_met else _("미달")})
    for label, value, num, den in ratios:
        if value is not None:
            lines.append(_("%(label)s %(value)s%% (%(num)s/%(den)s명)") % {
                "label": label, "value": f"{value:.1f}", "num": f"{num:,}", "den": f"{den:,}"})
    if alerts and national:
        lines.append(_("계획에 못 미치는 관서 %(count)s곳: %(names)s") % {
            "count": len(alerts), "names": ", ".join(names.get(a.office_code, a.office_code)
                                                     for a in alerts)})
    elif alerts:
        lines.append(_("계획에 못 미치는 지표 %(count)s개: %(names)s") % {
            "count": len(alerts), "names": ", ".join(indicator_label(a.indicator)
                                                     for a in alerts)})
    return lines


def office_cockpit(office_code: str, period: Period, as_of: dt.date,
                   with_ledger: bool = True) -> Cockpit:
    """Everything the office cockpit shows; figures up to `as_of`."""
    names = office_names()
    name = names.get(office_code, office_code)
    per, share = _rows([office_code], period, as_of)
    rows = [Row(ind.code, str(ind.label), str(ind.unit), per[ind.code][office_code])
            for ind in indicators.registered()]
    figures = {code: {office_code: by[office_code].actual} for code, by in per.items()}
    ratios = _ratios(figures)
    alerts = []
    for ind in indicators.registered():
        alerts += momentum.alerts(per[ind.code], names, str(ind.label))
    start, end = planning.period_bounds(period)
    book = ledger.build([office_code], start, min(as_of, end)) if with_ledger else None
    taskforce = TaskForce.objects.filter(office_code=office_code).select_related(
        "lead").first()
    visible_targets = Target.objects.filter(office_code=office_code, period=str(period))
    return Cockpit(
        office_code, name, str(period), as_of, share, rows, ratios, _rates(office_code, period),
        _gap(office_code),
        list(visible_targets.filter(status=TargetStatus.APPROVED)),
        list(visible_targets.filter(status=TargetStatus.PROPOSED).select_related(
            "proposed_by")),
        alerts, _upward(name, per[HEADLINE][office_code] if HEADLINE in per else None,
                        ratios, alerts, period, as_of),
        taskforce=taskforce,
        meetings=list(Meeting.objects.filter(taskforce=taskforce).prefetch_related(
            "attendees")[:6]) if taskforce else [],
        practices=list(GoodPractice.objects.filter(office_code=office_code)[:5]),
        ledger=book)


def national_cockpit(period: Period, as_of: dt.date) -> Cockpit:
    """All offices on the headline and every indicator; the nation as their sum."""
    names = office_names()
    codes = sorted(names)
    per, share = _rows(codes, period, as_of)
    rows = [Row(ind.code, str(ind.label), str(ind.unit),
                momentum.national(per[ind.code], ind.code)) for ind in indicators.registered()]
    figures = {code: {c: p.actual for c, p in by.items()} for code, by in per.items()}
    ratios = _ratios(figures)
    head = per.get(HEADLINE, {})
    alerts = momentum.alerts(head, names, indicator_label(HEADLINE)) if head else []
    offices: list[dict[str, Any]] = []
    for code in sorted(codes, key=lambda c: ((head[c].rank or 10_000) if c in head else 10_000,
                                             c)):
        offices.append({"code": code, "name": names[code], "progress": head.get(code),
                        "figures": {k: by[code].actual for k, by in per.items()}})
    national_head = next((r.progress for r in rows if r.code == HEADLINE), None)
    return Cockpit(
        NATIONAL, _("전국"), str(period), as_of, share, rows, ratios, _rates(NATIONAL, period),
        _gap(NATIONAL),
        list(Target.objects.filter(office_code=NATIONAL, period=str(period),
                                   status=TargetStatus.APPROVED)),
        list(Target.objects.filter(period=str(period), status=TargetStatus.PROPOSED)
             .select_related("proposed_by")),
        alerts, _upward(_("전국"), national_head, ratios, alerts, period, as_of,
                        national=True, names=names),
        offices=offices)


def practices(qs: QuerySet[GoodPractice], tag: str = "", region: str = "",
              text: str = "") -> QuerySet[GoodPractice]:
    """Search the good-practice library by tag, 시도 code and words."""
    if tag:
        qs = qs.filter(tags__contains="," + tag.strip().lstrip("#") + ",")
    if region:
        qs = qs.filter(region_code=region)
    if text:
        qs = qs.filter(Q(title__icontains=text) | Q(body__icontains=text))
    return qs


def all_tags(qs: QuerySet[GoodPractice]) -> list[str]:
    tags: set[str] = set()
    for value in qs.values_list("tags", flat=True):
        tags.update(t for t in value.split(",") if t)
    return sorted(tags)
