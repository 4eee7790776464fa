"""Direct estimates against R survey 4.1.1 (Debian bookworm, R 4.2.2).

Reference values: tests/labourstats/reference/direct_survey_results.csv, written by
tests/labourstats/reference/direct_survey.R from direct_sample.csv (1,921 persons, 6 strata,
58 PSUs; area "E" is absent from stratum 6 and from two thirds of the PSUs elsewhere). The
design is svydesign(ids = ~psu, strata = ~stratum, weights = ~weight); domains are svyby over
subset() designs. Tolerance: 1e-9 relative (issue 3).
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from goyong.labourstats.engine.direct import (
    DomainEstimator,
    DomainResults,
    LonelyPSUError,
    SurveyDesign,
)

REFERENCE = Path(__file__).resolve().parent.parent / "reference"
RTOL = 1e-9


def _sample() -> dict[str, np.ndarray]:
    with (REFERENCE / "direct_sample.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    data: dict[str, np.ndarray] = {}
    for key in rows[0]:
        col = [r[key].strip('"') for r in rows]
        data[key] = np.array(col) if key == "area" else np.array(col, dtype=np.float64)
    return data


def _reference(design: str, lonely: str, stat: str) -> dict[str, tuple[float, float, int]]:
    out: dict[str, tuple[float, float, int]] = {}
    with (REFERENCE / "direct_survey_results.csv").open() as fh:
        for r in csv.DictReader(fh):
            if (r["design"], r["lonely"], r["stat"]) == (design, lonely, stat):
                out[r["domain"]] = (float(r["estimate"]), float(r["se"]), int(r["df"]))
    return out


def _estimate(
    data: dict[str, np.ndarray], design: SurveyDesign, stat: str, domains: np.ndarray | None
) -> DomainResults:
    estimator = DomainEstimator(design)
    if stat == "total":
        return estimator.total(data["income"], domains)
    if stat == "mean":
        return estimator.mean(data["income"], domains)
    return estimator.ratio(data["employed15_64"], data["pop15_64"], domains)


def _assert_matches(result: DomainResults, ref: dict[str, tuple[float, float, int]]) -> None:
    labels = [str(x) for x in result.domains_]
    expected = np.array([ref[label] for label in labels])
    np.testing.assert_allclose(result.estimate_, expected[:, 0], rtol=RTOL, atol=0)
    np.testing.assert_allclose(result.se_, expected[:, 1], rtol=RTOL, atol=0)


@pytest.mark.parametrize("stat", ["total", "mean", "ratio"])
def test_domain_estimates_match_survey(stat: str) -> None:
    # given the reference sample and the stratified, clustered design
    data = _sample()
    design = SurveyDesign(data["weight"], strata=data["stratum"], psu=data["psu"])
    ref = _reference("main", "fail", stat)

    # when
    result = _estimate(data, design, stat, data["area"])

    # then estimates and SEs agree with svyby to 1e-9, df with degf(subset(...))
    assert [str(x) for x in result.domains_] == ["A", "B", "C", "D", "E"]
    _assert_matches(result, ref)
    assert result.domain_df_.tolist() == [ref[a][2] for a in "ABCDE"]
    assert result.df == ref["all"][2] == 58 - 6
    np.testing.assert_allclose(result.rse_, result.se_ / np.abs(result.estimate_), rtol=1e-15)


@pytest.mark.parametrize("stat", ["total", "mean", "ratio"])
def test_whole_population_matches_survey(stat: str) -> None:
    # given
    data = _sample()
    design = SurveyDesign(data["weight"], strata=data["stratum"], psu=data["psu"])

    # when no domains are given
    result = _estimate(data, design, stat, None)

    # then
    _assert_matches(result, _reference("main", "fail", stat))


def test_domain_absent_from_psus_keeps_all_psus() -> None:
    # given the design, and area "E" which no one in stratum 6 belongs to
    data = _sample()
    design = SurveyDesign(data["weight"], strata=data["stratum"], psu=data["psu"])
    in_e = data["area"] == "E"

    # when E is estimated as a domain, and (wrongly) from the rows of E alone
    as_domain = DomainEstimator(design).mean(data["income"], data["area"])
    dropped = DomainEstimator(
        SurveyDesign(data["weight"][in_e], strata=data["stratum"][in_e], psu=data["psu"][in_e])
    ).mean(data["income"][in_e])

    # then the domain SE is survey's (svyby over subset), not the dropped-rows SE
    ref_se = _reference("main", "fail", "mean")["E"][1]
    assert as_domain.se_[4] == pytest.approx(ref_se, rel=RTOL)
    assert dropped.se_[0] != pytest.approx(ref_se, rel=1e-3)
    assert as_domain.n_[4] == int(in_e.sum())


@pytest.mark.parametrize("lonely", ["certainty", "remove", "adjust", "average"])
@pytest.mark.parametrize("stat", ["total", "mean", "ratio"])
def test_lonely_psu_options_match_survey(lonely: str, stat: str) -> None:
    # given a stratification where stratum 7 has a single PSU
    data = _sample()
    design = SurveyDesign(
        data["weight"], strata=data["stratum_lonely"], psu=data["psu"], lonely_psu=lonely
    )

    # when
    result = _estimate(data, design, stat, data["area"])

    # then as options(survey.lonely.psu = lonely)
    _assert_matches(result, _reference("lonely", lonely, stat))
    whole = _estimate(data, design, stat, None)
    _assert_matches(whole, _reference("lonely", lonely, stat))


def test_lonely_psu_fails_by_default() -> None:
    # given survey's default, which stops with "Stratum (7) has only one PSU at stage 1"
    data = _sample()

    # when / then
    with pytest.raises(LonelyPSUError, match=r"Strata \[7\.0\] have only one PSU"):
        SurveyDesign(data["weight"], strata=data["stratum_lonely"], psu=data["psu"])


def test_ratio_counts_persons_with_nonzero_denominator() -> None:
    # given
    data = _sample()
    design = SurveyDesign(data["weight"], strata=data["stratum"], psu=data["psu"])

    # when
    rate = DomainEstimator(design).ratio(data["employed15_64"], data["pop15_64"], data["area"])

    # then n_ counts sampled persons aged 15-64 per area
    expected = [int(((data["area"] == a) & (data["pop15_64"] == 1)).sum()) for a in "ABCDE"]
    assert rate.n_.tolist() == expected


def test_psu_labels_are_nested_in_strata() -> None:
    # given PSU labels that restart in every stratum (1, 2, ... within each stratum)
    data = _sample()
    restarted = np.zeros_like(data["psu"])
    for h in np.unique(data["stratum"]):
        mask = data["stratum"] == h
        _, restarted[mask] = np.unique(data["psu"][mask], return_inverse=True)

    # when
    design = SurveyDesign(data["weight"], strata=data["stratum"], psu=restarted)
    result = DomainEstimator(design).total(data["income"], data["area"])

    # then the same as with globally unique PSU ids
    assert design.n_psu == 58
    _assert_matches(result, _reference("main", "fail", "total"))


def test_mismatched_lengths_are_refused() -> None:
    data = _sample()
    design = SurveyDesign(data["weight"], strata=data["stratum"], psu=data["psu"])
    with pytest.raises(ValueError, match="one value per record"):
        DomainEstimator(design).mean(data["income"][:-1])


@pytest.mark.parametrize("lonely", ["certainty", "adjust", "average"])
def test_sorted_grouping_path_gives_the_same_results(
    monkeypatch: pytest.MonkeyPatch, lonely: str
) -> None:
    # given the grouping by sort that large domain x PSU grids use instead of a dense bincount
    from goyong.labourstats.engine import direct

    monkeypatch.setattr(direct, "_DENSE_LIMIT", 0)
    data = _sample()
    design = SurveyDesign(
        data["weight"], strata=data["stratum_lonely"], psu=data["psu"], lonely_psu=lonely
    )

    # when
    result = _estimate(data, design, "ratio", data["area"])

    # then
    _assert_matches(result, _reference("lonely", lonely, "ratio"))
    assert result.domain_df_.tolist() == [
        v[2] for k, v in sorted(_reference("lonely", lonely, "ratio").items()) if k != "all"
    ]


def test_integer_labels_give_the_same_results() -> None:
    # given integer strata, PSUs and domain codes (the counting path instead of sorting)
    data = _sample()
    area_code = np.searchsorted(np.array(["A", "B", "C", "D", "E"]), data["area"]) + 11
    design = SurveyDesign(
        data["weight"], strata=data["stratum"].astype(np.int64), psu=data["psu"].astype(np.int32)
    )

    # when
    result = DomainEstimator(design).mean(data["income"], area_code)

    # then
    assert result.domains_.tolist() == [11, 12, 13, 14, 15]
    ref = _reference("main", "fail", "mean")
    np.testing.assert_allclose(result.se_, [ref[a][1] for a in "ABCDE"], rtol=RTOL, atol=0)
