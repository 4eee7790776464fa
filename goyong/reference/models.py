"""Regions, labour offices and code lists, each row valid over a date range.

A region or office that changes its code, name or parent gets a new row from the day of the
change; the old row ends the day before. "On date d" therefore always means
`valid_from <= d and (valid_to is null or d <= valid_to)` (see `queries.valid_on`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

from goyong.reference.choices import ClassificationScheme, DataQuality, OfficeKind, RegionLevel


def _version_key(code: str, valid_from: dt.date | str) -> str:
    """Natural key of one version of a row with a stable code: code and start date."""
    day = dt.date.fromisoformat(valid_from) if isinstance(valid_from, str) else valid_from
    return f"{code}-{day:%Y%m%d}"


class VersionKeyed(models.Model):
    """Rows with a stable `code` and one row per version: `key` is code + start date."""

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        # The subclasses declare key, code and valid_from; the abstract base cannot.
        if not self.key:  # type: ignore[has-type]
            self.key = _version_key(self.code, self.valid_from)  # type: ignore[attr-defined]
        super().save(*args, **kwargs)


class DatedQuerySet(models.QuerySet):
    def valid_on(self, day: dt.date) -> DatedQuerySet:
        return self.filter(valid_from__lte=day).filter(
            models.Q(valid_to__isnull=True) | models.Q(valid_to__gte=day)
        )


class Dated(models.Model):
    valid_from = models.DateField(_("시작일"))
    valid_to = models.DateField(_("종료일"), null=True, blank=True)

    objects = DatedQuerySet.as_manager()

    class Meta:
        abstract = True

    def is_valid_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


class Region(Dated):
    """One version of a 시도, 시군구 or 일반구."""

    key = models.CharField(_("식별자"), max_length=32, unique=True)
    level = models.CharField(_("수준"), max_length=8, choices=RegionLevel.choices)
    kostat_code = models.CharField(_("통계청 행정구역분류 코드"), max_length=5, db_index=True)
    mois_code = models.CharField(_("행정안전부 행정기관코드"), max_length=10, db_index=True)
    name = models.CharField(_("이름"), max_length=40)
    full_name = models.CharField(_("전체 이름"), max_length=80)
    name_en = models.CharField(_("영문 이름"), max_length=80, blank=True)
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children"
    )
    data_quality = models.CharField(
        _("자료 품질"), max_length=16, choices=DataQuality.choices, default=DataQuality.VERIFIED
    )
    note = models.TextField(_("비고"), blank=True)
    centroid_lat = models.FloatField(_("중심 위도"), null=True, blank=True)
    centroid_lon = models.FloatField(_("중심 경도"), null=True, blank=True)

    class Meta:
        ordering = ["kostat_code", "valid_from"]
        verbose_name = _("행정구역")
        verbose_name_plural = _("행정구역")
        indexes = [models.Index(fields=["level", "valid_from", "valid_to"])]

    def __str__(self) -> str:
        return self.full_name

    @property
    def kosis_code(self) -> str:
        """The 4-digit area code of KOSIS 지역별고용조사 exports (KOSTAT code less its last digit)."""
        return self.kostat_code[:4]


class Office(VersionKeyed, Dated):
    """One version of a 지방고용노동청 or 지청.

    `code` is stable across versions (a change of name or parent office gives a new row with
    the same code); `key` (code and start date) identifies the row."""

    key = models.CharField(_("식별자"), max_length=32, unique=True)
    code = models.CharField(_("관서 코드"), max_length=16, db_index=True)
    name = models.CharField(_("관서명"), max_length=40)
    name_en = models.CharField(_("영문 관서명"), max_length=80, blank=True)
    kind = models.CharField(_("구분"), max_length=8, choices=OfficeKind.choices)
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="branches",
        verbose_name=_("상급 관서"),
    )
    data_quality = models.CharField(
        _("자료 품질"), max_length=16, choices=DataQuality.choices,
        default=DataQuality.RECONSTRUCTED,
    )
    evidence = models.TextField(_("근거"), blank=True)

    class Meta:
        ordering = ["code", "valid_from"]
        verbose_name = _("고용노동관서")
        verbose_name_plural = _("고용노동관서")

    def __str__(self) -> str:
        return self.name


class Jurisdiction(Dated):
    """An office covers a 시군구 (the 기초자치단체 level; 일반구 follow their city) over dates."""

    office = models.ForeignKey(Office, on_delete=models.PROTECT, related_name="jurisdictions")
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="jurisdictions")
    data_quality = models.CharField(
        _("자료 품질"), max_length=16, choices=DataQuality.choices,
        default=DataQuality.RECONSTRUCTED,
    )
    note = models.TextField(_("비고"), blank=True)

    class Meta:
        ordering = ["office__code", "region__kostat_code", "valid_from"]
        verbose_name = _("관할구역")
        verbose_name_plural = _("관할구역")

    def __str__(self) -> str:
        return f"{self.office} → {self.region}"


class EmploymentCentre(VersionKeyed, Dated):
    """고용센터, belonging to an office (a new row when its office row changes)."""

    key = models.CharField(_("식별자"), max_length=32, unique=True)
    code = models.CharField(_("센터 코드"), max_length=16, db_index=True)
    name = models.CharField(_("센터명"), max_length=40)
    name_en = models.CharField(_("영문 센터명"), max_length=80, blank=True)
    office = models.ForeignKey(Office, on_delete=models.PROTECT, related_name="centres")
    data_quality = models.CharField(
        _("자료 품질"), max_length=16, choices=DataQuality.choices,
        default=DataQuality.RECONSTRUCTED,
    )

    class Meta:
        ordering = ["code", "valid_from"]
        verbose_name = _("고용센터")
        verbose_name_plural = _("고용센터")

    def __str__(self) -> str:
        return self.name


class ClassificationItem(models.Model):
    """An item of KSIC (industry) or KECO (occupation), any level of its tree."""

    scheme = models.CharField(_("분류체계"), max_length=10, choices=ClassificationScheme.choices)
    code = models.CharField(_("코드"), max_length=8)
    name = models.CharField(_("항목명"), max_length=120)
    level = models.PositiveSmallIntegerField(_("수준"))
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children"
    )
    data_quality = models.CharField(
        _("자료 품질"), max_length=16, choices=DataQuality.choices, default=DataQuality.VERIFIED
    )
    note = models.TextField(_("비고"), blank=True)

    class Meta:
        ordering = ["scheme", "code"]
        constraints = [
            models.UniqueConstraint(fields=["scheme", "code"], name="classification_scheme_code")
        ]
        verbose_name = _("분류 항목")
        verbose_name_plural = _("분류 항목")

    def __str__(self) -> str:
        return f"{self.code} {self.name}"
