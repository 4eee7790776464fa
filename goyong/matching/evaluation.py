"""Time-split back-test of the recommendations on placement history (`goyong match evaluate`).

The placements that started on or after the split date are the test set. Each becomes a
one-opening job (its occupation, wage and hours; its place from the employer's registry
row when the business number is known, else the centre of the seeker's office
jurisdiction), and every test seeker's list is ranked over all of them:

* the model: the engine's score (wide scope, hard constraints first), ties by lower id;
* the rule baseline (``engine.evaluation.rule_baseline``): jobs of the same occupation code
  (here the KECO 대분류, see the adapter) in the seeker's own office, newest first, then id.

The seeker's own job is the one relevant item, so Recall@k is the share of seekers whose
job is in their top k and NDCG@k the mean of ``1 / log2(rank + 1)`` over those hits.
Coverage is the share of seekers with k candidates; congestion the Gini of how often each
job appears in the top-10 lists and the share never shown; quality gaps are Recall@10 by
sex and by age group (15–29, 30–49, 50+) and the largest difference. The metrics are the
engine's (``engine.evaluation``); this module builds the history and the lists."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from goyong.matching import adapter
from goyong.matching.engine import evaluation as ev
from goyong.matching.engine.features import TokenVocabulary, VacancyArrays
from goyong.matching.engine.scoring import score_pairs

KS = (10, 30)
AGE_GROUPS = (("15-29", 15, 29), ("30-49", 30, 49), ("50+", 50, 200))


def ranked(score: np.ndarray, ok: np.ndarray, ids: np.ndarray, k: int) -> np.ndarray:
    """(n_queries, k) item rows best first (feasible only, ties by lower id), -1 padded."""
    n_q = score.shape[0]
    out = np.full((n_q, k), -1, dtype=np.int64)
    for q in range(n_q):
        cand = np.flatnonzero(ok[q])
        order = cand[np.lexsort((ids[cand], -score[q, cand]))][:k]
        out[q, :order.size] = order
    return out


def method_metrics(recommended: np.ndarray, relevant: np.ndarray, n_items: int,
                   groups: dict[str, np.ndarray]) -> dict[str, Any]:
    """Recall@k, NDCG@k, coverage@k (k = 10, 30), congestion of the top 10 and Recall@10 by
    group with the largest gap, from the engine's evaluation functions."""
    out: dict[str, Any] = {}
    for k in KS:
        out[f"recall@{k}"] = round(ev.recall_at_k(recommended, relevant, k), 4)
        out[f"ndcg@{k}"] = round(ev.ndcg_at_k(recommended, relevant, k), 4)
        out[f"coverage@{k}"] = round(ev.coverage(recommended, k), 4)
    report = ev.congestion(recommended, n_items, 10)
    out["gini@10"] = round(report.gini, 4)
    out["never_shown@10"] = round(report.never_share, 4)
    per_query = ev.recall_per_query(recommended, relevant, 10)
    gaps: dict[str, Any] = {}
    for family in ("sex", "age"):
        names = [name for name in groups if name.startswith(family + ":")]
        labels = np.full(relevant.size, -1, dtype=np.int64)
        for n, name in enumerate(names):
            labels[groups[name]] = n
        gap = ev.group_gaps(per_query[labels >= 0], labels[labels >= 0])
        gaps[family] = {"recall@10": {names[g]: round(v, 4) for g, v in gap.means.items()},
                        "gap": round(gap.gap, 4)}
    out["groups"] = gaps
    return out


def _jobs(placements: list[Any], seekers: list[Any], centroids: adapter.Centroids,
          vocab: TokenVocabulary) -> tuple[VacancyArrays, list[int | None]]:
    from goyong.employers.models import Company
    from goyong.reference import queries as ref

    brns = {p.business_number for p in placements if p.business_number}
    places = {c.brn: (c.latitude, c.longitude, c.office_code) for c in Company.objects.filter(
        brn__in=brns).only("brn", "latitude", "longitude", "office_code")}
    office_centre: dict[str, tuple[float, float]] = {}

    def centre_of(office_code: str, residence: str) -> tuple[float, float]:
        if office_code not in office_centre:
            pts = [centroids.of(j.region.kostat_code)
                   for j in ref.jurisdiction_of(office_code, ref.today())]
            office_centre[office_code] = ((float(np.mean([p[0] for p in pts])),
                                           float(np.mean([p[1] for p in pts])))
                                          if pts else centroids.of(residence))
        return office_centre[office_code]

    majors: list[int | None] = []
    cols: dict[str, list[Any]] = {k: [] for k in (
        "ids", "occupation", "wage", "weekly_hours", "lat", "lon", "region", "min_education",
        "min_experience_years", "small_giant", "part_time", "care_job", "days_posted",
        "openings")}
    for p, s in zip(placements, seekers, strict=True):
        code = p.occupation_code or (s.desired_occupations or [""])[0]
        major = adapter.major_of(code)
        majors.append(major)
        lat, lon, office = places.get(p.business_number, (None, None, s.office_code))
        if lat is None or lon is None:
            lat, lon = centre_of(s.office_code, s.residence_code)
        cols["ids"].append(p.pk)
        cols["occupation"].append(adapter.engine_code(major) if major is not None else -1)
        cols["wage"].append(float(p.monthly_wage))
        cols["weekly_hours"].append(float(p.weekly_hours))
        cols["lat"].append(float(lat))
        cols["lon"].append(float(lon))
        cols["region"].append(int(office) if str(office).isdigit() else 0)
        cols["min_education"].append(0)
        cols["min_experience_years"].append(0.0)
        cols["small_giant"].append(False)
        cols["part_time"].append(p.weekly_hours < 35)
        cols["care_job"].append(False)
        cols["days_posted"].append(0.0)
        cols["openings"].append(1 if major is not None else 0)
    values: dict[str, Any] = {k: np.asarray(v) for k, v in cols.items()}
    n = len(placements)
    empty = vocab.encode([[] for _ in range(n)])
    return VacancyArrays(**values, skills=empty, licences=empty, required_licences=empty), majors


@dataclass
class Backtest:
    split: dt.date
    train: int
    test: int
    model: dict[str, Any]
    baseline: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return {"split": self.split.isoformat(), "train_placements": self.train,
                "test_placements": self.test, "model": self.model, "baseline": self.baseline}


def default_split(starts: list[dt.date], day: dt.date, test_share: float = 0.3) -> dt.date:
    """The start date from which the last `test_share` of placements begin (`day` when
    there are none)."""
    ordered = sorted(starts)
    if not ordered:
        return day
    return ordered[min(len(ordered) - 1, math.floor(len(ordered) * (1 - test_share)))]


def backtest(split: dt.date | None = None, *, day: dt.date | None = None,
             placements: Any = None) -> Backtest:
    """Run the back-test on `placements` (all placements by default)."""
    from goyong.jobseekers.models import Placement
    from goyong.reference import queries as ref

    day = day or ref.today()
    qs = placements if placements is not None else Placement.objects.all()
    qs = qs.select_related("seeker").defer(*(f"seeker__{f}" for f in adapter.ENCRYPTED))
    every = list(qs.order_by("start_date", "pk"))
    split = split or default_split([p.start_date for p in every], day)
    test: list[Any] = []
    seen: set[int] = set()
    for p in every:
        if p.start_date >= split and p.seeker_id not in seen:
            seen.add(p.seeker_id)
            test.append(p)
    train = sum(1 for p in every if p.start_date < split)
    if not test:
        empty = {"recall@10": 0.0}
        return Backtest(split, train, 0, empty, empty)
    seekers = [p.seeker for p in test]
    centroids = adapter.Centroids()
    skills, licences = TokenVocabulary(), TokenVocabulary()
    s_arr, s_major = adapter.seeker_arrays(seekers, split, centroids, skills, licences)
    v_arr, v_major = _jobs(test, seekers, centroids, licences)
    n = len(test)
    si = np.repeat(np.arange(n), n)
    vj = np.tile(np.arange(n), n)
    ps = score_pairs(s_arr, v_arr, si, vj, scope="wide")
    score = ps.micro.reshape(n, n).astype(np.float64)
    ok = ps.feasible.reshape(n, n)
    depth = max(KS)
    model_lists = ranked(score, ok, v_arr.ids, depth)
    base_lists = ev.rule_baseline(s_arr, v_arr, depth)
    own = np.arange(n, dtype=np.int64)
    groups: dict[str, np.ndarray] = {}
    sexes = np.array([s.sex for s in seekers])
    ages = np.array([s.age_on(split) for s in seekers])
    for code in ("M", "F"):
        groups[f"sex:{code}"] = sexes == code
    for name, lo, hi in AGE_GROUPS:
        groups[f"age:{name}"] = (ages >= lo) & (ages <= hi)
    return Backtest(split, train, n, method_metrics(model_lists, own, n, groups),
                    method_metrics(base_lists, own, n, groups))


def table(result: Backtest) -> str:
    """The back-test as a plain text table (model next to the rule baseline)."""
    rows = [("split", result.split.isoformat(), ""),
            ("train/test placements", str(result.train), str(result.test))]
    lines = [f"{'metric':<28}{'model':>12}{'baseline':>12}"]
    keys = [*(f"{m}@{k}" for k in KS for m in ("recall", "ndcg", "coverage")), "gini@10",
            "never_shown@10"]
    for key in keys:
        lines.append(f"{key:<28}{result.model.get(key, 0):>12}{result.baseline.get(key, 0):>12}")
    for family in ("sex", "age"):
        m = result.model.get("groups", {}).get(family, {})
        b = result.baseline.get("groups", {}).get(family, {})
        for name, value in m.get("recall@10", {}).items():
            lines.append(f"{'recall@10 ' + name:<28}{value:>12}"
                         f"{b.get('recall@10', {}).get(name, 0):>12}")
        lines.append(f"{'gap ' + family:<28}{m.get('gap', 0):>12}{b.get('gap', 0):>12}")
    head = [f"{a}: {b}{(' / ' + c) if c else ''}" for a, b, c in rows]
    return "\n".join([*head, *lines])
