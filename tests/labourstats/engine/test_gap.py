"""Gap planner: persons needed to reach 70 %, the exact group split and its uncertainty.

References are hand computations written out in each test (the formulas are linear, so
the expected values are exact up to floating-point rounding; tolerances say so).
"""

import numpy as np
import pytest

from goyong.labourstats.engine.gap import (
    gap_by_group,
    persons_needed,
    persons_needed_from_rate,
)


def test_persons_needed_rounds_up_and_floors_at_zero():
    # given: three areas: short by 9.5 persons, exactly at 70 %, above 70 %
    employed = np.array([690.5, 700.0, 750.0])
    population = np.array([1000.0, 1000.0, 1000.0])

    # when
    est = persons_needed(employed, population)

    # then: 0.7 × 1000 is 700.0000000000001 in floating point; it must not add a person
    np.testing.assert_array_equal(est.needed, [10.0, 0.0, 0.0])
    np.testing.assert_allclose(est.gap, [9.5, 0.0, -50.0], rtol=0, atol=1e-9)
    assert est.se is None and est.lower is None


def test_persons_needed_national_2023_scale():
    # given: Korea 2023, 15–64 rate 69.2 % (KOSIS, 경제활동인구조사); a 36,000,000 population
    # when
    est = persons_needed_from_rate(0.692, 36_000_000)

    # then: 0.008 × 36,000,000 = 288,000 persons
    assert est.needed == 288_000.0


def test_delta_method_se_matches_the_quadratic_form_and_interval():
    # given: SEs of the totals and their covariance (persons)
    t = 0.7
    se_e, se_p, cov = 3_000.0, 2_000.0, 4_500_000.0

    # when
    est = persons_needed(650_000.0, 950_000.0, t, se_employed=se_e, se_population=se_p,
                         cov_employed_population=cov)

    # then: a' Σ a with a = (t, -1) for (P, E)
    sigma = np.array([[se_p**2, cov], [cov, se_e**2]])
    a = np.array([t, -1.0])
    expected_se = float(np.sqrt(a @ sigma @ a))
    assert est.se == pytest.approx(expected_se, rel=1e-14)
    z = 1.959963984540054  # standard normal 97.5 % quantile
    assert est.gap == pytest.approx(15_000.0, abs=1e-6)
    assert est.lower == np.ceil(15_000.0 - z * expected_se)
    assert est.upper == np.ceil(15_000.0 + z * expected_se)


def test_rate_se_gives_population_times_se_and_floored_lower_bound():
    # given: rate 69.5 % ± 0.4 pp on 100,000 people
    # when
    est = persons_needed_from_rate([0.695], [100_000.0], se_rate=[0.004])

    # then: gap 500, SE 400, lower bound below zero is floored at 0 persons
    assert est.se is not None and est.lower is not None and est.upper is not None
    assert est.needed[0] == 500.0
    assert est.se[0] == pytest.approx(400.0, rel=1e-14)
    assert est.lower[0] == 0.0
    assert est.upper[0] == np.ceil(500.0 + 1.959963984540054 * 400.0)


def test_group_contributions_sum_exactly_to_the_area_gap():
    # given: two areas × four groups (men/women × 15–29/30–64); target 0.75 so that
    # every product is exact in binary floating point
    population = np.array([[200.0, 600.0, 200.0, 600.0], [100.0, 300.0, 120.0, 280.0]])
    employed = np.array([[90.0, 500.0, 100.0, 330.0], [40.0, 260.0, 50.0, 170.0]])

    # when
    g = gap_by_group(employed, population, target=0.75)

    # then
    np.testing.assert_array_equal(
        g.contribution, [[60.0, -50.0, 50.0, 120.0], [35.0, -35.0, 40.0, 40.0]]
    )
    np.testing.assert_array_equal(g.gap_total, [180.0, 80.0])
    np.testing.assert_array_equal(g.contribution.sum(axis=-1), g.gap_total)
    np.testing.assert_array_equal(g.needed_total, [180.0, 80.0])
    np.testing.assert_array_equal(g.needed_group[0], [60.0, 0.0, 50.0, 120.0])
    np.testing.assert_allclose(g.share.sum(axis=-1), [1.0, 1.0], rtol=0, atol=1e-15)
    assert g.share[0, 3] == pytest.approx(120.0 / 180.0, rel=1e-15)


def test_what_if_only_one_group_reached_target():
    # given: one area; women 30–64 far below target
    population = np.array([200.0, 600.0, 200.0, 600.0])
    employed = np.array([90.0, 500.0, 100.0, 330.0])

    # when
    g = gap_by_group(employed, population, target=0.75)

    # then: raising women 30–64 to 75 % adds 120 employed: (1020 + 120) / 1600
    assert g.rate_if_only[3] == pytest.approx(1140.0 / 1600.0, rel=1e-15)
    assert g.gap_if_only[3] == 60.0
    # a group already above target changes nothing
    assert g.rate_if_only[1] == pytest.approx(1020.0 / 1600.0, rel=1e-15)
    assert g.gap_if_only[1] == 180.0


def test_group_split_refuses_mismatched_shapes():
    # when / then
    with pytest.raises(ValueError, match="same shape"):
        gap_by_group([1.0, 2.0], [3.0, 4.0, 5.0])
