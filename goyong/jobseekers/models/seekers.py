"""The job-seeker registry: seekers, their careers, placements and retention checks.

Personal data: 주민등록번호, phone, e-mail and address are stored only encrypted
(goyong.core.crypto); a keyed blind index of the 주민등록번호 finds duplicates without
decrypting. URLs use the UUID, never the row id."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from goyong.core.crypto import EncryptedTextField
from goyong.jobseekers.choices import (
    Education,
    HoursWanted,
    LeaveReason,
    PlacementSource,
    RetentionSource,
    Sex,
    StudyStatus,
    VerificationMethod,
)

__all__ = ["CareerEntry", "JobSeeker", "Placement", "RetentionCheck"]


class JobSeeker(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("이름"), max_length=60)
    birth_date = models.DateField(_("생년월일"))
    sex = models.CharField(_("성별"), max_length=1, choices=Sex.choices)
    # 주민등록번호: ciphertext only, plus an HMAC blind index (see goyong.core.crypto).
    rrn = EncryptedTextField(_("주민등록번호"), blank=True)
    rrn_index = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    phone = EncryptedTextField(_("전화번호"), blank=True)
    email = EncryptedTextField(_("전자우편"), blank=True)
    address = EncryptedTextField(_("주소"), blank=True)
    # 시군구 of residence by its KOSTAT code, which outlives the dated Region rows.
    residence_code = models.CharField(_("거주 시군구 코드"), max_length=5, db_index=True)
    residence_name = models.CharField(_("거주 시군구"), max_length=80, blank=True)
    education = models.CharField(_("최종 학력"), max_length=12, choices=Education.choices)
    study_status = models.CharField(
        _("재학 여부"), max_length=16, choices=StudyStatus.choices,
        default=StudyStatus.NOT_ENROLLED,
    )
    # KECO codes (scheme `keco_scheme`) of the occupations wanted.
    desired_occupations = models.JSONField(_("희망 직종"), default=list, blank=True)
    keco_scheme = models.CharField(_("직업분류 체계"), max_length=10, default="keco2007")
    desired_wage = models.PositiveIntegerField(_("희망 월 임금(원)"), null=True, blank=True)
    desired_hours = models.CharField(
        _("희망 근무 형태"), max_length=12, choices=HoursWanted.choices,
        default=HoursWanted.FULL_TIME,
    )
    max_commute_km = models.PositiveSmallIntegerField(_("최대 통근 거리(km)"), null=True, blank=True)
    willing_to_relocate = models.BooleanField(_("이주 가능"), default=False)
    licences = models.TextField(_("자격·면허"), blank=True)
    skills = models.TextField(_("기술·경력 요약"), blank=True)
    # Space-separated search tokens of licences and skills (goyong.jobseekers.tokens).
    search_tokens = models.TextField(blank=True, editable=False)
    # Facts behind the target groups (goyong.jobseekers.targeting).
    household_size = models.PositiveSmallIntegerField(_("가구원 수"), null=True, blank=True)
    household_income = models.PositiveIntegerField(
        _("월 가구 소득(원)"), null=True, blank=True)
    basic_livelihood = models.BooleanField(_("기초생활수급자"), default=False)
    vulnerable_categories = models.JSONField(_("취약계층 해당 사항"), default=list, blank=True)
    unemployed_since = models.DateField(_("실직일"), null=True, blank=True)
    unemployment_benefit_ended = models.BooleanField(_("실업급여 수급 종료"), default=False)
    # Registering centre (the version valid at registration) and the codes scoping reads:
    # codes survive a centre or office getting a new dated row.
    centre = models.ForeignKey(
        "reference.EmploymentCentre", on_delete=models.PROTECT, related_name="+",
        verbose_name=_("등록 고용센터"),
    )
    centre_code = models.CharField(_("고용센터 코드"), max_length=16, db_index=True)
    office_code = models.CharField(_("관서 코드"), max_length=16, db_index=True)
    registered_on = models.DateField(_("등록일"))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-registered_on", "name"]
        indexes = [models.Index(fields=["office_code", "registered_on"])]
        verbose_name = _("구직자")
        verbose_name_plural = _("구직자")

    def __str__(self) -> str:
        return self.name

    def age_on(self, day: dt.date) -> int:
        """만 나이 on `day`."""
        from goyong.jobseekers.targeting import age_on

        return age_on(self.birth_date, day)


class CareerEntry(models.Model):
    seeker = models.ForeignKey(JobSeeker, on_delete=models.CASCADE, related_name="career")
    occupation_code = models.CharField(_("직종 코드(KECO)"), max_length=8, blank=True)
    occupation_name = models.CharField(_("직종"), max_length=120)
    employer_name = models.CharField(_("사업장"), max_length=120, blank=True)
    years = models.DecimalField(_("근속 연수"), max_digits=4, decimal_places=1)
    ended_on = models.DateField(_("퇴직일"), null=True, blank=True)
    leave_reason = models.CharField(_("퇴직 사유"), max_length=16, choices=LeaveReason.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-ended_on", "pk"]
        verbose_name = _("경력")
        verbose_name_plural = _("경력")

    def __str__(self) -> str:
        return f"{self.occupation_name} ({self.years})"


class Placement(models.Model):
    """A job taken by a seeker. Only verified placements count for the task force."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    seeker = models.ForeignKey(JobSeeker, on_delete=models.CASCADE, related_name="placements")
    employer_name = models.CharField(_("사업장명"), max_length=120)
    # Text, not a foreign key: the employers registry may not hold every employer.
    business_number = models.CharField(_("사업자등록번호"), max_length=10, blank=True)
    vacancy_ref = models.CharField(_("구인 공고 번호"), max_length=40, blank=True)
    occupation_code = models.CharField(_("직종 코드(KECO)"), max_length=8, blank=True)
    start_date = models.DateField(_("입사일"))
    end_date = models.DateField(_("퇴사일"), null=True, blank=True)
    monthly_wage = models.PositiveIntegerField(_("월 임금(원)"))
    weekly_hours = models.PositiveSmallIntegerField(_("주 소정근로시간"))
    insured = models.BooleanField(_("고용보험 가입"))
    source = models.CharField(_("취업 경로"), max_length=12, choices=PlacementSource.choices)
    verified = models.BooleanField(_("확인됨"), default=False)
    verification_method = models.CharField(
        _("확인 방법"), max_length=20, choices=VerificationMethod.choices, blank=True)
    verified_on = models.DateField(_("확인일"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-start_date", "pk"]
        verbose_name = _("취업")
        verbose_name_plural = _("취업")

    def __str__(self) -> str:
        return f"{self.employer_name} ({self.start_date})"


class RetentionCheck(models.Model):
    """Is the placed seeker still employed `month` months after the start? `employed` is
    None until checked."""

    placement = models.ForeignKey(Placement, on_delete=models.CASCADE, related_name="checks")
    month = models.PositiveSmallIntegerField(_("확인 시점(개월)"))
    due_date = models.DateField(_("확인 예정일"))
    employed = models.BooleanField(_("재직 여부"), null=True, blank=True)
    source = models.CharField(
        _("확인 근거"), max_length=20, choices=RetentionSource.choices, blank=True)
    checked_at = models.DateTimeField(_("확인 일시"), null=True, blank=True)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+",
    )
    note = models.CharField(_("비고"), max_length=200, blank=True)

    class Meta:
        ordering = ["placement", "month"]
        constraints = [
            models.UniqueConstraint(fields=["placement", "month"], name="retention_once_per_month"),
        ]
        verbose_name = _("고용유지 확인")
        verbose_name_plural = _("고용유지 확인")

    def __str__(self) -> str:
        return f"{self.placement} +{self.month}"

    @property
    def is_pending(self) -> bool:
        return self.employed is None

    def as_dict(self) -> dict[str, Any]:
        return {"month": self.month, "due_date": self.due_date.isoformat(),
                "employed": self.employed, "source": self.source}
