"""Top-k both ways equals an independent brute force; congestion control and its metrics.

The brute force scores every pair with the vectorised reference (``score_pairs``), sorts by
score then id and cuts at k; the engine blocks by 대분류 × region, scans tiers with bounds
and uses the compiled kernel. Issue 6, Done-when: "on random instances the engine's top-k
equals a brute-force top-k exactly".
"""

from __future__ import annotations

from dataclasses import fields, replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from goyong.matching.engine.blockmax import BLOCK_WORDS, _below, _bit, _hits
from goyong.matching.engine.features import TokenSets, VacancyArrays
from goyong.matching.engine.synthetic import make_instance
from goyong.matching.engine.topk import (
    TopK,
    TopKMatcher,
    cap_recommendations,
    congestion_report,
    gini,
    recommendation_counts,
)
from tests.matching.engine.helpers import all_pair_micro, brute_topk

CASES = [
    # seekers, vacancies, regions, major groups, k, coarse (many ties), seed
    (300, 200, 12, 3, 10, False, 1),
    (250, 180, 5, 2, 20, True, 2),
    (120, 400, 30, 4, 5, False, 3),
    (200, 60, 3, 1, 30, True, 4),
]


@pytest.mark.parametrize(("ns", "nv", "nr", "ng", "k", "coarse", "seed"), CASES)
@pytest.mark.parametrize("scope", ["local", "wide"])
def test_topk_equals_brute_force_both_directions(ns, nv, nr, ng, k, coarse, seed, scope):
    # given
    inst = make_instance(ns, nv, n_regions=nr, n_major=ng, relocate_share=0.3, random_state=seed,
                         coarse=coarse)
    micro = all_pair_micro(inst.seekers, inst.vacancies, scope)
    want_v, want_vm = brute_topk(micro, inst.vacancies.ids, k)
    want_s, want_sm = brute_topk(micro.T, inst.seekers.ids, k)

    # when
    m = TopKMatcher(k=k, scope=scope, n_threads=2, chunk=7).fit(inst.seekers, inst.vacancies)
    for_seekers = m.recommend_vacancies()
    for_vacancies = m.recommend_seekers()

    # then
    np.testing.assert_array_equal(for_seekers.index, want_v)
    np.testing.assert_array_equal(for_seekers.micro, want_vm)
    np.testing.assert_array_equal(for_vacancies.index, want_s)
    np.testing.assert_array_equal(for_vacancies.micro, want_sm)
    assert (want_vm >= 0).sum() > ns  # the instance is not trivially empty
    # the bounds did real work without changing the answer
    assert for_seekers.scored_pairs <= (micro >= 0).sum()
    if k <= 10:
        assert for_seekers.scored_pairs < (micro >= 0).sum()


def _duplicated(v: VacancyArrays) -> VacancyArrays:
    """Every vacancy twice (second copy with a lower id), so that every score ties."""
    n = len(v)
    rows = np.concatenate([np.arange(n), np.arange(n)])
    kw = {}
    for f in fields(v):
        value = getattr(v, f.name)
        if isinstance(value, TokenSets):
            kw[f.name] = TokenSets.from_lists([value.row(int(r)).tolist() for r in rows])
        else:
            kw[f.name] = value[rows]
    kw["ids"] = np.concatenate([v.ids + 1_000_000, v.ids])
    return VacancyArrays(**kw)


def test_ties_are_broken_by_the_lower_id():
    # given: each vacancy posted twice under two ids
    inst = make_instance(200, 80, n_regions=3, n_major=1, random_state=8)
    vac = _duplicated(inst.vacancies)
    m = TopKMatcher(k=9).fit(inst.seekers, vac)

    # when
    res = m.recommend_vacancies()

    # then: the copies sit next to each other, lower id first, and match the brute force
    ids = np.where(res.index >= 0, vac.ids[res.index], -1)
    same = (res.micro[:, 1:] == res.micro[:, :-1]) & (res.index[:, 1:] >= 0)
    assert same.sum() > 500
    assert np.all(ids[:, 1:][same] > ids[:, :-1][same])
    want, want_m = brute_topk(all_pair_micro(inst.seekers, vac, "local"), vac.ids, 9)
    np.testing.assert_array_equal(res.index, want)
    np.testing.assert_array_equal(res.micro, want_m)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    ns=st.integers(1, 60), nv=st.integers(1, 60), nr=st.integers(1, 6), ng=st.integers(1, 3),
    k=st.integers(1, 12), seed=st.integers(0, 10_000), wide=st.booleans(),
)
def test_topk_equals_brute_force_property(ns, nv, nr, ng, k, seed, wide):
    # given: any small instance
    scope = "wide" if wide else "local"
    inst = make_instance(ns, nv, n_regions=nr, n_major=ng, relocate_share=0.4,
                         random_state=seed, coarse=seed % 2 == 0)
    micro = all_pair_micro(inst.seekers, inst.vacancies, scope)

    # when
    m = TopKMatcher(k=k, scope=scope).fit(inst.seekers, inst.vacancies)

    # then
    want, want_m = brute_topk(micro, inst.vacancies.ids, k)
    got = m.recommend_vacancies()
    np.testing.assert_array_equal(got.index, want)
    np.testing.assert_array_equal(got.micro, want_m)
    want, want_m = brute_topk(micro.T, inst.seekers.ids, k)
    got = m.recommend_seekers()
    np.testing.assert_array_equal(got.index, want)
    np.testing.assert_array_equal(got.micro, want_m)


def test_single_seeker_query_and_subsets_equal_the_batch():
    # given
    inst = make_instance(300, 500, n_regions=15, n_major=3, relocate_share=0.3, random_state=9)
    m = TopKMatcher(k=20).fit(inst.seekers, inst.vacancies)
    for scope in ("local", "wide"):
        batch = m.recommend_vacancies(scope=scope)  # type: ignore[arg-type]

        # when
        rows = np.array([5, 17, 250, 3])
        subset = m.recommend_vacancies(rows, scope=scope)  # type: ignore[arg-type]
        singles = [m.recommend_for_seeker(int(r), scope=scope) for r in rows]  # type: ignore[arg-type]

        # then
        np.testing.assert_array_equal(subset.index, batch.index[rows])
        for r, one in zip(rows, singles, strict=True):
            np.testing.assert_array_equal(one.index[0], batch.index[r])
            np.testing.assert_array_equal(one.micro[0], batch.micro[r])


def test_explain_returns_components_that_add_up_to_the_ranked_score():
    # given
    inst = make_instance(100, 200, n_regions=5, n_major=2, random_state=4)
    m = TopKMatcher(k=5).fit(inst.seekers, inst.vacancies)
    res = m.recommend_vacancies()
    q = int(np.flatnonzero(res.lengths == 5)[0])

    # when
    recs = m.explain(res, q)

    # then
    assert [r.rank for r in recs] == [1, 2, 3, 4, 5]
    assert [r.vacancy_id for r in recs] == inst.vacancies.ids[res.index[q]].tolist()
    assert [round(r.score * 1e6) for r in recs] == res.micro[q].tolist()
    assert all(r.explanation for r in recs)


def test_wide_scope_adds_distant_vacancies_only_for_relocators():
    # given
    inst = make_instance(400, 400, n_regions=20, n_major=2, relocate_share=0.5, random_state=6)
    m = TopKMatcher(k=10).fit(inst.seekers, inst.vacancies)

    # when
    local = m.recommend_vacancies(scope="local")
    wide = m.recommend_vacancies(scope="wide")

    # then: identical lists for seekers who will not move; relocators gain candidates
    stay = ~inst.seekers.relocate
    np.testing.assert_array_equal(local.index[stay], wide.index[stay])
    assert wide.lengths[~stay].sum() > local.lengths[~stay].sum()


def _brute_greedy(micro: np.ndarray, s_ids, v_ids, cap, k):
    """Greedy capped selection over every feasible pair, written independently."""
    pairs = [(-micro[s, v], s_ids[s], v_ids[v], s, v) for s in range(micro.shape[0])
             for v in range(micro.shape[1]) if micro[s, v] >= 0]
    pairs.sort()
    taken = [0] * micro.shape[0]
    used = [0] * micro.shape[1]
    lists: list[list[int]] = [[] for _ in range(micro.shape[0])]
    for _, _, _, s, v in pairs:
        if taken[s] < k and used[v] < cap[v]:
            taken[s] += 1
            used[v] += 1
            lists[s].append(v)
    return lists, used


def test_congestion_cap_equals_a_brute_force_greedy_and_is_respected():
    # given: a small instance with a tight cap (1 × openings)
    inst = make_instance(150, 40, n_regions=3, n_major=1, relocate_share=0.2, random_state=12)
    k = 5
    micro = all_pair_micro(inst.seekers, inst.vacancies, "local")
    cap = np.ceil(1.0 * inst.vacancies.openings).astype(np.int64)
    m = TopKMatcher(k=k).fit(inst.seekers, inst.vacancies)

    # when: extended lists long enough to hold every feasible vacancy
    capped = m.recommend_vacancies_capped(factor=1.0, depth=len(inst.vacancies))

    # then
    lists, used = _brute_greedy(micro, inst.seekers.ids, inst.vacancies.ids, cap, k)
    got = [[int(x) for x in row if x >= 0] for row in capped.topk.index]
    assert [sorted(g) for g in got] == [sorted(x) for x in lists]
    assert capped.counts.tolist() == used
    assert np.all(capped.counts <= cap)
    assert capped.replaced > 0 and capped.exhausted == 0
    # capped lists stay ordered best first
    mic = np.where(capped.topk.index >= 0, capped.topk.micro, -1)
    assert np.all(np.diff(mic, axis=1)[capped.topk.index[:, 1:] >= 0] <= 0)
    # and the cap spreads recommendations: lower concentration than uncapped
    plain = m.recommend_vacancies(k=k)
    assert (congestion_report(capped.topk, 40).gini < congestion_report(plain, 40).gini)


def test_gini_and_congestion_report_on_hand_cases():
    # given: 4 vacancies; counts 0, 0, 0, 4 → Gini 0.75; equal counts → 0
    assert gini(np.array([0, 0, 0, 4])) == pytest.approx(0.75, abs=1e-15)
    assert gini(np.array([2, 2, 2])) == 0.0
    assert gini(np.array([0, 0])) == 0.0
    # 3 seekers, k = 2, candidates 0..3: lists [0, 1], [0, -], [1, 0]
    res = TopK("vacancies_for_seekers", np.arange(3), np.array([[0, 1], [0, -1], [1, 0]]),
               np.array([[9, 8], [7, -1], [6, 5]]))

    # when
    counts = recommendation_counts(res, 4)
    rep = congestion_report(res, 4)

    # then: counts 3, 2, 0, 0; Gini of (0, 0, 2, 3) = 2(3·2 + 4·3)/(4·5) − 5/4 = 0.55
    assert counts.tolist() == [3, 2, 0, 0]
    assert rep.gini == pytest.approx(0.55, abs=1e-15)
    assert rep.never_share == 0.5
    assert rep.coverage == pytest.approx(2 / 3, abs=1e-15)
    assert rep.max_count == 3


def test_cap_recommendations_replaces_with_the_next_best():
    # given: two seekers both rank vacancy 0 first; vacancy 0 may appear once
    ext = TopK("vacancies_for_seekers", np.arange(2), np.array([[0, 1, 2], [0, 2, 1]]),
               np.array([[90, 80, 70], [95, 60, 50]]))
    cap = np.array([1, 5, 5])

    # when
    out = cap_recommendations(ext, 2, cap, np.array([10, 11]), np.array([1, 2, 3]))

    # then: seeker 1 (95) keeps vacancy 0; seeker 0 moves up to its next two
    assert out.topk.index.tolist() == [[1, 2], [0, 2]]
    assert out.topk.micro.tolist() == [[80, 70], [95, 60]]
    assert out.counts.tolist() == [1, 1, 2] and out.replaced == 1


def _colliding_tokens() -> list[int]:
    """Skill ids in pairs that share a bit of the two-word masks (see blockmax._bit)."""
    by_bit: dict[tuple[int, int], list[int]] = {}
    for t in range(1, 10_000):
        by_bit.setdefault(_bit(t, BLOCK_WORDS), []).append(t)
    pairs = [ids[:2] for ids in by_bit.values() if len(ids) >= 2][:4]
    return [t for pair in pairs for t in pair]


@pytest.mark.parametrize("scope", ["local", "wide"])
def test_topk_equals_brute_force_when_skills_share_mask_bits(scope):
    # given: skills drawn from 4 pairs of ids whose hashed bits coincide, so the masks'
    # popcount undercounts the overlap unless the seeker's own collisions are added back
    tokens = _colliding_tokens()
    assert len({_bit(t, BLOCK_WORDS) for t in tokens}) == 4
    rng = np.random.default_rng(7)
    inst = make_instance(400, 300, n_regions=3, n_major=1, random_state=5)

    def draw(n: int) -> TokenSets:
        return TokenSets.from_lists(
            rng.choice(tokens, size=int(rng.integers(1, 6)), replace=False).tolist()
            for _ in range(n))

    seekers = replace(inst.seekers, skills=draw(len(inst.seekers)))
    vacancies = replace(inst.vacancies, skills=draw(len(inst.vacancies)))
    micro = all_pair_micro(seekers, vacancies, scope)
    want, want_m = brute_topk(micro, vacancies.ids, 3)

    # when
    got = TopKMatcher(k=3, scope=scope).fit(seekers, vacancies).recommend_vacancies()

    # then
    np.testing.assert_array_equal(got.index, want)
    np.testing.assert_array_equal(got.micro, want_m)
    assert got.pruned_pairs > 0  # the mask bounds were used


def test_mask_hits_count_colliding_query_tokens_once_each():
    # given: a query with two tokens on one bit and one elsewhere, a row holding all three
    a, b = _colliding_tokens()[:2]
    c = next(t for t in range(1, 10_000) if _bit(t, BLOCK_WORDS) != _bit(a, BLOCK_WORDS))
    row = np.zeros((1, BLOCK_WORDS), dtype=np.int64)
    query = [0, 0]
    for t in (a, b, c):
        word, bit = _bit(t, BLOCK_WORDS)
        row[0, word] |= np.int64(1) << bit
        query[word] |= 1 << bit
    slack = 3 - sum(bin(x).count("1") for x in query)
    empty = np.zeros(0, dtype=np.int64)

    # when
    hits = _hits(row, 0, 0, BLOCK_WORDS, 3, empty, empty, query[0], query[1], slack)
    none = _hits(np.zeros((1, BLOCK_WORDS), dtype=np.int64), 0, 0, BLOCK_WORDS, 3, empty, empty,
                 query[0], query[1], slack)

    # then: two bits set in common, plus the one token that shares a bit
    assert slack == 1
    assert hits == 3
    assert none == 1  # the slack alone: a bound, never below the true overlap of 0


def test_below_agrees_with_rounding_the_bound_to_micro_points():
    # given: bounds and k-th scores around each other, away from the half-micro-point edges
    rng = np.random.default_rng(3)
    kth = rng.integers(100_000, 1_000_000, size=2_000)
    ub = (kth + rng.uniform(-4.0, 4.0, size=kth.size)) / 1e6
    frac = (ub * 1e6 + 0.5) % 1.0
    keep = (frac > 1e-6) & (frac < 1 - 1e-6)

    # when
    got = np.array([_below(float(u), int(t)) for u, t in zip(ub[keep], kth[keep], strict=True)])

    # then: the same as floor(ub·10⁶ + ½) + 1 < k-th, the integer form it replaces
    want = np.floor(ub[keep] * 1e6 + 0.5) + 1 < kth[keep]
    np.testing.assert_array_equal(got, want)
    assert 0 < got.sum() < got.size
