"""Hiring potential after La Bonne Boîte: predict each company's hires in the next six
months from its past hires and headcount, plus industry and season (numpy; no Django).

The model is a Poisson regression (log link) with a ridge penalty, fitted by Newton's method
(IRLS) on one region's companies. Features at a prediction origin t (a month index):
log1p of the hires in each of the K six-month periods before t, log1p of the headcount at
t−1, the 12-month change in log headcount, KSIC 대분류 indicators and the calendar quarter of
t. Back-test as LBB's `compute_score`: train on targets two years back, test on the last
year's targets; report RMSE and the share of actual hires captured by the top 10% / 20% of
companies against random ranking. Guardrails refuse a run whose error or score drift is too
large. Predicted hires stay internal; `to_score` turns them into 0–100 and stars."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

HORIZON = 6
N_SECTIONS = 21
# Hires per six months that score 100 (log scale below it); LBB keeps its breakpoints secret,
# these are ours.
HIRES_FOR_FULL_SCORE = 40.0


@dataclass
class Panel:
    """Monthly hires and insured headcount of one region's companies: arrays (n, T)."""

    hires: FloatArray
    headcount: FloatArray
    section: IntArray          # 0..20, -1 unknown
    first_month: int           # calendar month (1–12) of column 0

    @property
    def months(self) -> int:
        return int(self.hires.shape[1])

    def __len__(self) -> int:
        return int(self.hires.shape[0])


def lags_for(months: int) -> int:
    """How many six-month lag periods the back-test can use: training origins start two
    years back and need K periods before them."""
    return max(1, min(4, (months - 24) // HORIZON))


def features(panel: Panel, origin: int, lags: int) -> FloatArray:
    """Design matrix (n, p) at an origin (predicting hires in months origin..origin+5)."""
    n = len(panel)
    cols: list[FloatArray] = [np.ones(n)]
    for k in range(lags):
        start, end = origin - HORIZON * (k + 1), origin - HORIZON * k
        cols.append(np.log1p(panel.hires[:, max(start, 0):end].sum(axis=1)))
    last = np.log1p(panel.headcount[:, origin - 1])
    cols.append(last)
    year_ago = np.log1p(panel.headcount[:, max(origin - 13, 0)])
    cols.append(last - year_ago)
    onehot = np.zeros((n, N_SECTIONS))
    known = panel.section >= 0
    onehot[np.flatnonzero(known), panel.section[known]] = 1.0
    cols.extend(onehot.T)
    quarter = ((panel.first_month - 1 + origin) % 12) // 3
    for q in range(1, 4):
        cols.append(np.full(n, 1.0 if quarter == q else 0.0))
    return np.column_stack(cols)


def target(panel: Panel, origin: int) -> FloatArray:
    return np.asarray(panel.hires[:, origin:origin + HORIZON].sum(axis=1), dtype=np.float64)


@dataclass
class PoissonRidge:
    """Poisson regression, log link, L2 penalty `alpha` on all but the intercept."""

    alpha: float = 1.0
    max_iter: int = 50
    tol: float = 1e-8
    coef_: FloatArray = field(default_factory=lambda: np.zeros(0))
    n_iter_: int = 0

    def fit(self, x: FloatArray, y: FloatArray) -> PoissonRidge:
        p = x.shape[1]
        penalty = np.full(p, self.alpha)
        penalty[0] = 0.0
        beta = np.zeros(p)
        beta[0] = math.log(max(float(y.mean()), 1e-3))
        iteration = 0
        while iteration < self.max_iter:
            iteration += 1
            eta = np.clip(x @ beta, -30, 30)
            mu = np.exp(eta)
            gradient = x.T @ (y - mu) - penalty * beta
            hessian = (x * mu[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(p)
            step = np.linalg.solve(hessian, gradient)
            beta = beta + step
            if float(np.max(np.abs(step))) < self.tol:
                break
        self.coef_ = beta
        self.n_iter_ = iteration
        return self

    def predict(self, x: FloatArray) -> FloatArray:
        return np.asarray(np.exp(np.clip(x @ self.coef_, -30, 30)), dtype=np.float64)


def fit_origins(panel: Panel, origins: list[int], lags: int, alpha: float = 1.0) -> PoissonRidge:
    x = np.vstack([features(panel, t, lags) for t in origins])
    y = np.concatenate([target(panel, t) for t in origins])
    return PoissonRidge(alpha=alpha).fit(x, y)


def captured_share(predicted: FloatArray, actual: FloatArray, top: float) -> float:
    """Share of all actual hires made by the top `top` fraction of companies ranked by
    prediction (ties broken by position, so a constant prediction ranks like random)."""
    total = float(actual.sum())
    if total <= 0:
        return 0.0
    k = max(1, int(math.ceil(top * len(actual))))
    order = np.argsort(-predicted, kind="stable")
    return float(actual[order[:k]].sum()) / total


def random_share(actual: FloatArray, top: float, draws: int = 200, seed: int = 0) -> float:
    """Mean captured share of random rankings (expected value: about `top`)."""
    total = float(actual.sum())
    if total <= 0:
        return 0.0
    rng = np.random.default_rng(seed)
    k = max(1, int(math.ceil(top * len(actual))))
    # Each row a random ranking: the first k of a random permutation.
    picks = np.argsort(rng.random((draws, len(actual))), axis=1)[:, :k]
    return float(actual[picks].sum(axis=1).mean()) / total


@dataclass
class Backtest:
    rmse: float
    mae: float
    mean_actual: float
    top10: float
    top20: float
    random10: float
    random20: float
    naive10: float             # ranking by the last six months' hires, for reference
    naive20: float
    companies: int
    train_origins: list[int]
    test_origins: list[int]
    lags: int

    @property
    def beats_random(self) -> bool:
        return self.top10 > self.random10 and self.top20 > self.random20

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def backtest(panel: Panel, alpha: float = 1.0, seed: int = 0) -> Backtest:
    """Train on targets in the year two years back, test on the last year's targets."""
    months = panel.months
    if months < 30:
        raise ValueError("at least 30 months of history are needed for a back-test")
    lags = lags_for(months)
    train_origins = [t for t in (months - 24, months - 18) if t >= 1]
    test_origins = [months - 12, months - 6]
    model = fit_origins(panel, train_origins, lags, alpha)
    predicted, actual, naive = [], [], []
    for t in test_origins:
        predicted.append(model.predict(features(panel, t, lags)))
        actual.append(target(panel, t))
        naive.append(panel.hires[:, t - HORIZON:t].sum(axis=1))
    p, a = np.concatenate(predicted), np.concatenate(actual)
    share = {top: float(np.mean([captured_share(pp, aa, top)
                                 for pp, aa in zip(predicted, actual, strict=True)]))
             for top in (0.1, 0.2)}
    draws = 200 if len(panel) <= 10_000 else 20  # the mean is ~`top` either way
    rand = {top: float(np.mean([random_share(aa, top, draws=draws, seed=seed)
                                for aa in actual]))
            for top in (0.1, 0.2)}
    naive_share = {top: float(np.mean([captured_share(nn, aa, top)
                                       for nn, aa in zip(naive, actual, strict=True)]))
                   for top in (0.1, 0.2)}
    return Backtest(
        rmse=float(np.sqrt(np.mean((p - a) ** 2))), mae=float(np.mean(np.abs(p - a))),
        mean_actual=float(a.mean()), top10=share[0.1], top20=share[0.2],
        random10=rand[0.1], random20=rand[0.2], naive10=naive_share[0.1],
        naive20=naive_share[0.2], companies=len(panel), train_origins=train_origins,
        test_origins=test_origins, lags=lags)


def predict_next(panel: Panel, alpha: float = 1.0) -> FloatArray:
    """Hires expected in the six months after the panel's last month, by a model trained on
    the targets of the last year."""
    months = panel.months
    lags = lags_for(months)
    model = fit_origins(panel, [months - 12, months - 6], lags, alpha)
    return model.predict(features(panel, months, lags))


def to_score(predicted: FloatArray) -> tuple[IntArray, FloatArray]:
    """0–100 scores (log scale, 40 hires per six months = 100) and stars (0.5 steps, at
    least 1: low stars read as a verdict on the company, as LBB found)."""
    score = np.rint(100 * np.minimum(1.0, np.log1p(predicted) / math.log1p(
        HIRES_FOR_FULL_SCORE))).astype(np.int64)
    stars = np.maximum(1.0, np.rint(score / 10.0) / 2.0)
    return score, stars


@dataclass(frozen=True)
class Guardrails:
    """Limits under which a run may be published (after LBB's compute_score checks)."""

    max_relative_rmse: float = 2.0        # test RMSE / mean actual hires
    min_lift_top10: float = 1.2           # top-10% share / random share
    max_mean_score_change: float = 15.0   # mean |new score − published score|
    max_high_scorer_change: float = 0.5   # relative change in companies scoring > 50
    min_companies: int = 20


def check_guardrails(result: Backtest, scores: IntArray, previous: IntArray | None,
                     rails: Guardrails = Guardrails()) -> list[str]:
    """Codes of the guardrails a run breaks (empty: publish). `previous` holds the published
    scores of the same companies (same order), or None for a first run."""
    broken: list[str] = []
    if result.companies < rails.min_companies:
        broken.append("too_few_companies")
    if result.mean_actual > 0 and result.rmse / result.mean_actual > rails.max_relative_rmse:
        broken.append("rmse")
    if result.random10 > 0 and result.top10 / result.random10 < rails.min_lift_top10:
        broken.append("lift")
    if previous is not None and len(previous) == len(scores) and len(scores):
        if float(np.mean(np.abs(scores - previous))) > rails.max_mean_score_change:
            broken.append("score_drift")
        before, after = int((previous > 50).sum()), int((scores > 50).sum())
        if before and abs(after - before) / before > rails.max_high_scorer_change:
            broken.append("high_scorer_drift")
    return broken


def simulate(n: int, months: int, seed: int = 0,
             sections: IntArray | None = None,
             sizes: FloatArray | None = None) -> tuple[Panel, dict[str, FloatArray]]:
    """A synthetic region: hires driven by size, industry seasonality and a latent growth
    factor (persistent, so past hires carry information beyond size).

    Returns the panel and per-company separations, youth hires, part-time hires."""
    rng = np.random.default_rng(seed)
    section = sections if sections is not None else rng.integers(0, N_SECTIONS, n)
    size = sizes if sizes is not None else np.exp(rng.normal(3.3, 1.0, n))
    turnover = rng.beta(2.0, 8.0, n) * 0.6 / 12          # monthly separation rate
    growth = rng.normal(0.004, 0.012, n)                   # latent monthly growth
    phase = (section * 7) % 12                             # industry's peak month
    amplitude = 0.15 + 0.35 * ((section % 4) == 0)         # seasonal industries swing more
    hires = np.zeros((n, months))
    separations = np.zeros((n, months))
    headcount = np.zeros((n, months))
    current = size.copy()
    for t in range(months):
        month = t % 12
        season = 1.0 + amplitude * np.cos(2 * np.pi * (month - phase) / 12)
        growth = 0.9 * growth + 0.1 * rng.normal(0.004, 0.012, n)  # slow drift
        separation_rate = turnover * season
        sep = rng.binomial(np.maximum(current, 0).astype(np.int64),
                           np.clip(separation_rate, 0, 1))
        expected = current * (turnover * season + np.maximum(growth, -0.5 * turnover))
        hired = rng.poisson(np.maximum(expected, 0.0))
        current = np.maximum(current + hired - sep, 1.0)
        hires[:, t], separations[:, t], headcount[:, t] = hired, sep, np.round(current)
    youth = rng.binomial(hires.astype(np.int64), 0.35)
    part_time = rng.binomial(hires.astype(np.int64), np.where(section == 16, 0.3, 0.05)[:, None])
    panel = Panel(hires=hires, headcount=headcount, section=section.astype(np.int64),
                  first_month=1)
    return panel, {"separations": separations, "youth": youth.astype(np.float64),
                   "part_time": part_time.astype(np.float64)}
