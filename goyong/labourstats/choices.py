from django.db import models
from django.utils.translation import gettext_lazy as _


class AreaLevel(models.TextChoices):
    NATION = "nation", _("전국")
    SIDO = "sido", _("시도")
    SIGUNGU = "sigungu", _("시군구")
    OFFICE = "office", _("관서 관할구역")


class CodeSystem(models.TextChoices):
    """The code the source used for the area (kept so an import can be traced back)."""

    KOSTAT = "kostat", _("통계청 행정구역분류")
    KOSIS4 = "kosis4", _("KOSIS 4자리 지역 코드")
    MOIS = "mois", _("행정안전부 행정기관코드")
    NAME = "name", _("지역 이름")
    OFFICE = "office", _("관서 코드")


class Group(models.TextChoices):
    """Population groups. Sex groups without an age range mean 15 and over."""

    TOTAL = "total", _("15세 이상 전체")
    AGE_15_64 = "15_64", _("15~64세")
    MALE = "male", _("남자")
    FEMALE = "female", _("여자")
    MALE_15_64 = "male_15_64", _("남자 15~64세")
    WOMEN_15_64 = "female_15_64", _("여성 15~64세")
    YOUTH = "15_29", _("청년 15~29세")
    OLDER = "55_64", _("장년 55~64세")
    AGE_15_19 = "15_19", _("15~19세")
    AGE_15_24 = "15_24", _("15~24세")
    AGE_20_24 = "20_24", _("20~24세")
    AGE_20_29 = "20_29", _("20~29세")
    AGE_25_29 = "25_29", _("25~29세")
    AGE_30_39 = "30_39", _("30~39세")
    AGE_40_49 = "40_49", _("40~49세")
    AGE_50_59 = "50_59", _("50~59세")
    AGE_60_64 = "60_64", _("60~64세")
    AGE_60_PLUS = "60_plus", _("60세 이상")
    AGE_65_PLUS = "65_plus", _("65세 이상")


class Measure(models.TextChoices):
    POPULATION = "population", _("인구")
    EMPLOYED = "employed", _("취업자")
    UNEMPLOYED = "unemployed", _("실업자")
    ECON_ACTIVE = "econ_active", _("경제활동인구")
    INACTIVE = "inactive", _("비경제활동인구")
    PARTICIPATION_RATE = "participation_rate", _("경제활동참가율")
    UNEMPLOYMENT_RATE = "unemployment_rate", _("실업률")
    EMPLOYMENT_RATE = "employment_rate", _("고용률")


COUNT_MEASURES = frozenset({Measure.POPULATION, Measure.EMPLOYED, Measure.UNEMPLOYED,
                            Measure.ECON_ACTIVE, Measure.INACTIVE})


class Unit(models.TextChoices):
    PERSONS = "persons", _("명")
    THOUSANDS = "thousands", _("천명")
    PERCENT = "percent", _("퍼센트")


class Vintage(models.TextChoices):
    PUBLISHED = "published", _("발표 당시")
    REVISED = "revised", _("개정")


class SourceKind(models.TextChoices):
    KOSIS = "kosis", _("KOSIS 통계표")
    MICRODATA = "microdata", _("마이크로데이터")
    MODEL = "model", _("모형 추정")
    PUBLICATION = "publication", _("보도자료·발표")


class ImportFormat(models.TextChoices):
    KOSIS_SIDO = "kosis-sido", _("KOSIS 경제활동인구조사 시도")
    KOSIS_SIGUNGU = "kosis-sigungu", _("KOSIS 지역별고용조사 시군구")
    KOSIS_LONG = "kosis-long", _("KOSIS 세로형")
    MICRODATA = "microdata", _("조사 마이크로데이터")
    PUBLICATION = "publication", _("발표 수치")


class ImportStatus(models.TextChoices):
    COMPLETED = "completed", _("완료")
    DRY_RUN = "dry_run", _("시험 실행")
