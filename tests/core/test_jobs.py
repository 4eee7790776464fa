"""The background-job facility (goyong.core.jobs) with real tasks through the real
django-tasks database backend: enqueued on commit, run by django_tasks_db's own Worker
in-process (what `goyong worker` runs), progress and outcome read back from the database."""

from __future__ import annotations

import pytest
from django.db import transaction
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from goyong.accounts.choices import Role
from goyong.core import jobs
from goyong.core.models import BackgroundJob
from tests.factories import make_user, office_named

pytestmark = pytest.mark.django_db


@task()
def count_squares(job_id: int, n: int) -> int:
    """A real task: reports progress step by step and reads its own row half-way."""
    with jobs.running(job_id) as job:
        job.progress(0, total=n, message="제곱을 세는 중입니다.")
        total = 0
        seen_midway: dict[str, object] = {}
        for i in range(1, n + 1):
            total += i * i
            job.progress(i)
            if i == n // 2:
                row = BackgroundJob.objects.get(pk=job_id)
                seen_midway = {"status": row.status, "done": row.done, "total": row.total}
        job.finish(result={"sum": total, "midway": seen_midway,
                           "summary": f"제곱의 합은 {total}입니다."},
                   message="다 셌습니다.")
    return total


@task()
def refuse(job_id: int, reason: str) -> None:
    with jobs.running(job_id):
        raise jobs.JobError(reason)


@task()
def crash(job_id: int) -> None:
    with jobs.running(job_id) as job:
        job.progress(1, total=3)
        raise ZeroDivisionError("division by zero")


@task()
def quiet(job_id: int) -> None:
    with jobs.running(job_id) as job:
        job.progress(2, total=2)


def test_job_runs_through_the_database_backend_with_progress(django_capture_on_commit_callbacks):
    # given a job started inside a transaction
    user = make_user(Role.OFFICE_LEAD, office_named("서울지방고용노동청"))
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        job = jobs.start_job(count_squares, kind="tests.squares.counted",
                             title="제곱 세기", acting_user=user, args=[6])
        assert DBTaskResult.objects.count() == 0  # not before commit
    job.refresh_from_db()
    assert (job.status, job.started_by, job.done, job.total) == ("queued", user, 0, 0)
    assert DBTaskResult.objects.get().status == "READY"
    assert job.task_id == str(DBTaskResult.objects.get().id)
    # when the database worker runs it
    ran = jobs.run_queued_tasks()
    # then
    job.refresh_from_db()
    assert ran == 1
    assert job.status == "done"
    assert (job.done, job.total, job.percent) == (6, 6, 100)
    assert job.result == {"sum": 91, "midway": {"status": "running", "done": 3, "total": 6},
                          "summary": "제곱의 합은 91입니다."}
    assert job.message == "다 셌습니다."
    assert job.started_at is not None and job.finished_at is not None
    assert job.started_at <= job.finished_at
    stored = DBTaskResult.objects.get()
    assert stored.status == "SUCCESSFUL"
    assert stored.return_value == 91


def test_job_error_is_kept_as_the_users_message(django_capture_on_commit_callbacks):
    # given
    with django_capture_on_commit_callbacks(execute=True):
        job = jobs.start_job(refuse, kind="tests.refusal", title="거절", acting_user=None,
                             args=["파일에 2014H1 자료가 없습니다. 기간을 확인하세요."])
    # when
    jobs.run_queued_tasks(max_tasks=1)
    # then
    job.refresh_from_db()
    assert job.status == "failed"
    assert job.error == "파일에 2014H1 자료가 없습니다. 기간을 확인하세요."
    assert job.message == "작업이 실패했습니다."
    assert job.started_by is None
    assert DBTaskResult.objects.get().status == "FAILED"


def test_unexpected_exception_fails_the_job_with_a_korean_message(
        django_capture_on_commit_callbacks):
    # given
    with django_capture_on_commit_callbacks(execute=True):
        job = jobs.start_job(crash, kind="tests.crash", title="고장", acting_user=None)
    # when
    jobs.run_queued_tasks()
    # then
    job.refresh_from_db()
    assert job.status == "failed"
    assert job.done == 1 and job.total == 3
    assert job.error == ("작업 중 예기치 않은 오류가 났습니다 (ZeroDivisionError: division by "
                         "zero). 같은 작업을 다시 시작해 보고, 또 실패하면 관리자에게 이 "
                         "메시지를 알리세요.")
    assert DBTaskResult.objects.get().status == "FAILED"


def test_leaving_the_block_without_finish_marks_done(django_capture_on_commit_callbacks):
    # given
    with django_capture_on_commit_callbacks(execute=True):
        job = jobs.start_job(quiet, kind="tests.quiet", title="조용히", acting_user=None)
    # when
    jobs.run_queued_tasks()
    # then
    job.refresh_from_db()
    assert (job.status, job.done, job.total, job.message) == ("done", 2, 2, "작업을 마쳤습니다.")


def test_rolled_back_start_enqueues_nothing(django_capture_on_commit_callbacks):
    # given / when a transaction that starts a job fails
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        jobs.start_job(count_squares, kind="tests.squares.counted", title="제곱 세기",
                       acting_user=None, args=[3])
        raise RuntimeError("rollback")
    # then
    assert BackgroundJob.objects.count() == 0
    assert DBTaskResult.objects.count() == 0
    assert jobs.run_queued_tasks() == 0


def test_job_page_for_owner_and_hq_only(client, django_capture_on_commit_callbacks):
    # given a job started by a 서울청 lead, still queued
    seoul = office_named("서울지방고용노동청")
    owner = make_user(Role.OFFICE_LEAD, seoul)
    colleague = make_user(Role.OFFICE_MEMBER, seoul)
    hq = make_user(Role.HQ)
    with django_capture_on_commit_callbacks(execute=True):
        job = jobs.start_job(count_squares, kind="tests.squares.counted", title="제곱 세기",
                             acting_user=owner, args=[4])
    url = f"/jobs/{job.uuid}/"
    # when / then
    assert client.get(url).status_code == 302
    client.force_login(colleague)
    assert client.get(url).status_code == 404
    client.force_login(hq)
    assert client.get(url).status_code == 200
    client.force_login(owner)
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "제곱 세기" in html and "대기 중" in html
    assert 'hx-trigger="every 1s"' in html
    # when the job has run, the htmx poll gets the final panel, which stops polling
    jobs.run_queued_tasks()
    partial = client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in partial
    assert 'data-status="done"' in partial
    assert "4 / 4 (100%)" in partial
    assert "제곱의 합은 30입니다." in partial
    assert "hx-trigger" not in partial


def test_unknown_job_is_404(client):
    client.force_login(make_user(Role.HQ))
    assert client.get("/jobs/00000000-0000-0000-0000-000000000000/").status_code == 404
