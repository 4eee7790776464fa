"""Fay–Herriot area-level small-area estimation (EBLUP with REML, ML or FH moment fitting).

The model for area ``d`` is ``y_d = x_d' beta + u_d + e_d`` with ``u_d ~ N(0, sigma2u)`` and
``e_d ~ N(0, psi_d)``, where ``y_d`` is the direct estimate and ``psi_d`` its (known) sampling
variance. The fitting follows R ``sae::eblupFH`` and the MSE ``sae::mseFH`` (sae 1.3):

* Fisher scoring for ``sigma2u`` started at ``median(psi)``, stopped when the relative change
  is at most ``tol`` or after ``max_iter`` steps, then truncated at zero;
* MSE = g1 + g2 + 2 g3 (Prasad–Rao) for REML, minus ``b * B_d**2`` for ML and FH, where ``b``
  is the first-order bias of the variance estimator (Datta and Lahiri 2000; Datta, Rao and
  Smith 2005), exactly as ``mseFH``;
* log-likelihood, AIC and BIC as ``eblupFH`` reports them (the unrestricted Gaussian
  log-likelihood at the estimates, with ``p + 1`` parameters).

No Django imports here (CONVENTIONS.md).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Mapping, Sequence
from typing import Literal

import numpy as np
import numpy.typing as npt
from scipy import stats

FloatArray = npt.NDArray[np.float64]
Method = Literal["REML", "ML", "FH"]

__all__ = ["ConvergenceWarning", "FayHerriot", "design_matrix"]


class ConvergenceWarning(UserWarning):
    """The Fisher scoring for the area-effect variance stopped before converging."""


def design_matrix(
    columns: Mapping[str, npt.ArrayLike],
    categorical: Sequence[str] = (),
    *,
    intercept: bool = True,
) -> tuple[FloatArray, list[str]]:
    """Build a model matrix from named columns, with treatment contrasts for categoricals.

    Parameters
    ----------
    columns : mapping of str to array-like
        Covariates, one entry per column, all of the same length (one value per area).
        Order is kept, as in an R formula.
    categorical : sequence of str
        Names in ``columns`` to treat as factors. Levels are sorted (``np.unique``); the
        first level is the reference and gets no column, as R's ``contr.treatment``.
    intercept : bool, default True
        Prepend a column of ones named ``"(Intercept)"``.

    Returns
    -------
    X : ndarray of shape (n_areas, n_columns)
    names : list of str
        Column names; factor columns are named ``"<name>[<level>]"``.
    """
    unknown = set(categorical) - set(columns)
    if unknown:
        raise ValueError(f"Categorical columns not among the covariates: {sorted(unknown)}.")
    lengths = {len(np.asarray(v)) for v in columns.values()}
    if len(lengths) > 1:
        raise ValueError("All covariate columns must have the same length.")
    n = lengths.pop() if lengths else 0
    parts: list[FloatArray] = []
    names: list[str] = []
    if intercept:
        parts.append(np.ones((n, 1)))
        names.append("(Intercept)")
    for name, values in columns.items():
        arr = np.asarray(values)
        if name in categorical:
            levels, codes = np.unique(arr, return_inverse=True)
            dummies = (codes[:, None] == np.arange(1, len(levels))[None, :]).astype(np.float64)
            parts.append(dummies)
            names.extend(f"{name}[{level}]" for level in levels[1:])
        else:
            parts.append(arr.astype(np.float64).reshape(n, 1))
            names.append(name)
    if not parts:
        raise ValueError("The design matrix has no columns.")
    return np.hstack(parts), names


class FayHerriot:
    """Fay–Herriot EBLUP of area means, as R ``sae::eblupFH`` with ``sae::mseFH``.

    Parameters
    ----------
    method : {"REML", "ML", "FH"}, default "REML"
        Estimator of the area-effect variance ``sigma2u``.
    max_iter : int, default 100
        Maximum Fisher-scoring steps (sae's ``MAXITER``).
    tol : float, default 1e-4
        Stop when ``|A_{k+1} - A_k| / |A_k| <= tol`` (sae's ``PRECISION``). sae's default
        stops early; pass e.g. ``1e-12`` for a fully converged fit.

    Attributes
    ----------
    eblup_ : ndarray of shape (n_areas,)
        Empirical best linear unbiased predictions.
    mse_ : ndarray of shape (n_areas,)
        Estimated mean squared errors of ``eblup_``.
    sigma2u_ : float
        Estimated area-effect variance (sae's ``refvar``), truncated at zero.
    beta_ : ndarray of shape (n_columns,)
        Regression coefficients (GLS at ``sigma2u_``).
    beta_cov_ : ndarray of shape (n_columns, n_columns)
        Covariance matrix of ``beta_`` (``(X' V^-1 X)^-1`` at ``sigma2u_``).
    beta_se_, beta_z_, beta_pvalue_ : ndarray of shape (n_columns,)
        Standard errors, z statistics and two-sided normal p-values of ``beta_``.
    synthetic_ : ndarray of shape (n_areas,)
        Regression-synthetic part ``X @ beta_``.
    shrinkage_ : ndarray of shape (n_areas,)
        ``B_d = psi_d / (sigma2u_ + psi_d)``, the weight given to the synthetic part.
    loglike_, aic_, bic_ : float
        Goodness of fit as ``eblupFH`` reports it.
    n_iter_ : int
        Fisher-scoring steps taken.
    converged_ : bool
        False if ``max_iter`` was reached with the relative change still above ``tol``; a
        :class:`ConvergenceWarning` is issued and the estimates use the last iterate
        (sae returns no estimates in that case).
    """

    def __init__(self, method: Method = "REML", max_iter: int = 100, tol: float = 1e-4) -> None:
        self.method = method
        self.max_iter = max_iter
        self.tol = tol

    def fit(self, y: npt.ArrayLike, vardir: npt.ArrayLike, X: npt.ArrayLike) -> FayHerriot:
        """Fit the model to direct estimates ``y`` with sampling variances ``vardir``.

        Parameters
        ----------
        y : array-like of shape (n_areas,)
            Direct estimates.
        vardir : array-like of shape (n_areas,)
            Sampling variances of ``y`` (squared standard errors); all must be positive.
        X : array-like of shape (n_areas, n_columns)
            Model matrix including the intercept column (see :func:`design_matrix`).

        Returns
        -------
        self : FayHerriot
        """
        if self.method not in ("REML", "ML", "FH"):
            raise ValueError(f'method="{self.method}" must be "REML", "ML" or "FH".')
        yv = np.asarray(y, dtype=np.float64).ravel()
        psi = np.asarray(vardir, dtype=np.float64).ravel()
        Xm = np.asarray(X, dtype=np.float64)
        if Xm.ndim == 1:
            Xm = Xm.reshape(-1, 1)
        m, p = Xm.shape
        if yv.shape[0] != m or psi.shape[0] != m:
            raise ValueError("y, vardir and X must have one entry (row) per area.")
        if not (np.all(np.isfinite(yv)) and np.all(np.isfinite(psi)) and np.all(np.isfinite(Xm))):
            raise ValueError("y, vardir and X must not contain missing or infinite values.")
        bad = np.flatnonzero(psi <= 0)
        if bad.size:
            raise ValueError(
                "Every area needs a positive sampling variance; areas at positions "
                f"{bad.tolist()[:10]} have zero or negative variance. Remove them or give "
                "them a smoothed variance before fitting."
            )
        if m <= p:
            raise ValueError(f"Need more areas ({m}) than model columns ({p}).")
        if np.linalg.matrix_rank(Xm) < p:
            raise ValueError("The model matrix is rank deficient; drop collinear columns.")

        a = float(np.median(psi))
        k = 0
        diff = self.tol + 1.0
        while diff > self.tol and k < self.max_iter:
            k += 1
            a_new = a + self._scoring_step(a, yv, psi, Xm)
            diff = abs((a_new - a) / a)
            a = a_new
        converged = not (k >= self.max_iter and diff >= self.tol)
        if not converged:
            warnings.warn(
                f"Fay–Herriot {self.method} fitting did not converge in {self.max_iter} "
                f"iterations (last relative change {diff:.3g}).",
                ConvergenceWarning,
                stacklevel=2,
            )
        A = max(a, 0.0)

        vi = 1.0 / (A + psi)
        xtvi = Xm.T * vi
        Q = np.linalg.inv(xtvi @ Xm)
        beta = Q @ (xtvi @ yv)
        synthetic = Xm @ beta
        resid = yv - synthetic
        eblup = synthetic + A * vi * resid

        loglike = -0.5 * float(np.sum(np.log(2 * math.pi * (A + psi)) + resid**2 * vi))
        beta_se = np.sqrt(np.diag(Q))
        beta_z = beta / beta_se

        # MSE (sae::mseFH)
        bd = psi * vi
        g1 = psi * (1.0 - bd)
        g2 = bd**2 * np.einsum("ij,jk,ik->i", Xm, Q, Xm)
        sum_vi2 = float(np.sum(vi**2))
        if self.method == "FH":
            sum_vi = float(np.sum(vi))
            var_a = 2.0 * m / sum_vi**2
            bias = 2.0 * (m * sum_vi2 - sum_vi**2) / sum_vi**3
        else:
            var_a = 2.0 / sum_vi2
            bias = 0.0
            if self.method == "ML":
                bias = -float(np.trace(Q @ ((Xm.T * vi**2) @ Xm))) / sum_vi2
        g3 = bd**2 * var_a * vi
        mse = g1 + g2 + 2.0 * g3 - bias * bd**2

        self.sigma2u_ = A
        self.beta_ = beta
        self.beta_se_ = beta_se
        self.beta_cov_ = Q
        self.beta_z_ = beta_z
        self.beta_pvalue_ = 2.0 * stats.norm.sf(np.abs(beta_z))
        self.synthetic_ = synthetic
        self.shrinkage_ = bd
        self.eblup_ = eblup
        self.mse_ = mse
        self.loglike_ = loglike
        self.aic_ = -2.0 * loglike + 2.0 * (p + 1)
        self.bic_ = -2.0 * loglike + (p + 1) * math.log(m)
        self.n_iter_ = k
        self.converged_ = converged
        return self

    def predict_synthetic(self, X: npt.ArrayLike) -> tuple[FloatArray, FloatArray]:
        """Regression-synthetic predictions ``X @ beta_`` for areas outside the fit (no
        usable direct estimate) and their MSE ``sigma2u_ + x' Var(beta_) x``: the limit of
        the EBLUP's MSE as the area's sampling variance grows without bound."""
        Xm = np.asarray(X, dtype=np.float64)
        if Xm.ndim == 1:
            Xm = Xm.reshape(1, -1)
        pred = Xm @ self.beta_
        mse = self.sigma2u_ + np.einsum("ij,jk,ik->i", Xm, self.beta_cov_, Xm)
        return pred, mse

    def _scoring_step(self, a: float, y: FloatArray, psi: FloatArray, X: FloatArray) -> float:
        """One Fisher-scoring increment s/F for ``sigma2u`` at ``a`` (sae's formulas)."""
        m, p = X.shape
        vi = 1.0 / (a + psi)
        xtvi = X.T * vi
        Q = np.linalg.inv(xtvi @ X)
        beta = Q @ (xtvi @ y)
        resid = y - X @ beta
        if self.method == "FH":
            s = float(np.sum(resid**2 * vi)) - (m - p)
            return s / float(np.sum(vi))
        py = vi * resid  # P y without forming the m x m projection P
        pty_py = float(py @ py)
        if self.method == "ML":
            s = -0.5 * float(np.sum(vi)) + 0.5 * pty_py
            return s / (0.5 * float(np.sum(vi**2)))
        # REML: tr(P) and tr(P P) through p x p matrices, P = V^-1 - V^-1 X Q X' V^-1
        c2 = Q @ ((X.T * vi**2) @ X)
        c3 = Q @ ((X.T * vi**3) @ X)
        tr_p = float(np.sum(vi)) - float(np.trace(c2))
        tr_pp = float(np.sum(vi**2)) - 2.0 * float(np.trace(c3)) + float(np.sum(c2 * c2.T))
        s = -0.5 * tr_p + 0.5 * pty_py
        return s / (0.5 * tr_pp)
