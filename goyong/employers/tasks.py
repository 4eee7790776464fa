"""Background tasks of the companies part: thin, they load by id and call the action."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _
from django_tasks import task

from goyong.core import jobs

SCREEN_KIND = "employers.screening.run"


@task()
def screen_all_task(job_id: int, year: int, user_id: int | None) -> dict[str, Any]:
    """Batch 강소기업 screening of every company, with progress."""
    from goyong.accounts.models import User
    from goyong.employers.actions import run_screening

    with jobs.running(job_id) as job:
        user = User.objects.filter(pk=user_id).first() if user_id else None
        run = run_screening(year, acting_user=user, progress=lambda done, total, message:
                            job.progress(done, total=total, message=message))
        job.finish(result={
            "run": run.pk,
            "summary": _("%(year)s년 기준으로 기업 %(companies)s곳을 심사해 %(passed)s곳이 "
                         "적격, 그중 %(youth)s곳이 청년친화 기준도 충족했습니다.") % {
                "year": year, "companies": run.companies, "passed": run.passed,
                "youth": run.youth_friendly},
            "links": [{"url": reverse("employers:screening") + f"?run={run.pk}",
                       "label": str(_("심사 보고서 보기"))}],
        }, message=_("심사를 마쳤습니다."))
    return {"run": run.pk}
