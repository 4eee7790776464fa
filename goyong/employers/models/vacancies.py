"""Vacancies (구인) posted by staff or by employers, and the link that makes a user an
employer of a company (employer self-service).

Owner: the vacancies part (models/__init__.py). Rules on the terms live in
`vacancies/rules.py`; every write goes through `vacancies/actions.py`."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from goyong.employers.models.companies import Company
from goyong.employers.vacancies.choices import (
    CareCategory,
    ContractType,
    PartTimeType,
    VacancyStatus,
    WageBasis,
)

__all__ = ["EmployerUser", "Vacancy"]


class Vacancy(models.Model):
    """One job advertisement of a company: what, where, for how much and how many."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    company = models.ForeignKey(Company, on_delete=models.PROTECT, related_name="vacancies",
                                verbose_name=_("기업"))
    occupation = models.ForeignKey(
        "reference.ClassificationItem", on_delete=models.PROTECT, related_name="+",
        limit_choices_to={"scheme__in": ["keco2007", "keco2018"]},
        verbose_name=_("직종(한국고용직업분류)"))
    title = models.CharField(_("구인 제목"), max_length=120)
    description = models.TextField(_("직무 내용"), blank=True)
    # " token token … ": words of the title, description and occupation, and the two-syllable
    # pieces of Korean words (tokens.py), so that "요양" finds "요양보호사".
    search_tokens = models.TextField(editable=False, default="")
    work_sigungu_code = models.CharField(_("근무지 시군구 코드"), max_length=5, db_index=True)
    work_address = models.CharField(_("근무지 주소"), max_length=200, blank=True)
    latitude = models.FloatField(_("위도"), null=True, blank=True)
    longitude = models.FloatField(_("경도"), null=True, blank=True)
    # The office covering the work place when posted (stable office code, as in companies).
    office_code = models.CharField(_("관할 관서 코드"), max_length=16, db_index=True)
    wage_amount = models.PositiveIntegerField(_("임금(원)"))
    wage_basis = models.CharField(_("임금 기준"), max_length=8, choices=WageBasis.choices)
    weekly_hours = models.DecimalField(_("주 근로시간"), max_digits=4, decimal_places=1)
    contract_type = models.CharField(_("계약 형태"), max_length=12,
                                     choices=ContractType.choices,
                                     default=ContractType.PERMANENT)
    contract_months = models.PositiveSmallIntegerField(_("계약 기간(개월)"), null=True,
                                                       blank=True)
    openings = models.PositiveSmallIntegerField(_("모집 인원"), default=1)
    hired = models.PositiveSmallIntegerField(_("채용 인원"), default=0)
    part_time = models.BooleanField(_("시간선택제"), default=False)
    part_time_type = models.CharField(_("시간선택제 유형"), max_length=12,
                                      choices=PartTimeType.choices, blank=True)
    # Set by the actions from rules.is_quality_part_time (never typed in).
    quality_part_time = models.BooleanField(_("우수 시간선택제"), default=False,
                                            editable=False)
    care_category = models.CharField(_("돌봄·장년 일자리 구분"), max_length=20,
                                     choices=CareCategory.choices, blank=True, default="")
    status = models.CharField(_("상태"), max_length=8, choices=VacancyStatus.choices,
                              default=VacancyStatus.DRAFT, db_index=True)
    # The minimum wage of the year of `opened_on` applies (of today's year for drafts).
    opened_on = models.DateField(_("게시일"), null=True, blank=True)
    closes_on = models.DateField(_("접수 마감일"), null=True, blank=True)
    ended_on = models.DateField(_("종료일"), null=True, blank=True)
    posted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                                  related_name="+", verbose_name=_("등록한 사람"))
    posted_by_employer = models.BooleanField(_("기업 직접 등록"), default=False)
    created_at = models.DateTimeField(_("등록일시"), auto_now_add=True)
    updated_at = models.DateTimeField(_("수정일시"), auto_now=True)

    class Meta:
        ordering = ["-opened_on", "-created_at", "-id"]
        verbose_name = _("구인")
        verbose_name_plural = _("구인")
        indexes = [models.Index(fields=["status", "closes_on"]),
                   models.Index(fields=["part_time", "status"]),
                   models.Index(fields=["care_category", "status"])]
        constraints = [
            models.CheckConstraint(condition=models.Q(openings__gte=1),
                                   name="employers_vacancy_openings_positive"),
            models.CheckConstraint(condition=models.Q(hired__lte=models.F("openings")),
                                   name="employers_vacancy_hired_within_openings"),
        ]

    def __str__(self) -> str:
        return f"{self.company} · {self.title}"

    @property
    def remaining(self) -> int:
        return max(self.openings - self.hired, 0)

    @property
    def is_care_job(self) -> bool:
        from goyong.employers.vacancies.rules import is_care_job

        return is_care_job(self.care_category)


class EmployerUser(models.Model):
    """A user who acts for a company (role `employer`): sees and edits only its records."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="employer_links", verbose_name=_("사용자"))
    company = models.ForeignKey(Company, on_delete=models.CASCADE,
                                related_name="employer_users", verbose_name=_("기업"))
    created_at = models.DateTimeField(_("연결일시"), auto_now_add=True)

    class Meta:
        verbose_name = _("기업 담당자 연결")
        verbose_name_plural = _("기업 담당자 연결")
        constraints = [models.UniqueConstraint(fields=["user", "company"],
                                               name="employers_employer_user_once")]

    def __str__(self) -> str:
        return f"{self.user} → {self.company}"
