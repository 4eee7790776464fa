"""Battese–Harter–Fuller nested-error (unit-level) model for small-area means.

``y_ij = x_ij' beta + u_i + e_ij`` with area effects ``u_i ~ N(0, sigma2u)`` and unit
errors ``e_ij ~ N(0, sigma2e)``, fitted by REML (as ``nlme::lme``, which R ``sae::eblupBHF``
calls). Each area's covariance ``V_i = sigma2e I + sigma2u J`` is inverted in closed form
(``V_i^-1 = (I - gamma_i/n_i J) / sigma2e``, ``gamma_i = sigma2u / (sigma2u + sigma2e/n_i)``),
so a fit needs only per-area sums: thousands of units cost milliseconds.

The EBLUP of an area mean follows sae::eblupBHF: with population size ``N_i`` and population
covariate means ``Xbar_i``, ``(sum_sample y + (N_i - n_i) (xbar_r' beta + u_i)) / N_i`` where
``xbar_r`` is the mean of the non-sampled units' covariates; without ``N_i`` (or for large
populations) it is ``Xbar_i' beta + u_i``. Areas without a sample get ``Xbar_i' beta``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import optimize

FloatArray = npt.NDArray[np.float64]


@dataclass
class _Sums:
    n: FloatArray  # units per area
    sx: FloatArray  # (m, p) sums of x
    sy: FloatArray  # (m,) sums of y
    xx: FloatArray  # (p, p) sum of x x'
    xy: FloatArray  # (p,) sum of x y
    yy: float


class BatteseHarterFuller:
    """Nested-error regression model fitted by REML, with area EBLUPs.

    Attributes
    ----------
    beta_ : ndarray (p,)       GLS coefficients at the REML variances.
    sigma2u_, sigma2e_ : float Area-effect and unit-error variances.
    areas_ : ndarray           Sorted labels of the sampled areas.
    u_ : ndarray               Predicted area effects ``gamma_i (ybar_i - xbar_i' beta)``.
    gamma_ : ndarray           Shrinkage factors per sampled area.
    loglike_ : float           Restricted log-likelihood at the optimum.
    """

    def __init__(self, tol: float = 1e-10) -> None:
        self.tol = tol

    @staticmethod
    def _sums(y: FloatArray, X: FloatArray, codes: npt.NDArray[np.int64], m: int) -> _Sums:
        p = X.shape[1]
        n = np.bincount(codes, minlength=m).astype(np.float64)
        sx = np.zeros((m, p))
        for k in range(p):
            sx[:, k] = np.bincount(codes, weights=X[:, k], minlength=m)
        sy = np.bincount(codes, weights=y, minlength=m)
        return _Sums(n, sx, sy, X.T @ X, X.T @ y, float(y @ y))

    @staticmethod
    def _gls(s: _Sums, s2u: float, s2e: float) -> tuple[FloatArray, FloatArray, float, float]:
        """beta, (X'V^-1X)^-1, r'V^-1 r and log|V| for the given variances."""
        g_over_n = s2u / (s2e + s.n * s2u)  # gamma_i / n_i
        xvx = (s.xx - (s.sx.T * g_over_n) @ s.sx) / s2e
        xvy = (s.xy - (s.sx.T * g_over_n) @ s.sy) / s2e
        q = np.linalg.inv(xvx)
        beta = q @ xvy
        yvy = (s.yy - float(np.sum(g_over_n * s.sy**2))) / s2e
        rvr = yvy - float(xvy @ beta)
        logdet = float(np.sum((s.n - 1) * math.log(s2e) + np.log(s2e + s.n * s2u)))
        return beta, q, rvr, logdet

    def _neg_reml(self, theta: FloatArray, s: _Sums) -> float:
        s2u, s2e = math.exp(theta[0]), math.exp(theta[1])
        beta, q, rvr, logdet = self._gls(s, s2u, s2e)
        sign, logdet_xvx = np.linalg.slogdet(q)
        return 0.5 * (logdet - logdet_xvx + rvr)

    def fit(self, y: npt.ArrayLike, X: npt.ArrayLike, area: npt.ArrayLike
            ) -> BatteseHarterFuller:
        """Fit to unit values ``y`` with model matrix ``X`` (intercept included) and labels."""
        yv = np.asarray(y, dtype=np.float64).ravel()
        Xm = np.asarray(X, dtype=np.float64)
        if Xm.ndim == 1:
            Xm = Xm.reshape(-1, 1)
        labels, codes = np.unique(np.asarray(area), return_inverse=True)
        codes = codes.astype(np.int64).ravel()
        if not (yv.shape[0] == Xm.shape[0] == codes.shape[0]):
            raise ValueError("y, X and area need one entry (row) per unit.")
        if not (np.all(np.isfinite(yv)) and np.all(np.isfinite(Xm))):
            raise ValueError("y and X must not contain missing or infinite values.")
        m = len(labels)
        s = self._sums(yv, Xm, codes, m)
        # start: OLS residual variance split evenly
        beta0, *_ = np.linalg.lstsq(Xm, yv, rcond=None)
        v0 = float(np.var(yv - Xm @ beta0)) or 1.0
        start = np.log([v0 / 2, v0 / 2])
        res = optimize.minimize(self._neg_reml, start, args=(s,), method="L-BFGS-B",
                                options={"ftol": 1e-15, "gtol": 1e-12, "maxiter": 1000})
        # polish with Nelder–Mead in case the gradient steps stopped early
        res = optimize.minimize(self._neg_reml, res.x, args=(s,), method="Nelder-Mead",
                                options={"xatol": self.tol, "fatol": 1e-14, "maxiter": 4000})
        s2u, s2e = float(math.exp(res.x[0])), float(math.exp(res.x[1]))
        beta, q, _rvr, _ld = self._gls(s, s2u, s2e)
        gamma = s2u / (s2u + s2e / s.n)
        ybar = s.sy / s.n
        xbar = s.sx / s.n[:, None]
        self.beta_ = beta
        self.beta_cov_ = q
        self.sigma2u_ = s2u
        self.sigma2e_ = s2e
        self.areas_ = labels
        self.n_ = s.n.astype(np.int64)
        self.gamma_ = gamma
        self.u_ = gamma * (ybar - xbar @ beta)
        self._sample_sum_y = s.sy
        self._sample_sum_x = s.sx
        self.loglike_ = -float(res.fun) - 0.5 * (len(yv) - Xm.shape[1]) * math.log(2 * math.pi)
        return self

    def predict_means(self, areas: npt.ArrayLike, Xbar: npt.ArrayLike,
                      population: npt.ArrayLike | None = None) -> FloatArray:
        """EBLUPs of the area means for areas with population covariate means ``Xbar``
        (rows in the order of ``areas``) and, optionally, population sizes ``N_i``."""
        labels = np.asarray(areas)
        Xb = np.asarray(Xbar, dtype=np.float64)
        if Xb.ndim == 1:
            Xb = Xb.reshape(-1, 1)
        index = {str(a): i for i, a in enumerate(self.areas_)}
        out = Xb @ self.beta_
        for row, label in enumerate(labels):
            i = index.get(str(label))
            if i is None:
                continue  # not sampled: synthetic X̄'β
            if population is None:
                out[row] = out[row] + self.u_[i]
                continue
            big_n = float(np.asarray(population, dtype=np.float64)[row])
            n = float(self.n_[i])
            rest = big_n - n
            if rest <= 0:
                out[row] = self._sample_sum_y[i] / n
                continue
            xbar_r = (big_n * Xb[row] - self._sample_sum_x[i]) / rest
            out[row] = (self._sample_sum_y[i] + rest * (xbar_r @ self.beta_ + self.u_[i])) / big_n
        return out
