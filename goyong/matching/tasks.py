"""Background tasks of the national batch: a planning task, then one task per block
(KECO 2018 대분류 × office). Progress is the number of blocks done; the last block to finish
computes the run's congestion and coverage metrics and closes the job.

goyong.core.jobs has no multi-task job yet: the planning task marks the job running and the
block tasks report through `report_progress` / `mark_done` / `mark_failed`."""

from __future__ import annotations

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from goyong.core import jobs
from goyong.core.models import BackgroundJob
from goyong.matching import actions, adapter, compute
from goyong.matching.choices import RunStatus
from goyong.matching.models import MatchRun
from goyong.reference import queries as ref


def _fail(run_id: int, job_id: int, error: BaseException) -> None:
    MatchRun.objects.filter(pk=run_id).update(status=RunStatus.FAILED,
                                              finished_at=timezone.now())
    jobs.mark_failed(job_id, error)


@task()
def plan_batch(job_id: int, run_id: int) -> None:
    """Split the batch into blocks and enqueue one task per block."""
    BackgroundJob.objects.filter(pk=job_id).update(
        status=BackgroundJob.Status.RUNNING, started_at=timezone.now(),
        updated_at=timezone.now())
    try:
        loaded = adapter.load_all(ref.today())
        todo = compute.blocks(loaded)
        MatchRun.objects.filter(pk=run_id).update(
            status=RunStatus.RUNNING, blocks_total=len(todo),
            counts={"seekers": len(loaded.seekers), "vacancies": len(loaded.vacancies)})
        jobs.report_progress(job_id, 0, total=len(todo), message=_(
            "블록 %(n)s개(직종 대분류 × 관서)를 계산하는 중입니다.") % {"n": len(todo)})
        if not todo:
            actions.finish_run(MatchRun.objects.get(pk=run_id))
            jobs.mark_done(job_id, result={"summary": _("추천할 구직자나 구인이 없습니다.")})
            return
        for major, region in todo:
            match_block.enqueue(job_id, run_id, major, region)
    except Exception as error:
        _fail(run_id, job_id, error)
        raise


@task()
def match_block(job_id: int, run_id: int, major: int, region: int) -> None:
    """One block: store its seekers' and vacancies' lists, then count it done."""
    run = MatchRun.objects.get(pk=run_id)
    if run.status == RunStatus.FAILED:
        return
    try:
        compute.run_block(run, major, region, ref.today())
        with transaction.atomic():
            MatchRun.objects.filter(pk=run_id).update(blocks_done=F("blocks_done") + 1)
            run = MatchRun.objects.select_for_update().get(pk=run_id)
        jobs.report_progress(job_id, run.blocks_done)
        if run.blocks_done >= run.blocks_total and run.status != RunStatus.DONE:
            compute.cap_run(run)
            run = actions.finish_run(run)
            jobs.mark_done(job_id, result={
                "summary": _("추천 %(n)s건을 저장했습니다. 추천 집중도(지니) %(gini)s, "
                             "한 번도 추천되지 않은 구인 %(never)s%%, 추천을 다 채운 구직자 "
                             "%(coverage)s%%.") % {
                    "n": run.counts.get("recommendations", 0), "gini": run.gini,
                    "never": round((run.never_share or 0) * 100, 1),
                    "coverage": round((run.coverage or 0) * 100, 1)},
                "run": str(run.uuid)}, message=_("전국 추천 계산을 마쳤습니다."))
    except Exception as error:
        _fail(run_id, job_id, error)
        raise


@task()
def refresh_seeker(seeker_pk: int) -> None:
    """Recompute one seeker's recommended jobs after the record changed (no-op if gone)."""
    from goyong.jobseekers.models import JobSeeker

    seeker = JobSeeker.objects.filter(pk=seeker_pk).first()
    if seeker is not None:
        actions.refresh_for_seeker(seeker, acting_user=None)


@task()
def refresh_vacancy(vacancy_pk: int) -> None:
    """Recompute one vacancy's recommendations after it changed (no-op if gone)."""
    from goyong.employers.models import Vacancy

    vacancy = Vacancy.objects.filter(pk=vacancy_pk).first()
    if vacancy is not None:
        actions.refresh_for_vacancy(vacancy, acting_user=None)


def on_seeker_changed(sender: object, seeker: object, **kwargs: object) -> None:
    """Signal receiver: queue the seeker's refresh (the counsellor does not wait for it)."""
    refresh_seeker.enqueue(seeker.pk)  # type: ignore[attr-defined]


def on_vacancy_changed(sender: object, vacancy: object, **kwargs: object) -> None:
    """Signal receiver: queue the vacancy's refresh."""
    refresh_vacancy.enqueue(vacancy.pk)  # type: ignore[attr-defined]
