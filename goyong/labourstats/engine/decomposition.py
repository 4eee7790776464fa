"""Kitagawa and Das Gupta decompositions of a difference in rates into factor effects.

Kitagawa (1955) splits the difference between two crude rates ``R = sum_i c_i r_i``
(``c`` the population shares of the groups, ``r`` the group rates) into a *rate effect*
and a *composition effect*. Das Gupta (1993, *Standardization and Decomposition of Rates:
A User's Manual*, U.S. Census Bureau, Current Population Reports P23-186) generalises this
to any number of factors and any rate function, with symmetric averaging over which
population the other factors are taken from, and to more than two populations (his
chapter 6, equation 6.11).

No Django here: arrays in, small result objects out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations
from math import comb

import numpy as np
from numpy.typing import ArrayLike, NDArray

FloatArray = NDArray[np.float64]
RateFunction = Callable[[Sequence[FloatArray]], float]

__all__ = [
    "DasGuptaResult",
    "KitagawaResult",
    "das_gupta",
    "das_gupta_npop",
    "kitagawa",
    "product_sum",
]


def product_sum(factors: Sequence[FloatArray]) -> float:
    """Default rate function: ``sum_i prod_k factor_k[i]`` (a plain product for scalars)."""
    out = np.ones_like(np.asarray(factors[0], dtype=float))
    for f in factors:
        out = out * np.asarray(f, dtype=float)
    return float(np.sum(out))


@dataclass(frozen=True)
class KitagawaResult:
    """Kitagawa's two-factor decomposition of ``crude_2 - crude_1``.

    Attributes
    ----------
    crude_1, crude_2 : float
        Crude rates ``sum_i c_i r_i`` of the two populations.
    rate_effect : float
        ``sum_i (c1_i + c2_i) / 2 * (r2_i - r1_i)``: the part due to group rates.
    composition_effect : float
        ``sum_i (r1_i + r2_i) / 2 * (c2_i - c1_i)``: the part due to population structure.
    """

    crude_1: float
    crude_2: float
    rate_effect: float
    composition_effect: float

    @property
    def difference(self) -> float:
        """``crude_2 - crude_1``, equal to the sum of the two effects."""
        return self.crude_2 - self.crude_1


def kitagawa(
    rates_1: ArrayLike, sizes_1: ArrayLike, rates_2: ArrayLike, sizes_2: ArrayLike
) -> KitagawaResult:
    """Decompose the difference of two crude rates into rate and composition effects.

    Parameters
    ----------
    rates_1, rates_2 : array_like, shape (G,)
        Group-specific rates of population 1 and 2 (e.g. employment rates by sex × age).
    sizes_1, sizes_2 : array_like, shape (G,)
        Group sizes or shares; each is normalised to shares summing to 1.

    Returns
    -------
    KitagawaResult
        The effects sum to ``crude_2 - crude_1`` up to floating-point rounding.
    """
    r1, r2 = np.asarray(rates_1, dtype=float), np.asarray(rates_2, dtype=float)
    s1, s2 = np.asarray(sizes_1, dtype=float), np.asarray(sizes_2, dtype=float)
    if not (r1.shape == r2.shape == s1.shape == s2.shape) or r1.ndim != 1:
        raise ValueError("rates and sizes must be 1-D arrays of the same length")
    c1, c2 = s1 / s1.sum(), s2 / s2.sum()
    return KitagawaResult(
        crude_1=float(c1 @ r1),
        crude_2=float(c2 @ r2),
        rate_effect=float(((c1 + c2) / 2) @ (r2 - r1)),
        composition_effect=float(((r1 + r2) / 2) @ (c2 - c1)),
    )


@dataclass(frozen=True)
class DasGuptaResult:
    """Das Gupta decomposition between two populations.

    Attributes
    ----------
    crude_1, crude_2 : float
        Crude rates ``rate_function(factors)`` of population 1 and 2.
    adjusted_1, adjusted_2 : ndarray, shape (P,)
        Entry ``k`` is the rate of the population standardised for all factors except
        factor ``k`` (Das Gupta's "P - alpha adjusted rate": what the rate would be if only
        factor ``k`` differed).
    effects : ndarray, shape (P,)
        ``adjusted_2 - adjusted_1``; they sum to ``crude_2 - crude_1``.
    """

    crude_1: float
    crude_2: float
    adjusted_1: FloatArray
    adjusted_2: FloatArray
    effects: FloatArray

    @property
    def difference(self) -> float:
        """``crude_2 - crude_1``."""
        return self.crude_2 - self.crude_1

    @property
    def shares(self) -> FloatArray:
        """Each effect as a fraction of the crude difference (Das Gupta's percentages / 100)."""
        return self.effects / self.difference


def _as_factors(factors: Sequence[ArrayLike]) -> list[FloatArray]:
    return [np.asarray(f, dtype=float) for f in factors]


def _adjusted_rate(
    k: int, own: list[FloatArray], other: list[FloatArray], rate_function: RateFunction
) -> float:
    """Das Gupta's P-alpha adjusted rate: factor k from ``own``, the others averaged.

    Every split of the other P-1 factors into those taken from ``own`` (j of them) and
    from ``other`` gets weight ``j! (P-1-j)! / P!`` = 1 / (P C(P-1, j)), Das Gupta's
    symmetric formula (his eq. 3.54 for general functions; equal to a Shapley value).
    """
    p = len(own)
    rest = [i for i in range(p) if i != k]
    total = 0.0
    for j in range(p):
        weight = 1.0 / (p * comb(p - 1, j))
        for from_own in combinations(rest, j):
            chosen = set(from_own)
            mixed = [
                own[i] if (i == k or i in chosen) else other[i] for i in range(p)
            ]
            total += weight * rate_function(mixed)
    return total


def das_gupta(
    factors_1: Sequence[ArrayLike],
    factors_2: Sequence[ArrayLike],
    rate_function: RateFunction = product_sum,
) -> DasGuptaResult:
    """Decompose ``R(factors_2) - R(factors_1)`` into one effect per factor.

    Parameters
    ----------
    factors_1, factors_2 : sequence of array_like
        The P factors of each population, in the same order; each a scalar or a vector
        over sub-populations (age groups, …).
    rate_function : callable, default :func:`product_sum`
        Maps a list of P factor arrays to the crude rate.

    Returns
    -------
    DasGuptaResult

    Examples
    --------
    Das Gupta (1993), ch. 2 two-factor example, mean earnings of black and white men, US 1980:

    >>> r = das_gupta([10930, 0.717892], [16591, 0.825974])
    >>> [round(e, 3) for e in r.effects]
    [4369.913, 1487.262]
    """
    f1, f2 = _as_factors(factors_1), _as_factors(factors_2)
    if len(f1) != len(f2) or not f1:
        raise ValueError("both populations need the same, non-zero number of factors")
    p = len(f1)
    adj1 = np.array([_adjusted_rate(k, f1, f2, rate_function) for k in range(p)])
    adj2 = np.array([_adjusted_rate(k, f2, f1, rate_function) for k in range(p)])
    return DasGuptaResult(
        crude_1=float(rate_function(f1)),
        crude_2=float(rate_function(f2)),
        adjusted_1=adj1,
        adjusted_2=adj2,
        effects=adj2 - adj1,
    )


def das_gupta_npop(
    populations: Sequence[Sequence[ArrayLike]],
    rate_function: RateFunction = product_sum,
) -> FloatArray:
    """Adjusted rates standardised across N populations (Das Gupta 1993, eq. 6.11).

    Pairwise two-population adjusted rates are not consistent across three or more
    populations (population 1 gets a different alpha-adjusted rate against 2 and against 3).
    Equation 6.11 averages them so that each population has one adjusted rate per factor,
    and effects between any two populations are differences of these rates, hence additive
    (effect 1→2 plus effect 2→3 equals effect 1→3).

    Parameters
    ----------
    populations : sequence of N sequences of P array_like
        The factors of each population.
    rate_function : callable, default :func:`product_sum`

    Returns
    -------
    ndarray, shape (N, P)
        Entry ``[i, k]``: population ``i``'s factor-``k`` adjusted rate in the presence of
        all N populations. The effect of factor ``k`` from ``i`` to ``j`` is
        ``out[j, k] - out[i, k]``.
    """
    pops = [_as_factors(f) for f in populations]
    n = len(pops)
    if n < 2:
        raise ValueError("at least two populations are needed")
    p = len(pops[0])
    # pair[x, j, k]: factor-k adjusted rate of population x compared with population j
    pair = np.full((n, n, p), np.nan)
    for x in range(n):
        for j in range(n):
            if x != j:
                for k in range(p):
                    pair[x, j, k] = _adjusted_rate(k, pops[x], pops[j], rate_function)
    out = np.empty((n, p))
    for y in range(n):
        others = [j for j in range(n) if j != y]
        first = pair[y, others, :].mean(axis=0)
        second = np.zeros(p)
        for x in others:
            rest = [j for j in range(n) if j not in (x, y)]
            second += pair[x, rest, :].sum(axis=0) - (n - 2) * pair[x, y, :]
        out[y] = first + second / (n * (n - 1))
    return out
