"""Matching and wide-area placement: stored recommendations and the runs that made them,
cross-office referrals (광역취업알선) and job fairs (채용박람회) with interview assignments.

Seekers and vacancies belong to their own apps; rows here point at them. Office codes (not
Office rows) say who sent and who received a referral, as everywhere in scoping."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from goyong.matching.choices import (
    Direction,
    FairStatus,
    ReferralStatus,
    RunKind,
    RunStatus,
    Scope,
)

__all__ = ["FairInterview", "FairSeeker", "FairVacancy", "JobFair", "MatchRun",
           "Recommendation", "Referral"]


class MatchRun(models.Model):
    """One computation of recommendations: the national batch or an incremental refresh."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(_("구분"), max_length=8, choices=RunKind.choices,
                            default=RunKind.BATCH)
    scope = models.CharField(_("범위"), max_length=8, choices=Scope.choices)
    k = models.PositiveSmallIntegerField(_("추천 수"), default=20)
    status = models.CharField(_("상태"), max_length=8, choices=RunStatus.choices,
                              default=RunStatus.QUEUED)
    job = models.ForeignKey("core.BackgroundJob", on_delete=models.SET_NULL, null=True,
                            blank=True, related_name="+")
    blocks_total = models.PositiveIntegerField(_("블록 수"), default=0)
    blocks_done = models.PositiveIntegerField(_("끝난 블록 수"), default=0)
    # {"seekers", "vacancies", "recommendations", "seeker_lists", "vacancy_lists"}
    counts = models.JSONField(_("건수"), default=dict, blank=True)
    gini = models.FloatField(_("추천 집중도(지니)"), null=True, blank=True)
    never_share = models.FloatField(_("한 번도 추천되지 않은 구인 비율"), null=True, blank=True)
    coverage = models.FloatField(_("추천 k건을 채운 구직자 비율"), null=True, blank=True)
    metrics = models.JSONField(_("지표"), default=dict, blank=True)
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(_("시작 일시"), auto_now_add=True)
    finished_at = models.DateTimeField(_("종료 일시"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("매칭 실행")
        verbose_name_plural = _("매칭 실행")

    def __str__(self) -> str:
        return f"{self.kind} {self.scope} k={self.k} ({self.status})"


class Recommendation(models.Model):
    """One ranked pair of a list: a vacancy for a seeker or a seeker for a vacancy."""

    seeker = models.ForeignKey("jobseekers.JobSeeker", on_delete=models.CASCADE,
                               related_name="+")
    vacancy = models.ForeignKey("employers.Vacancy", on_delete=models.CASCADE, related_name="+")
    direction = models.CharField(_("방향"), max_length=8, choices=Direction.choices)
    scope = models.CharField(_("범위"), max_length=8, choices=Scope.choices)
    rank = models.PositiveSmallIntegerField(_("순위"))
    score = models.FloatField(_("점수"))
    components = models.JSONField(_("구성 점수"), default=dict)
    explanation = models.CharField(_("추천 이유"), max_length=400)
    computed_at = models.DateTimeField(_("계산 일시"))
    run = models.ForeignKey(MatchRun, on_delete=models.SET_NULL, null=True, blank=True,
                            related_name="recommendations")

    class Meta:
        ordering = ["direction", "scope", "rank"]
        indexes = [models.Index(fields=["seeker", "direction", "scope", "rank"]),
                   models.Index(fields=["vacancy", "direction", "scope", "rank"])]
        verbose_name = _("추천")
        verbose_name_plural = _("추천")

    def __str__(self) -> str:
        return f"{self.seeker_id}↔{self.vacancy_id} #{self.rank}"


class Referral(models.Model):
    """광역취업알선: office A hands a seeker to a vacancy in office B's jurisdiction."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    seeker = models.ForeignKey("jobseekers.JobSeeker", on_delete=models.PROTECT,
                               related_name="+", verbose_name=_("구직자"))
    vacancy = models.ForeignKey("employers.Vacancy", on_delete=models.PROTECT,
                                related_name="+", verbose_name=_("구인"))
    from_office_code = models.CharField(_("보낸 관서 코드"), max_length=16, db_index=True)
    to_office_code = models.CharField(_("받는 관서 코드"), max_length=16, db_index=True)
    status = models.CharField(_("상태"), max_length=10, choices=ReferralStatus.choices,
                              default=ReferralStatus.SENT, db_index=True)
    sent_on = models.DateField(_("요청일"))
    responded_on = models.DateField(_("회신일"), null=True, blank=True)
    interview_at = models.DateTimeField(_("면접 일시"), null=True, blank=True)
    interview_place = models.CharField(_("면접 장소"), max_length=200, blank=True)
    outcome_on = models.DateField(_("결과 기록일"), null=True, blank=True)
    start_date = models.DateField(_("입사일"), null=True, blank=True)
    notes = models.TextField(_("메모"), blank=True)
    decline_reason = models.CharField(_("거절 사유"), max_length=300, blank=True)
    relocation_support = models.BooleanField(_("이주 지원"), default=False)
    housing_support = models.BooleanField(_("주거 지원"), default=False)
    commuting_support = models.BooleanField(_("통근 지원"), default=False)
    placement = models.OneToOneField("jobseekers.Placement", on_delete=models.SET_NULL,
                                     null=True, blank=True, related_name="+",
                                     verbose_name=_("취업 기록"))
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-sent_on", "-id"]
        verbose_name = _("광역 알선")
        verbose_name_plural = _("광역 알선")

    def __str__(self) -> str:
        return f"{self.from_office_code}→{self.to_office_code} ({self.status})"


class JobFair(models.Model):
    """채용박람회: registered seekers and vacancies; interviews assigned by min-cost flow
    with at most `max_per_seeker` (m) per seeker and `per_opening` (c) per opening."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("박람회 이름"), max_length=120)
    office_code = models.CharField(_("주관 관서 코드"), max_length=16, db_index=True)
    held_on = models.DateField(_("개최일"))
    venue = models.CharField(_("장소"), max_length=200, blank=True)
    max_per_seeker = models.PositiveSmallIntegerField(_("구직자당 최대 면접 수(m)"), default=3)
    per_opening = models.PositiveSmallIntegerField(_("모집 인원 1명당 면접 수(c)"), default=3)
    slot_minutes = models.PositiveSmallIntegerField(_("면접 시간(분)"), default=20)
    status = models.CharField(_("상태"), max_length=10, choices=FairStatus.choices,
                              default=FairStatus.PLANNED)
    assigned_total = models.FloatField(_("배정 총점"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-held_on", "-id"]
        verbose_name = _("채용박람회")
        verbose_name_plural = _("채용박람회")

    def __str__(self) -> str:
        return self.name


class FairSeeker(models.Model):
    fair = models.ForeignKey(JobFair, on_delete=models.CASCADE, related_name="seekers")
    seeker = models.ForeignKey("jobseekers.JobSeeker", on_delete=models.CASCADE,
                               related_name="+")
    registered_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["fair", "seeker"],
                                               name="matching_fair_seeker_once")]

    def __str__(self) -> str:
        return f"{self.fair_id}: {self.seeker_id}"


class FairVacancy(models.Model):
    fair = models.ForeignKey(JobFair, on_delete=models.CASCADE, related_name="vacancies")
    vacancy = models.ForeignKey("employers.Vacancy", on_delete=models.CASCADE,
                                related_name="+")
    registered_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["fair", "vacancy"],
                                               name="matching_fair_vacancy_once")]

    def __str__(self) -> str:
        return f"{self.fair_id}: {self.vacancy_id}"


class FairInterview(models.Model):
    """One assigned interview of a fair's schedule."""

    fair = models.ForeignKey(JobFair, on_delete=models.CASCADE, related_name="interviews")
    seeker = models.ForeignKey("jobseekers.JobSeeker", on_delete=models.CASCADE,
                               related_name="+")
    vacancy = models.ForeignKey("employers.Vacancy", on_delete=models.CASCADE,
                                related_name="+")
    slot = models.PositiveSmallIntegerField(_("면접 순서"))
    starts_at = models.TimeField(_("시작 시각"))
    score = models.FloatField(_("점수"))
    explanation = models.CharField(_("추천 이유"), max_length=400, blank=True)

    class Meta:
        ordering = ["fair", "slot", "vacancy_id", "seeker_id"]
        constraints = [models.UniqueConstraint(fields=["fair", "seeker", "vacancy"],
                                               name="matching_fair_interview_once")]

    def __str__(self) -> str:
        return f"{self.fair_id}: {self.seeker_id}↔{self.vacancy_id} #{self.slot}"
