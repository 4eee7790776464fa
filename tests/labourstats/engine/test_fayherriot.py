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
