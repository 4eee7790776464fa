"""Stable codes of the task-force app, with translated labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _

# Targets and figures for the whole country are filed under this code (the nation's area
# code in the statistics app); offices keep their own codes.
NATIONAL = "00"


class MeetingKind(models.TextChoices):
    REVIEW = "review", _("월례 점검회의")
    WORKSHOP = "workshop", _("워크숍")


class TargetOrigin(models.TextChoices):
    ROADMAP = "roadmap", _("국가 로드맵")
    GAP = "gap", _("고용률 격차에서 산출")
    MANUAL = "manual", _("직접 입력")


class TargetStatus(models.TextChoices):
    PROPOSED = "proposed", _("변경 제안")
    APPROVED = "approved", _("확정")
    REJECTED = "rejected", _("반려")
    SUPERSEDED = "superseded", _("대체됨")


class ReportScope(models.TextChoices):
    OFFICE = "office", _("관서 보고서")
    NATIONAL = "national", _("전국 보고서")


class ReportFormat(models.TextChoices):
    XLSX = "xlsx", _("엑셀")
    PDF = "pdf", _("PDF")


class ReportStatus(models.TextChoices):
    QUEUED = "queued", _("대기")
    DONE = "done", _("완료")
    FAILED = "failed", _("실패")


class Pace(models.TextChoices):
    AHEAD = "ahead", _("순항")
    WATCH = "watch", _("주의")
    BEHIND = "behind", _("부진")
    NO_TARGET = "no_target", _("목표 없음")
