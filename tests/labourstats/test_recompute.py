"""Background recomputation after a microdata import: a real job through the django-tasks
database worker derives direct estimates (checked against a Taylor-linearisation written out
independently below) and Fay–Herriot small-area estimates for the 시군구 × group cells."""

from __future__ import annotations

import math
from collections import defaultdict

import numpy as np
import pytest

from goyong.accounts.choices import Role
from goyong.core import jobs
from goyong.core.models import BackgroundJob
from goyong.labourstats.actions import import_statistics
from goyong.labourstats.engine.fayherriot import FayHerriot, design_matrix
from goyong.labourstats.models import Dataset, Estimate
from tests.factories import make_user
from tests.labourstats.fixtures import SURVEY_AREAS, microdata_csv, survey_persons

pytestmark = pytest.mark.django_db

AREAS = SURVEY_AREAS


def _persons() -> list[tuple[str, int, int, int, float]]:
    return survey_persons()


def _taylor_ratio(rows, numerator, denominator, in_domain):
    """Ratio Σwy/Σwx over a domain, SE with-replacement between PSUs within strata (every
    PSU of the design counts, zeros outside the domain), written out from the formula."""
    stratum_of = [f"s{r[0][:2]}" for r in rows]
    psu_of = [f"p{number % 7}" for number in range(len(rows))]
    x = [denominator(r) * in_domain(r) for r in rows]
    y = [numerator(r) * denominator(r) * in_domain(r) for r in rows]
    w = [r[4] for r in rows]
    big_x = sum(wi * xi for wi, xi in zip(w, x, strict=True))
    ratio = sum(wi * yi for wi, yi in zip(w, y, strict=True)) / big_x
    totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for i in range(len(rows)):
        totals[stratum_of[i]][psu_of[i]] += w[i] * (y[i] - ratio * x[i]) / big_x
    variance = 0.0
    for psus in totals.values():
        values = list(psus.values())
        mean = sum(values) / len(values)
        variance += len(values) / (len(values) - 1) * sum((v - mean) ** 2 for v in values)
    return ratio, math.sqrt(variance), sum(1 for i in range(len(rows)) if x[i])


def test_microdata_import_queues_recomputation_that_stores_direct_and_model_estimates(
        django_capture_on_commit_callbacks):
    # given an office lead importing one half-year of microdata
    lead = make_user(Role.OFFICE_LEAD)
    rows = _persons()
    with django_capture_on_commit_callbacks(execute=True):
        result = import_statistics(microdata_csv(rows), vintage="published", acting_user=lead)
    assert result.ok
    job = result.job
    assert job is not None and job.status == "queued" and job.started_by == lead
    assert Dataset.objects.get().recompute_job == job
    assert not Estimate.objects.exists()  # nothing derived before the worker runs
    # when the database worker runs the queued job
    assert jobs.run_queued_tasks() == 1
    # then the job finished with its progress at 4 of 4 steps (one per group)
    job.refresh_from_db()
    assert (job.status, job.done, job.total) == ("done", 4, 4)
    assert job.result["periods"] == ["2014H1"]
    # direct estimates: 12 시군구 + 2 시도 + nation, 4 groups, population and employed each,
    # and a rate wherever the group has a sample person (the 4-person 시군구 has no 55–64)
    direct = Estimate.objects.filter(source_kind="microdata")
    assert not any(r[0] == "21060" and 55 <= r[2] <= 64 for r in rows)
    assert direct.count() == (12 + 2 + 1) * 4 * 3 - 1
    assert not direct.filter(area_code="21060", group="55_64", measure="employment_rate")
    assert job.result["estimates"] == direct.count() + 12 * 4
    # … each rate as the formula written out above gives it (1e-9 relative; stored to 1e-6 %)
    youth = lambda r: 15 <= r[2] <= 29  # noqa: E731
    for code, in_domain in [("11030", lambda r: r[0] == "11030"),
                            ("21", lambda r: r[0].startswith("21"))]:
        ratio, se, n = _taylor_ratio(rows, lambda r: r[3] == 1, youth, in_domain)
        stored = direct.get(area_code=code, group="15_29", measure="employment_rate")
        assert float(stored.value) == pytest.approx(ratio * 100, abs=1e-6)
        assert float(stored.se) == pytest.approx(se * 100, abs=1e-6)
        assert float(stored.rse) == pytest.approx(se / ratio * 100, abs=1e-4)
        assert stored.sample_size == n
        assert (stored.vintage, stored.period, stored.unit) == ("published", "2014H1", "percent")
    population = direct.get(area_code="11030", group="15_64", measure="population")
    assert float(population.value) == pytest.approx(
        sum(r[4] for r in rows if r[0] == "11030" and 15 <= r[2] <= 64), abs=0.01)
    # model estimates: Fay–Herriot REML on the stored direct 시군구 rates with the 시도 rate
    # as covariate, as the engine fits it (engine checked against R sae elsewhere)
    model = Estimate.objects.filter(source_kind="model", group="15_29")
    assert model.count() == 12
    cells = {e.area_code: e for e in direct.filter(area_level="sigungu", group="15_29",
                                                   measure="employment_rate")}
    sido = {e.area_code: float(e.value) / 100 for e in direct.filter(
        area_level="sido", group="15_29", measure="employment_rate")}
    fitted = [c for c in AREAS if cells[c].sample_size >= 2 and cells[c].se]
    X, _names = design_matrix({"sido": np.array([sido[c[:2]] for c in fitted])})
    fit = FayHerriot(tol=1e-10).fit(np.array([float(cells[c].value) / 100 for c in fitted]),
                                    np.array([(float(cells[c].se) / 100) ** 2 for c in fitted]),
                                    X)
    for code, eblup, mse in zip(fitted, fit.eblup_, fit.mse_, strict=True):
        stored = model.get(area_code=code)
        assert float(stored.value) == pytest.approx(eblup * 100, rel=1e-5)
        assert float(stored.se) == pytest.approx(math.sqrt(mse) * 100, rel=1e-4)
        assert float(stored.rse) == pytest.approx(math.sqrt(mse) / eblup * 100, rel=1e-4)
        assert stored.source == "model:fayherriot"
        # the model is at least as precise as the direct estimate
        assert float(stored.se) <= float(cells[code].se) + 1e-9
    tiny = direct.get(area_code="21060", group="15_64", measure="employment_rate")
    assert tiny.sample_size < 5


def test_recomputation_is_idempotent(django_capture_on_commit_callbacks):
    # given an imported and recomputed dataset
    with django_capture_on_commit_callbacks(execute=True):
        result = import_statistics(microdata_csv(_persons()), vintage="published",
                                   acting_user=None)
    jobs.run_queued_tasks()
    count = Estimate.objects.count()
    first = list(Estimate.objects.order_by("area_level", "area_code", "group", "measure",
                                           "source").values_list("value", flat=True))
    # when it is recomputed again
    from goyong.labourstats.actions import start_recomputation

    with django_capture_on_commit_callbacks(execute=True):
        start_recomputation(result.dataset, acting_user=None)
    jobs.run_queued_tasks()
    # then the same rows, not twice as many
    assert Estimate.objects.count() == count
    assert list(Estimate.objects.order_by("area_level", "area_code", "group", "measure",
                                          "source").values_list("value", flat=True)) == first
    assert BackgroundJob.objects.filter(status="done").count() == 2


def test_second_microdata_batch_for_the_same_period_is_refused():
    # given one batch of 2014H1
    import_statistics(microdata_csv(_persons()[:50]), vintage="published", acting_user=None)
    # when another file with 2014H1 rows comes
    result = import_statistics(microdata_csv(_persons()[50:80]), vintage="published",
                               acting_user=None)
    # then a row error, nothing stored, no job
    assert not result.ok
    assert "2014H1 기간의 마이크로데이터는 이미 가져왔습니다" in result.errors[0].message
    assert Dataset.objects.count() == 1
    assert BackgroundJob.objects.count() == 1
