"""How fast are 강소기업 screening and hiring-potential training at national scale?

Run from the repository root::

    .venv/bin/python benchmarks/employers.py

* Screening: 500,000 synthetic companies (fixed seed, ``engine.screening.synthetic``) under
  the 2019 rule set with ``goyong.employers.engine.screening.screen`` (numpy, vectorised),
  against ``screen_loop``, the same rules as a straightforward per-company Python loop,
  measured in the same run on the same companies (the two must agree company by company).
* Training: one region's hiring-potential model (Poisson ridge by Newton/IRLS,
  ``engine.potential.fit_origins``) on 100,000 simulated companies × 48 months (a region the
  size of 경기, two training origins = 200,000 rows), against the same penalised likelihood
  minimised by ``scipy.optimize.minimize`` (L-BFGS-B) as the generic baseline; then the
  full back-test of that region (training, test, captured shares, random rankings).

Timings are medians of several runs (``time.perf_counter``); the loop baseline runs once.
Budgets from issue 5: screening 500,000 companies ≤ 10 s; training one region ≤ 30 s, on the
2-core machine. The database reads that feed the engines are not included.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from scipy import optimize

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from goyong.employers.engine import potential, screening  # noqa: E402

N_COMPANIES = 500_000
REGION_COMPANIES = 100_000
MONTHS = 48
RULES = json.loads((Path(__file__).resolve().parent.parent / "goyong" / "employers" / "data"
                    / "screening_rules.json").read_text(encoding="utf-8"))
REFERENCE = dt.date(2018, 12, 31)


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times), result


def machine() -> str:
    import os
    import platform
    import subprocess

    try:
        commit = subprocess.run(  # noqa: S603
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
            capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        commit = "unknown"
    mem = ""
    try:
        with open("/proc/meminfo") as fh:
            mem = f", {int(fh.readline().split()[1]) / 2**20:.1f} GiB"
    except OSError:
        pass
    return (f"commit {commit or 'unknown'}; {os.cpu_count()} cores{mem}; "
            f"Python {platform.python_version()}, numpy {np.__version__}")


def scipy_fit(x: np.ndarray, y: np.ndarray, alpha: float = 1.0) -> np.ndarray:
    """The same penalised Poisson likelihood, minimised by a generic optimiser."""
    penalty = np.full(x.shape[1], alpha)
    penalty[0] = 0.0
    return np.asarray(optimize.minimize(lambda b: objective(x, y, b, penalty), start_of(y, x),
                                        jac=True, method="L-BFGS-B",
                                        options={"maxiter": 5000}).x)


def start_of(y: np.ndarray, x: np.ndarray) -> np.ndarray:
    start = np.zeros(x.shape[1])
    start[0] = np.log(max(y.mean(), 1e-3))
    return start


def objective(x: np.ndarray, y: np.ndarray, beta: np.ndarray,
              penalty: np.ndarray) -> tuple[float, np.ndarray]:
    """Penalised Poisson negative log-likelihood (up to a constant) and its gradient."""
    eta = np.clip(x @ beta, -30, 30)
    mu = np.exp(eta)
    value = float(np.sum(mu - y * eta) + 0.5 * np.sum(penalty * beta ** 2))
    grad = x.T @ (mu - y) + penalty * beta
    return value, grad


def main() -> None:
    print(machine())
    print("command: .venv/bin/python benchmarks/employers.py")

    companies = screening.synthetic(N_COMPANIES, seed=2019)
    rules = RULES["2019"]
    best, median, outcome = timed(lambda: screening.screen(companies, rules, REFERENCE), 5)
    records = [companies.record(i) for i in range(N_COMPANIES)]
    loop_start = time.perf_counter()
    looped = screening.screen_loop(records, rules, REFERENCE)
    loop_time = time.perf_counter() - loop_start
    agree = (np.array([r[0] for r in looped]) == outcome.passed).all() and (
        np.array([r[2] for r in looped]) == outcome.youth_friendly).all()
    print(f"screening {N_COMPANIES:,} companies (2019 rules): numpy median {median:.3f} s "
          f"(best {best:.3f} s), budget 10 s: {'OK' if median <= 10 else 'OVER'}")
    print(f"  per-company Python loop (same run): {loop_time:.2f} s; ratio loop/numpy "
          f"{loop_time / median:.1f}x; results agree: {bool(agree)}; "
          f"passed {int(outcome.passed.sum()):,}, youth-friendly "
          f"{int(outcome.youth_friendly.sum()):,}")

    panel, _extra = potential.simulate(REGION_COMPANIES, MONTHS, seed=31)
    lags = potential.lags_for(MONTHS)
    origins = [MONTHS - 12, MONTHS - 6]
    x = np.vstack([potential.features(panel, t, lags) for t in origins])
    y = np.concatenate([potential.target(panel, t) for t in origins])
    best, median, model = timed(lambda: potential.fit_origins(panel, origins, lags), 3)
    scipy_start = time.perf_counter()
    beta = scipy_fit(x, y)
    scipy_time = time.perf_counter() - scipy_start
    penalty = np.full(x.shape[1], 1.0)
    penalty[0] = 0.0
    ours, theirs = objective(x, y, model.coef_, penalty)[0], objective(x, y, beta, penalty)[0]
    print(f"training one region ({REGION_COMPANIES:,} companies x {MONTHS} months, "
          f"{x.shape[0]:,} rows x {x.shape[1]} features): Newton/IRLS median {median:.3f} s "
          f"(best {best:.3f} s, {model.n_iter_} iterations), budget 30 s: "
          f"{'OK' if median <= 30 else 'OVER'}")
    print(f"  scipy L-BFGS-B on the same objective (same run): {scipy_time:.2f} s; ratio "
          f"{scipy_time / median:.1f}x; objective Newton {ours:,.1f} vs scipy {theirs:,.1f} "
          f"(lower is better)")
    bt_start = time.perf_counter()
    result = potential.backtest(panel)
    bt_time = time.perf_counter() - bt_start
    print(f"  full back-test of that region: {bt_time:.2f} s; RMSE {result.rmse:.2f}; "
          f"top 10% captures {100 * result.top10:.1f}% (random {100 * result.random10:.1f}%), "
          f"top 20% {100 * result.top20:.1f}% (random {100 * result.random20:.1f}%)")


if __name__ == "__main__":
    main()
