"""Statistics API: estimates and the gap per area, with the publication rules of the pages."""

from __future__ import annotations

import pytest

from goyong.accounts import actions as account_actions
from goyong.accounts.choices import Role
from goyong.labourstats.actions import import_statistics, load_default_datasets
from goyong.labourstats.models import Estimate
from goyong.labourstats.recompute import recompute_dataset
from tests.factories import make_user
from tests.labourstats.fixtures import survey_csv, survey_persons

pytestmark = pytest.mark.django_db


@pytest.fixture
def auth():
    user = make_user(Role.OFFICE_MEMBER)
    token = account_actions.create_api_token(user, "stats", acting_user=user)[1]
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def test_estimates_of_the_shipped_sido_series(client, auth):
    # given the shipped KOSIS series
    load_default_datasets()
    # when
    response = client.get("/api/v1/stats/estimates?period=2014&level=sido&group=15_64", **auth)
    # then 16 시도 × (revised) 15–64 rate, exactly as published (세종 is in the series from
    # 2017 only)
    rows = response.json()
    assert response.status_code == 200
    rates = [r for r in rows if r["measure"] == "employment_rate"]
    assert len(rates) == 16 and "29" not in {r["code"] for r in rates}
    seoul = next(r for r in rates if r["code"] == "11")
    assert (seoul["name"], seoul["value"], seoul["vintage"], seoul["release_date"]) == (
        "서울특별시", 65.7, "revised", "2024-11-26")
    assert seoul["source_label"].startswith("출처: 통계청")
    assert seoul["synthetic"] is False and seoul["suppressed"] is False


def test_estimates_of_survey_cells_are_suppressed_under_5(client, auth):
    # given microdata with a 4-person 시군구
    result = import_statistics(survey_csv({"2014H1": survey_persons()}), vintage="published",
                               acting_user=None)
    recompute_dataset(result.dataset)
    # when
    rows = client.get("/api/v1/stats/estimates?period=2014H1&level=sigungu&group=15_64",
                      **auth).json()
    # then
    tiny = [r for r in rows if r["code"] == "21060"]
    assert tiny and all(r["suppressed"] and r["value"] is None and r["se"] is None
                        for r in tiny)
    model = next(r for r in rows if r["code"] == "11010" and r["source_kind"] == "model")
    stored = Estimate.objects.get(area_code="11010", group="15_64", source_kind="model",
                                  period="2014H1")
    assert model["value"] == float(stored.value)
    assert model["rse"] == float(stored.rse)
    assert model["name"] == "서울특별시 종로구"


def test_gap_per_sido_with_group_split(client, auth):
    # given
    result = import_statistics(survey_csv({"2014H1": survey_persons()}), vintage="published",
                               acting_user=None)
    recompute_dataset(result.dataset)
    # when
    rows = client.get("/api/v1/stats/gap?period=2014H1&level=sido", **auth).json()
    # then
    seoul = next(r for r in rows if r["code"] == "11")
    pop, emp = (float(Estimate.objects.get(period="2014H1", area_code="11", group="15_64",
                                           measure=m).value) for m in ("population", "employed"))
    assert seoul["rate_15_64"] == pytest.approx(emp / pop * 100, rel=1e-12)
    assert seoul["persons_needed"] == max(0, -(-round(0.7 * pop - emp, 6) // 1))
    by = {g["group"]: g["contribution"] for g in seoul["by_group"]}
    assert by["youth"] + by["middle"] + by["older"] == pytest.approx(0.7 * pop - emp, abs=1e-6)
    assert by["women"] + by["men"] == pytest.approx(0.7 * pop - emp, abs=1e-6)


def test_period_left_out_means_the_newest(client, auth):
    load_default_datasets()
    rows = client.get("/api/v1/stats/estimates?level=sido&group=15_64", **auth).json()
    assert {r["period"] for r in rows} == {"2023"}


def test_bad_period_is_explained(client, auth):
    response = client.get("/api/v1/stats/gap?period=2014Q1", **auth)
    assert response.status_code == 422
    assert response.json()["detail"] == (
        "기간 '2014Q1'을(를) 알 수 없습니다. 연도는 2014, 반기는 2014H1 또는 2014H2, "
        "월은 2014-03처럼 쓰세요.")
