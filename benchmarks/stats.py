"""How fast are the direct-estimate SEs and the Fay–Herriot fits at national scale?

Run from the repository root::

    .venv/bin/pip install -e ".[bench]"     # pandas: a benchmark-only dependency
    .venv/bin/python benchmarks/stats.py

Generates a synthetic sample (fixed seed) of 500,000 person records in 17 strata (시도),
about 10,000 PSUs and 229 domains (시군구, each inside one stratum; a PSU mostly holds people of
one 시군구), then times

* the Taylor-linearised SEs of domain ratios (employment rate 15–64) and domain means with
  ``goyong.labourstats.engine.direct``, design construction included, against a
  straightforward pandas ``groupby`` implementation of the same estimator measured in the same
  run (the two must agree to 1e-8 relative);
* Fay–Herriot REML fits (``goyong.labourstats.engine.fayherriot``) for 229 areas × 3 groups
  (youth 15–29, women 15–64, older 55–64), three separate fits with a 시도 factor and one
  numeric covariate.

Each timing is the best of several runs (``time.perf_counter``); the median is printed beside.
Budgets from issue 3: Taylor SEs ≤ 0.5 s, Fay–Herriot 229 × 3 ≤ 0.2 s, on the 2-core machine.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from goyong.labourstats.engine.direct import DomainEstimator, SurveyDesign  # noqa: E402
from goyong.labourstats.engine.fayherriot import FayHerriot, design_matrix  # noqa: E402

N_PERSONS = 500_000
N_STRATA = 17
N_PSU = 10_000
N_DOMAINS = 229
SEED = 20140415


def synthetic_sample(seed: int = SEED) -> dict[str, np.ndarray]:
    """Person records with stratum, PSU, weight, domain, sex, age and employment status."""
    rng = np.random.default_rng(seed)
    domain_stratum = np.sort(
        np.concatenate([np.arange(N_STRATA), rng.integers(0, N_STRATA, N_DOMAINS - N_STRATA)])
    )
    psu_domain = rng.integers(0, N_DOMAINS, N_PSU)
    psu_stratum = domain_stratum[psu_domain]
    psu = rng.integers(0, N_PSU, N_PERSONS)
    stratum = psu_stratum[psu]
    # 90% live in the PSU's 시군구, the rest in another 시군구 of the same 시도
    domain = psu_domain[psu].copy()
    movers = np.flatnonzero(rng.random(N_PERSONS) < 0.1)
    for h in range(N_STRATA):
        in_h = movers[stratum[movers] == h]
        choices = np.flatnonzero(domain_stratum == h)
        domain[in_h] = rng.choice(choices, in_h.size)
    age = rng.integers(15, 90, N_PERSONS)
    sex = rng.integers(1, 3, N_PERSONS)
    base = 0.55 + 0.2 * rng.random(N_DOMAINS)
    p_emp = base[domain] - 0.15 * ((age < 30) | (age > 54)) - 0.08 * (sex == 2)
    employed = rng.random(N_PERSONS) < np.clip(p_emp, 0.05, 0.95)
    weight = rng.uniform(50, 400, N_PERSONS) * (1 + stratum / 10)
    income = rng.gamma(2.0, 150.0, N_PERSONS) * employed
    return {
        "stratum": stratum,
        "psu": psu,
        "weight": weight,
        "domain": domain,
        "age": age,
        "sex": sex,
        "pop15_64": ((age >= 15) & (age <= 64)).astype(np.float64),
        "employed15_64": (employed & (age <= 64)).astype(np.float64),
        "income": income,
    }


def engine_ratio(s: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    design = SurveyDesign(s["weight"], strata=s["stratum"], psu=s["psu"])
    r = DomainEstimator(design).ratio(s["employed15_64"], s["pop15_64"], s["domain"])
    return r.estimate_, r.se_


def engine_mean(s: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    design = SurveyDesign(s["weight"], strata=s["stratum"], psu=s["psu"])
    r = DomainEstimator(design).mean(s["income"], s["domain"])
    return r.estimate_, r.se_


def pandas_taylor(
    s: dict[str, np.ndarray], num: str, den: str | None
) -> tuple[np.ndarray, np.ndarray]:
    """Straightforward pandas: linearise, sum by domain × PSU, centre within strata."""
    import pandas as pd

    df = pd.DataFrame(
        {
            "w": s["weight"],
            "y": s[num],
            "x": s[den] if den else np.ones(len(s["weight"])),
            "domain": s["domain"],
            "stratum": s["stratum"],
            "psu": s["psu"],
        }
    )
    df["wy"] = df.w * df.y
    df["wx"] = df.w * df.x
    sums = df.groupby("domain")[["wy", "wx"]].sum()
    est = sums.wy / sums.wx
    df["z"] = df.w * (df.y - df.domain.map(est) * df.x) / df.domain.map(sums.wx)
    psu_stratum = df.groupby("psu")["stratum"].first()
    t = df.groupby(["domain", "psu"])["z"].sum().unstack(fill_value=0.0)
    t = t.reindex(columns=psu_stratum.index, fill_value=0.0).T  # PSU x domain
    by_stratum = t.groupby(psu_stratum)
    dev = t - by_stratum.transform("mean")
    ss = (dev**2).groupby(psu_stratum).sum()
    n_h = by_stratum.size()
    var = ss.mul(n_h / (n_h - 1), axis=0).sum()
    return est.to_numpy(), np.sqrt(var.to_numpy())


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times), result


def fay_herriot_inputs(s: dict[str, np.ndarray]) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    design = SurveyDesign(s["weight"], strata=s["stratum"], psu=s["psu"])
    estimator = DomainEstimator(design)
    domain_stratum = np.zeros(N_DOMAINS, dtype=np.int64)
    domain_stratum[s["domain"]] = s["stratum"]
    age, sex = s["age"], s["sex"]
    groups = {
        "youth": (age >= 15) & (age <= 29),
        "women": (sex == 2) & (age <= 64),
        "older": (age >= 55) & (age <= 64),
    }
    total_rate = estimator.ratio(s["employed15_64"], s["pop15_64"], s["domain"]).estimate_
    inputs = []
    for mask in groups.values():
        r = estimator.ratio(s["employed15_64"] * mask, mask.astype(np.float64), s["domain"])
        X, _ = design_matrix(
            {"sido": domain_stratum, "rate_total": total_rate}, categorical=["sido"]
        )
        inputs.append((r.estimate_, r.se_**2, X))
    return inputs


def machine() -> str:
    """Commit, cores, memory and Python/numpy versions, as benchmarks/README.md asks."""
    import os
    import platform
    import subprocess

    try:
        commit = subprocess.run(  # noqa: S603
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        commit = "unknown"
    mem = ""
    try:
        with open("/proc/meminfo") as fh:
            mem = f", {int(fh.readline().split()[1]) / 2**20:.1f} GiB"
    except OSError:
        pass
    return (
        f"commit {commit or 'unknown'}; {os.cpu_count()} cores{mem}; "
        f"Python {platform.python_version()}, numpy {np.__version__}"
    )


def main() -> None:
    print(machine())
    print("command: .venv/bin/python benchmarks/stats.py")
    s = synthetic_sample()
    n_psu = len(np.unique(s["psu"]))
    print(
        f"sample: {N_PERSONS:,} persons, {len(np.unique(s['stratum']))} strata, {n_psu:,} PSUs, "
        f"{len(np.unique(s['domain']))} domains"
    )

    for label, engine, num, den in (
        (
            "taylor_se_500k (ratio: employment rate 15-64)",
            engine_ratio,
            "employed15_64",
            "pop15_64",
        ),
        ("taylor_se_500k (mean: income)", engine_mean, "income", None),
    ):
        best, median, (est, se) = timed(lambda engine=engine: engine(s), repeat=7)
        pbest, pmedian, (pest, pse) = timed(
            lambda num=num, den=den: pandas_taylor(s, num, den), repeat=3
        )
        np.testing.assert_allclose(est, pest, rtol=1e-8)
        np.testing.assert_allclose(se, pse, rtol=1e-8)
        print(
            f"{label}: {best:.3f} s (median {median:.3f} s; pandas baseline {pbest:.2f} s, "
            f"median {pmedian:.2f} s; ratio {pbest / best:.1f}x) budget 0.5 s: "
            f"{'OK' if best <= 0.5 else 'OVER'}"
        )

    inputs = fay_herriot_inputs(s)
    for tol, name in ((1e-4, "sae default tol 1e-4"), (1e-10, "tol 1e-10")):

        def fit_all(tol: float = tol) -> list[FayHerriot]:
            return [FayHerriot("REML", tol=tol, max_iter=500).fit(y, v, X) for y, v, X in inputs]

        best, median, fits = timed(fit_all, repeat=20)
        assert all(f.converged_ for f in fits)
        print(
            f"fay_herriot_229x3 (REML, {name}): {best:.4f} s (median {median:.4f} s; "
            f"iterations {[f.n_iter_ for f in fits]}) budget 0.2 s: "
            f"{'OK' if best <= 0.2 else 'OVER'}"
        )


if __name__ == "__main__":
    main()
