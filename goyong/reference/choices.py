from django.db import models
from django.utils.translation import gettext_lazy as _


class RegionLevel(models.TextChoices):
    SIDO = "sido", _("시도")
    SIGUNGU = "sigungu", _("시군구")
    # 일반구 of a city (e.g. 수원시 장안구): a child of its 시, not a 기초자치단체.
    GU = "gu", _("일반구")


class DataQuality(models.TextChoices):
    """How far a reference row is backed by a source; shown wherever the row is used."""

    OFFICIAL = "official", _("공식 자료")
    VERIFIED = "verified", _("출처 확인")
    PARTLY_VERIFIED = "partly_verified", _("일부 확인")
    RECONSTRUCTED = "reconstructed", _("재구성(미확인)")
    ASSIGNED = "assigned", _("임의 배정(미확인)")


class OfficeKind(models.TextChoices):
    REGIONAL = "regional", _("지방고용노동청")
    BRANCH = "branch", _("지청")


class ClassificationScheme(models.TextChoices):
    KSIC9 = "ksic9", _("한국표준산업분류 9차")
    KSIC10 = "ksic10", _("한국표준산업분류 10차")
    KECO2007 = "keco2007", _("한국고용직업분류 2007")
    KECO2018 = "keco2018", _("한국고용직업분류 2018")
