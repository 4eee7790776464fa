from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class WorkerHeartbeat(models.Model):
    """Each running `goyong worker` touches its row every few seconds; /healthz reads them."""

    worker_id = models.CharField(max_length=64, unique=True)
    hostname = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    started_at = models.DateTimeField()
    last_seen_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.worker_id} @ {self.hostname}"


class BackgroundJob(models.Model):
    """A unit of background work that people can watch: what it is, how far it got, how it
    ended. Any app may create one through `goyong.core.jobs` (never directly): the helpers
    there enqueue the django-tasks task after commit and keep the counters up to date.

    `done`/`total` count the steps the task announced (areas, files, rows: whatever it
    counts); `message` is a Korean sentence for the progress page; `result` is a small JSON
    summary written when the job finishes; `error` the Korean reason when it failed. The
    UUID appears in URLs (`core:job`); the page is visible to `started_by` and to HQ."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("대기 중")
        RUNNING = "running", _("처리 중")
        DONE = "done", _("완료")
        FAILED = "failed", _("실패")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(_("작업 종류"), max_length=80, db_index=True)
    title = models.CharField(_("작업 이름"), max_length=200)
    status = models.CharField(_("상태"), max_length=8, choices=Status.choices,
                              default=Status.QUEUED)
    done = models.PositiveIntegerField(_("처리한 단계"), default=0)
    total = models.PositiveIntegerField(_("전체 단계"), default=0)
    message = models.CharField(_("진행 상황"), max_length=300, blank=True)
    result = models.JSONField(_("결과"), default=dict, blank=True)
    error = models.TextField(_("오류"), blank=True)
    task_id = models.CharField(_("작업 큐 번호"), max_length=64, blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("시작한 사람"),
    )
    created_at = models.DateTimeField(_("만든 때"), auto_now_add=True)
    started_at = models.DateTimeField(_("시작한 때"), null=True, blank=True)
    finished_at = models.DateTimeField(_("끝난 때"), null=True, blank=True)
    updated_at = models.DateTimeField(_("최근 갱신"), auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("백그라운드 작업")
        verbose_name_plural = _("백그라운드 작업")

    def __str__(self) -> str:
        return f"{self.kind} {self.uuid} ({self.status})"

    @property
    def finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)

    @property
    def percent(self) -> int | None:
        """Whole percent done, or None while the total is unknown."""
        if not self.total:
            return 100 if self.status == self.Status.DONE else None
        return min(100, int(self.done * 100 / self.total))
