"""Stable codes with translated labels for companies, screening, potential and visits."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SizeClass(models.TextChoices):
    """기업 규모 (중소기업기본법 terms); headcount limits of screening are separate."""

    MICRO = "micro", _("소상공인")
    SMALL = "small", _("소기업")
    MEDIUM = "medium", _("중기업")
    MIDSIZE = "midsize", _("중견기업")
    LARGE = "large", _("대기업")


class CreditGrade(models.TextChoices):
    """기업 신용등급, best first (the order is used by screening: index = rank)."""

    AAA = "AAA", "AAA"
    AA_PLUS = "AA+", "AA+"
    AA = "AA", "AA"
    AA_MINUS = "AA-", "AA-"
    A_PLUS = "A+", "A+"
    A = "A", "A"
    A_MINUS = "A-", "A-"
    BBB_PLUS = "BBB+", "BBB+"
    BBB = "BBB", "BBB"
    BBB_MINUS = "BBB-", "BBB-"
    BB_PLUS = "BB+", "BB+"
    BB = "BB", "BB"
    BB_MINUS = "BB-", "BB-"
    B_PLUS = "B+", "B+"
    B = "B", "B"
    B_MINUS = "B-", "B-"
    CCC = "CCC", "CCC"
    CC = "CC", "CC"
    C = "C", "C"
    D = "D", "D"


CREDIT_ORDER: list[str] = [grade.value for grade in CreditGrade]


class CertificationKind(models.TextChoices):
    FAMILY_FRIENDLY = "family_friendly", _("가족친화인증")
    HUMAN_RESOURCES = "hr_development", _("인재육성형 중소기업")
    VENTURE = "venture", _("벤처기업")
    INNOBIZ = "innobiz", _("이노비즈")
    MAINBIZ = "mainbiz", _("메인비즈")
    BEST_HRD = "best_hrd", _("Best HRD")
    WORK_LIFE = "work_life", _("일·생활 균형 우수기업")


class VisitOutcome(models.TextChoices):
    DONE = "done", _("방문 완료")
    REFUSED = "refused", _("방문 거절")
    NO_CONTACT = "no_contact", _("연락 안 됨")


class PotentialRunStatus(models.TextChoices):
    PUBLISHED = "published", _("게시됨")
    REFUSED = "refused", _("게시 거부(안전장치)")
