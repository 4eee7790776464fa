"""Design-based direct estimates from survey microdata with Taylor-linearised standard errors.

Matches R ``survey`` (4.1) for ``svydesign(ids = ~psu, strata = ~stratum, weights = ~weight)``:
with-replacement approximation at the first stage (no finite population correction), PSUs
nested in strata, and domains estimated like ``svyby(..., FUN)`` on ``subset()`` designs, that
is **without dropping rows**: every PSU of the full design counts in its stratum's ``n_h``, and
PSUs with no member of the domain contribute a zero total. For stratum ``h`` with ``n_h`` PSUs
and PSU totals ``t_hi`` of the linearised variable ``z``::

    var = sum_h n_h / (n_h - 1) * sum_i (t_hi - mean_h(t))**2

with ``z = w * y`` for a total, ``z = w * (y - mean_d) / N_d`` for a mean and
``z = w * (y - R_d * x) / X_d`` for a ratio ``R_d = Y_d / X_d``, restricted to domain ``d``.

Everything is vectorised over domains with ``np.bincount``; no Python loop runs per domain.
No Django imports here (CONVENTIONS.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
LonelyPSU = Literal["fail", "certainty", "remove", "adjust", "average"]

__all__ = ["DomainEstimator", "DomainResults", "LonelyPSUError", "SurveyDesign"]

# Above this many (domain, PSU) cells the PSU totals are grouped by sorting instead of a
# dense bincount, to bound memory.
_DENSE_LIMIT = 1 << 26


class LonelyPSUError(ValueError):
    """A stratum has a single PSU and ``lonely_psu="fail"`` (R survey's default)."""


def _codes(values: npt.ArrayLike) -> tuple[npt.NDArray[np.generic], IntArray]:
    """Sorted distinct labels and the code of each value (as ``np.unique``)."""
    arr = np.asarray(values).ravel()
    if arr.dtype.kind in "iu" and arr.size:
        # integer labels in a compact range: counting is O(n), sorting is not
        lo, hi = int(arr.min()), int(arr.max())
        if hi - lo <= 4 * arr.size:
            shifted = (arr - lo).astype(np.int64)
            present = np.bincount(shifted, minlength=hi - lo + 1) > 0
            labels = (np.flatnonzero(present) + lo).astype(arr.dtype)
            return labels, (np.cumsum(present) - 1)[shifted]
    labels, codes = np.unique(arr, return_inverse=True)
    return labels, codes.astype(np.int64).ravel()


class SurveyDesign:
    """A stratified, clustered sample design: weights, strata and primary sampling units.

    Parameters
    ----------
    weights : array-like of shape (n,)
        Sampling weights (inverse inclusion probabilities), non-negative.
    strata : array-like of shape (n,), optional
        Stratum of each record; one stratum if omitted.
    psu : array-like of shape (n,), optional
        Primary sampling unit of each record; each record is its own PSU if omitted. PSU
        labels are taken within strata (as ``svydesign(..., nest = TRUE)``).
    lonely_psu : {"fail", "certainty", "remove", "adjust", "average"}, default "fail"
        What to do with a stratum that has one PSU, as R's ``options(survey.lonely.psu)``:
        ``"fail"`` raises :class:`LonelyPSUError`; ``"certainty"`` and ``"remove"`` give the
        stratum zero variance; ``"adjust"`` centres its PSU total at zero instead of at the
        stratum mean; ``"average"`` replaces it by the average of the other strata (the
        variance sum is scaled by ``H / H_ok``, counting the strata where the domain has
        records, as survey does).

    Attributes
    ----------
    n_strata, n_psu : int
        Numbers of strata and of PSUs.
    df : int
        Design degrees of freedom, ``n_psu - n_strata`` (``survey::degf``).
    """

    def __init__(
        self,
        weights: npt.ArrayLike,
        strata: npt.ArrayLike | None = None,
        psu: npt.ArrayLike | None = None,
        lonely_psu: LonelyPSU = "fail",
    ) -> None:
        w = np.asarray(weights, dtype=np.float64).ravel()
        n = w.shape[0]
        if not np.all(np.isfinite(w)) or np.any(w < 0):
            raise ValueError("Weights must be finite and non-negative.")
        if lonely_psu not in ("fail", "certainty", "remove", "adjust", "average"):
            raise ValueError(f"Unknown lonely_psu option: {lonely_psu!r}.")
        if strata is None:
            strata_labels: npt.NDArray[np.generic] = np.array([0])
            h = np.zeros(n, dtype=np.int64)
        else:
            strata_labels, h = _codes(strata)
        if psu is None:
            p_in = np.arange(n, dtype=np.int64)
        else:
            _, p_in = _codes(psu)
        if h.shape[0] != n or p_in.shape[0] != n:
            raise ValueError("weights, strata and psu must have the same length.")
        # PSUs nested in strata: one code per (stratum, psu) pair
        pair = h * (int(p_in.max(initial=0)) + 1) + p_in
        _, p = _codes(pair)
        n_psu = int(p.max(initial=-1)) + 1
        psu_stratum = np.zeros(n_psu, dtype=np.int64)
        psu_stratum[p] = h
        n_strata = len(strata_labels)
        n_h = np.bincount(psu_stratum, minlength=n_strata)
        lonely = np.flatnonzero(n_h == 1)
        if lonely.size and lonely_psu == "fail":
            raise LonelyPSUError(
                f"Strata {strata_labels[lonely].tolist()[:10]} have only one PSU, so their "
                "variance cannot be estimated. Merge them with a neighbouring stratum, or "
                'choose lonely_psu="certainty", "remove", "adjust" or "average".'
            )
        self.weights = w
        self.strata_labels = strata_labels
        self.lonely_psu = lonely_psu
        self.n_strata = n_strata
        self.n_psu = n_psu
        self.df = n_psu - n_strata
        self._stratum = h
        self._psu = p
        self._psu_stratum = psu_stratum
        self._n_h = n_h

    def __len__(self) -> int:
        return int(self.weights.shape[0])


@dataclass(frozen=True)
class DomainResults:
    """Per-domain estimates, in the order of ``domains_`` (sorted labels).

    Attributes
    ----------
    domains_ : ndarray
        Domain labels.
    estimate_ : ndarray of float
        Totals, means or ratios.
    se_ : ndarray of float
        Taylor-linearised standard errors.
    rse_ : ndarray of float
        Relative standard errors ``se_ / |estimate_|`` as a fraction (0.25 means 25%);
        NaN where the estimate is 0.
    n_ : ndarray of int
        Sample persons in the domain (for a ratio: with a non-zero denominator).
    domain_df_ : ndarray of int
        PSUs minus strata among those with a sampled member of the domain, as
        ``survey::degf(subset(design, domain == d))``.
    df : int
        Degrees of freedom of the whole design, ``n_psu - n_strata``.
    """

    domains_: npt.NDArray[np.generic]
    estimate_: FloatArray
    se_: FloatArray
    rse_: FloatArray
    n_: IntArray
    domain_df_: IntArray
    df: int


class DomainEstimator:
    """Domain totals, means and ratios with Taylor-linearised SEs for one :class:`SurveyDesign`.

    Parameters
    ----------
    design : SurveyDesign
        The sample design; its records align with every variable passed to the methods.

    Examples
    --------
    >>> design = SurveyDesign(weights=w, strata=stratum, psu=psu)
    >>> rate = DomainEstimator(design).ratio(employed, pop15_64, domains=area)
    >>> rate.estimate_, rate.se_
    """

    def __init__(self, design: SurveyDesign) -> None:
        self.design = design

    def total(self, y: npt.ArrayLike, domains: npt.ArrayLike | None = None) -> DomainResults:
        """Estimate domain totals ``sum w*y`` (``svyby(~y, ~domain, design, svytotal)``)."""
        yv = self._variable(y)
        labels, d, n_dom = self._domains(domains)
        w = self.design.weights
        est = np.bincount(d, weights=w * yv, minlength=n_dom)
        z = w * yv
        n = np.bincount(d, minlength=n_dom)
        return self._results(labels, d, n_dom, est, z, n)

    def mean(self, y: npt.ArrayLike, domains: npt.ArrayLike | None = None) -> DomainResults:
        """Estimate domain means ``sum w*y / sum w`` (``svyby(~y, ~domain, design, svymean)``)."""
        yv = self._variable(y)
        labels, d, n_dom = self._domains(domains)
        w = self.design.weights
        big_n = np.bincount(d, weights=w, minlength=n_dom)
        with np.errstate(divide="ignore", invalid="ignore"):
            est = np.bincount(d, weights=w * yv, minlength=n_dom) / big_n
            z = w * (yv - est[d]) / big_n[d]
        n = np.bincount(d, minlength=n_dom)
        return self._results(labels, d, n_dom, est, z, n)

    def ratio(
        self,
        numerator: npt.ArrayLike,
        denominator: npt.ArrayLike,
        domains: npt.ArrayLike | None = None,
    ) -> DomainResults:
        """Estimate domain ratios ``sum w*y / sum w*x``.

        As ``svyby(~y, ~domain, design, svyratio, denominator = ~x)``; e.g. the employment
        rate with ``y`` = employed aged 15–64 (0/1) and ``x`` = aged 15–64 (0/1).
        """
        yv = self._variable(numerator)
        xv = self._variable(denominator)
        labels, d, n_dom = self._domains(domains)
        w = self.design.weights
        big_x = np.bincount(d, weights=w * xv, minlength=n_dom)
        with np.errstate(divide="ignore", invalid="ignore"):
            est = np.bincount(d, weights=w * yv, minlength=n_dom) / big_x
            z = w * (yv - est[d] * xv) / big_x[d]
        n = np.bincount(d, weights=(xv != 0).astype(np.float64), minlength=n_dom)
        return self._results(labels, d, n_dom, est, z, n.astype(np.int64))

    def _variable(self, values: npt.ArrayLike) -> FloatArray:
        v = np.asarray(values, dtype=np.float64).ravel()
        if v.shape[0] != len(self.design):
            raise ValueError("Every variable needs one value per record of the design.")
        if not np.all(np.isfinite(v)):
            raise ValueError("Variables must not contain missing or infinite values.")
        return v

    def _domains(
        self, domains: npt.ArrayLike | None
    ) -> tuple[npt.NDArray[np.generic], IntArray, int]:
        n = len(self.design)
        if domains is None:
            return np.array(["all"]), np.zeros(n, dtype=np.int64), 1
        labels, d = _codes(domains)
        if d.shape[0] != n:
            raise ValueError("domains needs one value per record of the design.")
        return labels, d, len(labels)

    def _results(
        self,
        labels: npt.NDArray[np.generic],
        d: IntArray,
        n_dom: int,
        est: FloatArray,
        z: FloatArray,
        n: IntArray,
    ) -> DomainResults:
        var, domain_df = self._variance(d, n_dom, z)
        se = np.sqrt(var)
        with np.errstate(divide="ignore", invalid="ignore"):
            rse = np.where(est != 0, se / np.abs(est), np.nan)
        return DomainResults(
            domains_=labels,
            estimate_=est,
            se_=se,
            rse_=rse,
            n_=n.astype(np.int64),
            domain_df_=domain_df,
            df=self.design.df,
        )

    def _variance(self, d: IntArray, n_dom: int, z: FloatArray) -> tuple[FloatArray, IntArray]:
        """With-replacement variance of the domain totals of ``z`` (zero outside each domain)."""
        des = self.design
        n_psu, n_strata = des.n_psu, des.n_strata
        keys = d * n_psu + des._psu
        positive = (des.weights > 0).astype(np.float64)
        # PSU totals of z for the (domain, PSU) cells that hold at least one record
        if n_dom * n_psu <= _DENSE_LIMIT:
            size = n_dom * n_psu
            present = np.bincount(keys, minlength=size)
            cells = np.flatnonzero(present)
            t = np.bincount(keys, weights=z, minlength=size)[cells]
            sampled = np.bincount(keys, weights=positive, minlength=size)[cells] > 0
        else:
            cells, inverse = np.unique(keys, return_inverse=True)
            t = np.bincount(inverse, weights=z)
            sampled = np.bincount(inverse, weights=positive) > 0
        cell_domain = cells // n_psu
        cell_stratum = des._psu_stratum[cells % n_psu]
        dh = cell_domain * n_strata + cell_stratum
        n_h = des._n_h.astype(np.float64)
        n_h_all = np.tile(n_h, n_dom)
        # stratum means over all n_h PSUs, absent PSUs counting as zero totals
        s1 = np.bincount(dh, weights=t, minlength=n_dom * n_strata)
        mean = s1 / n_h_all
        k = np.bincount(dh, minlength=n_dom * n_strata).astype(np.float64)
        lonely = np.tile(des._n_h == 1, n_dom)
        if des.lonely_psu == "adjust":
            # survey: a one-PSU stratum's total is centred at zero, not at its own mean
            mean = np.where(lonely, 0.0, mean)
        dev = t - mean[dh]
        ss = np.bincount(dh, weights=dev * dev, minlength=n_dom * n_strata)
        ss += (n_h_all - k) * mean * mean
        scale = np.where(n_h_all > 1, n_h_all / np.maximum(n_h_all - 1, 1), 1.0)
        contrib = (scale * ss).reshape(n_dom, n_strata)
        var = contrib.sum(axis=1)
        if des.lonely_psu == "average":
            # survey subsets a domain by dropping its other rows, so H and H_ok count only
            # the strata where the domain has records
            in_domain = (k > 0).reshape(n_dom, n_strata)
            ok = in_domain & (des._n_h > 1)[None, :]
            n_in_domain = in_domain.sum(axis=1)
            n_ok = ok.sum(axis=1)
            with np.errstate(divide="ignore", invalid="ignore"):
                var = np.where(ok, contrib, 0.0).sum(axis=1) * n_in_domain / n_ok
        # domain degrees of freedom: sampled PSUs minus strata holding them
        dom_psus = np.bincount(cell_domain[sampled], minlength=n_dom)
        dh_sampled = np.zeros(n_dom * n_strata, dtype=bool)
        dh_sampled[dh[sampled]] = True
        dom_strata = dh_sampled.reshape(n_dom, n_strata).sum(axis=1)
        return var, (dom_psus - dom_strata).astype(np.int64)
