"""Trends and forecasts of an area's employment rate that account for survey noise.

The model is a local linear trend (optionally damped) observed with noise::

    y_t     = mu_t + eps_t,              eps_t  ~ N(0, h_t)
    mu_t+1  = mu_t + nu_t + eta_t,       eta_t  ~ N(0, s2_level)
    nu_t+1  = phi * nu_t + zeta_t,       zeta_t ~ N(0, s2_slope)

``h_t`` is the *known* sampling variance of the survey estimate (its SE squared); when no
SEs are given a constant irregular variance is estimated instead. ``phi = 1`` is the
ordinary local linear trend, ``0 < phi < 1`` the damped trend; ``level_only=True`` drops the
slope (random walk plus noise). Variances (and ``phi``) are fitted by maximum likelihood with
a Kalman filter whose initialisation is *exactly diffuse*: the first ``d`` observations
(``d`` = state dimension) identify the state, the filter starts from the posterior they imply
and the likelihood sums the innovations from observation ``d + 1`` on (the diffuse
likelihood of Durbin & Koopman, 2012, §7.2).

Forecasts are of the true rate ``mu`` (the signal); ``year_reaching`` reports the first
year whose forecast median reaches the target and, as an interval, the first years at which
the upper and the lower band reach it. ``backtest`` computes MASE on rolling origins against
the naive (random-walk, "same as last year") forecast.

numpy and scipy only; no Django, no statsmodels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from math import log, pi

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy.optimize import minimize
from scipy.stats import norm

FloatArray = NDArray[np.float64]

__all__ = [
    "BacktestResult",
    "FilterResult",
    "Forecast",
    "LocalLinearTrend",
    "TargetCrossing",
    "backtest",
    "kalman_filter",
]


@dataclass(frozen=True)
class FilterResult:
    """Output of :func:`kalman_filter`.

    Attributes
    ----------
    state : ndarray, shape (n, m)
        Filtered state means ``E[alpha_t | y_1..t]`` (NaN before the state is identified).
    cov : ndarray, shape (n, m, m)
        Filtered state covariances.
    loglik : float
        Diffuse log-likelihood (innovations from observation m + 1 on).
    """

    state: FloatArray
    cov: FloatArray
    loglik: float


def _system(
    level_only: bool, s2_level: float, s2_slope: float, phi: float
) -> tuple[FloatArray, FloatArray]:
    if level_only:
        return np.array([[1.0]]), np.array([[s2_level]])
    return np.array([[1.0, 1.0], [0.0, phi]]), np.diag([s2_level, s2_slope])


def kalman_filter(
    y: ArrayLike,
    h: ArrayLike,
    s2_level: float,
    s2_slope: float = 0.0,
    phi: float = 1.0,
    *,
    level_only: bool = False,
) -> FilterResult:
    """Exact-diffuse Kalman filter for the local level / (damped) local linear trend model.

    Parameters
    ----------
    y : array_like, shape (n,)
        Observed series (finite values).
    h : array_like, shape (n,) or scalar
        Measurement variances (survey SE²).
    s2_level, s2_slope : float
        Variances of the level and slope disturbances.
    phi : float, default 1.0
        Slope damping.
    level_only : bool, default False
        Random walk plus noise instead of the local linear trend.

    Returns
    -------
    FilterResult
    """
    yy = np.asarray(y, dtype=float)
    n = yy.size
    hh = np.broadcast_to(np.asarray(h, dtype=float), (n,))
    m = 1 if level_only else 2
    if n < m:
        raise ValueError(f"the model needs at least {m} observations")
    t_mat, q_mat = _system(level_only, s2_level, s2_slope, phi)
    state = np.full((n, m), np.nan)
    cov = np.full((n, m, m), np.nan)
    # exact diffuse start: the first m observations identify the state
    if level_only:
        a = np.array([yy[0]])
        p = np.array([[hh[0]]])
    else:
        a = np.array([yy[1], phi * (yy[1] - yy[0])])
        p = np.array(
            [
                [hh[1], phi * hh[1]],
                [phi * hh[1], phi**2 * (hh[1] + s2_level + hh[0]) + s2_slope],
            ]
        )
    state[m - 1], cov[m - 1] = a, p
    loglik = 0.0
    for t in range(m, n):
        a = t_mat @ a
        p = t_mat @ p @ t_mat.T + q_mat
        f = p[0, 0] + hh[t]
        v = yy[t] - a[0]
        k = p[:, 0] / f
        a = a + k * v
        p = p - np.outer(k, p[0, :])
        p = (p + p.T) / 2
        loglik += -0.5 * (log(2 * pi) + log(f) + v * v / f)
        state[t], cov[t] = a, p
    return FilterResult(state=state, cov=cov, loglik=float(loglik))


@dataclass(frozen=True)
class Forecast:
    """Forecast of the true rate.

    Attributes
    ----------
    years : ndarray of int
    mean : ndarray
        Forecast median (= mean) of the signal ``mu``.
    se : ndarray
        Standard error of the signal forecast.
    lower, upper : ndarray
        ``mean ∓ z·se`` at the requested confidence.
    se_observation : ndarray
        SE of a future *published* figure: signal variance plus the mean measurement
        variance of the fitted series.
    """

    years: NDArray[np.int64]
    mean: FloatArray
    se: FloatArray
    lower: FloatArray
    upper: FloatArray
    se_observation: FloatArray


@dataclass(frozen=True)
class TargetCrossing:
    """When the forecast reaches the target.

    ``year`` is the first forecast year whose median reaches the target; ``earliest`` the
    first year the upper band reaches it, ``latest`` the first year the lower band does.
    Any of them is None when it does not happen within the horizon ("not within horizon").
    ``already_reached`` is True when the last filtered level is at or above the target.
    """

    year: int | None
    earliest: int | None
    latest: int | None
    already_reached: bool


def _first_year(years: NDArray[np.int64], values: FloatArray, target: float) -> int | None:
    hits = np.flatnonzero(values >= target)
    return int(years[hits[0]]) if hits.size else None


def _logistic(x: float) -> float:
    return 1.0 / (1.0 + np.exp(-x))


class LocalLinearTrend:
    """Local linear trend with known survey noise, fitted by maximum likelihood.

    Parameters
    ----------
    damped : bool, default False
        Estimate a damping factor ``0 < phi < 1`` for the slope.
    level_only : bool, default False
        Random walk plus noise (no slope).

    Attributes
    ----------
    s2_level_, s2_slope_, s2_irregular_, phi_ : float
        Fitted variances (``s2_irregular_`` is 0 when SEs were given) and damping.
    loglik_ : float
        Maximised diffuse log-likelihood.
    filter_ : FilterResult
        Filter output at the fitted parameters.
    years_ : ndarray of int
        Years of the observations.
    """

    def __init__(self, damped: bool = False, level_only: bool = False) -> None:
        self.damped = damped
        self.level_only = level_only

    def _unpack(self, theta: FloatArray, scale: float, known_h: bool) -> tuple[float, ...]:
        i = 0
        s2_level = scale * float(np.exp(theta[i]))
        i += 1
        s2_slope = 0.0
        if not self.level_only:
            s2_slope = scale * float(np.exp(theta[i]))
            i += 1
        s2_irr = 0.0
        if not known_h:
            s2_irr = scale * float(np.exp(theta[i]))
            i += 1
        phi = 1.0
        if self.damped and not self.level_only:
            phi = float(_logistic(float(theta[i])))
        return s2_level, s2_slope, s2_irr, phi

    def fit(
        self, y: ArrayLike, se: ArrayLike | None = None, *, start_year: int = 0
    ) -> LocalLinearTrend:
        """Fit by maximum likelihood.

        Parameters
        ----------
        y : array_like, shape (n,)
            Annual rates (any unit; percent in this project).
        se : array_like, optional
            Survey standard errors of ``y`` in the same unit; when omitted a constant
            irregular variance is estimated.
        start_year : int
            Year of ``y[0]``.

        Returns
        -------
        self
        """
        yy = np.asarray(y, dtype=float)
        if yy.ndim != 1 or not np.all(np.isfinite(yy)):
            raise ValueError("y must be a 1-D series of finite values")
        known_h = se is not None
        h_known = (
            np.broadcast_to(np.asarray(se, dtype=float) ** 2, yy.shape).copy()
            if known_h
            else np.zeros_like(yy)
        )
        diffs = np.diff(yy)
        scale = float(np.var(diffs)) if diffs.size > 1 and np.var(diffs) > 0 else 1.0
        n_par = 1 + (not self.level_only) + (not known_h) + (self.damped and not self.level_only)

        def negloglik(theta: FloatArray) -> float:
            s2_level, s2_slope, s2_irr, phi = self._unpack(theta, scale, known_h)
            res = kalman_filter(
                yy, h_known + s2_irr, s2_level, s2_slope, phi, level_only=self.level_only
            )
            return -res.loglik

        best: tuple[float, FloatArray] | None = None
        # a small deterministic grid of starts guards against the flat ridges of these
        # likelihoods (signal-to-noise trade-offs)
        for start in (-4.0, -1.0, 1.0):
            theta0 = np.full(n_par, start)
            if self.damped and not self.level_only:
                theta0[-1] = 2.0
            bounds = [(-25.0, 8.0)] * n_par
            if self.damped and not self.level_only:
                bounds[-1] = (-6.0, 8.0)
            out = minimize(negloglik, theta0, method="L-BFGS-B", bounds=bounds)
            if best is None or out.fun < best[0]:
                best = (float(out.fun), np.asarray(out.x, dtype=float))
        assert best is not None
        s2_level, s2_slope, s2_irr, phi = self._unpack(best[1], scale, known_h)
        self.s2_level_ = s2_level
        self.s2_slope_ = s2_slope
        self.s2_irregular_ = s2_irr
        self.phi_ = phi
        self.h_ = h_known + s2_irr
        self.filter_ = kalman_filter(
            yy, self.h_, s2_level, s2_slope, phi, level_only=self.level_only
        )
        self.loglik_ = self.filter_.loglik
        self.years_ = np.arange(start_year, start_year + yy.size, dtype=np.int64)
        return self

    def forecast(self, steps: int, confidence: float = 0.95) -> Forecast:
        """Forecast the true rate ``steps`` years past the last observation."""
        t_mat, q_mat = _system(self.level_only, self.s2_level_, self.s2_slope_, self.phi_)
        a = self.filter_.state[-1].copy()
        p = self.filter_.cov[-1].copy()
        mean = np.empty(steps)
        var = np.empty(steps)
        for i in range(steps):
            a = t_mat @ a
            p = t_mat @ p @ t_mat.T + q_mat
            mean[i], var[i] = a[0], p[0, 0]
        z = float(norm.ppf(0.5 + confidence / 2))
        se = np.sqrt(var)
        return Forecast(
            years=self.years_[-1] + np.arange(1, steps + 1, dtype=np.int64),
            mean=mean,
            se=se,
            lower=mean - z * se,
            upper=mean + z * se,
            se_observation=np.sqrt(var + float(np.mean(self.h_))),
        )

    def year_reaching(
        self, target: float = 70.0, horizon: int = 30, confidence: float = 0.80
    ) -> TargetCrossing:
        """First year the forecast reaches ``target`` ("at this pace, 70% in YEAR").

        Parameters
        ----------
        target : float, default 70.0
            In the unit of the series.
        horizon : int, default 30
            Years ahead searched; beyond it the answer is None ("not within horizon").
        confidence : float, default 0.80
            Level of the band whose crossing years give the interval.
        """
        already = bool(self.filter_.state[-1, 0] >= target)
        fc = self.forecast(horizon, confidence)
        return TargetCrossing(
            year=_first_year(fc.years, fc.mean, target),
            earliest=_first_year(fc.years, fc.upper, target),
            latest=_first_year(fc.years, fc.lower, target),
            already_reached=already,
        )


@dataclass(frozen=True)
class BacktestResult:
    """Rolling-origin back-test.

    Attributes
    ----------
    mase : float
        Mean absolute scaled error of the model: each forecast error divided by the mean
        absolute one-step naive error of the training data at that origin
        (Hyndman & Koehler, 2006).
    mase_naive : float
        The same for the naive (last value) forecast.
    relative_mae : float
        Model MAE / naive MAE over the same origins; below 1 the model beats naive.
    errors, naive_errors : ndarray
        Forecast errors (actual − forecast) per origin.
    origins : ndarray of int
        Number of training observations at each origin.
    """

    mase: float
    mase_naive: float
    relative_mae: float
    errors: FloatArray
    naive_errors: FloatArray
    origins: NDArray[np.int64]


def backtest(
    y: ArrayLike,
    make_model: Callable[[], LocalLinearTrend] = LocalLinearTrend,
    *,
    se: ArrayLike | None = None,
    min_train: int = 10,
    horizon: int = 1,
) -> BacktestResult:
    """MASE of ``horizon``-step forecasts on rolling origins, against the naive forecast.

    For every origin ``o = min_train, …, n − horizon`` the model is fitted to ``y[:o]``
    and forecasts ``y[o + horizon − 1]``; the naive forecast is ``y[o − 1]``.
    """
    yy = np.asarray(y, dtype=float)
    sse = None if se is None else np.broadcast_to(np.asarray(se, dtype=float), yy.shape)
    origins = np.arange(min_train, yy.size - horizon + 1, dtype=np.int64)
    if origins.size == 0:
        raise ValueError("series too short for the back-test")
    err = np.empty(origins.size)
    naive = np.empty(origins.size)
    scaled = np.empty(origins.size)
    scaled_naive = np.empty(origins.size)
    for i, o in enumerate(origins):
        train = yy[:o]
        model = make_model().fit(train, None if sse is None else sse[:o])
        actual = yy[o + horizon - 1]
        err[i] = actual - model.forecast(horizon).mean[-1]
        naive[i] = actual - train[-1]
        scale = float(np.mean(np.abs(np.diff(train))))
        scaled[i] = abs(err[i]) / scale
        scaled_naive[i] = abs(naive[i]) / scale
    return BacktestResult(
        mase=float(np.mean(scaled)),
        mase_naive=float(np.mean(scaled_naive)),
        relative_mae=float(np.mean(np.abs(err)) / np.mean(np.abs(naive))),
        errors=err,
        naive_errors=naive,
        origins=origins,
    )
