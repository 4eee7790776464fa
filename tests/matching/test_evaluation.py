"""The back-test's metrics on hand-checked ranks and on a three-seeker history."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest

from goyong.jobseekers import actions as seeker_actions
from goyong.matching import evaluation
from goyong.reference import queries as ref
from tests.jobseekers.helpers import BUSAN, SEOUL
from tests.matching.helpers import seeker


def test_lists_are_ranked_by_score_then_lower_id():
    # given three items, the second and third tied but the third infeasible
    score = np.array([[5.0, 7.0, 7.0], [1.0, 1.0, 1.0]])
    ok = np.array([[True, True, False], [True, True, True]])
    # then the feasible ones come best first, ties by the lower id
    lists = evaluation.ranked(score, ok, np.array([30, 20, 10]), 3)
    assert lists.tolist() == [[1, 0, -1], [2, 1, 0]]


def _place(s, start, wage, code="13"):
    return seeker_actions.record_placement(s, {
        "employer_name": "사업장", "start_date": start, "monthly_wage": wage,
        "weekly_hours": 40, "insured": True, "source": "referral",
        "occupation_code": code}, acting_user=None)


@pytest.mark.django_db
def test_backtest_on_a_three_seeker_history():
    # given a 서울 seeker who would move (her own job pays half her wish), a 서울 seeker of
    # office work, a 부산 seeker, and one earlier placement before the split
    today = ref.today()
    split = today - dt.timedelta(days=10)
    s1 = seeker(SEOUL, willing_to_relocate=True, desired_wage=2_000_000)
    s2 = seeker(SEOUL, desired_occupations=["02"], sex="M")
    s3 = seeker(BUSAN)
    early = seeker(SEOUL)
    _place(early, today - dt.timedelta(days=30), 2_000_000)
    _place(s1, today - dt.timedelta(days=5), 1_000_000)
    _place(s2, today - dt.timedelta(days=4), 2_000_000, code="02")
    _place(s3, today - dt.timedelta(days=3), 3_000_000)
    # when the back-test runs from the split
    result = evaluation.backtest(split)
    # then: the model puts s1's own job second (the 부산 job pays her wish and she would
    # move), s2's and s3's first; the rule baseline (same 대분류, same office) first for all
    assert (result.train, result.test) == (1, 3)
    m, b = result.model, result.baseline
    assert m["recall@10"] == 1.0
    assert m["ndcg@10"] == round((1 / math.log2(3) + 1 + 1) / 3, 4)
    assert (b["recall@10"], b["ndcg@10"]) == (1.0, 1.0)
    assert (m["coverage@10"], b["coverage@10"]) == (0.0, 0.0)
    # top-10 appearances: 부산 job twice, the other two once each
    assert m["gini@10"] == round(1 / 6, 4)
    assert m["groups"]["sex"] == {"recall@10": {"sex:M": 1.0, "sex:F": 1.0}, "gap": 0.0}
    text = evaluation.table(result)
    assert "recall@10" in text and "baseline" in text
