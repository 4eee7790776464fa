"""Task forces per office, their meetings, the good-practice library, targets and the
reports generated for them.

Offices are referred to by their code (not a foreign key to one dated `Office` row): a code
outlives the versions its row goes through, as in `accounts.policies.office_codes_of`."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from goyong.taskforce.choices import (
    MeetingKind,
    ReportFormat,
    ReportScope,
    ReportStatus,
    TargetOrigin,
    TargetStatus,
)


class TaskForce(models.Model):
    """The 고용률 70% 추진단 of one office: its lead (총괄팀장) and members."""

    office_code = models.CharField(_("관서 코드"), max_length=16, unique=True)
    lead = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("총괄팀장"),
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="taskforces",
        verbose_name=_("팀원"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["office_code"]
        verbose_name = _("추진단")
        verbose_name_plural = _("추진단")

    def __str__(self) -> str:
        return self.office_code


class Meeting(models.Model):
    """A monthly review (점검회의) or a workshop: agenda, who came, minutes."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    taskforce = models.ForeignKey(TaskForce, on_delete=models.CASCADE, related_name="meetings")
    kind = models.CharField(_("회의 종류"), max_length=10, choices=MeetingKind.choices)
    held_on = models.DateField(_("회의일"))
    title = models.CharField(_("제목"), max_length=120)
    agenda = models.TextField(_("안건"), blank=True)
    attendees = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="+", verbose_name=_("참석자"),
    )
    guests = models.TextField(_("외부 참석자"), blank=True)
    minutes = models.TextField(_("회의록"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-held_on", "-pk"]
        verbose_name = _("회의")
        verbose_name_plural = _("회의")

    def __str__(self) -> str:
        return f"{self.held_on} {self.title}"


class GoodPractice(models.Model):
    """A 우수사례 shared with every office: searchable by tag and by region."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    title = models.CharField(_("제목"), max_length=160)
    body = models.TextField(_("내용"))
    # Normalised ",tag,tag," so that one tag is found with a plain LIKE on every database.
    tags = models.CharField(_("태그"), max_length=400, blank=True)
    office_code = models.CharField(_("관서 코드"), max_length=16, db_index=True)
    # KOSTAT code of the 시도 the practice comes from.
    region_code = models.CharField(_("시도 코드"), max_length=5, db_index=True)
    published_on = models.DateField(_("게시일"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("작성자"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-published_on", "-pk"]
        verbose_name = _("우수사례")
        verbose_name_plural = _("우수사례")

    def __str__(self) -> str:
        return self.title

    @property
    def tag_list(self) -> list[str]:
        return [t for t in self.tags.split(",") if t]


class Target(models.Model):
    """A target of one office (or the nation, code "00") for a period and an indicator.

    HQ sets targets (approved at once); an office proposes a change (proposed), which HQ
    approves or rejects. One approved target per office × period × indicator: approving a
    new one supersedes the old."""

    office_code = models.CharField(_("관서 코드"), max_length=16)
    period = models.CharField(_("기간"), max_length=8)
    indicator = models.CharField(_("지표"), max_length=60)
    value = models.DecimalField(_("목표값"), max_digits=14, decimal_places=2)
    origin = models.CharField(_("근거"), max_length=10, choices=TargetOrigin.choices)
    status = models.CharField(_("상태"), max_length=12, choices=TargetStatus.choices)
    # How a derived target was computed (gap period, persons needed, assumptions used).
    basis = models.JSONField(_("산출 근거"), default=dict, blank=True)
    reason = models.TextField(_("사유"), blank=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("제안자"),
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("승인자"),
    )
    decided_at = models.DateTimeField(_("결정 일시"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["office_code", "period", "indicator", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["office_code", "period", "indicator"],
                condition=models.Q(status="approved"), name="taskforce_one_approved_target",
            )
        ]
        indexes = [models.Index(fields=["period", "indicator", "status"])]
        verbose_name = _("목표")
        verbose_name_plural = _("목표")

    def __str__(self) -> str:
        return f"{self.office_code} {self.period} {self.indicator} = {self.value}"


class Report(models.Model):
    """A generated office or national report and its file: the download history."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    scope = models.CharField(_("범위"), max_length=10, choices=ReportScope.choices)
    office_code = models.CharField(_("관서 코드"), max_length=16, blank=True)
    period = models.CharField(_("기간"), max_length=8)
    as_of = models.DateField(_("기준일"))
    format = models.CharField(_("형식"), max_length=4, choices=ReportFormat.choices)
    status = models.CharField(_("상태"), max_length=8, choices=ReportStatus.choices,
                              default=ReportStatus.QUEUED)
    content = models.BinaryField(_("파일"), null=True, blank=True, editable=False)
    file_name = models.CharField(_("파일 이름"), max_length=120, blank=True)
    scheduled = models.BooleanField(_("정기 생성"), default=False)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("요청자"),
    )
    job_uuid = models.UUIDField(null=True, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    downloads = models.PositiveIntegerField(_("내려받은 횟수"), default=0)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("보고서")
        verbose_name_plural = _("보고서")

    def __str__(self) -> str:
        return self.file_name or f"{self.scope} {self.office_code} {self.period}"
