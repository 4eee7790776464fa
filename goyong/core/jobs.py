"""Background jobs people can watch: create, enqueue, report progress, finish.

Any app runs slow work (recomputations, large imports, mailings) as a django-tasks task
wrapped in a `BackgroundJob` row, so that the person who started it, and HQ, can follow it on
the progress page (`core:job`, polled by htmx) and see how it ended.

Starting a job (from an action, inside its transaction)::

    from goyong.core import jobs
    from myapp.tasks import rebuild_index          # a django-tasks @task

    job = jobs.start_job(rebuild_index, kind="myapp.index.rebuild",
                         title=_("색인을 다시 만드는 중"), acting_user=user,
                         args=[dataset.pk])
    # job.uuid → reverse("core:job", args=[job.uuid]) to link to the progress page

`start_job` creates the row (status `queued`) and enqueues `rebuild_index(job.pk, *args,
**kwargs)` with `transaction.on_commit`: the task never starts before the data it reads is
committed, and nothing is enqueued when the transaction rolls back.

Writing the task (first argument: the job's primary key)::

    from django_tasks import task

    @task()
    def rebuild_index(job_id: int, dataset_id: int) -> None:
        with jobs.running(job_id) as job:          # status → running
            items = load(dataset_id)
            job.progress(0, total=len(items), message=_("색인을 만드는 중입니다."))
            for i, item in enumerate(items, start=1):
                work(item)
                job.progress(i)                     # done = i
            job.finish(result={"items": len(items)}, message=_("색인을 다 만들었습니다."))

The progress page shows `result["summary"]` (a Korean sentence) and `result["links"]` (a list
of `{"url": ..., "label": ...}`) of a finished job when present; keep other keys small.

`running` marks the job failed when the block raises (and re-raises, so django-tasks records
the failure too); leaving the block without `finish` marks it done. Raise `JobError` with a
full Korean sentence for failures the user should read as they are; any other exception is
shown as a generic Korean message with the exception's type and text.

Progress is written with single UPDATE statements: under autocommit each is visible at
once, but inside a transaction only when it commits. So do not wrap the whole work in one
`transaction.atomic()`: commit in steps (one transaction per area, file or batch) and report
progress between them.

Tests run a real task through the database backend: enqueue inside
`django_capture_on_commit_callbacks(execute=True)`, then `run_queued_tasks()` below (the same
`Worker` that `goyong worker` runs, in-process, until the queue is empty)."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from uuid import UUID

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from goyong.accounts.policies import is_hq
from goyong.core.models import BackgroundJob

logger = logging.getLogger(__name__)
Status = BackgroundJob.Status


class JobError(Exception):
    """A failure whose message (a full Korean sentence) is shown to the user as it is."""


def start_job(task: Any, *, kind: str, title: str, acting_user: Any,
              args: Sequence[Any] = (), kwargs: dict[str, Any] | None = None,
              total: int = 0, message: str = "") -> BackgroundJob:
    """Create a queued job and enqueue `task(job.pk, *args, **kwargs)` once the surrounding
    transaction commits (at once outside a transaction).

    `task` is a django-tasks `Task` whose first parameter is the job id; `kind` a stable
    code (`<app>.<noun>.<verb>`), `title` the Korean name shown on the progress page;
    `acting_user` may be None for work the system starts (then only HQ sees the job).
    Arguments must be JSON-serialisable (ids, not objects)."""
    job = BackgroundJob.objects.create(
        kind=kind, title=title[:200], total=total,
        message=message or _("작업 처리기가 이 작업을 시작하기를 기다리는 중입니다."),
        started_by=acting_user if getattr(acting_user, "is_authenticated", False) else None,
    )
    call_args = [job.pk, *args]
    call_kwargs = dict(kwargs or {})

    def enqueue() -> None:
        result = task.enqueue(*call_args, **call_kwargs)
        BackgroundJob.objects.filter(pk=job.pk).update(task_id=str(result.id)[:64])

    transaction.on_commit(enqueue)
    return job


class RunningJob:
    """Handle a task uses to report on its job (see `running`)."""

    def __init__(self, job_id: int) -> None:
        self.job_id = job_id
        self.finished = False

    def progress(self, done: int, *, total: int | None = None, message: str | None = None
                 ) -> None:
        """Set the count of finished steps (and the total or message when given)."""
        report_progress(self.job_id, done, total=total, message=message)

    def finish(self, *, result: dict[str, Any] | None = None, message: str = "") -> None:
        """Mark the job done with a JSON summary and a closing Korean sentence."""
        mark_done(self.job_id, result=result, message=message)
        self.finished = True


@contextmanager
def running(job_id: int) -> Iterator[RunningJob]:
    """Mark the job running for the duration of the block; failed if the block raises
    (then re-raise), done if it ends without `finish`."""
    BackgroundJob.objects.filter(pk=job_id).update(
        status=Status.RUNNING, started_at=timezone.now(), finished_at=None, error="",
        message=_("처리 중입니다."), updated_at=timezone.now())
    handle = RunningJob(job_id)
    try:
        yield handle
    except BaseException as error:
        mark_failed(job_id, error)
        raise
    if not handle.finished:
        mark_done(job_id)


def report_progress(job_id: int, done: int, *, total: int | None = None,
                    message: str | None = None) -> None:
    """Write how far a running job got (one UPDATE, visible at once under autocommit)."""
    fields: dict[str, Any] = {"done": max(0, done), "updated_at": timezone.now()}
    if total is not None:
        fields["total"] = max(0, total)
    if message is not None:
        fields["message"] = message[:300]
    BackgroundJob.objects.filter(pk=job_id).update(**fields)


def mark_done(job_id: int, *, result: dict[str, Any] | None = None, message: str = "") -> None:
    """Finish a job successfully; `done` is raised to `total` so the bar reads 100%."""
    job = BackgroundJob.objects.get(pk=job_id)
    job.status = Status.DONE
    job.done = max(job.done, job.total)
    job.message = (message or _("작업을 마쳤습니다."))[:300]
    if result is not None:
        job.result = result
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "done", "message", "result", "finished_at", "updated_at"])


def mark_failed(job_id: int, error: BaseException | str) -> None:
    """Finish a job as failed, keeping the reason (Korean) for the progress page."""
    if isinstance(error, JobError | str):
        text = str(error)
    else:
        logger.error("Background job %s failed", job_id, exc_info=error)
        text = _("작업 중 예기치 않은 오류가 났습니다 (%(type)s: %(text)s). 같은 작업을 다시 "
                 "시작해 보고, 또 실패하면 관리자에게 이 메시지를 알리세요.") % {
            "type": type(error).__name__, "text": str(error)[:300]}
    BackgroundJob.objects.filter(pk=job_id).update(
        status=Status.FAILED, error=text, message=_("작업이 실패했습니다."),
        finished_at=timezone.now(), updated_at=timezone.now())


def jobs_visible_to(user: Any) -> QuerySet[BackgroundJob]:
    """Jobs a user may watch: their own; every job for HQ; none when signed out."""
    if not getattr(user, "is_authenticated", False):
        return BackgroundJob.objects.none()
    if is_hq(user):
        return BackgroundJob.objects.all()
    return BackgroundJob.objects.filter(Q(started_by=user))


def job_for(user: Any, job_uuid: UUID | str) -> BackgroundJob | None:
    """The job with this UUID if the user may see it, else None (the view answers 404)."""
    return jobs_visible_to(user).filter(uuid=job_uuid).first()


def run_queued_tasks(max_tasks: int | None = None) -> int:
    """Run queued django-tasks in this process with the database backend's own worker, until
    the queue is empty (or `max_tasks` ran); returns how many ran. For tests and for
    commands that must finish their work before returning (e.g. demo data)."""
    from django.db import connection
    from django_tasks_db.management.commands import db_worker

    worker = db_worker.Worker(queue_names=["*"], interval=0, batch=True, backend_name="default",
                              startup_delay=False, max_tasks=max_tasks, worker_id="in-process",
                              excluded_queue_names=[])
    # The worker drops connections it thinks are stale, and inside a caller's transaction (a
    # test, a command's atomic block) autocommit is off, which it reads as stale: on
    # PostgreSQL that closed the caller's connection. In-process, the connection is the
    # caller's to manage.
    close_old_connections = db_worker.close_old_connections
    if connection.in_atomic_block:
        db_worker.close_old_connections = lambda **kwargs: None
    try:
        worker.run()
    finally:
        db_worker.close_old_connections = close_old_connections
    return worker._run_tasks  # noqa: SLF001 - the worker keeps no public count
