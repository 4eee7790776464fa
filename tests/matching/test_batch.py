"""Recommendations: the national batch through the real task worker (one task per block),
the in-process batch, the compiled engine path against the reference path, and
incremental refreshes."""

from __future__ import annotations

import numpy as np
import pytest

from goyong.core import jobs
from goyong.core.models import BackgroundJob
from goyong.matching import actions, adapter, compute
from goyong.matching.models import MatchRun, Recommendation
from goyong.reference import queries as ref
from tests.jobseekers.helpers import BUSAN, SEOUL
from tests.matching.helpers import JUNGBU, seeker, vacancy

pytestmark = pytest.mark.django_db


@pytest.fixture
def market():
    """Three offices; a relocating 서울 seeker, two local ones, a 부산 seeker; restaurant
    (13) and office (02) jobs in each office."""
    seekers = [seeker(SEOUL, willing_to_relocate=True), seeker(SEOUL),
               seeker(SEOUL, desired_occupations=["02"], desired_wage=2_500_000),
               seeker(BUSAN)]
    vacancies = [vacancy(SEOUL), vacancy(SEOUL, code="02", wage=2_600_000), vacancy(BUSAN),
                 vacancy(JUNGBU, openings=1), vacancy(BUSAN, code="02")]
    return seekers, vacancies


def _lists(run: MatchRun) -> dict[tuple[str, int], list[tuple[int, float]]]:
    """(direction, query id) → [(candidate id, score)] best first."""
    out: dict[tuple[str, int], list[tuple[int, float]]] = {}
    for r in Recommendation.objects.filter(run=run).order_by("rank"):
        seeker_side = r.direction == "seeker"
        key = (r.direction, r.seeker_id if seeker_side else r.vacancy_id)
        out.setdefault(key, []).append((r.vacancy_id if seeker_side else r.seeker_id, r.score))
    return out


def test_batch_runs_one_task_per_block_with_progress(market, django_capture_on_commit_callbacks):
    # given the market; when HQ's batch starts and the worker runs every queued task
    with django_capture_on_commit_callbacks(execute=True):
        run = actions.start_batch(scope="wide", k=5, acting_user=None)
    ran = jobs.run_queued_tasks()
    # then the plan task and one task per (대분류, office) block ran, and the job is done
    run.refresh_from_db()
    job = BackgroundJob.objects.get(pk=run.job_id)
    # blocks: 대분류 5 (13) in 서울, 부산, 중부; 대분류 0 (02) in 서울, 부산
    assert (run.blocks_total, run.blocks_done, run.status) == (5, 5, "done")
    assert ran == 6
    assert (job.status, job.done, job.total) == ("done", 5, 5)
    # and the lists equal those of the in-process batch
    stored = _lists(run)
    again = actions.run_batch_now(scope="wide", k=5)
    assert _lists(again) == stored
    # every seeker and every vacancy but 부산's office job (no 02 seeker within reach)
    assert len(stored) == 4 + 4
    relocating = market[0][0]
    jobs_of = list(Recommendation.objects.filter(seeker=relocating, scope="wide",
                                                 direction="seeker").order_by("rank")
                   .values_list("vacancy__office_code", flat=True))
    assert sorted(jobs_of) == ["12010", "13000", "15000"]


def test_local_lists_stay_within_reach(market):
    # when the local batch runs
    run = actions.run_batch_now(scope="local", k=5)
    # then the 서울 seekers get only the 서울 job of their 대분류 (부산 and 인천 are beyond
    # 20 km), and the metrics are stored
    s1, s2, s3, s4 = market[0]
    got = {s.pk: list(Recommendation.objects.filter(seeker=s, scope="local", direction="seeker")
                      .order_by("rank").values_list("vacancy_id", flat=True))
           for s in (s1, s2, s3, s4)}
    v_seoul, v_office, v_busan, _v_jungbu, v_busan_office = market[1]
    assert got == {s1.pk: [v_seoul.pk], s2.pk: [v_seoul.pk], s3.pk: [v_office.pk],
                   s4.pk: [v_busan.pk]}
    # 5 open vacancies, 3 in some seeker's list: 중부's and 부산's office job never shown
    assert (run.never_share, run.coverage) == (0.4, 0.0)
    assert Recommendation.objects.filter(vacancy=v_busan_office, direction="seeker").count() == 0


def test_engine_kernel_equals_reference_path(market):
    # given the loaded market
    loaded = adapter.load_all(ref.today())
    rows = np.arange(len(loaded.seekers))
    cols = np.flatnonzero(loaded.vacancies.openings > 0)
    out = {}
    for method in ("engine", "reference"):
        compute.match(loaded, rows, cols, scope="wide", k=3, run=None, method=method,
                      capped=False)
        out[method] = list(Recommendation.objects.order_by(
            "direction", "seeker_id", "vacancy_id").values_list(
            "direction", "seeker_id", "vacancy_id", "rank", "score", "explanation"))
    # then both paths store the same lists, scores and explanations
    assert out["engine"] == out["reference"]
    assert len(out["engine"]) > 0


def test_explanations_agree_with_components(market):
    actions.run_batch_now(scope="wide", k=5)
    for r in Recommendation.objects.all():
        c = r.components
        assert ("희망 직종 일치" in r.explanation) == (c["occupation"] == 1.0)
        assert ("희망임금 충족" in r.explanation) == (c["wage"] == 1.0 and c["offered_wage"] > 0)
        assert abs(sum(c[k] * w for k, w in WEIGHTS.items()) - r.score) < 1e-5


WEIGHTS = {"occupation": 0.30, "skills": 0.15, "licences": 0.05, "wage": 0.12, "hours": 0.08,
           "distance": 0.12, "education": 0.04, "experience": 0.06, "programme": 0.04,
           "freshness": 0.04}


def test_refresh_after_a_vacancy_closes_drops_it_from_lists(market):
    # given stored lists with the 서울 restaurant job in two seekers' lists
    actions.run_batch_now(scope="local", k=5)
    v_seoul = market[1][0]
    assert Recommendation.objects.filter(vacancy=v_seoul, direction="seeker").count() == 2
    # when it is filled and refreshed
    from goyong.accounts.choices import Role
    from goyong.employers.vacancies import actions as vacancy_actions
    from tests.factories import make_user

    v_seoul = vacancy_actions.fill_vacancy(v_seoul, acting_user=make_user(Role.HQ))
    actions.refresh_for_vacancy(v_seoul, acting_user=None)
    # then no list holds it any more
    assert Recommendation.objects.filter(vacancy=v_seoul).count() == 0


def test_refresh_for_a_seeker_writes_both_scopes(market):
    s1 = market[0][0]
    run = actions.refresh_for_seeker(s1, acting_user=None)
    scopes = set(Recommendation.objects.filter(seeker=s1, run=run).values_list(
        "scope", flat=True))
    assert scopes == {"local", "wide"}


def test_an_edit_queues_a_refresh_that_the_worker_runs(market, django_capture_on_commit_callbacks):
    # given stored lists; the second 서울 seeker wants restaurant work (13)
    actions.run_batch_now(scope="local", k=5)
    s2, office_job = market[0][1], market[1][1]
    from goyong.jobseekers import actions as seeker_actions

    def top(seeker):
        latest = Recommendation.objects.filter(seeker=seeker, direction="seeker",
                                               scope="local").order_by("-run_id", "rank")
        return latest.first().vacancy_id

    assert top(s2) != office_job.pk
    # when the counsellor changes the wish to office work (02)
    with django_capture_on_commit_callbacks(execute=True):
        seeker_actions.update_seeker(s2, {"desired_occupations": ["02"]}, acting_user=None)
    # then a refresh was queued, not run while the counsellor waited ...
    assert MatchRun.objects.filter(kind="seeker").count() == 0
    # ... and the worker's run puts the 서울 office job first
    assert jobs.run_queued_tasks() == 1
    assert MatchRun.objects.filter(kind="seeker", status="done").count() == 1
    assert top(s2) == office_job.pk


def test_filling_a_vacancy_queues_its_removal_from_lists(market, django_capture_on_commit_callbacks):
    # given stored lists with the 서울 restaurant job in two seekers' lists
    actions.run_batch_now(scope="local", k=5)
    v_seoul = market[1][0]
    assert Recommendation.objects.filter(vacancy=v_seoul, direction="seeker").count() == 2
    from goyong.accounts.choices import Role
    from goyong.employers.vacancies import actions as vacancy_actions
    from tests.factories import make_user

    # when it is filled (no explicit refresh) and the worker runs
    with django_capture_on_commit_callbacks(execute=True):
        vacancy_actions.fill_vacancy(v_seoul, acting_user=make_user(Role.HQ))
    assert jobs.run_queued_tasks() == 1
    # then no list holds it any more
    assert Recommendation.objects.filter(vacancy=v_seoul).count() == 0
