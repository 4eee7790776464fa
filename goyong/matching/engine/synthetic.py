"""Synthetic seekers and vacancies with realistic structure, for tests and the benchmark.

Regions are jurisdictions scattered over the Korean mainland with Zipf-like sizes;
occupations follow the KECO shape (10 대분류, ~35 중분류, ~140 소분류, ~420 세분류) with
Zipf-like popularity; skills and licences are drawn from pools tied to the 세분류 and 소분류,
so overlaps are meaningful; a share of seekers will relocate. Deterministic for a given
``random_state``; nothing here is real data.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from goyong.matching.engine.features import EARTH_RADIUS_KM, SeekerArrays, TokenSets, VacancyArrays


@dataclass(frozen=True)
class Instance:
    """A generated instance."""

    seekers: SeekerArrays
    vacancies: VacancyArrays
    region_centres: NDArray[np.float64]  # (n_regions, 2) lat, lon


def keco_codes(rng: np.random.Generator, n_major: int = 10) -> NDArray[np.int64]:
    """A KECO-shaped code list: per 대분류 3–4 중분류 × 4 소분류 × 3 세분류."""
    codes = []
    for g in range(n_major):
        for m in range(int(rng.integers(3, 5))):
            for s in range(4):
                for d in range(3):
                    codes.append(g * 1000 + m * 100 + s * 10 + d + 1)
    return np.array(codes, dtype=np.int64)


def _zipf_weights(rng: np.random.Generator, n: int, a: float = 1.0) -> NDArray[np.float64]:
    w = 1.0 / np.arange(1, n + 1) ** a
    rng.shuffle(w)
    return np.asarray(w / w.sum(), dtype=np.float64)


def _token_rows(
    rng: np.random.Generator, pools: NDArray[np.int64], owner: NDArray[np.int64],
    n_min: int, n_max: int, extra_vocab: int, extra_offset: int, p_extra: float,
) -> TokenSets:
    """Per row, n_min..n_max tokens from the owner's pool, plus one generic token sometimes."""
    n = owner.size
    width = n_max + 1
    picks = pools[owner[:, None], rng.integers(0, pools.shape[1], size=(n, n_max))]
    extra = extra_offset + rng.integers(0, max(extra_vocab, 1), size=n)
    mat = np.concatenate([picks, extra[:, None]], axis=1)
    want = rng.integers(n_min, n_max + 1, size=n)
    keep = np.arange(width)[None, :] < want[:, None]
    keep[:, -1] = (rng.random(n) < p_extra) & (extra_vocab > 0)
    big = np.iinfo(np.int64).max
    mat = np.where(keep, mat, big)
    mat.sort(axis=1)
    dup = np.zeros_like(keep)
    dup[:, 1:] = mat[:, 1:] == mat[:, :-1]
    ok = (mat != big) & ~dup
    lengths = ok.sum(axis=1)
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    return TokenSets(indptr, mat[ok].astype(np.int32))


def _scatter(rng: np.random.Generator, centres: NDArray[np.float64], region: NDArray[np.int64],
             sigma_km: NDArray[np.float64]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    lat0 = centres[region, 0]
    lon0 = centres[region, 1]
    # a jurisdiction is compact: normal scatter truncated at 2 sigma
    dy = np.clip(rng.normal(0, 1, region.size), -2, 2) * sigma_km[region]
    dx = np.clip(rng.normal(0, 1, region.size), -2, 2) * sigma_km[region]
    lat = lat0 + np.degrees(dy / EARTH_RADIUS_KM)
    lon = lon0 + np.degrees(dx / (EARTH_RADIUS_KM * np.cos(np.radians(lat0))))
    return lat, lon


def make_instance(
    n_seekers: int,
    n_vacancies: int,
    *,
    n_regions: int = 100,
    n_major: int = 10,
    relocate_share: float = 0.1,
    random_state: int | None = 0,
    coarse: bool = False,
) -> Instance:
    """Generate an instance.

    Parameters
    ----------
    n_seekers, n_vacancies : sizes
    n_regions : number of jurisdictions
    n_major : number of KECO 대분류 used
    relocate_share : share of seekers willing to relocate
    random_state : seed
    coarse : round coordinates, wages and days so that many scores tie (for tie tests)
    """
    rng = np.random.default_rng(random_state)
    codes = keco_codes(rng, n_major)
    n_codes = codes.size
    code_w = _zipf_weights(rng, n_codes, 0.8)
    centres = np.column_stack([rng.uniform(34.8, 37.9, n_regions), rng.uniform(126.5, 129.3,
                                                                                n_regions)])
    region_w = _zipf_weights(rng, n_regions, 0.9)
    sigma = rng.uniform(3.0, 10.0, n_regions)
    # token pools: 20 skills per 세분류 (half shared within the 소분류), 5 licences per 소분류
    minor3 = codes // 10
    _, minor3_idx = np.unique(minor3, return_inverse=True)
    skill_pool = np.concatenate(
        [minor3_idx[:, None] * 10 + np.arange(10)[None, :],
         10 * (minor3_idx.max() + 1) + np.arange(n_codes)[:, None] * 10 + np.arange(10)[None, :]],
        axis=1,
    ).astype(np.int64)
    n_skill_vocab = int(skill_pool.max()) + 1
    lic_pool = (minor3_idx[:, None] * 5 + np.arange(5)[None, :]).astype(np.int64)

    # seekers
    s_code = rng.choice(n_codes, size=n_seekers, p=code_w)
    s_region = rng.choice(n_regions, size=n_seekers, p=region_w)
    s_lat, s_lon = _scatter(rng, centres, s_region, sigma)
    desired = np.round(rng.lognormal(np.log(2_800_000), 0.25, n_seekers), -4)
    min_wage = np.where(rng.random(n_seekers) < 0.5, np.round(desired * 0.85, -4), 0.0)
    desired = np.where(rng.random(n_seekers) < 0.1, 0.0, desired)
    part = rng.random(n_seekers) < 0.15
    age_band = rng.choice(3, size=n_seekers, p=[0.3, 0.5, 0.2])
    woman = rng.random(n_seekers) < 0.5
    commute = rng.choice(np.array([10.0, 15.0, 20.0, 30.0, 40.0]), size=n_seekers,
                         p=[0.3, 0.25, 0.25, 0.12, 0.08])
    seekers = SeekerArrays(
        ids=np.arange(1, n_seekers + 1) * 3 + 7,
        occupation=codes[s_code],
        experience_years=np.round(rng.exponential(3.0, n_seekers), 1),
        skills=_token_rows(rng, skill_pool, s_code, 2, 7, 50, n_skill_vocab, 0.3),
        licences=_token_rows(rng, lic_pool, s_code, 0, 3, 0, 0, 0.0),
        desired_wage=desired,
        min_wage=min_wage,
        hours_min=np.where(part, 15.0, 35.0),
        hours_max=np.where(part, 30.0, 52.0),
        lat=s_lat,
        lon=s_lon,
        commute_km=commute,
        relocate=rng.random(n_seekers) < relocate_share,
        region=s_region * 10 + 11,
        education=rng.choice(np.arange(1, 6), size=n_seekers, p=[0.05, 0.35, 0.2, 0.35, 0.05]),
        youth=age_band == 0,
        career_break_woman=(age_band == 1) & woman & (rng.random(n_seekers) < 0.3),
        older=age_band == 2,
    )

    # vacancies
    v_code = rng.choice(n_codes, size=n_vacancies, p=code_w)
    v_region = rng.choice(n_regions, size=n_vacancies, p=region_w)
    v_lat, v_lon = _scatter(rng, centres, v_region, sigma)
    v_part = rng.random(n_vacancies) < 0.12
    wage = np.round(rng.lognormal(np.log(2_700_000), 0.25, n_vacancies), -4)
    wage = np.where(rng.random(n_vacancies) < 0.05, 0.0, wage)
    wage = np.where(v_part, np.round(wage * 0.6, -4), wage)
    listed = _token_rows(rng, lic_pool, v_code, 0, 2, 0, 0, 0.0)
    needs = rng.random(n_vacancies) < 0.15
    req_rows = [listed.row(i)[:1] if needs[i] else () for i in range(n_vacancies)]
    vacancies = VacancyArrays(
        ids=np.arange(1, n_vacancies + 1) * 5 + 2,
        occupation=codes[v_code],
        skills=_token_rows(rng, skill_pool, v_code, 3, 6, 50, n_skill_vocab, 0.2),
        licences=listed,
        required_licences=TokenSets.from_lists(req_rows),
        wage=wage,
        weekly_hours=np.where(v_part, rng.choice(np.array([15.0, 20.0, 25.0, 30.0]),
                                                 n_vacancies), 40.0),
        lat=v_lat,
        lon=v_lon,
        region=v_region * 10 + 11,
        min_education=rng.choice(np.arange(0, 5), size=n_vacancies, p=[0.4, 0.05, 0.3, 0.1,
                                                                        0.15]),
        min_experience_years=rng.choice(np.array([0.0, 1.0, 2.0, 3.0, 5.0]), n_vacancies,
                                        p=[0.55, 0.15, 0.15, 0.1, 0.05]),
        small_giant=rng.random(n_vacancies) < 0.1,
        part_time=v_part,
        care_job=(codes[v_code] // 100) == 10,
        days_posted=rng.integers(0, 90, n_vacancies).astype(np.float64),
        openings=np.minimum(rng.geometric(0.5, n_vacancies), 10) - (rng.random(n_vacancies)
                                                                      < 0.03),
    )
    if coarse:
        seekers.lat[:] = np.round(seekers.lat, 2)
        seekers.lon[:] = np.round(seekers.lon, 2)
        vacancies.lat[:] = np.round(vacancies.lat, 2)
        vacancies.lon[:] = np.round(vacancies.lon, 2)
    return Instance(seekers, vacancies, centres)
