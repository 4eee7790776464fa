"""Kitagawa / Das Gupta decompositions against Das Gupta (1993)'s worked examples.

Source of the example inputs and figures: Das Gupta, P. (1993) "Standardization and
Decomposition of Rates: A User's Manual", U.S. Census Bureau, Current Population Reports
P23-186, chapters 2 (P factors), 4 (vector factors, rates as functions), 5 (population
structure) and 6 (N populations). The manual itself was not reachable offline; the inputs
and expected figures are those reproduced from it in the README of the R package DasGuptR
(github.com/josiahpjking/DasGuptR, README.md, sections "P factors", "Rates as functions",
"population structure as a vector factor" and "N populations"), printed to 7 significant
digits (4 decimals for the household-headship example). Tolerance: half a unit in the last printed digit.
Internal identities (effects sum to the crude difference) are checked to 1e-12.
"""

import numpy as np
import pytest

from goyong.labourstats.engine.decomposition import (
    das_gupta,
    das_gupta_npop,
    kitagawa,
)


def _close_to_printed(actual: float, printed: float, decimals: int) -> None:
    assert abs(actual - printed) <= 0.5 * 10.0**-decimals + 1e-12


def test_two_factors_mean_earnings_black_and_white_men_us_1980():
    # given: Das Gupta (1993) ch. 2, mean earnings = avg earnings × proportion earning
    black, white = [10930, 0.717892], [16591, 0.825974]

    # when
    r = das_gupta(black, white)

    # then: DasGuptR README, printed 8437.228 12807.14 4369.913 / 9878.553 11365.82 1487.262
    _close_to_printed(r.adjusted_1[0], 8437.228, 3)
    _close_to_printed(r.adjusted_2[0], 12807.14, 2)
    _close_to_printed(r.effects[0], 4369.913, 3)
    _close_to_printed(r.adjusted_1[1], 9878.553, 3)
    _close_to_printed(r.adjusted_2[1], 11365.82, 2)
    _close_to_printed(r.effects[1], 1487.262, 3)
    _close_to_printed(r.crude_1, 7846.560, 3)
    _close_to_printed(r.difference, 5857.175, 3)
    assert abs(r.effects.sum() - r.difference) <= 1e-12 * abs(r.difference)


def test_three_factors_birth_rate_austria_and_chile_1981():
    # given: Das Gupta (1993) ch. 2, birth rate = births/women 15-49 × share 15-49 × share women
    austria, chile = [51.78746, 0.45919, 0.52638], [84.90502, 0.75756, 0.51065]

    # when
    r = das_gupta(austria, chile)

    # then: DasGuptR README table (austria, chile, diff)
    printed = [
        (16.31618, 26.75021, 10.4340333),
        (16.25309, 26.81394, 10.5608476),
        (22.32040, 21.65339, -0.6670084),
    ]
    for k, (a, c, d) in enumerate(printed):
        _close_to_printed(r.adjusted_1[k], a, 5)
        _close_to_printed(r.adjusted_2[k], c, 5)
        _close_to_printed(r.effects[k], d, 7)
    _close_to_printed(r.difference, 20.3278726, 7)
    assert abs(r.effects.sum() - r.difference) <= 1e-12 * abs(r.difference)


def test_four_factors_nonmarital_births_white_women_15_19_us_1971_1979():
    # given: Das Gupta (1993) ch. 2, four-factor product
    y1971, y1979 = [25.3, 0.214, 0.279, 0.949], [32.7, 0.290, 0.473, 0.986]

    # when
    r = das_gupta(y1971, y1979)

    # then
    printed = [
        (2.355434, 3.044375, 0.6889411),
        (2.287936, 3.100474, 0.8125381),
        (1.988818, 3.371723, 1.3829055),
        (2.686817, 2.791572, 0.1047547),
    ]
    for k, (a, b, d) in enumerate(printed):
        _close_to_printed(r.adjusted_1[k], a, 6)
        _close_to_printed(r.adjusted_2[k], b, 6)
        _close_to_printed(r.effects[k], d, 7)
    _close_to_printed(r.difference, 2.9891394, 7)
    assert abs(r.effects.sum() - r.difference) <= 1e-12 * abs(r.difference)


def test_five_factors_total_fertility_korea():
    # given: Das Gupta (1993) ch. 2, Bongaarts indices × total fecundity, South Korea
    first, second = [0.58, 0.76, 0.84, 0.66, 16.573], [0.72, 0.97, 0.97, 0.56, 16.158]

    # when
    r = das_gupta(first, second)

    # then
    effects = [1.0909785, 1.2298438, 0.7278399, -0.8398707, -0.1290187]
    for k, d in enumerate(effects):
        _close_to_printed(r.effects[k], d, 7)
    _close_to_printed(r.adjusted_1[3], 5.543146, 6)
    _close_to_printed(r.adjusted_2[4], 5.023334, 6)
    assert abs(r.effects.sum() - r.difference) <= 1e-12 * abs(r.difference)


def test_rate_as_function_of_four_vector_factors_illegitimacy_ratio_1963_1983():
    # given: Das Gupta (1993) ch. 4, R = sum(ABC) / (sum(ABC) + sum(A(1-B)D)) by age group
    def ratio(f):
        a, b, c, d = f
        return float(np.sum(a * b * c) / (np.sum(a * b * c) + np.sum(a * (1 - b) * d)))

    y1963 = [
        [0.200, 0.163, 0.146, 0.154, 0.168, 0.169],
        [0.866, 0.325, 0.119, 0.099, 0.099, 0.121],
        [0.007, 0.021, 0.023, 0.015, 0.008, 0.002],
        [0.454, 0.326, 0.195, 0.107, 0.051, 0.015],
    ]
    y1983 = [
        [0.169, 0.195, 0.190, 0.174, 0.150, 0.122],
        [0.931, 0.563, 0.311, 0.216, 0.199, 0.191],
        [0.018, 0.026, 0.023, 0.016, 0.008, 0.002],
        [0.380, 0.201, 0.149, 0.079, 0.025, 0.006],
    ]

    # when
    r = das_gupta(y1963, y1983, rate_function=ratio)

    # then
    printed = [
        (0.07770985, 0.07150487, -0.00620498),
        (0.04742107, 0.09608261, 0.04866154),
        (0.05924498, 0.08630419, 0.02705922),
        (0.05962676, 0.08433604, 0.02470928),
    ]
    for k, (a, b, d) in enumerate(printed):
        _close_to_printed(r.adjusted_1[k], a, 8)
        _close_to_printed(r.adjusted_2[k], b, 8)
        _close_to_printed(r.effects[k], d, 8)
    _close_to_printed(r.crude_1, 0.03094957, 8)
    _close_to_printed(r.crude_2, 0.12517462, 8)
    assert abs(r.effects.sum() - r.difference) <= 1e-12 * abs(r.difference)


# Das Gupta (1993) ch. 5: household headship rates per 100 by age, US 1970 and 1985
SIZE_1970 = [12.9, 10.9, 9.5, 8.0, 7.8, 8.4, 8.6, 7.8, 7.0, 5.9, 4.7, 3.6, 4.9]
SIZE_1985 = [10.1, 11.2, 11.6, 10.9, 9.4, 7.7, 6.3, 6.0, 6.3, 5.9, 5.1, 4.0, 5.5]
RATE_1970 = [1.9, 25.8, 45.7, 49.6, 51.2, 51.6, 51.8, 54.9, 58.7, 60.4, 62.8, 66.6, 66.8]
RATE_1985 = [2.2, 24.3, 45.8, 52.5, 56.1, 55.6, 56.0, 57.4, 57.2, 61.2, 63.9, 68.6, 72.2]


def test_kitagawa_household_headship_us_1970_1985():
    # when
    k = kitagawa(RATE_1970, SIZE_1970, RATE_1985, SIZE_1985)

    # then: printed age_str diff 1.2269, rate diff 1.7403, crude 44.7268 and 47.6940
    _close_to_printed(k.composition_effect, 1.2269, 4)
    _close_to_printed(k.rate_effect, 1.7403, 4)
    _close_to_printed(k.crude_1, 44.7268, 4)
    _close_to_printed(k.crude_2, 47.6940, 4)
    assert abs(k.rate_effect + k.composition_effect - k.difference) <= 1e-12


def test_kitagawa_closed_form_equals_das_gupta_two_vector_factors():
    # given: shares and rates as Das Gupta's two vector factors
    c1 = np.array(SIZE_1970) / sum(SIZE_1970)
    c2 = np.array(SIZE_1985) / sum(SIZE_1985)

    # when
    k = kitagawa(RATE_1970, SIZE_1970, RATE_1985, SIZE_1985)
    d = das_gupta([c1, RATE_1970], [c2, RATE_1985])

    # then: independent formulas agree to rounding
    assert d.effects[0] == pytest.approx(k.composition_effect, abs=1e-12)
    assert d.effects[1] == pytest.approx(k.rate_effect, abs=1e-12)
    assert d.crude_1 == pytest.approx(k.crude_1, abs=1e-12)


def test_kitagawa_on_employment_rates_by_group():
    # given: two groups whose rates do not change while the structure does
    rates = [0.45, 0.75]

    # when
    k = kitagawa(rates, [50, 50], rates, [30, 70])

    # then: the whole change is composition
    assert k.rate_effect == 0.0
    assert k.composition_effect == pytest.approx(0.06, abs=1e-15)


ILLEG_A = [
    [0.200, 0.163, 0.146, 0.154, 0.168, 0.169],
    [0.215, 0.191, 0.156, 0.137, 0.144, 0.157],
    [0.218, 0.203, 0.175, 0.144, 0.127, 0.133],
    [0.205, 0.200, 0.181, 0.162, 0.134, 0.118],
    [0.169, 0.195, 0.190, 0.174, 0.150, 0.122],
]
ILLEG_B = [
    [0.866, 0.325, 0.119, 0.099, 0.099, 0.121],
    [0.891, 0.373, 0.124, 0.100, 0.107, 0.127],
    [0.870, 0.396, 0.158, 0.125, 0.113, 0.129],
    [0.900, 0.484, 0.243, 0.176, 0.155, 0.168],
    [0.931, 0.563, 0.311, 0.216, 0.199, 0.191],
]
ILLEG_C = [
    [0.007, 0.021, 0.023, 0.015, 0.008, 0.002],
    [0.010, 0.023, 0.023, 0.015, 0.008, 0.002],
    [0.011, 0.016, 0.017, 0.011, 0.006, 0.002],
    [0.014, 0.019, 0.015, 0.010, 0.005, 0.001],
    [0.018, 0.026, 0.023, 0.016, 0.008, 0.002],
]
ILLEG_D = [
    [0.454, 0.326, 0.195, 0.107, 0.051, 0.015],
    [0.433, 0.249, 0.159, 0.079, 0.037, 0.011],
    [0.314, 0.181, 0.133, 0.063, 0.023, 0.006],
    [0.313, 0.191, 0.143, 0.069, 0.021, 0.004],
    [0.380, 0.201, 0.149, 0.079, 0.025, 0.006],
]


def _ratio_per_1000(f):
    a, b, c, d = f
    return float(1000 * np.sum(a * b * c) / (np.sum(a * b * c) + np.sum(a * (1 - b) * d)))


def test_npop_standardisation_illegitimacy_ratio_five_years():
    # given: Das Gupta (1993) ch. 6, five populations 1963, 1968, 1973, 1978, 1983
    pops = [[ILLEG_A[i], ILLEG_B[i], ILLEG_C[i], ILLEG_D[i]] for i in range(5)]

    # when
    out = das_gupta_npop(pops, rate_function=_ratio_per_1000)

    # then: DasGuptR README "N populations" table (rows A-D, columns 1963..1983)
    printed = np.array([
        [72.77031, 74.65254, 73.83625, 71.36001, 64.60057],
        [53.28255, 56.63216, 59.52972, 79.49763, 104.38728],
        [62.17750, 69.61231, 60.48031, 68.54219, 94.17361],
        [54.83361, 64.43823, 81.24203, 79.60288, 74.12756],
    ]).T
    assert np.all(np.abs(out - printed) <= 0.5e-5 + 1e-12)
    crude = np.array([_ratio_per_1000([np.asarray(x) for x in p]) for p in pops])
    effects = out - out[0]
    np.testing.assert_allclose(effects.sum(axis=1), crude - crude[0], rtol=0, atol=1e-12)
    # additivity across three populations: 1963→1968 + 1968→1973 = 1963→1973
    np.testing.assert_allclose(
        (out[1] - out[0]) + (out[2] - out[1]), out[2] - out[0], rtol=0, atol=1e-12
    )


def test_npop_with_two_populations_is_the_pairwise_decomposition():
    # given
    a, b = [25.3, 0.214, 0.279, 0.949], [32.7, 0.290, 0.473, 0.986]

    # when
    out = das_gupta_npop([a, b])
    pair = das_gupta(a, b)

    # then
    np.testing.assert_allclose(out[0], pair.adjusted_1, rtol=0, atol=1e-14)
    np.testing.assert_allclose(out[1], pair.adjusted_2, rtol=0, atol=1e-14)


def test_mismatched_factor_counts_are_refused():
    # when / then
    with pytest.raises(ValueError, match="same"):
        das_gupta([1.0, 2.0], [1.0])
