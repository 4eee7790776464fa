"""Runs the engine on rows and stores what it says (used by actions and tasks; no policy
checks here: callers check).

A block is (KECO 2018 대분류, office): its task matches the block's seekers against every
open vacancy of the 대분류 (the engine keeps only those in reach for the local scope) and the
block's vacancies against every seeker of the 대분류, then replaces the stored lists of
exactly those seekers and vacancies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import numpy as np
from django.db import transaction
from django.utils import timezone

from goyong.matching import adapter
from goyong.matching.choices import Direction
from goyong.matching.engine.scoring import Recommendation as EngineRec
from goyong.matching.engine.scoring import recommendations, score_pairs
from goyong.matching.models import MatchRun, Recommendation

CAP_FACTOR = 3.0  # a vacancy appears in at most 3 × openings seeker lists (per block)
CAP_DEPTH = 3
# Below this many pairs the vectorised reference formulas (scoring.score_pairs, all pairs)
# are used instead of the compiled kernel: same results (the engine's tests check it), and
# no kernel compilation in short processes such as `goyong demo`.
REFERENCE_MAX_PAIRS = 400_000

Block = tuple[int, int]  # (대분류, office code as int)


def blocks(loaded: adapter.Loaded) -> list[Block]:
    """Distinct (대분류, region) of the seekers and vacancies that have a 대분류."""
    found: set[Block] = set()
    for i, major in enumerate(loaded.seeker_major):
        if major is not None:
            found.add((major, int(loaded.seekers.region[i])))
    for j, major in enumerate(loaded.vacancy_major):
        if major is not None and loaded.vacancies.openings[j] > 0:
            found.add((major, int(loaded.vacancies.region[j])))
    return sorted(found)


def group_rows(day: dt.date, major: int) -> adapter.Loaded:
    """Every active seeker and open vacancy of one 대분류."""
    seekers = [s for s in adapter.active_seekers().order_by("pk")
               if s.desired_occupations and adapter.major_of(s.desired_occupations[0],
                                                             s.keco_scheme) == major]
    vacancies = [v for v in adapter.open_vacancies().select_related("occupation").order_by("pk")
                 if adapter.major_of(v.occupation.code, v.occupation.scheme) == major]
    return adapter.load(seekers, vacancies, day)


def subset(loaded: adapter.Loaded, major: int) -> adapter.Loaded:
    """The rows of one 대분류 out of an already loaded set."""
    return adapter.take(loaded, [i for i, m in enumerate(loaded.seeker_major) if m == major],
                        [j for j, m in enumerate(loaded.vacancy_major) if m == major])


def _records(matcher: Any, topk: Any, scope: str) -> list[list[EngineRec]]:
    return [matcher.explain(topk, q, scope=scope) for q in range(topk.query.size)]


def _rows(recs: Iterable[EngineRec], direction: str, scope: str, run: MatchRun | None,
          now: Any) -> list[Recommendation]:
    return [Recommendation(
        seeker_id=r.seeker_id, vacancy_id=r.vacancy_id, direction=direction, scope=scope,
        rank=r.rank, score=round(r.score, 6), components=_components(r.components),
        explanation=r.explanation[:400], computed_at=now, run=run) for r in recs]


def _components(rec: dict[str, float]) -> dict[str, float | None]:
    return {k: (None if v != v else round(v, 6)) for k, v in rec.items()}  # noqa: PLR0124 - NaN


def _greedy_cap(lists: list[list[tuple[int, int, int]]], k: int, cap: np.ndarray,
                s_ids: np.ndarray, v_ids: np.ndarray) -> list[list[tuple[int, int, int]]]:
    """Capped selection as engine.topk.cap_recommendations: pairs in order of score (ties:
    lower seeker id, then lower vacancy id) while the seeker has fewer than k and the
    vacancy is under its cap. Entries are (micro, seeker row, vacancy row)."""
    flat = sorted((e for lst in lists for e in lst),
                  key=lambda e: (-e[0], int(s_ids[e[1]]), int(v_ids[e[2]])))
    used = np.zeros(cap.size, dtype=np.int64)
    taken: dict[int, list[tuple[int, int, int]]] = {}
    for e in flat:
        got = taken.setdefault(e[1], [])
        if len(got) < k and used[e[2]] < cap[e[2]]:
            got.append(e)
            used[e[2]] += 1
    return [sorted(taken.get(lst[0][1], []), key=lambda e: (-e[0], int(v_ids[e[2]])))
            if lst else [] for lst in lists]


def _reference_lists(loaded: adapter.Loaded, rows: np.ndarray, *, seekers_side: bool,
                     scope: str, depth: int) -> list[list[tuple[int, int, int]]]:
    """Exact top `depth` of every query row over all pairs (vectorised reference scores)."""
    n_other = len(loaded.vacancies) if seekers_side else len(loaded.seekers)
    qpos = np.repeat(np.arange(rows.size, dtype=np.int64), n_other)
    o = np.tile(np.arange(n_other, dtype=np.int64), rows.size)
    q = rows.astype(np.int64)[qpos]
    si, vj = (q, o) if seekers_side else (o, q)
    ps = score_pairs(loaded.seekers, loaded.vacancies, si, vj, scope=scope)  # type: ignore[arg-type]
    other_ids = loaded.vacancies.ids if seekers_side else loaded.seekers.ids
    ok = np.flatnonzero(ps.feasible)
    # best first within each query: score descending, then the lower id
    order = ok[np.lexsort((other_ids[o[ok]], -ps.micro[ok], qpos[ok]))]
    group = qpos[order]
    starts = np.searchsorted(group, np.arange(rows.size))
    position = np.arange(order.size) - starts[group]
    keep = order[position < depth]
    out: list[list[tuple[int, int, int]]] = [[] for _ in range(rows.size)]
    for g, m, i, j in zip(qpos[keep].tolist(), ps.micro[keep].tolist(),
                             si[keep].tolist(), vj[keep].tolist(), strict=True):
        out[g].append((m, i, j))
    return out


def _explained(loaded: adapter.Loaded, lists: list[list[tuple[int, int, int]]], scope: str
               ) -> list[list[EngineRec]]:
    """Components and explanations of every listed pair in one vectorised call."""
    flat = [e for lst in lists for e in lst]
    if not flat:
        return [[] for _ in lists]
    si = np.array([e[1] for e in flat], dtype=np.int64)
    vj = np.array([e[2] for e in flat], dtype=np.int64)
    ranks = np.concatenate([np.arange(1, len(lst) + 1) for lst in lists if lst])
    recs = recommendations(loaded.seekers, loaded.vacancies, si, vj, ranks,
                           scope=scope)  # type: ignore[arg-type]
    out, start = [], 0
    for lst in lists:
        out.append(recs[start:start + len(lst)])
        start += len(lst)
    return out


def _engine_lists(loaded: adapter.Loaded, seeker_rows: np.ndarray | None,
                  vacancy_rows: np.ndarray | None, scope: str, k: int, capped: bool,
                  seeker_k: int) -> tuple[list[list[EngineRec]], list[list[EngineRec]]]:
    from goyong.matching.engine.topk import TopKMatcher, cap_recommendations

    s_lists: list[list[EngineRec]] = []
    v_lists: list[list[EngineRec]] = []
    matcher = TopKMatcher(k=k, scope=scope, n_threads=1).fit(  # type: ignore[arg-type]
        loaded.seekers, loaded.vacancies)
    if seeker_rows is not None and seeker_rows.size:
        if capped:
            ext = matcher.recommend_vacancies(seeker_rows, k=k * CAP_DEPTH)
            cap = np.ceil(CAP_FACTOR * np.maximum(loaded.vacancies.openings, 0)).astype(np.int64)
            topk = cap_recommendations(ext, k, cap, loaded.seekers.ids, loaded.vacancies.ids).topk
        else:
            topk = matcher.recommend_vacancies(seeker_rows, k=seeker_k)
        s_lists = _records(matcher, topk, scope)
    if vacancy_rows is not None and vacancy_rows.size:
        v_lists = _records(matcher, matcher.recommend_seekers(vacancy_rows, k=k), scope)
    return s_lists, v_lists


def _reference(loaded: adapter.Loaded, seeker_rows: np.ndarray | None,
               vacancy_rows: np.ndarray | None, scope: str, k: int, capped: bool,
               seeker_k: int) -> tuple[list[list[EngineRec]], list[list[EngineRec]]]:
    s_lists: list[list[EngineRec]] = []
    v_lists: list[list[EngineRec]] = []
    if seeker_rows is not None and seeker_rows.size:
        lists = _reference_lists(loaded, seeker_rows, seekers_side=True, scope=scope,
                                 depth=k * CAP_DEPTH if capped else seeker_k)
        if capped:
            cap = np.ceil(CAP_FACTOR * np.maximum(loaded.vacancies.openings, 0)).astype(np.int64)
            lists = _greedy_cap(lists, k, cap, loaded.seekers.ids, loaded.vacancies.ids)
        s_lists = _explained(loaded, lists, scope)
    if vacancy_rows is not None and vacancy_rows.size:
        lists = _reference_lists(loaded, vacancy_rows, seekers_side=False, scope=scope, depth=k)
        v_lists = _explained(loaded, lists, scope)
    return s_lists, v_lists


def match(loaded: adapter.Loaded, seeker_rows: np.ndarray | None,
          vacancy_rows: np.ndarray | None, *, scope: str, k: int, run: MatchRun | None,
          capped: bool = True, method: str = "auto", seeker_k: int | None = None
          ) -> tuple[int, int]:
    """Compute and store the lists of the given seeker and vacancy rows (seeker lists capped
    at 3 × openings per vacancy); returns the number of seeker and vacancy lists written.
    `method`: "engine" (compiled blocked top-k), "reference" (all pairs, vectorised) or
    "auto" (reference below REFERENCE_MAX_PAIRS pairs)."""
    now = timezone.now()
    s_lists: list[list[EngineRec]] = []
    v_lists: list[list[EngineRec]] = []
    n_s, n_v = len(loaded.seekers), len(loaded.vacancies)
    if n_s and n_v:
        queries = (0 if seeker_rows is None else seeker_rows.size) * n_v + (
            0 if vacancy_rows is None else vacancy_rows.size) * n_s
        if method == "auto":
            method = "reference" if queries <= REFERENCE_MAX_PAIRS else "engine"
        run_lists = _reference if method == "reference" else _engine_lists
        s_lists, v_lists = run_lists(loaded, seeker_rows, vacancy_rows, scope, k, capped,
                                     seeker_k or k)
    seeker_ids = [int(loaded.seekers.ids[i]) for i in (seeker_rows if seeker_rows is not None
                                                       else [])]
    vacancy_ids = [int(loaded.vacancies.ids[j]) for j in (vacancy_rows if vacancy_rows
                                                          is not None else [])]
    rows = [*(r for lst in s_lists for r in _rows(lst, Direction.VACANCIES_FOR_SEEKER, scope,
                                                   run, now)),
            *(r for lst in v_lists for r in _rows(lst, Direction.SEEKERS_FOR_VACANCY, scope,
                                                   run, now))]
    with transaction.atomic():
        Recommendation.objects.filter(seeker_id__in=seeker_ids, scope=scope,
                                      direction=Direction.VACANCIES_FOR_SEEKER).delete()
        Recommendation.objects.filter(vacancy_id__in=vacancy_ids, scope=scope,
                                      direction=Direction.SEEKERS_FOR_VACANCY).delete()
        Recommendation.objects.bulk_create(rows, batch_size=1000)
    return len(seeker_ids), len(vacancy_ids)


def run_block(run: MatchRun, major: int, region: int, day: dt.date) -> tuple[int, int]:
    """One block of a batch run."""
    loaded = group_rows(day, major)
    s_rows = np.flatnonzero(loaded.seekers.region == region) if len(loaded.seekers) else None
    v_rows = (np.flatnonzero((loaded.vacancies.region == region)
                             & (loaded.vacancies.openings > 0))
              if len(loaded.vacancies) else None)
    # extended uncapped seeker lists: `cap_run` applies the cap over the whole run at the end
    return match(loaded, s_rows, v_rows, scope=run.scope, k=run.k, run=run, capped=False,
                 seeker_k=run.k * CAP_DEPTH)


def cap_run(run: MatchRun) -> int:
    """Congestion control over a queued batch once every block stored its extended lists
    (top 3k, uncapped): the engine's greedy selection (score, then lower seeker id, then
    lower vacancy id; at most k per seeker and ⌈3 × openings⌉ per vacancy), so that the
    queued batch stores what the in-process batch does. Returns the entries removed."""
    from goyong.employers.models import Vacancy

    rows = list(Recommendation.objects.filter(run=run, direction=Direction.VACANCIES_FOR_SEEKER)
                .values_list("pk", "seeker_id", "vacancy_id", "score"))
    openings = {pk: max(o - h, 0) for pk, o, h in Vacancy.objects.filter(
        pk__in={r[2] for r in rows}).values_list("pk", "openings", "hired")}
    cap = {pk: int(np.ceil(CAP_FACTOR * n)) for pk, n in openings.items()}
    used: dict[int, int] = {}
    taken: dict[int, list[tuple[float, int, int]]] = {}
    drop: list[int] = []
    for pk, seeker, vacancy, score in sorted(
            rows, key=lambda r: (-round(r[3] * 1_000_000), r[1], r[2])):
        got = taken.setdefault(seeker, [])
        if len(got) < run.k and used.get(vacancy, 0) < cap.get(vacancy, 0):
            got.append((score, vacancy, pk))
            used[vacancy] = used.get(vacancy, 0) + 1
        else:
            drop.append(pk)
    with transaction.atomic():
        Recommendation.objects.filter(pk__in=drop).delete()
        ranked: list[Recommendation] = []
        for got in taken.values():
            got.sort(key=lambda e: (-round(e[0] * 1_000_000), e[1]))
            ranked += [Recommendation(pk=pk, rank=n) for n, (_s, _v, pk) in
                       enumerate(got, start=1)]
        Recommendation.objects.bulk_update(ranked, ["rank"], batch_size=1000)
    return len(drop)


def _gini(values: np.ndarray) -> float:
    """Gini coefficient as engine.topk.gini (kept here so that reading metrics does not
    load the compiled kernel)."""
    x = np.sort(np.asarray(values, dtype=np.float64))
    n, total = x.size, x.sum()
    if n == 0 or total == 0:
        return 0.0
    ranks = np.arange(1, n + 1)
    return float((2.0 * (ranks * x).sum()) / (n * total) - (n + 1.0) / n)


def run_metrics(run: MatchRun) -> dict[str, float]:
    """Congestion and coverage of a finished batch: Gini of seeker-list appearances per open
    vacancy, share of open vacancies never recommended, share of seekers with k items."""
    from django.db.models import Count

    open_ids = [v for v, major in adapter.open_vacancies().values_list("pk", "occupation__code")
                if major is not None]
    qs = Recommendation.objects.filter(run=run, direction=Direction.VACANCIES_FOR_SEEKER)
    counts = dict(qs.order_by().values_list("vacancy_id").annotate(n=Count("id")))
    values = np.array([counts.get(v, 0) for v in open_ids], dtype=np.float64)
    lengths = list(qs.order_by().values_list("seeker_id").annotate(n=Count("id"))
                   .values_list("n", flat=True))
    seekers = int(run.counts.get("seekers", 0)) or len(lengths)
    full = sum(1 for n in lengths if n >= run.k)
    return {
        "gini": round(_gini(values), 4) if values.size else 0.0,
        "never_share": round(float((values == 0).mean()), 4) if values.size else 0.0,
        "coverage": round(full / seekers, 4) if seekers else 0.0,
        "max_count": int(values.max()) if values.size else 0,
    }
