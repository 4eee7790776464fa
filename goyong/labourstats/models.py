"""Estimates of labour-force measures per area × period × group, with their source and
vintage, and the import batches they came from."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from goyong.labourstats.choices import (
    AreaLevel,
    CodeSystem,
    Group,
    ImportFormat,
    ImportStatus,
    Measure,
    SourceKind,
    Unit,
    Vintage,
)


class Dataset(models.Model):
    """One import batch: a file (or a built-in publication) and what came of it."""

    file_name = models.CharField(_("파일 이름"), max_length=200)
    sha256 = models.CharField(_("파일 해시"), max_length=64, blank=True)
    format = models.CharField(_("형식"), max_length=16, choices=ImportFormat.choices)
    vintage = models.CharField(_("자료 시점"), max_length=12, choices=Vintage.choices)
    release_date = models.DateField(_("공표일"), null=True, blank=True)
    source_kind = models.CharField(_("출처 종류"), max_length=12, choices=SourceKind.choices)
    source = models.CharField(_("출처"), max_length=80)
    source_label = models.CharField(_("출처 표시"), max_length=200)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
        related_name="+", verbose_name=_("올린 사람"),
    )
    created_at = models.DateTimeField(_("올린 때"), auto_now_add=True)
    status = models.CharField(_("상태"), max_length=12, choices=ImportStatus.choices)
    rows_read = models.PositiveIntegerField(_("읽은 행 수"), default=0)
    estimates_created = models.PositiveIntegerField(_("저장한 추정치 수"), default=0)
    cells_missing = models.PositiveIntegerField(_("빈 칸 수"), default=0)
    persons_created = models.PositiveIntegerField(_("저장한 응답자 수"), default=0)
    note = models.TextField(_("비고"), blank=True)
    synthetic = models.BooleanField(_("합성 자료"), default=False)
    recompute_job = models.ForeignKey(
        "core.BackgroundJob", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("재계산 작업"),
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("통계 자료")
        verbose_name_plural = _("통계 자료")

    def __str__(self) -> str:
        return f"{self.file_name} ({self.get_vintage_display()})"


class Estimate(models.Model):
    """One value as its source gave it: a count, or a rate in percent.

    `value` keeps the published digits exactly (a Decimal) and `decimals` how many the
    source printed, so 64.4 goes out as 64.4 again; counts keep their published unit."""

    dataset = models.ForeignKey(Dataset, on_delete=models.CASCADE, related_name="estimates")
    area_level = models.CharField(_("지역 수준"), max_length=8, choices=AreaLevel.choices)
    # KOSTAT code for 시도 (2 digits, "00" for the nation) and 시군구 (5 digits), office code
    # for an office jurisdiction: stable across the dated versions of the region row.
    area_code = models.CharField(_("지역 코드"), max_length=16)
    code_system = models.CharField(_("원자료 코드 체계"), max_length=8, choices=CodeSystem.choices)
    source_area = models.CharField(_("원자료 지역 표기"), max_length=60, blank=True)
    region = models.ForeignKey(
        "reference.Region", on_delete=models.PROTECT, null=True, blank=True,
        related_name="+", verbose_name=_("행정구역"),
    )
    period = models.CharField(_("기간"), max_length=8)
    period_start = models.DateField(_("기간 시작일"))
    group = models.CharField(_("집단"), max_length=16, choices=Group.choices)
    measure = models.CharField(_("지표"), max_length=20, choices=Measure.choices)
    unit = models.CharField(_("단위"), max_length=10, choices=Unit.choices)
    value = models.DecimalField(_("값"), max_digits=24, decimal_places=10)
    decimals = models.PositiveSmallIntegerField(_("공표 소수 자릿수"), default=0)
    se = models.DecimalField(_("표준오차"), max_digits=24, decimal_places=10, null=True,
                             blank=True)
    rse = models.DecimalField(_("상대표준오차(%)"), max_digits=24, decimal_places=10, null=True,
                              blank=True)
    # Sample persons behind a survey-based value (None for published tables): fewer than 5
    # and the value is not published; the model rows carry the count of their direct cell.
    sample_size = models.PositiveIntegerField(_("표본 수"), null=True, blank=True)
    vintage = models.CharField(_("자료 시점"), max_length=12, choices=Vintage.choices)
    release_date = models.DateField(_("공표일"), null=True, blank=True)
    source_kind = models.CharField(_("출처 종류"), max_length=12, choices=SourceKind.choices)
    source = models.CharField(_("출처"), max_length=80)

    class Meta:
        ordering = ["period_start", "area_level", "area_code", "group", "measure"]
        verbose_name = _("통계 추정치")
        verbose_name_plural = _("통계 추정치")
        constraints = [
            models.UniqueConstraint(
                fields=["area_level", "area_code", "period", "group", "measure", "vintage",
                        "source"],
                name="labourstats_estimate_one_value",
            )
        ]
        indexes = [models.Index(fields=["period", "area_level", "group"])]

    def __str__(self) -> str:
        return f"{self.area_code} {self.period} {self.group} {self.measure} = {self.value}"

    @property
    def published_value(self) -> str:
        """The value with the digits its source printed."""
        return f"{self.value:.{self.decimals}f}"


class SurveyPerson(models.Model):
    """One respondent of an imported microdata batch (compact: codes, not foreign keys)."""

    dataset = models.ForeignKey(Dataset, on_delete=models.CASCADE, related_name="persons")
    period = models.CharField(_("기간"), max_length=8)
    area_code = models.CharField(_("지역 코드"), max_length=5)
    sex = models.PositiveSmallIntegerField(_("성별"))
    age = models.PositiveSmallIntegerField(_("나이"))
    status = models.PositiveSmallIntegerField(_("경제활동상태"))
    weight = models.FloatField(_("가중치"))
    stratum = models.CharField(_("층"), max_length=20, blank=True)
    psu = models.CharField(_("조사구"), max_length=20, blank=True)

    class Meta:
        verbose_name = _("조사 응답자")
        verbose_name_plural = _("조사 응답자")
        indexes = [models.Index(fields=["dataset", "period", "area_code"])]

    def __str__(self) -> str:
        return f"{self.dataset_id}:{self.pk}"


class PendingUpload(models.Model):
    """A file uploaded through the web, kept between its preview and the confirmation.

    The bytes live here (keyed by their SHA-256 and a random UUID), so the confirmation
    never trusts a path or content sent back by the browser; only the uploader can confirm,
    and the row is deleted once imported."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sha256 = models.CharField(_("파일 해시"), max_length=64)
    file_name = models.CharField(_("파일 이름"), max_length=200)
    content = models.BinaryField(_("파일 내용"))
    format = models.CharField(_("형식"), max_length=16)
    vintage = models.CharField(_("자료 시점"), max_length=12, choices=Vintage.choices)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+",
        verbose_name=_("올린 사람"),
    )
    created_at = models.DateTimeField(_("올린 때"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("확인 대기 중인 파일")
        verbose_name_plural = _("확인 대기 중인 파일")

    def __str__(self) -> str:
        return self.file_name
