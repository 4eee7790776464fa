"""Done when: momentum alerts are right on scripted data with frozen dates. Also the
contribution ledger on a scripted placement."""

import datetime as dt
from decimal import Decimal

import pytest

from goyong.labourstats.choices import AreaLevel, Group, Measure, Unit
from goyong.labourstats.models import Dataset, Estimate
from goyong.labourstats.periods import Period
from goyong.taskforce import actions, ledger, momentum, planning
from goyong.taskforce.choices import Pace
from tests.factories import office_named
from tests.taskforce import sources

pytestmark = pytest.mark.django_db

NAMES = ["서울지방고용노동청", "부산지방고용노동청", "대구지방고용노동청"]


@pytest.fixture
def offices():
    return [office_named(n) for n in NAMES]


def _script(offices):
    """Each office has a 2026 target of 100 verified placements; placements start on the
    days listed (and a few after the frozen day, which must not count)."""
    for office in offices:
        actions.set_target(office_code=office.code, period="2026", indicator="placements.verified",
                           value=100, acting_user=None)
    plan = {0: 30, 1: 27, 2: 20}   # placements by 15 April
    for i, office in enumerate(offices):
        seeker = sources.seeker(office)
        for n in range(plan[i]):
            sources.placement(seeker, dt.date(2026, 1, 2) + dt.timedelta(days=n))
        sources.placement(seeker, dt.date(2026, 4, 16))           # after the frozen day
        sources.placement(seeker, dt.date(2026, 3, 1), verified=False)  # never counts


def test_expected_share_follows_the_seasonal_profile():
    year = Period.parse("2026")
    assert planning.expected_share(year, dt.date(2026, 4, 15)) == pytest.approx(
        0.07 + 0.08 + 0.10 + 0.09 * 15 / 30)
    assert planning.expected_share(year, dt.date(2026, 6, 30)) == pytest.approx(0.51)
    assert planning.expected_share(year, dt.date(2025, 12, 31)) == 0.0
    assert planning.expected_share(Period.parse("2026H2"), dt.date(2026, 9, 30)) == pytest.approx(
        (0.08 + 0.08 + 0.09) / 0.49)


def test_pace_alerts_and_ranking_on_a_frozen_day(offices):
    # given
    _script(offices)
    codes = [o.code for o in offices]
    # when (frozen on 15 April 2026)
    rows = momentum.progress(codes, Period.parse("2026"), "placements.verified",
                             dt.date(2026, 4, 15))
    nation = momentum.national(rows, "placements.verified")
    found = momentum.alerts(rows, {o.code: o.name for o in offices}, "확인된 취업자")
    # then: expected 29.5 each by then
    seoul, busan, daegu = (rows[c] for c in codes)
    assert [p.actual for p in (seoul, busan, daegu)] == [30, 27, 20]
    assert seoul.expected == pytest.approx(29.5)
    assert [p.pace for p in (seoul, busan, daegu)] == [Pace.AHEAD, Pace.WATCH, Pace.BEHIND]
    assert [p.rank for p in (seoul, busan, daegu)] == [1, 2, 3]
    assert [a.office_code for a in found] == [codes[2]]
    assert found[0].message == (
        "대구지방고용노동청의 확인된 취업자 실적이 계획의 68%입니다 (실적 20, 지금까지 계획 30). "
        "부족한 10을(를) 채울 방안을 다음 점검회의에서 정하세요.")
    assert (nation.target, nation.actual) == (300.0, 77)
    assert nation.expected == pytest.approx(88.5)
    assert nation.pace == Pace.BEHIND  # 77 / 88.5 = 0.87, below 90%
    assert nation.ratio == pytest.approx(77 / 88.5)


def test_first_half_checkpoint_after_june(offices):
    _script(offices)
    codes = [o.code for o in offices]
    rows = momentum.progress(codes, Period.parse("2026"), "placements.verified",
                             dt.date(2026, 7, 10))
    # by 30 June each office has its scripted placements plus the one of 16 April
    assert [rows[c].checkpoint_actual for c in codes] == [31, 28, 21]
    assert rows[codes[0]].checkpoint_expected == pytest.approx(51.0)
    assert [rows[c].checkpoint_met for c in codes] == [False, False, False]
    before = momentum.progress(codes, Period.parse("2026"), "placements.verified",
                               dt.date(2026, 6, 29))
    assert before[codes[0]].checkpoint_actual is None


def test_no_target_means_no_alert(offices):
    codes = [o.code for o in offices]
    rows = momentum.progress(codes, Period.parse("2026"), "placements.verified",
                             dt.date(2026, 4, 15))
    assert {p.pace for p in rows.values()} == {Pace.NO_TARGET}
    assert momentum.alerts(rows, {}, "x") == []


def test_ledger_attributes_residence_workplace_and_effect(offices):
    # given a seeker of 서울청 living in 종로구 who starts at a company in 부산 중구 and is
    # still there after six months, and another whose check is pending
    dataset = Dataset.objects.create(file_name="p.csv", format="kosis-long", vintage="revised",
                                     source_kind="kosis", source="t", source_label="t",
                                     status="completed")
    Estimate.objects.create(dataset=dataset, area_level=AreaLevel.SIDO, area_code="11",
                            code_system="kostat", period="2023", period_start=dt.date(2023, 1, 1),
                            group=Group.TOTAL, measure=Measure.POPULATION,
                            unit=Unit.THOUSANDS, value=Decimal("8000"), vintage="revised",
                            source_kind="kosis", source="t")
    company = sources.company(offices[1], 7, sigungu_code="21010")
    seeker = sources.seeker(offices[0], sex="F", birth_date=dt.date(2000, 5, 1),
                            residence_code="11010")
    first = sources.placement(seeker, dt.date(2026, 2, 1), business_number=company.brn)
    sources.retention(first, dt.date(2026, 8, 1), True)
    sources.placement(seeker, dt.date(2026, 3, 1), source="partner")
    # when
    book = ledger.build([offices[0].code], dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    # then
    a, b = book.entries
    assert (a.residence_sido, a.workplace_code, a.wide_area) == ("11", "21010", True)
    assert a.workplace_office == offices[1].code and a.residence_office == offices[0].code
    assert (a.lasting, b.lasting) == (1.0, 0.5)
    assert a.added == pytest.approx(0.65) and b.added == pytest.approx(0.5 * 0.65)
    assert a.groups == ("women", "youth")
    assert (a.programme, b.programme) == ("referral", "partner")
    [area] = book.by_area
    assert area.placements == 2
    assert area.effect_pp == pytest.approx((0.65 + 0.325) / 8_000_000 * 100)
    assert ledger.population_note(area) == (
        "15~64세 인구 통계가 없어 15세 이상 인구 기준으로 계산했습니다.")
    assert book.by_partner == {"referral": 1, "partner": 1}
    assert "사중손실" in ledger.caveats()[1] and "35%" in ledger.caveats()[1]
