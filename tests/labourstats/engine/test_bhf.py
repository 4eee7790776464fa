"""Battese–Harter–Fuller unit-level model against an independent dense computation.

Reference: the REML criterion written out with the full n × n covariance matrix
(V = σ²ₑI + σ²ᵤZZ', log|V|, log|X'V⁻¹X| and r'V⁻¹r by numpy's dense algebra, no per-area
shortcuts), maximised with a different optimiser (bounded L-BFGS-B on the variances
themselves, then a fine 1-D search on the ratio); BLUPs from u = σ²ᵤZ'V⁻¹(y − Xβ).
Tolerances: variances 1e-5 relative (optimiser stops), β and EBLUPs at the engine's
variances 1e-10 relative (pure algebra)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import optimize

from goyong.labourstats.engine.bhf import BatteseHarterFuller


def _data():
    rng = np.random.default_rng(1988)
    sizes = [1, 1, 1, 2, 3, 3, 3, 3, 4, 5, 5, 6]  # BHF's 12 counties, 37 segments
    area = np.repeat(np.arange(12), sizes)
    n = len(area)
    x1 = rng.uniform(100, 500, n)
    x2 = rng.uniform(0, 300, n)
    u = rng.normal(0, 12, 12)[area]
    y = 50 + 0.33 * x1 - 0.13 * x2 + u + rng.normal(0, 15, n)
    X = np.column_stack([np.ones(n), x1, x2])
    return y, X, area


def _dense_neg_reml(s2u, s2e, y, X, Z):
    V = s2e * np.eye(len(y)) + s2u * Z @ Z.T
    Vi = np.linalg.inv(V)
    xvx = X.T @ Vi @ X
    beta = np.linalg.solve(xvx, X.T @ Vi @ y)
    r = y - X @ beta
    return 0.5 * (np.linalg.slogdet(V)[1] + np.linalg.slogdet(xvx)[1] + r @ Vi @ r)


def test_reml_fit_and_eblups_match_the_dense_computation():
    # given
    y, X, area = _data()
    Z = (area[:, None] == np.arange(12)[None, :]).astype(float)
    # when
    fit = BatteseHarterFuller().fit(y, X, area)
    # then the variances maximise the dense REML criterion
    ref = optimize.minimize(lambda v: _dense_neg_reml(v[0], v[1], y, X, Z), [50.0, 50.0],
                            method="L-BFGS-B", bounds=[(1e-8, None), (1e-8, None)],
                            options={"ftol": 1e-16, "gtol": 1e-12, "maxiter": 2000})
    ref = optimize.minimize(lambda v: _dense_neg_reml(v[0], v[1], y, X, Z), ref.x,
                            method="Nelder-Mead",
                            options={"xatol": 1e-12, "fatol": 1e-15, "maxiter": 5000})
    assert fit.sigma2u_ == pytest.approx(ref.x[0], rel=1e-5)
    assert fit.sigma2e_ == pytest.approx(ref.x[1], rel=1e-5)
    assert -_dense_neg_reml(fit.sigma2u_, fit.sigma2e_, y, X, Z) >= -ref.fun - 1e-9
    # … and β and the area effects are the dense GLS/BLUP at those variances
    V = fit.sigma2e_ * np.eye(len(y)) + fit.sigma2u_ * Z @ Z.T
    Vi = np.linalg.inv(V)
    beta = np.linalg.solve(X.T @ Vi @ X, X.T @ Vi @ y)
    u = fit.sigma2u_ * Z.T @ Vi @ (y - X @ beta)
    np.testing.assert_allclose(fit.beta_, beta, rtol=1e-10)
    np.testing.assert_allclose(fit.u_, u, rtol=1e-9, atol=1e-9)
    # EBLUP of the means: X̄'β + u without population sizes; sae's finite-population form
    # with them: (Σ_sample y + (N − n)(x̄_r'β + u)) / N
    Xbar = np.column_stack([np.ones(12), np.linspace(250, 350, 12), np.linspace(100, 200, 12)])
    plain = fit.predict_means(np.arange(12), Xbar)
    np.testing.assert_allclose(plain, Xbar @ beta + u, rtol=1e-10)
    N = np.full(12, 500.0)
    finite = fit.predict_means(np.arange(12), Xbar, population=N)
    for i in range(12):
        sample = area == i
        xr = (N[i] * Xbar[i] - X[sample].sum(axis=0)) / (N[i] - sample.sum())
        expected = (y[sample].sum() + (N[i] - sample.sum()) * (xr @ beta + u[i])) / N[i]
        assert finite[i] == pytest.approx(expected, rel=1e-10)


def test_unsampled_area_gets_the_synthetic_mean():
    y, X, area = _data()
    fit = BatteseHarterFuller().fit(y, X, area)
    xbar = np.array([[1.0, 300.0, 150.0]])
    assert fit.predict_means(np.array([99]), xbar)[0] == pytest.approx(
        float(xbar[0] @ fit.beta_), rel=1e-12)
