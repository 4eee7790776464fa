"""Features, hard constraints, the linear score and the explanation.

The hand-computed pair below writes every component out; the kernel is checked against
the vectorised reference on random pairs; every explanation is parsed back and compared
with the components it was built from (issue 6, Done-when "each explanation agrees with its
component scores").
"""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

from goyong.matching.engine import kernels
from goyong.matching.engine.features import (
    SeekerArrays,
    TokenSets,
    TokenVocabulary,
    VacancyArrays,
    chord_to_km,
    haversine_km,
    keco_code,
    occupation_level,
    pair_intersections,
    unit_vectors,
)
from goyong.matching.engine.scoring import (
    COMPONENTS,
    ScoringParams,
    Weights,
    explain,
    explanation_parts,
    score_pairs,
)
from goyong.matching.engine.synthetic import make_instance

SEOUL_CITY_HALL = (37.5665, 126.9780)
GANGNAM_STATION = (37.4979, 127.0276)


def _haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    # written out again here, independent of the engine
    r = 6371.0088
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2)
    return 2 * r * math.asin(math.sqrt(h))


def one_seeker(**over: object) -> SeekerArrays:
    base: dict[str, object] = {
        "ids": [1], "occupation": [keco_code("2311")], "experience_years": [4.0],
        "skills": TokenSets.from_lists([[1, 2, 3]]), "licences": TokenSets.from_lists([[10, 11]]),
        "desired_wage": [3_000_000], "min_wage": [2_500_000], "hours_min": [35], "hours_max": [52],
        "lat": [SEOUL_CITY_HALL[0]], "lon": [SEOUL_CITY_HALL[1]], "commute_km": [20], "relocate": [False],
        "region": [1], "education": [4], "youth": [True], "career_break_woman": [False], "older": [False],
    }
    base.update(over)
    return SeekerArrays(**base)  # type: ignore[arg-type]


def one_vacancy(**over: object) -> VacancyArrays:
    base: dict[str, object] = {
        "ids": [1], "occupation": [2311], "skills": TokenSets.from_lists([[2, 3, 4, 5]]),
        "licences": TokenSets.from_lists([[10, 12]]), "required_licences": TokenSets.from_lists([[10]]),
        "wage": [3_200_000], "weekly_hours": [40], "lat": [GANGNAM_STATION[0]], "lon": [GANGNAM_STATION[1]],
        "region": [2], "min_education": [4], "min_experience_years": [3], "small_giant": [True],
        "part_time": [False], "care_job": [False], "days_posted": [3], "openings": [2],
    }
    base.update(over)
    return VacancyArrays(**base)  # type: ignore[arg-type]


def _pair(s: SeekerArrays, v: VacancyArrays, scope: str = "local") -> dict[str, float]:
    ps = score_pairs(s, v, np.array([0]), np.array([0]), scope=scope)  # type: ignore[arg-type]
    rec = ps.record(0)
    rec["feasible"] = float(ps.feasible[0])
    return rec


def test_hand_computed_pair_components_score_and_explanation():
    # given: seeker at Seoul City Hall, vacancy at Gangnam Station (8.79 km), same 세분류
    km = _haversine(SEOUL_CITY_HALL, GANGNAM_STATION)

    # when
    rec = _pair(one_seeker(), one_vacancy())

    # then: every component by hand
    assert rec["feasible"] == 1.0
    assert rec["occupation"] == 1.0
    assert rec["skills"] == pytest.approx(2 / 5, abs=1e-15)  # {2,3} of {1,2,3,4,5}
    assert rec["licences"] == 0.5  # holds 10 of the listed {10, 12}
    assert rec["wage"] == 1.0 and rec["hours"] == 1.0 and rec["education"] == 1.0
    assert rec["experience"] == 1.0  # 4 years ≥ 3 asked
    assert rec["programme"] == 1.0  # youth × 강소기업
    assert rec["freshness"] == pytest.approx(1 - 3 / 60, abs=1e-15)
    assert rec["distance_km"] == pytest.approx(km, abs=1e-9)
    assert rec["distance"] == pytest.approx(math.exp(-km / 20), abs=1e-12)
    expected = 0.30 + 0.15 * 0.4 + 0.05 * 0.5 + 0.12 + 0.08 + 0.12 * math.exp(-km / 20) \
        + 0.04 + 0.06 + 0.04 + 0.04 * 0.95
    assert rec["score"] == round(expected, 6) == 0.840312
    assert explain(rec) == ("희망 직종 일치 · 통근 9km · 희망임금 충족 · 보유 기술 2개 일치 · "
                            "자격증 1개 보유 · 근무시간 적합 · 청년 강소기업 · 신규 공고(3일 전) · "
                            "경력 요건 충족")


def test_partial_fits_are_graded():
    # given: same 소분류 only, 80 % of the desired wage, 44 h against 35–40 h, 고졸 for 대졸,
    # 1.5 of 3 years, a 20-day-old posting
    s = one_seeker(hours_max=[40], education=[2], experience_years=[1.5], youth=[False])
    v = one_vacancy(occupation=[2312], wage=[2_550_000], weekly_hours=[44], days_posted=[20])

    # when
    rec = _pair(s, v)

    # then
    assert rec["occupation"] == 0.75
    assert rec["wage"] == pytest.approx(2 * 0.85 - 1, abs=1e-15)
    assert rec["hours"] == pytest.approx(1 - 4 / 10, abs=1e-15)
    assert rec["education"] == 0.0  # two levels short
    assert rec["experience"] == 0.5
    assert rec["programme"] == 0.0
    assert explain(rec) == ("유사 직종(소분류 일치) · 통근 9km · 희망임금의 85% · "
                            "보유 기술 2개 일치 · 자격증 1개 보유 · 근무시간 차이 주 4시간 · "
                            "학력 요건 미달 · 경력 1.5/3년")


@pytest.mark.parametrize(
    ("seeker", "vacancy", "scope", "feasible"),
    [
        ({}, {}, "local", True),
        ({"commute_km": [8]}, {}, "local", False),  # 8.79 km beyond an 8 km commute
        ({"commute_km": [8]}, {"region": [1]}, "local", True),  # but inside the jurisdiction
        ({"commute_km": [8], "relocate": [True]}, {}, "local", False),
        ({"commute_km": [8], "relocate": [True]}, {}, "wide", True),
        ({"commute_km": [8]}, {}, "wide", False),  # wide needs willingness to relocate
        ({"licences": TokenSets.from_lists([[11]])}, {}, "local", False),  # required 10 missing
        ({"min_wage": [3_300_000]}, {}, "local", False),  # 3.2M offered below 3.3M minimum
        ({"min_wage": [3_300_000]}, {"wage": [0]}, "local", True),  # 협의: not a refusal
        ({}, {"occupation": [3311]}, "local", False),  # other 대분류
        ({}, {"openings": [0]}, "local", False),
    ],
)
def test_hard_constraints(seeker, vacancy, scope, feasible):
    # given / when
    rec = _pair(one_seeker(**seeker), one_vacancy(**vacancy), scope)

    # then
    assert rec["feasible"] == float(feasible)


def test_other_major_group_allowed_when_the_switch_is_off():
    # given
    s, v = one_seeker(), one_vacancy(occupation=[3311])
    params = ScoringParams(require_same_major_group=False)

    # when
    ps = score_pairs(s, v, np.array([0]), np.array([0]), params=params)

    # then: feasible; occupation 0 and experience 0 (years in another 대분류 do not count)
    km = _haversine(SEOUL_CITY_HALL, GANGNAM_STATION)
    assert ps.feasible[0] and ps.components[0, 0] == 0.0 and ps.components[0, 7] == 0.0
    assert ps.micro[0] == round((0.763 - 0.30 - 0.06 + 0.12 * math.exp(-km / 20)) * 1e6)


def test_weights_are_overridable_and_checked():
    # given
    w = Weights(distance=0.5)

    # when
    ps = score_pairs(one_seeker(), one_vacancy(), np.array([0]), np.array([0]),
                     params=ScoringParams(weights=w))

    # then: the hand sum of the first test with 0.5 on distance
    km = _haversine(SEOUL_CITY_HALL, GANGNAM_STATION)
    assert ps.micro[0] == round((0.763 + 0.5 * math.exp(-km / 20)) * 1e6) == 1085132
    with pytest.raises(ValueError, match="non-negative"):
        Weights(skills=-0.1)


def test_distance_chords_agree_with_haversine():
    # given
    rng = np.random.default_rng(3)
    lat1, lat2 = rng.uniform(33, 39, 500), rng.uniform(33, 39, 500)
    lon1, lon2 = rng.uniform(124, 131, 500), rng.uniform(124, 131, 500)

    # when
    chord = np.linalg.norm(unit_vectors(lat1, lon1) - unit_vectors(lat2, lon2), axis=1)

    # then
    np.testing.assert_allclose(chord_to_km(chord), haversine_km(lat1, lon1, lat2, lon2),
                               rtol=1e-10, atol=1e-9)


def test_occupation_levels_follow_the_keco_hierarchy():
    # given / when
    level = occupation_level(2311, np.array([2311, 2312, 2321, 2411, 3311]))

    # then
    np.testing.assert_array_equal(level, [4, 3, 2, 1, 0])
    with pytest.raises(ValueError):
        keco_code("231")


def test_sparse_intersections_match_python_sets():
    # given
    rng = np.random.default_rng(5)
    a = [set(rng.choice(30, rng.integers(0, 6), replace=False).tolist()) for _ in range(40)]
    b = [set(rng.choice(30, rng.integers(0, 6), replace=False).tolist()) for _ in range(25)]
    li, rj = rng.integers(0, 40, 300), rng.integers(0, 25, 300)

    # when
    got = pair_intersections(TokenSets.from_lists(a), TokenSets.from_lists(b), li, rj)

    # then
    assert got.tolist() == [len(a[i] & b[j]) for i, j in zip(li, rj, strict=True)]


def test_vocabulary_normalises_korean_names():
    # given
    vocab = TokenVocabulary()

    # when
    sets = vocab.encode([["지게차  운전기능사", "엑셀"], ["지게차 운전기능사", " "]])

    # then
    assert vocab.ids == {"지게차 운전기능사": 0, "엑셀": 1}
    assert sets.row(0).tolist() == [0, 1] and sets.row(1).tolist() == [0]


def test_kernel_pair_score_equals_the_reference_on_random_pairs():
    # given: every pair of a random instance, both scopes
    inst = make_instance(150, 120, n_regions=6, n_major=3, random_state=11)
    S, V = inst.seekers, inst.vacancies
    Sf, Si = kernels.pack_seekers(S)
    Vf, Vi = kernels.pack_vacancies(V)
    prm = ScoringParams()
    si, vj = np.meshgrid(np.arange(len(S)), np.arange(len(V)), indexing="ij")
    si, vj = si.ravel(), vj.ravel()
    for scope in ("local", "wide"):
        # when
        ref = score_pairs(S, V, si, vj, scope=scope)  # type: ignore[arg-type]
        got = np.array([
            kernels.pair_micro(int(s), int(v), kernels.level_of(Si[s, 1], Vi[v, 1]), Sf, Si, Vf, Vi, S.skills.indptr,
                               S.skills.indices, S.licences.indptr, S.licences.indices,
                               V.skills.indptr, V.skills.indices, V.licences.indptr,
                               V.licences.indices, V.required_licences.indptr,
                               V.required_licences.indices, kernels.weights_tuple(prm),
                               kernels.params_tuple(prm), scope == "wide")
            for s, v in zip(si, vj, strict=True)
        ])

        # then: identical integers, infeasible pairs included
        assert ref.feasible.sum() > 1000
        np.testing.assert_array_equal(got, ref.micro)


_PATTERNS: list[tuple[str, str]] = [
    (r"희망 직종 일치", "occupation_exact"),
    (r"유사 직종\(소분류 일치\)", "occupation_minor3"),
    (r"관련 직종\(중분류 일치\)", "occupation_minor2"),
    (r"같은 대분류 직종", "occupation_major"),
    (r"통근 (\d+)km", "commute"),
    (r"관할 지역 내 (\d+)km", "jurisdiction"),
    (r"이주 필요 (\d+)km", "relocation"),
    (r"희망임금 충족", "wage_met"),
    (r"희망임금의 (\d+)%", "wage_share"),
    (r"임금 협의", "wage_negotiable"),
    (r"보유 기술 (\d+)개 일치", "skills"),
    (r"자격증 (\d+)개 보유", "licences"),
    (r"근무시간 적합", "hours_fit"),
    (r"근무시간 차이 주 ([\d.]+)시간", "hours_gap"),
    (r"청년 강소기업", "programme_youth"),
    (r"경력단절여성 시간선택제", "programme_women"),
    (r"장년 돌봄 일자리", "programme_older"),
    (r"신규 공고\((\d+)일 전\)", "fresh"),
    (r"학력 요건 미달", "education_short"),
    (r"경력 요건 충족", "experience_met"),
    (r"경력 ([\d.]+)/([\d.]+)년", "experience_short"),
]


def _check_phrase(code: str, args: tuple[str, ...], rec: dict[str, float], prm: ScoringParams):
    """What the phrase claims must hold for the components it came from."""
    occ = {"occupation_exact": 1.0, "occupation_minor3": 0.75, "occupation_minor2": 0.5,
           "occupation_major": 0.25}
    if code in occ:
        assert rec["occupation"] == occ[code]
    elif code in ("commute", "jurisdiction", "relocation"):
        km = int(args[0])
        assert abs(rec["distance_km"] - km) <= 0.5
        assert rec["distance"] == pytest.approx(math.exp(-rec["distance_km"] / 20), abs=1e-12)
        assert rec["within_commute"] == (code == "commute")
        if code == "jurisdiction":
            assert rec["same_region"] == 1.0
    elif code == "wage_met":
        assert rec["wage"] == 1.0 and rec["wage_ratio"] >= 1.0
    elif code == "wage_share":
        pct = int(args[0])
        assert rec["wage"] < 1.0 and pct / 100 <= rec["wage_ratio"] < (pct + 1) / 100
        assert rec["wage"] == pytest.approx(max(0.0, 2 * rec["wage_ratio"] - 1), abs=1e-12)
    elif code == "wage_negotiable":
        assert rec["wage"] == 0.5 and rec["offered_wage"] == 0
    elif code == "skills":
        assert rec["skill_overlap"] == int(args[0]) > 0 and rec["skills"] > 0
    elif code == "licences":
        assert rec["licence_overlap"] == int(args[0]) > 0 and rec["licences"] > 0
    elif code == "hours_fit":
        assert rec["hours"] == 1.0
    elif code == "hours_gap":
        gap = float(args[0])
        assert rec["hours"] == pytest.approx(max(0.0, 1 - gap / prm.hours_tolerance), abs=1e-9)
        assert rec["hours"] < 1.0
    elif code.startswith("programme_"):
        assert rec["programme"] == 1.0
    elif code == "fresh":
        assert int(args[0]) == rec["days_posted"] <= 7
        assert rec["freshness"] >= 1 - 7 / 60
    elif code == "education_short":
        assert rec["education"] < 1.0
    elif code == "experience_met":
        assert rec["experience"] == 1.0 and rec["required_experience"] > 0
    elif code == "experience_short":
        have, need = float(args[0]), float(args[1])
        assert rec["experience"] == pytest.approx(have / need, abs=0.05) and rec["experience"] < 1


def test_each_explanation_agrees_with_its_component_scores():
    # given: every feasible pair of a random instance in the wide scope
    inst = make_instance(120, 150, n_regions=8, n_major=3, relocate_share=0.5, random_state=21)
    si, vj = np.meshgrid(np.arange(120), np.arange(150), indexing="ij")
    prm = ScoringParams()
    ps = score_pairs(inst.seekers, inst.vacancies, si.ravel(), vj.ravel(), scope="wide")
    feasible = np.flatnonzero(ps.feasible)
    assert feasible.size > 2000
    seen: set[str] = set()
    for p in feasible:
        rec = ps.record(int(p))
        # when
        text = explain(rec)
        # then: the text is exactly the phrases, each phrase is true of the components
        phrases = text.split(" · ")
        assert len(phrases) == len(explanation_parts(rec))
        for phrase in phrases:
            matches = [(code, m.groups()) for pat, code in _PATTERNS
                       if (m := re.fullmatch(pat, phrase))]
            assert len(matches) == 1, phrase
            code, args = matches[0]
            _check_phrase(code, args, rec, prm)
            seen.add(code)
        # the component-determined phrases are never missing
        if rec["occupation"] == 1.0:
            assert "희망 직종 일치" in phrases
        if rec["wage"] == 1.0 and rec["offered_wage"] > 0 and rec["wage_ratio"] >= 1:
            assert "희망임금 충족" in phrases
        if rec["programme"] == 1.0:
            assert any(p in phrases for p in ("청년 강소기업", "경력단절여성 시간선택제",
                                               "장년 돌봄 일자리"))
        total = sum(getattr(prm.weights, c) * rec[c] for c in COMPONENTS)
        assert rec["score"] == pytest.approx(total, abs=5e-7)
    # the instance exercised almost every phrase
    assert len(seen) >= 18, sorted(seen)
