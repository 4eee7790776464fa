"""The screening engine on hand-made companies: each disqualifier alone, rule sets by year,
and the vectorised engine against the per-company loop."""

import datetime as dt
import math

import numpy as np
import pytest

from goyong.employers import screening as adapter
from goyong.employers.engine import screening as engine
from goyong.employers.errors import ScreeningError

REFERENCE = dt.date(2018, 12, 31)
DAY = engine.day_number


def _clean(**changes):
    row = {"section": engine.SECTIONS.index("C"), "division": 29, "headcount": 50.0,
           "retention": [0.9, 0.9], "last_arrears": math.nan, "last_fatal": math.nan,
           "credit_rank": engine.CREDIT_ORDER.index("BBB"), "large_group": False,
           "public": False, "accident_rate": 0.5, "average_wage": 3_000_000.0,
           "work_life": 1, "regular_share": 80.0, "youth_hires": 4.0, "hires": 10.0}
    row.update(changes)
    return row


def _arrays(rows):
    def col(name, dtype):
        return np.array([r[name] for r in rows], dtype=dtype)

    return engine.Companies(
        section=col("section", np.int64), division=col("division", np.int64),
        headcount=col("headcount", float), retention=col("retention", float),
        last_arrears=col("last_arrears", float), last_fatal=col("last_fatal", float),
        credit_rank=col("credit_rank", np.int64), large_group=col("large_group", bool),
        public=col("public", bool), accident_rate=col("accident_rate", float),
        average_wage=col("average_wage", float), work_life=col("work_life", np.int64),
        regular_share=col("regular_share", float), youth_hires=col("youth_hires", float),
        hires=col("hires", float))


# Each case: the one change that should fail exactly that disqualifier under 2019 rules.
DISQUALIFIERS = {
    "wage_arrears": {"last_arrears": DAY(dt.date(2017, 6, 1))},
    "retention": {"retention": [0.5, 0.5]},
    "fatal_accident": {"last_fatal": DAY(dt.date(2018, 3, 1))},
    "credit": {"credit_rank": engine.CREDIT_ORDER.index("CCC")},
    "group_public": {"large_group": True},
    "size": {"headcount": 9.0},
    "industry": {"section": engine.SECTIONS.index("S"), "division": 95},
}


@pytest.mark.parametrize("code", sorted(DISQUALIFIERS))
def test_each_disqualifier_alone_fails_the_company_with_its_reason(code):
    # given five clean companies (they set the industry-size averages) and one with one flaw
    rows = [_clean() for _ in range(5)] + [_clean(**DISQUALIFIERS[code])]
    if code == "industry":  # its own group: give it clean peers' values
        rows[-1]["retention"] = [0.9, 0.9]
    # when
    outcome = engine.screen(_arrays(rows), adapter.all_rules()["2019"], REFERENCE)
    # then
    assert outcome.passed.tolist() == [True] * 5 + [False]
    failed = [c.code for c in outcome.criteria if c.kind == "disqualifier" and not c.passed[5]]
    assert failed == [code]


def test_a_clean_company_passes_every_criterion():
    outcome = engine.screen(_arrays([_clean(), _clean()]), adapter.all_rules()["2019"],
                            REFERENCE)
    assert outcome.passed.tolist() == [True, True]
    assert all(c.passed.all() for c in outcome.criteria)
    assert outcome.youth_points.tolist() == [4, 4]
    assert outcome.youth_friendly.tolist() == [True, True]


def test_arrears_older_than_two_years_do_not_count():
    # given arrears on 2016-12-31 (exactly two years before the reference date) and 2017-01-01
    rows = [_clean(last_arrears=DAY(dt.date(2016, 12, 31))),
            _clean(last_arrears=DAY(dt.date(2017, 1, 1)))]
    outcome = engine.screen(_arrays(rows), adapter.all_rules()["2019"], REFERENCE)
    assert outcome.passed.tolist() == [True, False]


def test_retention_below_average_in_only_one_year_passes():
    rows = [_clean() for _ in range(4)] + [_clean(retention=[0.5, 0.95])]
    outcome = engine.screen(_arrays(rows), adapter.all_rules()["2019"], REFERENCE)
    assert outcome.passed.tolist() == [True] * 5


def test_retention_threshold_is_the_group_mean():
    # given retention 0.9 ×3 and 0.6 in one section and size band: mean 0.825
    rows = [_clean() for _ in range(3)] + [_clean(retention=[0.6, 0.6])]
    outcome = engine.screen(_arrays(rows), adapter.all_rules()["2019"], REFERENCE)
    retention = next(c for c in outcome.criteria if c.code == "retention")
    assert retention.threshold[3].tolist() == pytest.approx([0.825, 0.825])


def test_construction_needs_30_employees_from_2016_but_10_before():
    # given a construction company with 20 insured
    rows = [_clean(section=engine.SECTIONS.index("F"), division=41, headcount=20.0)]
    # when
    before = engine.screen(_arrays(rows), adapter.rules_for(2015)[1], REFERENCE)
    after = engine.screen(_arrays(rows), adapter.rules_for(2019)[1], REFERENCE)
    # then
    assert before.passed.tolist() == [True]
    assert after.passed.tolist() == [False]


def test_rule_set_is_chosen_by_year():
    assert adapter.rules_for(2014)[0] == 2014
    assert adapter.rules_for(2015)[0] == 2014
    assert adapter.rules_for(2016)[0] == 2016
    assert adapter.rules_for(2018)[0] == 2016
    assert adapter.rules_for(2026)[0] == 2019
    with pytest.raises(ScreeningError, match="2013년에 적용할 강소기업 선정 기준이 없습니다"):
        adapter.rules_for(2013)


def test_2014_rules_use_the_accident_rate_and_have_no_youth_criteria():
    # given peers at 0.5% and one company at 2.0%: section mean 0.8%
    rows = [_clean() for _ in range(3)] + [_clean(accident_rate=2.0)]
    outcome = engine.screen(_arrays(rows), adapter.rules_for(2015)[1], REFERENCE)
    assert outcome.passed.tolist() == [True, True, True, False]
    assert [c.code for c in outcome.criteria if c.kind == "youth"] == []
    assert outcome.youth_friendly.tolist() == [False] * 4


def test_youth_friendly_needs_three_of_four_positive_criteria():
    # given one company with no work-life measure and low youth hiring (2 points)
    rows = [_clean(), _clean(work_life=0, youth_hires=0.0)]
    outcome = engine.screen(_arrays(rows), adapter.all_rules()["2019"], REFERENCE)
    assert outcome.youth_points.tolist() == [4, 2]
    assert outcome.youth_friendly.tolist() == [True, False]


@pytest.mark.parametrize("year", ["2014", "2016", "2019"])
def test_vectorised_engine_agrees_with_the_per_company_loop(year):
    # given 3,000 random companies
    companies = engine.synthetic(3000, seed=int(year))
    rules = adapter.all_rules()[year]
    # when
    outcome = engine.screen(companies, rules, REFERENCE)
    looped = engine.screen_loop([companies.record(i) for i in range(3000)], rules, REFERENCE)
    # then
    assert outcome.passed.tolist() == [r[0] for r in looped]
    assert outcome.youth_points.tolist() == [r[1] for r in looped]
    assert outcome.youth_friendly.tolist() == [r[2] for r in looped]
    for criterion in outcome.criteria:
        assert criterion.passed.tolist() == [r[3][criterion.code] for r in looped]
