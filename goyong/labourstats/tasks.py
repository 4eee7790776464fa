"""Background tasks of the statistics app: thin, they load by id and call the adapter."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _
from django_tasks import task

from goyong.core import jobs
from goyong.labourstats.models import Dataset
from goyong.labourstats.recompute import recompute_dataset

RECOMPUTE_KIND = "labourstats.estimates.recomputed"


@task()
def recompute_dataset_task(job_id: int, dataset_id: int) -> dict[str, Any]:
    """Direct and small-area estimates of an imported microdata batch, with progress."""
    with jobs.running(job_id) as job:
        dataset = Dataset.objects.filter(pk=dataset_id).first()
        if dataset is None:
            raise jobs.JobError(_("다시 계산할 통계 자료(번호 %(id)s)가 지워졌습니다. 자료를 "
                                  "다시 가져오세요.") % {"id": dataset_id})
        summary = recompute_dataset(
            dataset, progress=lambda done, total, message: job.progress(
                done, total=total or None, message=message))
        periods = ", ".join(summary["periods"])
        job.finish(result={
            **summary,
            "summary": _("%(periods)s 기간의 추정치 %(count)s개를 계산해 저장했습니다.") % {
                "periods": periods or "-", "count": summary["estimates"]},
            "links": [{"url": reverse("stats:datasets"), "label": str(_("가져온 통계 자료 목록"))},
                      {"url": reverse("stats:dashboard") + (
                          f"?period={summary['periods'][-1]}" if summary["periods"] else ""),
                       "label": str(_("고용률 현황 보기"))}],
        }, message=_("재계산을 마쳤습니다."))
    return {"dataset": dataset_id, "estimates": summary["estimates"]}
