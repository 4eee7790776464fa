"""Fay–Herriot engine against R sae 1.3 (eblupFH/mseFH) on sae's `milk` data.

Reference values: tests/labourstats/reference/fh_milk_{areas,params}.csv, produced by running
sae 1.3's own R code (CRAN mirror github.com/cran/sae, commit c5904ed) under Debian R 4.2.2;
see tests/labourstats/reference/README.md. "tight" rows used PRECISION=1e-13, MAXITER=1000
(fully converged); "default" rows used sae's defaults PRECISION=1e-4, MAXITER=100.
"""

from __future__ import annotations

import csv
import warnings
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest

from goyong.labourstats.engine.fayherriot import ConvergenceWarning, FayHerriot, design_matrix

REFERENCE = Path(__file__).resolve().parent.parent / "reference"
TOL = 1e-8  # relative, against the converged sae reference (issue 3)


def _milk() -> dict[str, np.ndarray]:
    with (REFERENCE / "milk.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    return {
        key: np.array([float(r[key]) for r in rows])
        for key in ("SmallArea", "ni", "yi", "SD", "MajorArea", "var")
    }


def _reference(model: str, method: str, precision: str) -> tuple[dict[str, np.ndarray], dict]:
    areas: dict[str, list[float]] = defaultdict(list)
    with (REFERENCE / "fh_milk_areas.csv").open() as fh:
        for r in csv.DictReader(fh):
            if (r["model"], r["method"], r["precision"]) == (model, method, precision):
                areas["eblup"].append(float(r["eblup"]))
                areas["mse"].append(float(r["mse"]))
    params: dict[str, tuple[float, float]] = {}
    with (REFERENCE / "fh_milk_params.csv").open() as fh:
        for r in csv.DictReader(fh):
            if (r["model"], r["method"], r["precision"]) == (model, method, precision):
                se = float(r["std_error"]) if r["std_error"] != "NA" else float("nan")
                params[r["name"]] = (float(r["value"]), se)
    return {k: np.array(v) for k, v in areas.items()}, params


def _design(milk: dict[str, np.ndarray], model: str) -> np.ndarray:
    columns: dict[str, np.ndarray] = {}
    if model == "numeric_factor":
        columns["ni"] = milk["ni"]
    columns["MajorArea"] = milk["MajorArea"]
    X, _ = design_matrix(columns, categorical=["MajorArea"])
    return X


@pytest.mark.parametrize("model", ["factor", "numeric_factor"])
@pytest.mark.parametrize("method", ["REML", "ML", "FH"])
def test_converged_fit_matches_sae(model: str, method: str) -> None:
    # given the milk data, yi ~ [ni +] as.factor(MajorArea), vardir = SD^2
    milk = _milk()
    X = _design(milk, model)
    ref_areas, ref_params = _reference(model, method, "tight")

    # when
    fit = FayHerriot(method=method, tol=1e-13, max_iter=1000).fit(milk["yi"], milk["var"], X)

    # then: EBLUP, MSE, sigma2u, beta and its SEs, goodness of fit to 1e-8 relative
    assert fit.converged_
    np.testing.assert_allclose(fit.eblup_, ref_areas["eblup"], rtol=TOL, atol=0)
    np.testing.assert_allclose(fit.mse_, ref_areas["mse"], rtol=TOL, atol=0)
    np.testing.assert_allclose(fit.sigma2u_, ref_params["refvar"][0], rtol=TOL)
    betas = [v for k, v in ref_params.items() if k.startswith("X")]
    np.testing.assert_allclose(fit.beta_, [b for b, _ in betas], rtol=TOL)
    np.testing.assert_allclose(fit.beta_se_, [s for _, s in betas], rtol=TOL)
    np.testing.assert_allclose(
        [fit.loglike_, fit.aic_, fit.bic_],
        [ref_params["loglike"][0], ref_params["AIC"][0], ref_params["BIC"][0]],
        rtol=TOL,
    )


@pytest.mark.parametrize("method", ["REML", "ML", "FH"])
def test_default_precision_reproduces_sae_iterations(method: str) -> None:
    # given sae's default stopping rule (PRECISION=1e-4, MAXITER=100)
    milk = _milk()
    X = _design(milk, "factor")
    ref_areas, ref_params = _reference("factor", method, "default")

    # when
    fit = FayHerriot(method=method).fit(milk["yi"], milk["var"], X)

    # then the same number of steps and the same early-stopped estimates
    assert fit.n_iter_ == int(ref_params["iterations"][0])
    np.testing.assert_allclose(fit.sigma2u_, ref_params["refvar"][0], rtol=1e-9)
    np.testing.assert_allclose(fit.eblup_, ref_areas["eblup"], rtol=TOL)
    np.testing.assert_allclose(fit.mse_, ref_areas["mse"], rtol=TOL)


def test_published_example_value() -> None:
    # given sae's documented example eblupFH(yi ~ as.factor(MajorArea), SD^2) on milk;
    # the sae 1.3 output prints refvar 0.01855022 (8 significant digits)
    milk = _milk()
    X = _design(milk, "factor")

    # when
    fit = FayHerriot().fit(milk["yi"], milk["var"], X)

    # then
    assert round(fit.sigma2u_, 8) == 0.01855022


def test_design_matrix_treatment_contrasts() -> None:
    # given a numeric column and a factor with string levels
    columns = {"x": [1.5, 2.0, 3.0, 4.0], "group": ["youth", "older", "women", "older"]}

    # when
    X, names = design_matrix(columns, categorical=["group"])

    # then levels are sorted and the first ("older") is the reference
    assert names == ["(Intercept)", "x", "group[women]", "group[youth]"]
    np.testing.assert_array_equal(
        X,
        [[1, 1.5, 0, 1], [1, 2.0, 0, 0], [1, 3.0, 1, 0], [1, 4.0, 0, 0]],
    )


def test_zero_sampling_variance_is_refused() -> None:
    # given an area whose direct estimate has zero variance
    milk = _milk()
    X = _design(milk, "factor")
    var = milk["var"].copy()
    var[4] = 0.0

    # when / then
    with pytest.raises(ValueError, match="positions \\[4\\]"):
        FayHerriot().fit(milk["yi"], var, X)


def test_non_convergence_warns_and_flags() -> None:
    # given one step only and a tolerance that cannot be met in one step
    milk = _milk()
    X = _design(milk, "factor")

    # when
    with pytest.warns(ConvergenceWarning, match="did not converge"):
        fit = FayHerriot(max_iter=1, tol=1e-13).fit(milk["yi"], milk["var"], X)

    # then
    assert not fit.converged_
    assert fit.n_iter_ == 1


def test_converged_fit_does_not_warn() -> None:
    # given / when
    milk = _milk()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fit = FayHerriot(method="FH", tol=1e-12).fit(
            milk["yi"], milk["var"], _design(milk, "factor")
        )

    # then
    assert fit.converged_


def test_unknown_method_is_refused() -> None:
    milk = _milk()
    with pytest.raises(ValueError, match="must be"):
        FayHerriot(method="GLS").fit(milk["yi"], milk["var"], _design(milk, "factor"))  # type: ignore[arg-type]


@pytest.mark.parametrize("method", ["ML", "FH"])
def test_variance_truncated_at_zero_matches_sae(method: str) -> None:
    # given sampling variances six times milk's, so that the area-effect variance estimate
    # goes negative and sae truncates it to 0 (rows "factor_var_x6" of the reference)
    milk = _milk()
    X = _design(milk, "factor")
    ref_areas, ref_params = _reference("factor_var_x6", method, "tight")

    # when
    fit = FayHerriot(method=method, tol=1e-13, max_iter=1000).fit(milk["yi"], 6 * milk["var"], X)

    # then the EBLUP is the regression-synthetic estimate and the MSE keeps sae's terms.
    # (The number of steps is not compared: once the iterates go negative they are
    # sensitive to rounding; sae takes 79 FH steps here, numpy takes another count.)
    assert fit.converged_
    assert fit.sigma2u_ == ref_params["refvar"][0] == 0.0
    np.testing.assert_allclose(fit.eblup_, ref_areas["eblup"], rtol=TOL, atol=0)
    np.testing.assert_allclose(fit.eblup_, fit.synthetic_, rtol=0, atol=0)
    np.testing.assert_allclose(fit.mse_, ref_areas["mse"], rtol=TOL, atol=0)
    np.testing.assert_allclose(fit.loglike_, ref_params["loglike"][0], rtol=TOL)


def test_reml_non_convergence_as_sae() -> None:
    # given the same data, where sae's REML scoring does not converge in 1000 steps
    # (sae: convergence FALSE, iterations 1000, "The fitting method does not converge.")
    milk = _milk()
    X = _design(milk, "factor")
    _, ref_params = _reference("factor_var_x6", "REML", "tight")

    # when
    with pytest.warns(ConvergenceWarning, match="did not converge in 1000 iterations"):
        fit = FayHerriot(tol=1e-13, max_iter=1000).fit(milk["yi"], 6 * milk["var"], X)

    # then
    assert ref_params["convergence"][0] == 0.0
    assert not fit.converged_
    assert fit.n_iter_ == int(ref_params["iterations"][0]) == 1000


def _brute_force_reml(y: np.ndarray, psi: np.ndarray, X: np.ndarray) -> dict[str, np.ndarray]:
    """Independent check: REML score root by bracketing, then textbook formulas.

    Explicit m x m matrices (V, P) rather than the engine's p x p shortcuts; the score
    -tr(P)/2 + y'PPy/2 is solved with scipy's brentq to xtol 1e-15 (Rao and Molina 2015,
    Small Area Estimation, sections 6.1.2 and 6.2.1).
    """
    from scipy.optimize import brentq

    def p_matrix(a: float) -> np.ndarray:
        vinv = np.diag(1.0 / (a + psi))
        return vinv - vinv @ X @ np.linalg.solve(X.T @ vinv @ X, X.T @ vinv)

    def score(a: float) -> float:
        P = p_matrix(a)
        return float(-0.5 * np.trace(P) + 0.5 * y @ P @ P @ y)

    a = brentq(score, 1e-6, 1.0, xtol=1e-15, rtol=1e-15)
    vinv = np.diag(1.0 / (a + psi))
    cov_beta = np.linalg.inv(X.T @ vinv @ X)
    beta = cov_beta @ X.T @ vinv @ y
    gamma = a / (a + psi)
    eblup = gamma * y + (1 - gamma) * (X @ beta)
    g1 = gamma * psi
    g2 = (1 - gamma) ** 2 * np.einsum("ij,jk,ik->i", X, cov_beta, X)
    var_a = 2.0 / np.sum(1.0 / (a + psi) ** 2)
    g3 = psi**2 / (a + psi) ** 3 * var_a
    return {"sigma2u": np.array(a), "eblup": eblup, "mse": g1 + g2 + 2 * g3}


@pytest.mark.parametrize("model", ["factor", "numeric_factor"])
def test_reml_matches_independent_brute_force(model: str) -> None:
    # given
    milk = _milk()
    X = _design(milk, model)
    expected = _brute_force_reml(milk["yi"], milk["var"], X)

    # when
    fit = FayHerriot("REML", tol=1e-13, max_iter=1000).fit(milk["yi"], milk["var"], X)

    # then
    np.testing.assert_allclose(fit.sigma2u_, expected["sigma2u"], rtol=1e-9)
    np.testing.assert_allclose(fit.eblup_, expected["eblup"], rtol=TOL, atol=0)
    np.testing.assert_allclose(fit.mse_, expected["mse"], rtol=TOL, atol=0)
