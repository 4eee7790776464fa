"""Choices of the Employment Success Package (stable codes, Korean labels)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class PackageType(models.TextChoices):
    TYPE_I = "I", _("Ⅰ유형")
    TYPE_II = "II", _("Ⅱ유형")


class Stage(models.TextChoices):
    STAGE1 = "stage1", _("1단계 진단·경로설정")
    STAGE2 = "stage2", _("2단계 의욕·능력증진")
    STAGE3 = "stage3", _("3단계 집중취업알선")
    COMPLETED = "completed", _("종료(수료)")
    DROPPED = "dropped", _("중도 탈락")


OPEN_STAGES = (Stage.STAGE1, Stage.STAGE2, Stage.STAGE3)


class ActivityKind(models.TextChoices):
    INITIAL_COUNSELLING = "initial_counselling", _("초기상담")
    VOCATIONAL_TEST = "vocational_test", _("직업심리검사")
    GROUP_COUNSELLING = "group_counselling", _("집단상담 수료")
    GROUP_SHORT = "group_short", _("단기 집단상담·특강 2회")
    IAP = "iap", _("개인별 취업활동계획(IAP) 수립")
    TRAINING = "training", _("직업훈련 (내일배움카드)")
    INTERNSHIP = "internship", _("인턴")
    STARTUP = "startup", _("창업지원")
    ACCOMPANIED_INTERVIEW = "accompanied_interview", _("동행면접")
    REFERRAL = "referral", _("취업알선")


# Which stage each activity belongs to (Stage 1 activities may be recorded only in Stage 1…).
ACTIVITY_STAGE = {
    ActivityKind.INITIAL_COUNSELLING: Stage.STAGE1,
    ActivityKind.VOCATIONAL_TEST: Stage.STAGE1,
    ActivityKind.GROUP_COUNSELLING: Stage.STAGE1,
    ActivityKind.GROUP_SHORT: Stage.STAGE1,
    ActivityKind.IAP: Stage.STAGE1,
    ActivityKind.TRAINING: Stage.STAGE2,
    ActivityKind.INTERNSHIP: Stage.STAGE2,
    ActivityKind.STARTUP: Stage.STAGE2,
    ActivityKind.ACCOMPANIED_INTERVIEW: Stage.STAGE3,
    ActivityKind.REFERRAL: Stage.STAGE3,
}


class CloseReason(models.TextChoices):
    EMPLOYED = "employed", _("취업")
    PERIOD_ENDED = "period_ended", _("참여 기간 만료")
    NO_CONTACT = "no_contact", _("연락 두절")
    WITHDREW = "withdrew", _("본인 포기")
    INELIGIBLE = "ineligible", _("참여 자격 상실")
    HEALTH = "health", _("건강 문제")
    OTHER = "other", _("기타")


COMPLETION_REASONS = (CloseReason.EMPLOYED, CloseReason.PERIOD_ENDED)
DROP_REASONS = (CloseReason.NO_CONTACT, CloseReason.WITHDREW, CloseReason.INELIGIBLE,
                CloseReason.HEALTH, CloseReason.OTHER)


class GroupCounselling(models.TextChoices):
    COMPLETED = "completed", _("집단상담 수료")
    SHORT = "short", _("단기 집단상담·특강 2회")
    NONE = "none", _("미참여")


class AppointmentKind(models.TextChoices):
    COUNSELLING = "counselling", _("개별상담")
    GROUP = "group", _("집단상담")
    INTERVIEW = "interview", _("동행면접")
    FOLLOW_UP = "follow_up", _("사후관리")


class PaymentKind(models.TextChoices):
    STAGE1 = "stage1", _("1단계 참여수당")
    TRAINING = "training", _("훈련참여지원수당")
    SUCCESS = "success", _("취업성공수당")


class PaymentStatus(models.TextChoices):
    CLAIMED = "claimed", _("신청")
    APPROVED = "approved", _("승인")
    PAID = "paid", _("지급")
