"""The contribution ledger: every verified placement attributed to the region where the
person lives and the one where they work, their group, the programme and the partner, with
its projected effect on the area's employment rate.

How the effect is projected (and what it is not):
- a placement adds to the rate of the area where the person *lives* (the surveys count
  residents), so the effect is filed under the residence 시도; the workplace is shown beside
  it (wide-area placements count for both regions' work, but for one rate);
- it counts as lasting when its 6-month check says so, as not lasting when the check says
  the person left, and otherwise with the programme's assumed 6-month retention;
- a share of the people placed would have found work anyway (deadweight, data/planning.csv):
  only the rest is counted as an addition to employment;
- effect on the rate = persons added ÷ the area's 15–64 population × 100 (%p); where only the
  15+ population is published the effect is on the 15+ rate, and the ledger says so.
This is a projection from administrative records, not a measured causal effect."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from goyong.labourstats.choices import AreaLevel, Group, Measure, Unit
from goyong.labourstats.models import Estimate
from goyong.reference import queries as reference
from goyong.taskforce import planning


@dataclass(frozen=True)
class LedgerEntry:
    placement: str        # UUID
    start_date: dt.date
    office_code: str      # office of the seeker's registration
    residence_code: str   # 시군구
    residence_sido: str
    residence_office: str
    workplace_code: str   # 시군구, "" when the employer is not in the registry
    workplace_office: str
    groups: tuple[str, ...]
    programme: str
    partner: str          # the placement's route
    lasting: float        # 1, 0 or the assumed retention
    added: float          # lasting × (1 − deadweight)

    @property
    def wide_area(self) -> bool:
        return bool(self.workplace_office) and self.workplace_office != self.residence_office


@dataclass
class AreaEffect:
    sido: str
    name: str
    placements: int = 0
    added: float = 0.0
    population: float | None = None
    population_group: str = ""

    @property
    def effect_pp(self) -> float | None:
        """Projected change of the area's rate in percentage points."""
        if not self.population:
            return None
        return self.added / self.population * 100


@dataclass
class Ledger:
    entries: list[LedgerEntry]
    by_area: list[AreaEffect]
    by_group: dict[str, int] = field(default_factory=dict)
    by_programme: dict[str, int] = field(default_factory=dict)
    by_partner: dict[str, int] = field(default_factory=dict)
    deadweight: float = 0.0

    @property
    def placements(self) -> int:
        return len(self.entries)

    @property
    def added(self) -> float:
        return sum(e.added for e in self.entries)

    @property
    def wide_area(self) -> int:
        return sum(1 for e in self.entries if e.wide_area)


def caveats() -> list[str]:
    deadweight = planning.planning_value("deadweight")
    return [
        _("이 효과는 행정 기록으로 계산한 예상치이며, 지원의 인과 효과를 측정한 값이 아닙니다."),
        _("지원이 없었어도 취업했을 사람이 있습니다(사중손실). 취업자의 %(pct)s%%는 어차피 취업했을 "
          "것으로 보고 빼고 계산했습니다.") % {"pct": f"{float(deadweight) * 100:.0f}"},
        _("6개월 고용유지가 확인되지 않은 취업은 사업별 가정 유지율만큼만 셉니다."),
        _("고용률은 사는 곳 기준으로 집계되므로 효과는 거주지 시도에 더합니다. 일하는 곳은 따로 "
          "보여 줍니다."),
    ]


def _populations() -> dict[str, tuple[float, str]]:
    """Newest 15–64 population of each 시도 (persons), else its newest 15+ population."""
    newest: dict[tuple[str, str], float] = {}
    rows = Estimate.objects.filter(
        area_level=AreaLevel.SIDO, measure=Measure.POPULATION,
        group__in=[Group.AGE_15_64, Group.TOTAL]).order_by("period_start", "vintage")
    for e in rows:  # later periods overwrite earlier ones
        newest[(e.area_code, e.group)] = float(e.value) * (
            1000 if e.unit == Unit.THOUSANDS else 1)
    found: dict[str, tuple[float, str]] = {}
    for (code, group), persons in newest.items():
        if group == Group.AGE_15_64 or code not in found:
            found[code] = (persons, group)
    return found


def build(office_codes: Collection[str] | None, start: dt.date, end: dt.date) -> Ledger:
    """The ledger of verified placements starting in [start, end] (all offices if None)."""
    from goyong.employers.models import Company
    from goyong.jobseekers.indicators import verified_placements
    from goyong.jobseekers.models import RetentionCheck

    facts = verified_placements(office_codes, start, end)
    day = reference.today()
    covering = {j.region.kostat_code: j.office.code
                for j in reference.coverage_on(day).values()}
    companies = dict(Company.objects.filter(
        brn__in={f.business_number for f in facts if f.business_number}).values_list(
        "brn", "sigungu_code"))
    checks = dict(RetentionCheck.objects.filter(
        placement_id__in=[f.pk for f in facts], month=6, employed__isnull=False).values_list(
        "placement_id", "employed"))
    retention = {p.code: float(p.retention) for p in planning.programmes()}
    fallback = min(retention.values()) if retention else 0.5
    deadweight = float(planning.planning_value("deadweight"))
    sido_names = {r.kostat_code: r.name for r in reference.regions_on(day, "sido")}
    entries = []
    for f in facts:
        lasting = (1.0 if checks[f.pk] else 0.0) if f.pk in checks else retention.get(
            f.programme, fallback)
        workplace = companies.get(f.business_number, "")
        entries.append(LedgerEntry(
            placement=f.uuid, start_date=f.start_date, office_code=f.office_code,
            residence_code=f.residence_code, residence_sido=f.residence_code[:2],
            residence_office=covering.get(f.residence_code, ""), workplace_code=workplace,
            workplace_office=covering.get(workplace, "") if workplace else "",
            groups=f.groups, programme=f.programme, partner=f.source, lasting=lasting,
            added=lasting * (1 - deadweight)))
    populations = _populations()
    areas: dict[str, AreaEffect] = {}
    by_group: dict[str, int] = defaultdict(int)
    by_programme: dict[str, int] = defaultdict(int)
    by_partner: dict[str, int] = defaultdict(int)
    for e in entries:
        area = areas.get(e.residence_sido)
        if area is None:
            population, group = populations.get(e.residence_sido, (None, ""))
            area = areas[e.residence_sido] = AreaEffect(
                e.residence_sido, sido_names.get(e.residence_sido, e.residence_sido),
                population=population, population_group=group)
        area.placements += 1
        area.added += e.added
        for g in e.groups:
            by_group[g] += 1
        by_programme[e.programme or "none"] += 1
        by_partner[e.partner] += 1
    return Ledger(entries, sorted(areas.values(), key=lambda a: a.sido), dict(by_group),
                  dict(by_programme), dict(by_partner), deadweight)


def population_note(area: AreaEffect) -> str:
    if area.population is None:
        return _("인구 통계가 없어 고용률 효과를 계산하지 않았습니다.")
    if area.population_group == Group.AGE_15_64:
        return _("15~64세 인구 기준")
    return _("15~64세 인구 통계가 없어 15세 이상 인구 기준으로 계산했습니다.")


def as_rows(ledger: Ledger) -> list[dict[str, Any]]:
    return [{"placement": e.placement, "start_date": e.start_date.isoformat(),
             "office_code": e.office_code, "residence_code": e.residence_code,
             "residence_office": e.residence_office, "workplace_code": e.workplace_code,
             "workplace_office": e.workplace_office, "groups": list(e.groups),
             "programme": e.programme, "partner": e.partner, "lasting": e.lasting,
             "added": round(e.added, 4), "wide_area": e.wide_area} for e in ledger.entries]
