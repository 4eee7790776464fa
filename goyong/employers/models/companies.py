"""Companies keyed on 사업자등록번호, their monthly insured headcount, wage arrears and
industrial accidents; 강소기업 screening runs, hiring-potential runs and discovery visits.

Owner: the companies part (models/__init__.py). Regions and offices are kept as stable codes
(KOSTAT 시군구 code, office code), not foreign keys to dated rows, as in labourstats."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from goyong.employers.choices import (
    CertificationKind,
    CreditGrade,
    PotentialRunStatus,
    SizeClass,
    VisitOutcome,
)

__all__ = [
    "Certification",
    "Company",
    "DiscoveryVisit",
    "HeadcountMonth",
    "IndustrialAccident",
    "PotentialRun",
    "PotentialScore",
    "ScreeningResult",
    "ScreeningRun",
    "WageArrears",
]


class Company(models.Model):
    """A business (사업장) registered with employment insurance."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    brn = models.CharField(_("사업자등록번호"), max_length=10, unique=True)
    name = models.CharField(_("기업명"), max_length=120)
    ksic9_code = models.CharField(_("산업분류(9차)"), max_length=6, blank=True)
    ksic10_code = models.CharField(_("산업분류(10차)"), max_length=6, blank=True)
    # KSIC 대분류 letter (A–U), derived from the 10th (else 9th) revision code by the writers
    # (industry.section_of), kept in a column so screening can group without parsing codes.
    industry_section = models.CharField(_("산업 대분류"), max_length=1, blank=True)
    size_class = models.CharField(_("기업 규모"), max_length=8, choices=SizeClass.choices)
    address = models.CharField(_("주소"), max_length=200, blank=True)
    sigungu_code = models.CharField(_("시군구 코드"), max_length=5, db_index=True)
    latitude = models.FloatField(_("위도"), null=True, blank=True)
    longitude = models.FloatField(_("경도"), null=True, blank=True)
    office_code = models.CharField(_("관할 관서 코드"), max_length=16, db_index=True)
    is_large_group = models.BooleanField(_("상호출자제한기업집단 소속"), default=False)
    is_public_company = models.BooleanField(_("공기업"), default=False)
    credit_grade = models.CharField(
        _("신용등급"), max_length=4, choices=CreditGrade.choices, blank=True)
    # 재해율(%) of the last full year, and the year it is for.
    accident_rate = models.FloatField(_("재해율(%)"), null=True, blank=True)
    accident_rate_year = models.PositiveSmallIntegerField(_("재해율 기준 연도"), null=True,
                                                          blank=True)
    regular_share = models.FloatField(_("정규직 비율(%)"), null=True, blank=True)
    flexible_work = models.BooleanField(_("유연근무제 운영"), default=False)
    ilga_pledge = models.BooleanField(_("일가양득 참여 서약"), default=False)
    ilga_pledged_on = models.DateField(_("일가양득 서약일"), null=True, blank=True)
    visit_opt_out = models.BooleanField(_("방문 제외 요청"), default=False)
    visit_opt_out_on = models.DateField(_("방문 제외 요청일"), null=True, blank=True)
    created_at = models.DateTimeField(_("등록일시"), auto_now_add=True)
    updated_at = models.DateTimeField(_("수정일시"), auto_now=True)

    class Meta:
        ordering = ["name", "brn"]
        verbose_name = _("기업")
        verbose_name_plural = _("기업")
        indexes = [models.Index(fields=["industry_section", "size_class"])]

    def __str__(self) -> str:
        return self.name

    @property
    def brn_display(self) -> str:
        """123-45-67890."""
        return f"{self.brn[:3]}-{self.brn[3:5]}-{self.brn[5:]}"

    @property
    def sido_code(self) -> str:
        return self.sigungu_code[:2]

    @property
    def ksic_code(self) -> str:
        return self.ksic10_code or self.ksic9_code


class Certification(models.Model):
    """A certification a company holds (가족친화인증 and others), with its validity."""

    company = models.ForeignKey(Company, on_delete=models.CASCADE,
                                related_name="certifications")
    kind = models.CharField(_("인증 종류"), max_length=20, choices=CertificationKind.choices)
    certified_on = models.DateField(_("인증일"))
    expires_on = models.DateField(_("유효기간 만료일"), null=True, blank=True)

    class Meta:
        ordering = ["company", "kind", "certified_on"]
        verbose_name = _("인증")
        verbose_name_plural = _("인증")
        constraints = [models.UniqueConstraint(fields=["company", "kind", "certified_on"],
                                               name="employers_certification_once")]

    def __str__(self) -> str:
        return f"{self.company} {self.get_kind_display()}"


class HeadcountMonth(models.Model):
    """One month of a company's employment-insurance record (고용보험 피보험자)."""

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="headcounts")
    month = models.DateField(_("월"), help_text=_("그 달의 1일"))
    insured = models.PositiveIntegerField(_("피보험자 수"))
    hires = models.PositiveIntegerField(_("취득자 수"), default=0)
    separations = models.PositiveIntegerField(_("상실자 수"), default=0)
    # Hires split by contract type, where the source gives it (else 0).
    hires_permanent = models.PositiveIntegerField(_("정규직 취득자 수"), default=0)
    hires_part_time = models.PositiveIntegerField(_("시간선택제 취득자 수"), default=0)
    youth_hires = models.PositiveIntegerField(_("청년(15~34세) 취득자 수"), default=0)
    average_wage = models.PositiveIntegerField(_("평균 월임금(원)"), null=True, blank=True)

    class Meta:
        ordering = ["company", "month"]
        verbose_name = _("월별 피보험자")
        verbose_name_plural = _("월별 피보험자")
        constraints = [models.UniqueConstraint(fields=["company", "month"],
                                               name="employers_headcount_one_month")]

    def __str__(self) -> str:
        return f"{self.company} {self.month:%Y-%m} {self.insured}"


class WageArrears(models.Model):
    """A wage-arrears case (임금체불) found against a company."""

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="arrears")
    occurred_on = models.DateField(_("체불 발생일"))
    amount = models.PositiveBigIntegerField(_("체불액(원)"), default=0)
    resolved_on = models.DateField(_("청산일"), null=True, blank=True)
    note = models.CharField(_("비고"), max_length=200, blank=True)

    class Meta:
        ordering = ["company", "-occurred_on"]
        verbose_name = _("임금체불")
        verbose_name_plural = _("임금체불")

    def __str__(self) -> str:
        return f"{self.company} {self.occurred_on}"


class IndustrialAccident(models.Model):
    """An industrial accident (산업재해) at a company; `fatal` for a death (사망사고)."""

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="accidents")
    occurred_on = models.DateField(_("발생일"))
    fatal = models.BooleanField(_("사망사고"), default=False)
    victims = models.PositiveSmallIntegerField(_("재해자 수"), default=1)
    note = models.CharField(_("비고"), max_length=200, blank=True)

    class Meta:
        ordering = ["company", "-occurred_on"]
        verbose_name = _("산업재해")
        verbose_name_plural = _("산업재해")

    def __str__(self) -> str:
        return f"{self.company} {self.occurred_on}"


class ScreeningRun(models.Model):
    """One batch 강소기업 screening of all companies under one year's rule set."""

    year = models.PositiveSmallIntegerField(_("선정 연도"))
    rules_year = models.PositiveSmallIntegerField(_("적용 기준 연도"))
    reference_date = models.DateField(_("기준일"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
        related_name="+", verbose_name=_("실행한 사람"))
    created_at = models.DateTimeField(_("실행일시"), auto_now_add=True)
    companies = models.PositiveIntegerField(_("심사 기업 수"), default=0)
    passed = models.PositiveIntegerField(_("적격 기업 수"), default=0)
    youth_friendly = models.PositiveIntegerField(_("청년친화 기업 수"), default=0)
    # Industry × size averages the run compared against (retention, wage, accident rate).
    benchmarks = models.JSONField(_("비교 기준값"), default=dict)
    failures = models.JSONField(_("결격 사유별 기업 수"), default=dict)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("강소기업 심사")
        verbose_name_plural = _("강소기업 심사")

    def __str__(self) -> str:
        return f"{self.year} ({self.rules_year})"


class ScreeningResult(models.Model):
    """A company's outcome in a screening run: every criterion with pass/fail and value.

    `criteria` is a list of {"code", "kind" ("disqualifier"|"youth"), "passed", "value",
    "threshold"}; labels come from the rule set (screening.py)."""

    run = models.ForeignKey(ScreeningRun, on_delete=models.CASCADE, related_name="results")
    company = models.ForeignKey(Company, on_delete=models.CASCADE,
                                related_name="screening_results")
    passed = models.BooleanField(_("강소기업 적격"))
    youth_friendly = models.BooleanField(_("청년친화강소기업 적격"))
    youth_points = models.PositiveSmallIntegerField(_("청년친화 충족 항목 수"), default=0)
    criteria = models.JSONField(_("심사 항목"), default=list)

    class Meta:
        ordering = ["run", "company"]
        verbose_name = _("강소기업 심사 결과")
        verbose_name_plural = _("강소기업 심사 결과")
        constraints = [models.UniqueConstraint(fields=["run", "company"],
                                               name="employers_screening_once")]

    def __str__(self) -> str:
        return f"{self.company} {self.run.year}: {self.passed}"

    @property
    def year(self) -> int:
        return self.run.year

    @property
    def failed_codes(self) -> list[str]:
        return [c["code"] for c in self.criteria
                if c.get("kind") == "disqualifier" and not c.get("passed")]


class PotentialRun(models.Model):
    """One training of the hiring-potential model for a region (시도), with its back-test
    metrics and whether the guardrails let it be published."""

    region_code = models.CharField(_("지역 코드(시도)"), max_length=5)
    contract_type = models.CharField(_("계약 유형"), max_length=12, default="all")
    as_of = models.DateField(_("기준월"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
        related_name="+", verbose_name=_("실행한 사람"))
    created_at = models.DateTimeField(_("실행일시"), auto_now_add=True)
    status = models.CharField(_("상태"), max_length=10, choices=PotentialRunStatus.choices)
    metrics = models.JSONField(_("검증 지표"), default=dict)
    refusal = models.TextField(_("게시 거부 사유"), blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("채용 가능성 산출")
        verbose_name_plural = _("채용 가능성 산출")

    def __str__(self) -> str:
        return f"{self.region_code} {self.as_of:%Y-%m} {self.status}"


class PotentialScore(models.Model):
    """A company's hiring-potential score of a run. `predicted_hires` is internal: pages and
    the API show only `score` (0–100) and `stars`."""

    run = models.ForeignKey(PotentialRun, on_delete=models.CASCADE, related_name="scores")
    company = models.ForeignKey(Company, on_delete=models.CASCADE,
                                related_name="potential_scores")
    score = models.PositiveSmallIntegerField(_("채용 가능성 점수"))
    stars = models.DecimalField(_("별점"), max_digits=2, decimal_places=1)
    predicted_hires = models.FloatField(_("예측 채용 수(내부용)"))
    score_part_time = models.PositiveSmallIntegerField(_("시간선택제 채용 가능성 점수"),
                                                       null=True, blank=True)

    class Meta:
        ordering = ["run", "-score"]
        verbose_name = _("채용 가능성 점수")
        verbose_name_plural = _("채용 가능성 점수")
        constraints = [models.UniqueConstraint(fields=["run", "company"],
                                               name="employers_potential_once")]

    def __str__(self) -> str:
        return f"{self.company} {self.score}"


class DiscoveryVisit(models.Model):
    """A staff outreach visit (발굴 방문) to a company and what it found."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    company = models.ForeignKey(Company, on_delete=models.PROTECT, related_name="visits")
    office_code = models.CharField(_("관서 코드"), max_length=16, db_index=True)
    visited_on = models.DateField(_("방문일"))
    visited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
        verbose_name=_("방문자"))
    outcome = models.CharField(_("결과"), max_length=12, choices=VisitOutcome.choices,
                               default=VisitOutcome.DONE)
    vacancies_found = models.PositiveSmallIntegerField(_("발굴 구인 수"), default=0)
    part_time_conversions = models.PositiveSmallIntegerField(_("시간선택제 전환 수"), default=0)
    gangso_candidate = models.BooleanField(_("강소기업 후보"), default=False)
    note = models.TextField(_("메모"), blank=True)
    created_at = models.DateTimeField(_("기록일시"), auto_now_add=True)

    class Meta:
        ordering = ["-visited_on", "-id"]
        verbose_name = _("발굴 방문")
        verbose_name_plural = _("발굴 방문")

    def __str__(self) -> str:
        return f"{self.company} {self.visited_on}"
