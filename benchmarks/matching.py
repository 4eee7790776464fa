"""How fast is national matching (issue 6)? Local and wide-area top-k at full scale.

Run from the repository root::

    .venv/bin/python benchmarks/matching.py --seekers 1000000 --vacancies 300000 --k 20
    .venv/bin/python benchmarks/matching.py --seekers 100000 --vacancies 30000   # quick

Generates a synthetic instance (``goyong.matching.engine.synthetic``, fixed seed: 100
jurisdictions with Zipf-like sizes, KECO-shaped occupations, skills and licences tied to
occupations, 10 % of seekers willing to relocate) and measures, in one run:

* ``local_s``: top-k vacancies for every seeker within commute or jurisdiction;
* ``wide_s``: the same with relocators matched nationwide;
* ``pairs_per_s``: the seeker-vacancy pairs a scan without bounds would test (each seeker
  against every vacancy of its 대분류 in the jurisdictions it may reach) / ``local_s``;
  ``local_visited_pairs`` counts those the engine actually looked at;
* ``recall_vs_bruteforce``: on a sample of seekers, share of the exact brute-force wide-area
  top-k (every vacancy scored with the vectorised reference) that the engine returned
  (``exact_lists`` counts lists equal in order and score);
* ``speedup_vs_numpy``: on a sample of seekers, the time of a straightforward numpy
  version on the same blocks (overlaps by sparse matrix products, every other component
  broadcast over the block, infeasible pairs masked, ``np.argpartition`` for the top-k)
  divided by the engine's time on the same seekers; the two must give the same lists;
* ``single_p95_ms``: on-demand top-k for one seeker against every vacancy, 95th percentile;
* ``assignment_s``: a 2,000 × 2,000 job-fair assignment (one interview each) by min-cost
  flow, checked equal to ``scipy.optimize.linear_sum_assignment`` (``assignment_equal``).

Budgets (issue 6): local ≤ 15 s, wide ≤ 120 s, peak RSS ≤ 4 GB, speedup ≥ 3, single p95 ≤ 50
ms, on the 2-core machine. The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from scipy.optimize import linear_sum_assignment

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from goyong.matching.engine.assignment import FairAssigner  # noqa: E402
from goyong.matching.engine.features import (  # noqa: E402
    SeekerArrays,
    TokenSets,
    VacancyArrays,
    unit_vectors,
)
from goyong.matching.engine.scoring import (  # noqa: E402
    OCCUPATION_LEVEL_SCORE,
    ScoringParams,
    commute_chords,
    micro_points,
    score_pairs,
)
from goyong.matching.engine.synthetic import make_instance  # noqa: E402
from goyong.matching.engine.topk import TopKMatcher  # noqa: E402


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def onehot(ts: TokenSets, vocab: int) -> sp.csr_matrix:
    data = np.ones(ts.indices.size, dtype=np.float32)
    return sp.csr_matrix((data, ts.indices, ts.indptr), shape=(ts.n_rows, vocab))


class NumpyBaseline:
    """Straightforward numpy top-k on a block: dense scores for every pair, then argpartition."""

    def __init__(self, S: SeekerArrays, V: VacancyArrays, params: ScoringParams, k: int):
        self.S, self.V, self.k = S, V, k
        self.prm = params
        self.w = params.weights.as_array()
        vs = int(max(S.skills.indices.max(initial=0), V.skills.indices.max(initial=0))) + 1
        vl = int(max(S.licences.indices.max(initial=0), V.licences.indices.max(initial=0),
                     V.required_licences.indices.max(initial=0))) + 1
        self.s_sk, self.v_sk = onehot(S.skills, vs), onehot(V.skills, vs)
        self.s_li, self.v_li = onehot(S.licences, vl), onehot(V.licences, vl)
        self.v_rq = onehot(V.required_licences, vl)
        self.us, self.uv = unit_vectors(S.lat, S.lon), unit_vectors(V.lat, V.lon)
        self.cc = commute_chords(S)

    def block(self, rows: np.ndarray, cand: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        S, V, w, prm = self.S, self.V, self.w, self.prm
        s_inter = (self.s_sk[rows] @ self.v_sk[cand].T).toarray()
        l_inter = (self.s_li[rows] @ self.v_li[cand].T).toarray()
        req_hit = (self.s_li[rows] @ self.v_rq[cand].T).toarray()
        n_sk = S.skills.sizes()[rows][:, None] + V.skills.sizes()[cand][None, :] - s_inter
        skills = np.where(n_sk > 0, s_inter / np.maximum(n_sk, 1), 0.0)
        listed = V.licences.sizes()[cand][None, :]
        licences = np.where(listed > 0, l_inter / np.maximum(listed, 1), 0.0)
        a, b = S.occupation[rows][:, None], V.occupation[cand][None, :]
        level = ((a // 1000 == b // 1000).astype(np.int64) + (a // 100 == b // 100)
                 + (a // 10 == b // 10) + (a == b))
        occ = np.asarray(OCCUPATION_LEVEL_SCORE)[level]
        o, d = V.wage[cand][None, :], S.desired_wage[rows][:, None]
        with np.errstate(divide="ignore", invalid="ignore"):
            wage = np.where(o <= 0, 0.5, np.where((d <= 0) | (o >= d), 1.0,
                                                   np.maximum(0.0, 2.0 * o / d - 1.0)))
        h = V.weekly_hours[cand][None, :]
        gap = np.maximum(np.maximum(S.hours_min[rows][:, None] - h,
                                    h - S.hours_max[rows][:, None]), 0.0)
        hours = np.maximum(0.0, 1.0 - gap / prm.hours_tolerance)
        diff = self.us[rows][:, None, :] - self.uv[cand][None, :, :]
        chord = np.sqrt(diff[..., 0] * diff[..., 0] + diff[..., 1] * diff[..., 1]
                        + diff[..., 2] * diff[..., 2])
        km = 2.0 * 6371.0088 * np.arcsin(np.minimum(chord / 2.0, 1.0))
        distance = np.exp(-km / prm.distance_scale_km)
        eg = V.min_education[cand][None, :] - S.education[rows][:, None]
        education = np.where(eg <= 0, 1.0, np.maximum(0.0, 1.0 - 0.5 * eg))
        rel = np.where(level >= 2, S.experience_years[rows][:, None], 0.0)
        req = V.min_experience_years[cand][None, :]
        with np.errstate(divide="ignore", invalid="ignore"):
            experience = np.where(req <= 0, 1.0, np.minimum(1.0, rel / np.where(req > 0, req, 1)))
        programme = ((S.youth[rows][:, None] & V.small_giant[cand][None, :])
                     | (S.career_break_woman[rows][:, None] & V.part_time[cand][None, :])
                     | (S.older[rows][:, None] & V.care_job[cand][None, :])).astype(float)
        fresh = np.maximum(0.0, 1.0 - V.days_posted[cand][None, :] / prm.freshness_days)
        total = w[0] * occ
        for c, comp in enumerate([skills, licences, wage, hours, distance, education,
                                  experience, programme, fresh], start=1):
            total = total + w[c] * comp
        feasible = ((chord <= self.cc[rows][:, None])
                    | (S.region[rows][:, None] == V.region[cand][None, :]))
        feasible &= (V.openings[cand] >= 1)[None, :] & (level >= 1)
        feasible &= req_hit == V.required_licences.sizes()[cand][None, :]
        feasible &= ~((o > 0) & (o < S.min_wage[rows][:, None]))
        micro = np.where(feasible, micro_points(total), -1)
        k = min(self.k, cand.size)
        # one key per pair orders by score, then lower id: argpartition is then exact on ties
        id_rank = np.argsort(np.argsort(V.ids[cand]))
        key = micro * (cand.size + 1) + (cand.size - id_rank)[None, :]
        top = np.argpartition(-key, k - 1, axis=1)[:, :k] if k else np.zeros((rows.size, 0),
                                                                               np.int64)
        order = np.argsort(-np.take_along_axis(key, top, axis=1), axis=1)
        top = np.take_along_axis(top, order, axis=1)
        tm = np.take_along_axis(micro, top, axis=1)
        out = np.full((rows.size, self.k), -1, dtype=np.int64)
        out_m = np.full((rows.size, self.k), -1, dtype=np.int64)
        out[:, :k] = np.where(tm >= 0, cand[top], -1)
        out_m[:, :k] = np.where(tm >= 0, tm, -1)
        return out, out_m


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seekers", type=int, default=1_000_000)
    ap.add_argument("--vacancies", type=int, default=300_000)
    ap.add_argument("--k", type=int, default=20)
    ap.add_argument("--regions", type=int, default=100)
    ap.add_argument("--seed", type=int, default=20140415)
    ap.add_argument("--recall-sample", type=int, default=100)
    ap.add_argument("--baseline-sample", type=int, default=20_000)
    ap.add_argument("--single-queries", type=int, default=200)
    ap.add_argument("--assignment-n", type=int, default=2000)
    args = ap.parse_args()
    rng = np.random.default_rng(args.seed)
    out: dict[str, object] = {
        "commit": subprocess.run(["/usr/bin/git", "rev-parse", "--short", "HEAD"],  # noqa: S603
                                 capture_output=True, text=True, check=False).stdout.strip(),
        "machine": f"{os.cpu_count()} cores, {platform.machine()}",
        "seekers": args.seekers, "vacancies": args.vacancies, "k": args.k,
    }

    t = time.perf_counter()
    warm = make_instance(500, 300, n_regions=5, random_state=1)
    wm = TopKMatcher(k=5).fit(warm.seekers, warm.vacancies)
    wm.recommend_vacancies(scope="wide")
    wm.recommend_for_seeker(0)
    out["compile_s"] = round(time.perf_counter() - t, 2)

    t = time.perf_counter()
    inst = make_instance(args.seekers, args.vacancies, n_regions=args.regions,
                         random_state=args.seed)
    out["generate_s"] = round(time.perf_counter() - t, 2)
    S, V = inst.seekers, inst.vacancies
    t = time.perf_counter()
    m = TopKMatcher(k=args.k).fit(S, V)
    out["fit_s"] = round(time.perf_counter() - t, 2)

    t, c = time.perf_counter(), time.process_time()
    local = m.recommend_vacancies(scope="local")
    out["local_s"] = round(time.perf_counter() - t, 2)
    out["local_cpu_s"] = round(time.process_time() - c, 2)
    out["pairs_per_s"] = round(local.candidate_pairs / max(out["local_s"], 1e-9))  # type: ignore[operator]
    out["local_candidate_pairs"] = local.candidate_pairs
    out["local_visited_pairs"] = local.visited_pairs
    out["local_scored_pairs"] = local.scored_pairs
    out["local_coverage"] = round(float((local.lengths >= args.k).mean()), 4)
    del local

    t, c = time.perf_counter(), time.process_time()
    wide = m.recommend_vacancies(scope="wide")
    out["wide_s"] = round(time.perf_counter() - t, 2)
    out["wide_cpu_s"] = round(time.process_time() - c, 2)
    out["wide_coverage"] = round(float((wide.lengths >= args.k).mean()), 4)
    print(json.dumps({"progress": "matched", **out}), flush=True)

    # exactness on a sample: brute force over every vacancy with the reference scorer
    sample = rng.choice(len(S), size=min(args.recall_sample, len(S)), replace=False)
    found = total = exact = 0
    allv = np.arange(len(V))
    for s in sample:
        ps = score_pairs(S, V, np.full(len(V), s), allv, scope="wide")
        feas = np.flatnonzero(ps.feasible)
        best = feas[np.lexsort((V.ids[feas], -ps.micro[feas]))][: args.k]
        got = wide.index[s][wide.index[s] >= 0]
        found += np.intersect1d(best, got).size
        total += best.size
        exact += int(np.array_equal(best, got)
                     and np.array_equal(ps.micro[best], wide.micro[s][: best.size]))
    out["recall_vs_bruteforce"] = round(found / total, 6) if total else 1.0
    out["exact_lists"] = f"{exact}/{sample.size}"
    del wide

    # speed against straightforward numpy on the same blocks
    rows = np.sort(rng.choice(len(S), size=min(args.baseline_sample, len(S)), replace=False))
    t = time.perf_counter()
    eng = m.recommend_vacancies(rows, scope="local")
    engine_s = time.perf_counter() - t
    base = NumpyBaseline(S, V, m.params_, args.k)
    # the same blocks: seekers of one (대분류, jurisdiction) against the vacancies the engine
    # may consider for them, 256 seekers at a time (memory)
    block = S.occupation[rows] // 1000 * 10_000_000 + S.region[rows]
    b_idx = np.full((rows.size, args.k), -1, dtype=np.int64)
    b_mic = np.full((rows.size, args.k), -1, dtype=np.int64)
    t = time.perf_counter()
    for key in np.unique(block):
        qs = np.flatnonzero(block == key)
        cand = m.local_candidates(int(rows[qs[0]]))
        for at in range(0, qs.size, 256):
            part = qs[at : at + 256]
            if cand.size:
                b_idx[part], b_mic[part] = base.block(rows[part], cand)
    numpy_s = time.perf_counter() - t
    out["engine_sample_s"] = round(engine_s, 3)
    out["numpy_sample_s"] = round(numpy_s, 3)
    out["speedup_vs_numpy"] = round(numpy_s / engine_s, 2)
    out["numpy_agrees"] = bool(np.array_equal(b_idx, eng.index)
                               and np.array_equal(b_mic, eng.micro))

    # on-demand single seeker against every vacancy
    times = []
    for s in rng.choice(len(S), size=args.single_queries, replace=False):
        t = time.perf_counter()
        m.recommend_for_seeker(int(s), scope="wide")
        times.append(time.perf_counter() - t)
    out["single_p95_ms"] = round(float(np.percentile(times, 95)) * 1000, 2)
    out["single_median_ms"] = round(float(np.median(times)) * 1000, 2)

    # job-fair assignment at 2,000 × 2,000 against scipy
    if args.assignment_n:
        n = args.assignment_n
        score = np.round(rng.uniform(0.01, 1.0, size=(n, n)), 6)
        t = time.perf_counter()
        fa = FairAssigner(max_per_seeker=1, per_opening=1.0).fit(score)
        out["assignment_s"] = round(time.perf_counter() - t, 2)
        integer = np.round(score * 1e6).astype(np.int64)
        t = time.perf_counter()
        r, c2 = linear_sum_assignment(integer, maximize=True)
        out["assignment_scipy_s"] = round(time.perf_counter() - t, 2)
        out["assignment_equal"] = fa.assignment_.total_int == int(integer[r, c2].sum())

    out["peak_rss_mb"] = round(rss_mb())
    out["load_average"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
