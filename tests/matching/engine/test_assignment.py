"""Job-fair assignment: optimal totals against scipy's assignment solver and an LP.

Issue 6, Done-when: "equal to scipy's linear_sum_assignment on random square instances
(up to 2,000: the 2,000 case runs in benchmarks/matching.py) and to a min-cost flow with
capacities" — the capacitated check is an independent LP (scipy HiGHS); the network matrix
is totally unimodular, so the LP optimum is the integer optimum.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment, linprog
from scipy.sparse import coo_matrix

from goyong.matching.engine.assignment import FairAssigner, assign_interviews


def _micro_scores(rng: np.random.Generator, ns: int, nv: int) -> np.ndarray:
    return np.round(rng.uniform(0.01, 1.0, size=(ns, nv)), 6)


@pytest.mark.parametrize("n", [50, 300])
def test_square_one_to_one_equals_linear_sum_assignment(n):
    # given
    rng = np.random.default_rng(n)
    score = _micro_scores(rng, n, n)
    integer = np.round(score * 1e6).astype(np.int64)

    # when
    fit = FairAssigner(max_per_seeker=1, per_opening=1.0).fit(score)

    # then: the same optimal total (exact, in micro-points), and a perfect matching
    r, c = linear_sum_assignment(integer, maximize=True)
    assert fit.status_ == "OPTIMAL"
    assert fit.assignment_.total_int == int(integer[r, c].sum())
    assert sorted(fit.assignment_.seeker.tolist()) == list(range(n))
    assert sorted(fit.assignment_.vacancy.tolist()) == list(range(n))


def _lp_optimum(integer: np.ndarray, m: int, cap: np.ndarray) -> float:
    ns, nv = integer.shape
    si, vj = np.nonzero(integer > 0)
    n = si.size
    a = coo_matrix((np.ones(2 * n), (np.concatenate([si, ns + vj]),
                                     np.concatenate([np.arange(n), np.arange(n)]))),
                   shape=(ns + nv, n))
    b = np.concatenate([np.full(ns, m), cap])
    res = linprog(-integer[si, vj].astype(float), A_ub=a.tocsr(), b_ub=b, bounds=(0, 1),
                  method="highs")
    assert res.status == 0
    return -res.fun


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_capacitated_equals_an_independent_lp(seed):
    # given: 120 seekers, 40 vacancies with 1–3 openings, a quarter of pairs infeasible
    rng = np.random.default_rng(seed)
    score = _micro_scores(rng, 120, 40)
    score[rng.random(score.shape) < 0.25] = np.nan
    openings = rng.integers(1, 4, 40)
    m, c = 3, 1.5
    cap = np.floor(c * openings).astype(np.int64)

    # when
    a = assign_interviews(score, openings, max_per_seeker=m, per_opening=c)

    # then: same optimum as the LP; capacities hold; only feasible pairs
    integer = np.where(np.isfinite(score), np.round(score * 1e6), -1).astype(np.int64)
    assert a.total_int == round(_lp_optimum(integer, m, cap))
    assert np.bincount(a.seeker, minlength=120).max() <= m
    assert np.all(np.bincount(a.vacancy, minlength=40) <= cap)
    assert np.all(np.isfinite(score[a.seeker, a.vacancy]))
    assert len(set(zip(a.seeker.tolist(), a.vacancy.tolist(), strict=True))) == a.seeker.size


def test_hand_case_prefers_the_larger_total_over_the_greedy_choice():
    # given: greedy would give seeker 0 the 0.9 and leave seeker 1 with 0.1 (total 1.0);
    # the optimum crosses over: 0.8 + 0.7 = 1.5
    score = np.array([[0.9, 0.8], [0.7, 0.1]])

    # when
    a = assign_interviews(score, np.array([1, 1]), max_per_seeker=1, per_opening=1.0)

    # then
    assert list(zip(a.seeker.tolist(), a.vacancy.tolist(), strict=True)) == [(0, 1), (1, 0)]
    assert a.total == pytest.approx(1.5, abs=1e-12) and a.total_int == 1_500_000


def test_no_pair_is_forced_when_nothing_scores():
    # given: every pair infeasible or zero
    score = np.array([[np.nan, 0.0], [0.0, -1.0]])

    # when
    a = assign_interviews(score)

    # then
    assert a.seeker.size == 0 and a.total_int == 0


def test_bad_shapes_are_refused():
    with pytest.raises(ValueError, match="one entry per vacancy"):
        FairAssigner().fit(np.zeros((2, 3)), np.ones(2, dtype=np.int64))
