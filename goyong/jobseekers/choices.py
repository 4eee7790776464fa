"""Stable codes of the job-seeker registry, with translated labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Sex(models.TextChoices):
    MALE = "M", _("남")
    FEMALE = "F", _("여")


class Education(models.TextChoices):
    MIDDLE_OR_LESS = "middle", _("중졸 이하")
    HIGH_SCHOOL = "high", _("고졸")
    COLLEGE = "college", _("전문대졸")
    UNIVERSITY = "university", _("대졸")
    GRADUATE = "graduate", _("대학원졸")


class StudyStatus(models.TextChoices):
    """Whether the seeker still studies: 취업성공패키지 Ⅱ counts non-enrolled youth only."""

    NOT_ENROLLED = "not_enrolled", _("재학 아님")
    ENROLLED = "enrolled", _("재학 중")
    FINAL_YEAR = "final_year", _("졸업 예정")


class HoursWanted(models.TextChoices):
    FULL_TIME = "full_time", _("전일제")
    PART_TIME = "part_time", _("시간선택제")
    EITHER = "either", _("무관")


class LeaveReason(models.TextChoices):
    """Why a job ended. The first five are the career breaks of 경력단절여성등의 경제활동
    촉진법 제2조 (혼인·임신·출산·육아·가족구성원의 돌봄)."""

    MARRIAGE = "marriage", _("결혼")
    PREGNANCY = "pregnancy", _("임신")
    CHILDBIRTH = "childbirth", _("출산")
    CHILDCARE = "childcare", _("육아")
    FAMILY_CARE = "family_care", _("가족돌봄")
    CONTRACT_END = "contract_end", _("계약 만료")
    DISMISSAL = "dismissal", _("경영상 해고")
    CLOSURE = "closure", _("폐업·도산")
    HEALTH = "health", _("건강")
    VOLUNTARY = "voluntary", _("자발적 이직")
    OTHER = "other", _("기타")


CAREER_BREAK_REASONS = frozenset({
    LeaveReason.MARRIAGE, LeaveReason.PREGNANCY, LeaveReason.CHILDBIRTH,
    LeaveReason.CHILDCARE, LeaveReason.FAMILY_CARE,
})


class VulnerableCategory(models.TextChoices):
    """취업성공패키지 Ⅰ유형 categories other than income (domain-facts §4(b))."""

    HOMELESS = "homeless", _("노숙인")
    NORTH_KOREAN_DEFECTOR = "defector", _("북한이탈주민")
    EX_OFFENDER = "ex_offender", _("출소(예정)자")
    CREDIT_RECOVERY = "credit_recovery", _("신용회복지원자")
    MARRIAGE_MIGRANT = "marriage_migrant", _("결혼이민자")
    YOUTH_AT_RISK = "youth_at_risk", _("위기청소년")
    FEMALE_HOUSEHOLDER = "female_householder", _("여성가장")
    VETERAN_FAMILY = "veteran_family", _("국가유공자 가구원")
    SMALL_SELF_EMPLOYED = "small_self_employed", _("영세자영업자")
    SPECIAL_EMPLOYMENT = "special_employment", _("특수형태근로종사자")
    DAY_CONSTRUCTION = "day_construction", _("건설일용직")
    DISABLED = "disabled", _("장애인")
    FTA_DISPLACED = "fta_displaced", _("FTA 피해 실직자")


class TargetGroup(models.TextChoices):
    """Groups the task force counts; derived by goyong.jobseekers.targeting, never typed in."""

    YOUTH = "youth", _("청년")
    WOMEN = "women", _("여성")
    CAREER_BREAK_WOMEN = "career_break_women", _("경력단절여성")
    OLDER = "older", _("장년")
    LOW_INCOME = "low_income", _("저소득층")
    PACKAGE_I = "package_i", _("취업성공패키지 Ⅰ유형 대상")
    PACKAGE_II = "package_ii", _("취업성공패키지 Ⅱ유형 대상")


class PlacementSource(models.TextChoices):
    REFERRAL = "referral", _("고용센터 알선")
    SELF_FOUND = "self_found", _("본인 구직")
    PARTNER = "partner", _("협력기관 알선")


class VerificationMethod(models.TextChoices):
    INSURANCE_RECORD = "insurance_record", _("고용보험 피보험자격 이력")
    COUNSELLOR = "counsellor", _("상담원 확인")
    EMPLOYER = "employer", _("사업주 확인")


class RetentionSource(models.TextChoices):
    INSURANCE_RECORD = "insurance_record", _("고용보험 피보험자격 이력")
    COUNSELLOR = "counsellor", _("상담원 확인")


RETENTION_MONTHS = (1, 3, 6)
