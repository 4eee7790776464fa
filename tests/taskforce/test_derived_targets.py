"""Done when: targets derived from the gap reproduce the gap planner's numbers for the same
period."""

import datetime as dt
import math
from decimal import Decimal

import pytest

from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.labourstats.choices import AreaLevel, Group, Measure, Unit
from goyong.labourstats.dashboard import gap_plan
from goyong.labourstats.engine.gap import persons_needed
from goyong.labourstats.models import Dataset, Estimate
from goyong.labourstats.periods import Period
from goyong.reference import queries as reference
from goyong.taskforce import targets
from goyong.taskforce.choices import NATIONAL, TargetOrigin
from goyong.taskforce.errors import NotPermittedError
from goyong.taskforce.models import Target
from tests.factories import make_user, office_named

pytestmark = pytest.mark.django_db

# data/conversion_assumptions.csv and planning.csv, restated: (share, 6-month retention)
PROGRAMMES = {"package": (0.40, 0.60), "referral": (0.45, 0.55), "partner": (0.15, 0.50)}
SERVICE_SHARE = 0.10


SIDO = ["11", "21", "22", "23", "24", "25", "26", "29", "31", "32", "33", "34", "35", "36",
        "37", "38", "39"]


def sido_counts(period="2023"):
    """15–64 population and employed (persons) of every 시도; 제주 is above 70%."""
    dataset = Dataset.objects.create(file_name="counts.csv", format="kosis-long",
                                     vintage="revised", source_kind="kosis", source="test",
                                     source_label="시험 자료", status="completed")
    for i, code in enumerate(SIDO):
        population = 1_000_003 + 97_331 * i
        employed = int(population * (0.74 if code == "39" else 0.64 + i / 400))
        for measure, value in ((Measure.POPULATION, population), (Measure.EMPLOYED, employed)):
            Estimate.objects.create(
                dataset=dataset, area_level=AreaLevel.SIDO, area_code=code,
                code_system="kostat", period=period, period_start=dt.date(int(period), 1, 1),
                group=Group.AGE_15_64, measure=measure, unit=Unit.PERSONS,
                value=Decimal(value), vintage="revised", source_kind="kosis", source="test")


def test_offices_add_up_to_the_gap_planner_for_every_sido_and_the_nation():
    # given 15–64 counts of the 17 시도
    sido_counts()
    plan = gap_plan(Period.parse("2023"))
    # when
    split = targets.split_gap(Period.parse("2023"))
    # then every 시도's persons needed is shared out exactly among its offices
    assert split.method == "apportioned"
    assert split.national_needed == plan.total_needed == sum(
        g.needed for g in split.offices.values())
    for row in plan.rows:
        assert sum(g.detail.get(row.code, 0) for g in split.offices.values()) == row.needed
    assert plan.total_needed > 0
    assert [r.needed for r in plan.rows if r.code == "39"] == [0]


def test_derived_placements_follow_the_stated_assumptions():
    sido_counts()
    derived = targets.derive(Period.parse("2023"), Period.parse("2026"))
    plan = gap_plan(Period.parse("2023"))
    assert derived.national_needed == plan.total_needed
    for code, needed in derived.persons_needed.items():
        per = derived.placements[code]
        for programme, (share, retention) in PROGRAMMES.items():
            exact = needed * SERVICE_SHARE * share / retention
            assert per[f"placements.verified.{programme}"] == math.ceil(round(exact, 9)), code
        assert per["placements.verified"] == sum(
            per[f"placements.verified.{p}"] for p in PROGRAMMES)


def test_a_half_year_target_takes_the_seasonal_share():
    assert targets.period_weight(Period.parse("2026H1")) == Decimal("0.51")
    assert targets.period_weight(Period.parse("2026H2")) == Decimal("0.49")
    assert targets.period_weight(Period.parse("2026-03")) == Decimal("0.1")


def _sigungu_counts(office_code, day, population, employed):
    dataset = Dataset.objects.create(file_name="t.csv", format="kosis-long", vintage="published",
                                     source_kind="kosis", source="test", source_label="시험",
                                     status="completed")
    for region in [j.region for j in reference.jurisdiction_of(office_code, day)]:
        for measure, value in ((Measure.POPULATION, population), (Measure.EMPLOYED, employed)):
            Estimate.objects.create(
                dataset=dataset, area_level=AreaLevel.SIGUNGU, area_code=region.kostat_code,
                code_system="kostat", period="2024H1", period_start=dt.date(2024, 1, 1),
                group=Group.AGE_15_64, measure=measure, unit=Unit.THOUSANDS,
                value=Decimal(value), vintage="published", source_kind="kosis", source="test")


def test_jurisdiction_counts_reproduce_the_gap_engine():
    # given 15–64 counts for each 시군구 of 서울청 (3 areas, 100.0 and 68.3 thousand each)
    seoul = office_named("서울지방고용노동청")
    day = Period.parse("2024H1").reference_date
    _sigungu_counts(seoul.code, day, "100.0", "68.3")
    areas = reference.jurisdiction_of(seoul.code, day).count()
    # when
    split = targets.split_gap(Period.parse("2024H1"))
    # then
    gap = split.offices[seoul.code]
    assert gap.method == "jurisdiction"
    expected = persons_needed(68300.0 * areas, 100000.0 * areas).needed
    assert gap.needed == int(expected) == round((0.70 - 0.683) * 100000 * areas)


def test_hq_applies_derived_targets_and_nation_is_the_sum():
    sido_counts()
    hq = make_user(Role.HQ)
    derived = targets.apply_derived_targets("2023", "2026", acting_user=hq)
    again = AuditLog.objects.filter(event="taskforce.target.set").count()
    targets.apply_derived_targets("2023", "2026", acting_user=hq)
    national = Target.objects.get(office_code=NATIONAL, period="2026",
                                  indicator="placements.verified", status="approved")
    offices = Target.objects.filter(period="2026", indicator="placements.verified",
                                    status="approved").exclude(office_code=NATIONAL)
    assert national.value == sum(t.value for t in offices)
    assert national.origin == TargetOrigin.GAP
    assert national.basis["persons_needed"] == derived.national_needed
    assert AuditLog.objects.filter(event="taskforce.target.set").count() == again


def test_only_hq_applies_derived_targets():
    lead = make_user(Role.OFFICE_LEAD, office_named("서울지방고용노동청"))
    with pytest.raises(NotPermittedError):
        targets.apply_derived_targets("2023", "2026", acting_user=lead)
    assert Target.objects.count() == 0
