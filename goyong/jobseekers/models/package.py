"""The Employment Success Package (취업성공패키지): cases, their activities, training
attendance, appointments and the allowance ledger. Rules live in `package/rules/*.json`; the
stage machine in `package/machine.py`; every write in `package/actions.py`."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from goyong.jobseekers.package.choices import (
    ActivityKind,
    AppointmentKind,
    CloseReason,
    GroupCounselling,
    PackageType,
    PaymentKind,
    PaymentStatus,
    Stage,
)

__all__ = ["AllowancePayment", "Appointment", "CaseEvent", "PackageCase", "TrainingAttendance"]


class PackageCase(models.Model):
    """One participation of one job seeker, from the initial counselling to its close."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    seeker = models.ForeignKey("jobseekers.JobSeeker", on_delete=models.PROTECT,
                               related_name="package_cases", verbose_name=_("구직자"))
    type = models.CharField(_("참여 유형"), max_length=2, choices=PackageType.choices)
    rules = models.CharField(_("적용 규칙"), max_length=16)
    counsellor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, blank=True, related_name="+",
                                   verbose_name=_("담당 상담원"))
    # Copied from the seeker at enrolment: scoping and the funnel group by these codes.
    centre_code = models.CharField(_("고용센터 코드"), max_length=16, db_index=True)
    office_code = models.CharField(_("관서 코드"), max_length=16, db_index=True)
    stage = models.CharField(_("단계"), max_length=10, choices=Stage.choices,
                             default=Stage.STAGE1, db_index=True)
    intake_on = models.DateField(_("초기상담일"))
    group_counselling = models.CharField(_("집단상담"), max_length=10,
                                         choices=GroupCounselling.choices,
                                         default=GroupCounselling.NONE)
    iap_completed_on = models.DateField(_("IAP 수립일"), null=True, blank=True)
    stage2_started_on = models.DateField(_("2단계 시작일"), null=True, blank=True)
    stage3_started_on = models.DateField(_("3단계 시작일"), null=True, blank=True)
    closed_on = models.DateField(_("종료일"), null=True, blank=True)
    close_reason = models.CharField(_("종료 사유"), max_length=16, choices=CloseReason.choices,
                                    blank=True)
    close_note = models.CharField(_("종료 메모"), max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-intake_on", "pk"]
        indexes = [models.Index(fields=["office_code", "stage"])]
        verbose_name = _("취업성공패키지 사례")
        verbose_name_plural = _("취업성공패키지 사례")

    def __str__(self) -> str:
        return f"{self.seeker} ({self.get_type_display()}, {self.get_stage_display()})"

    @property
    def is_open(self) -> bool:
        return self.stage in (Stage.STAGE1, Stage.STAGE2, Stage.STAGE3)


class CaseEvent(models.Model):
    """An activity of the case (counselling, tests, IAP, training, interviews, referrals)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    case = models.ForeignKey(PackageCase, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("활동"), max_length=24, choices=ActivityKind.choices)
    stage = models.CharField(_("단계"), max_length=10, choices=Stage.choices)
    occurred_on = models.DateField(_("일자"))
    note = models.CharField(_("메모"), max_length=200, blank=True)
    # Training only: the 내일배움카드 amount and the participant's co-payment (by type).
    card_amount = models.PositiveIntegerField(_("내일배움카드 지원액(원)"), null=True, blank=True)
    copay_percent = models.PositiveSmallIntegerField(_("자부담 비율(%)"), null=True, blank=True)
    copay_amount = models.PositiveIntegerField(_("자부담액(원)"), null=True, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["occurred_on", "pk"]
        verbose_name = _("사례 활동")
        verbose_name_plural = _("사례 활동")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.occurred_on}"


class TrainingAttendance(models.Model):
    """Days of training attended in one month (the basis of the training allowance)."""

    case = models.ForeignKey(PackageCase, on_delete=models.CASCADE, related_name="attendance")
    month = models.CharField(_("월"), max_length=7)  # YYYY-MM
    days = models.PositiveSmallIntegerField(_("출석일수"))

    class Meta:
        ordering = ["month"]
        constraints = [models.UniqueConstraint(fields=["case", "month"],
                                               name="package_attendance_once_a_month")]
        verbose_name = _("훈련 출석")
        verbose_name_plural = _("훈련 출석")

    def __str__(self) -> str:
        return f"{self.month}: {self.days}"


class Appointment(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    case = models.ForeignKey(PackageCase, on_delete=models.CASCADE, related_name="appointments")
    kind = models.CharField(_("종류"), max_length=12, choices=AppointmentKind.choices)
    starts_at = models.DateTimeField(_("일시"), db_index=True)
    place = models.CharField(_("장소"), max_length=120, blank=True)
    attended = models.BooleanField(_("참석"), null=True, blank=True)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("상담 약속")
        verbose_name_plural = _("상담 약속")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.starts_at:%Y-%m-%d %H:%M}"


class AllowancePayment(models.Model):
    """One allowance payment through claim → approval → payment; the engine's entry it came
    from is (kind, period) with the rule text kept as applied."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    case = models.ForeignKey(PackageCase, on_delete=models.PROTECT, related_name="payments")
    kind = models.CharField(_("수당 종류"), max_length=10, choices=PaymentKind.choices)
    period = models.CharField(_("대상 기간"), max_length=16, blank=True)
    amount = models.PositiveIntegerField(_("금액(원)"))
    due_on = models.DateField(_("지급 기한"))
    rule = models.CharField(_("적용 규칙"), max_length=200)
    status = models.CharField(_("상태"), max_length=10, choices=PaymentStatus.choices,
                              default=PaymentStatus.CLAIMED)
    claimed_on = models.DateField(_("신청일"))
    approved_on = models.DateField(_("승인일"), null=True, blank=True)
    paid_on = models.DateField(_("지급일"), null=True, blank=True)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["due_on", "pk"]
        constraints = [models.UniqueConstraint(fields=["case", "kind", "period"],
                                               name="package_payment_once")]
        verbose_name = _("수당 지급")
        verbose_name_plural = _("수당 지급")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.period} {self.amount:,}"
