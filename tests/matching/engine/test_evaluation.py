"""Evaluation helpers on tiny hand-computed cases."""

from __future__ import annotations

import math
from dataclasses import fields

import numpy as np
import pytest

from goyong.matching.engine.evaluation import (
    congestion,
    coverage,
    group_gaps,
    ndcg_at_k,
    ndcg_per_query,
    recall_at_k,
    recall_per_query,
    rule_baseline,
)
from goyong.matching.engine.features import TokenSets, VacancyArrays
from tests.matching.engine.test_scoring import one_seeker, one_vacancy

# three seekers' lists (best first) and the vacancies they were placed in
RECOMMENDED = np.array([[3, 1, 2], [0, 5, -1], [2, -1, -1]])
RELEVANT = np.array([[1, -1], [5, 7], [-1, -1]])


def test_recall_at_k_by_hand():
    # given / when
    at1 = recall_per_query(RECOMMENDED, RELEVANT, 1)
    at3 = recall_per_query(RECOMMENDED, RELEVANT, 3)

    # then: seeker 0 finds its one placement at rank 2; seeker 1 one of two at rank 2;
    # seeker 2 had no placement and is left out
    np.testing.assert_array_equal(at1[:2], [0.0, 0.0])
    np.testing.assert_array_equal(at3[:2], [1.0, 0.5])
    assert math.isnan(at3[2])
    assert recall_at_k(RECOMMENDED, RELEVANT, 3) == 0.75


def test_ndcg_at_k_by_hand():
    # given: a hit at rank 2 gains 1/log2(3); the ideal list of two relevant items gains
    # 1 + 1/log2(3)
    g2 = 1 / math.log2(3)

    # when
    per = ndcg_per_query(RECOMMENDED, RELEVANT, 3)

    # then
    assert per[0] == pytest.approx(g2, abs=1e-15)
    assert per[1] == pytest.approx(g2 / (1 + g2), abs=1e-15)
    assert ndcg_at_k(RECOMMENDED, RELEVANT, 3) == pytest.approx((g2 + g2 / (1 + g2)) / 2,
                                                                abs=1e-15)
    # a single relevant item at rank 1 scores 1
    assert ndcg_per_query(np.array([[7, 1]]), np.array([7]), 2)[0] == 1.0


def test_coverage_and_congestion_by_hand():
    # given / when
    cov = coverage(RECOMMENDED, 3)
    rep = congestion(RECOMMENDED, 6, 3)

    # then: one of three full lists; appearances per vacancy 0..5 = 1, 1, 2, 1, 0, 1
    assert cov == pytest.approx(1 / 3, abs=1e-15)
    assert rep.never_share == pytest.approx(1 / 6, abs=1e-15)
    assert rep.max_count == 2
    # Gini of (0, 1, 1, 1, 1, 2): 2·Σ i·x_(i) / (n·Σx) − (n+1)/n = 2·26/36 − 7/6 = 5/18
    assert rep.gini == pytest.approx(5 / 18, abs=1e-15)


def test_group_gaps_by_hand():
    # given: per-seeker recall, groups 1 (men) and 2 (women)
    values = np.array([1.0, 0.5, np.nan, 0.0])
    groups = np.array([1, 2, 2, 1])

    # when
    gg = group_gaps(values, groups)

    # then
    assert gg.means == {1: 0.5, 2: 0.5} and gg.counts == {1: 2, 2: 1} and gg.gap == 0.0
    assert group_gaps(np.array([0.9, 0.3]), np.array([0, 1])).gap == pytest.approx(0.6)


def test_rule_baseline_same_occupation_same_region_newest_first():
    # given: seeker wants 2311 in region 1; vacancies: 2311/r1 (10 days), 2311/r1 (2 days),
    # 2311/r2, 2312/r1, 2311/r1 filled
    s = one_seeker(region=[1])
    v = one_vacancy()
    rows = {f.name: getattr(v, f.name) for f in fields(v)}
    n = 5
    vac = VacancyArrays(**{
        **{k: np.repeat(a, n) for k, a in rows.items() if not isinstance(a, TokenSets)},
        "skills": TokenSets.empty(n), "licences": TokenSets.empty(n),
        "required_licences": TokenSets.empty(n),
        "ids": [10, 11, 12, 13, 14], "occupation": [2311, 2311, 2311, 2312, 2311],
        "region": [1, 1, 2, 1, 1], "days_posted": [10, 2, 1, 1, 0], "openings": [1, 1, 1, 1, 0],
    })

    # when
    top = rule_baseline(s, vac, 3)

    # then
    assert top.tolist() == [[1, 0, -1]]
