"""Stable codes of matching and wide-area placement, with translated labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Scope(models.TextChoices):
    LOCAL = "local", _("관내")
    WIDE = "wide", _("광역")


class Direction(models.TextChoices):
    VACANCIES_FOR_SEEKER = "seeker", _("구직자에게 추천한 일자리")
    SEEKERS_FOR_VACANCY = "vacancy", _("구인에 추천한 구직자")


class RunStatus(models.TextChoices):
    QUEUED = "queued", _("대기")
    RUNNING = "running", _("실행 중")
    DONE = "done", _("완료")
    FAILED = "failed", _("실패")


class RunKind(models.TextChoices):
    BATCH = "batch", _("전국 일괄")
    SEEKER = "seeker", _("구직자 갱신")
    VACANCY = "vacancy", _("구인 갱신")


class ReferralStatus(models.TextChoices):
    SENT = "sent", _("알선 요청")
    ACCEPTED = "accepted", _("수락")
    DECLINED = "declined", _("거절")
    INTERVIEW = "interview", _("면접 주선")
    HIRED = "hired", _("채용")
    NOT_HIRED = "not_hired", _("불채용")


OPEN_REFERRAL_STATES = (ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.INTERVIEW)


class FairStatus(models.TextChoices):
    PLANNED = "planned", _("준비 중")
    ASSIGNED = "assigned", _("면접 배정 완료")
