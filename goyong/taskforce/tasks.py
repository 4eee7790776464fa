"""Background tasks of the task-force app: thin, they load by id and call the action."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _
from django_tasks import task

from goyong.core import jobs
from goyong.taskforce.choices import ReportStatus
from goyong.taskforce.models import Report


@task()
def generate_report_task(job_id: int, report_id: int) -> dict[str, Any]:
    """Generate one report file (Excel or PDF) and keep it for the download history."""
    from goyong.taskforce.actions import generate_report

    with jobs.running(job_id) as job:
        report = Report.objects.filter(pk=report_id).first()
        if report is None:
            raise jobs.JobError(_("보고서 요청(번호 %(id)s)이 지워졌습니다. 보고서를 다시 "
                                  "요청하세요.") % {"id": report_id})
        try:
            generate_report(report)
        except Exception as error:
            Report.objects.filter(pk=report_id).update(status=ReportStatus.FAILED,
                                                       error=str(error)[:500])
            raise
        job.progress(1, total=1)
        job.finish(result={
            "summary": _("보고서 %(name)s을(를) 만들었습니다.") % {"name": report.file_name},
            "links": [{"url": reverse("taskforce:report-download", args=[report.uuid]),
                       "label": str(_("보고서 내려받기"))},
                      {"url": reverse("taskforce:reports"), "label": str(_("보고서 목록"))}],
        }, message=_("보고서를 만들었습니다."))
    return {"report": report_id}
