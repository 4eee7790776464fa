"""The gap planner: how many more people must be employed to reach a target rate.

For an area with 15–64 population ``P`` and employed ``E`` the gap to a target rate ``t``
(default 0.70) is ``t·P − E`` persons. When the groups ``g`` (sex × age band, …) partition
the 15–64 population, the gap splits *exactly* into group contributions::

    t·P − E = Σ_g (t·P_g − E_g)

A group above the target contributes a negative amount (it offsets the others), so the
contributions sum to the area's gap with no residual.

Rounding: the published figure, "persons needed", is ``max(0, ceil(t·P − E))`` — a whole
person short still counts, and an area at or above target needs nobody. Before the ceiling
the gap is rounded to 6 decimals so that floating-point noise in ``t·P`` (``0.7 × 1000 =
700.0000000000001``) does not add a person. Contributions and shares are left unrounded so
that they add up exactly.

Uncertainty: with standard errors of ``E`` and ``P`` (and their covariance; survey totals
of employed and population are positively correlated) the gap is linear in ``(P, E)``, so
the delta method is exact for its variance::

    Var(t·P − E) = t²·Var(P) + Var(E) − 2t·Cov(P, E)

Given instead the SE of the rate ``r`` with the population treated as known (register or
census-benchmarked weights), ``gap = P·(t − r)`` and ``SE = P·SE(r)``.

No Django here; everything is vectorised over leading axes (areas, periods, …).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy.stats import norm

FloatArray = NDArray[np.float64]

DEFAULT_TARGET = 0.70

__all__ = [
    "DEFAULT_TARGET",
    "GapEstimate",
    "GroupGap",
    "gap_by_group",
    "persons_needed",
    "persons_needed_from_rate",
]


def _ceil_persons(gap: FloatArray) -> FloatArray:
    """``max(0, ceil(gap))`` after rounding away floating-point noise (6 decimals)."""
    return np.maximum(0.0, np.ceil(np.round(gap, 6)))


@dataclass(frozen=True)
class GapEstimate:
    """Gap to the target rate, in persons, with its uncertainty.

    Attributes
    ----------
    gap : ndarray
        ``t·P − E``, signed and unrounded (negative above the target).
    needed : ndarray
        ``max(0, ceil(gap))``: persons who must additionally be employed.
    se : ndarray or None
        Standard error of ``gap`` (persons); None when no SEs were given.
    lower, upper : ndarray or None
        Confidence interval for ``needed``: ``max(0, ceil(gap ∓ z·se))``.
    """

    gap: FloatArray
    needed: FloatArray
    se: FloatArray | None
    lower: FloatArray | None
    upper: FloatArray | None


def _with_interval(gap: FloatArray, se: FloatArray | None, confidence: float) -> GapEstimate:
    if se is None:
        return GapEstimate(gap=gap, needed=_ceil_persons(gap), se=None, lower=None, upper=None)
    z = float(norm.ppf(0.5 + confidence / 2))
    return GapEstimate(
        gap=gap,
        needed=_ceil_persons(gap),
        se=se,
        lower=_ceil_persons(gap - z * se),
        upper=_ceil_persons(gap + z * se),
    )


def persons_needed(
    employed: ArrayLike,
    population: ArrayLike,
    target: float = DEFAULT_TARGET,
    *,
    se_employed: ArrayLike | None = None,
    se_population: ArrayLike | None = None,
    cov_employed_population: ArrayLike | None = None,
    confidence: float = 0.95,
) -> GapEstimate:
    """Persons needed to reach ``target`` from employed and population counts.

    Parameters
    ----------
    employed, population : array_like
        Employed and population aged 15–64 (any shape, broadcast together).
    target : float, default 0.70
        Target employment rate as a proportion.
    se_employed, se_population : array_like, optional
        Standard errors of the two totals. A missing one is taken as 0 (known exactly).
    cov_employed_population : array_like, optional
        Covariance of the two estimated totals; 0 when omitted.
    confidence : float, default 0.95
        Level of the interval.

    Returns
    -------
    GapEstimate

    Examples
    --------
    >>> persons_needed(690.0, 1000.0).needed
    array(10.)
    """
    e = np.asarray(employed, dtype=float)
    p = np.asarray(population, dtype=float)
    gap = np.asarray(target * p - e, dtype=float)
    if se_employed is None and se_population is None:
        return _with_interval(gap, None, confidence)
    ve = np.asarray(se_employed if se_employed is not None else 0.0, dtype=float) ** 2
    vp = np.asarray(se_population if se_population is not None else 0.0, dtype=float) ** 2
    cov = np.asarray(
        cov_employed_population if cov_employed_population is not None else 0.0, dtype=float
    )
    var = target**2 * vp + ve - 2 * target * cov
    se = np.sqrt(np.maximum(var, 0.0)) * np.ones_like(gap)
    return _with_interval(gap, se, confidence)


def persons_needed_from_rate(
    rate: ArrayLike,
    population: ArrayLike,
    target: float = DEFAULT_TARGET,
    *,
    se_rate: ArrayLike | None = None,
    confidence: float = 0.95,
) -> GapEstimate:
    """Persons needed from a rate (proportion) and a population treated as known.

    ``gap = P·(t − r)`` and, by the delta method with ``P`` fixed, ``SE = P·SE(r)``.
    """
    r = np.asarray(rate, dtype=float)
    p = np.asarray(population, dtype=float)
    gap = np.asarray(p * (target - r), dtype=float)
    se = None if se_rate is None else np.asarray(p * np.asarray(se_rate, dtype=float))
    return _with_interval(gap, se, confidence)


@dataclass(frozen=True)
class GroupGap:
    """An area's gap split exactly into group contributions (groups on the last axis).

    Attributes
    ----------
    contribution : ndarray, shape (..., G)
        ``t·P_g − E_g``; negative for a group above the target.
    gap_total : ndarray, shape (...)
        ``t·P − E`` for the area; equals ``contribution.sum(-1)``.
    needed_total : ndarray, shape (...)
        ``max(0, ceil(gap_total))``.
    needed_group : ndarray, shape (..., G)
        ``max(0, ceil(contribution))``: persons for the group itself to reach the target.
    share : ndarray, shape (..., G)
        ``contribution / gap_total`` (NaN where the area is exactly at target); sums to 1.
    rate_if_only : ndarray, shape (..., G)
        Area rate if only group ``g`` reached the target (groups above stay as they are).
    gap_if_only : ndarray, shape (..., G)
        Area gap ``t·P − E`` that would remain in that case (negative: target exceeded).
    """

    contribution: FloatArray
    gap_total: FloatArray
    needed_total: FloatArray
    needed_group: FloatArray
    share: FloatArray
    rate_if_only: FloatArray
    gap_if_only: FloatArray


def gap_by_group(
    employed: ArrayLike, population: ArrayLike, target: float = DEFAULT_TARGET
) -> GroupGap:
    """Split each area's gap into the contributions of groups partitioning its population.

    Parameters
    ----------
    employed, population : array_like, shape (..., G)
        Employed and population per group; the last axis holds the groups, which must
        partition the 15–64 population of the area.
    target : float, default 0.70

    Returns
    -------
    GroupGap
    """
    e = np.asarray(employed, dtype=float)
    p = np.asarray(population, dtype=float)
    if e.shape != p.shape or e.ndim < 1:
        raise ValueError("employed and population must have the same shape, groups last")
    contribution = target * p - e
    gap_total = target * p.sum(axis=-1) - e.sum(axis=-1)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = contribution / gap_total[..., None]
    raised = np.maximum(contribution, 0.0)  # persons added if group g alone reaches target
    e_total = e.sum(axis=-1, keepdims=True)
    p_total = p.sum(axis=-1, keepdims=True)
    return GroupGap(
        contribution=contribution,
        gap_total=gap_total,
        needed_total=_ceil_persons(gap_total),
        needed_group=_ceil_persons(contribution),
        share=share,
        rate_if_only=(e_total + raised) / p_total,
        gap_if_only=gap_total[..., None] - raised,
    )
