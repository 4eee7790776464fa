"""Stable codes with translated labels for vacancies."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class WageBasis(models.TextChoices):
    HOURLY = "hourly", _("시급")
    MONTHLY = "monthly", _("월급")
    ANNUAL = "annual", _("연봉")


class ContractType(models.TextChoices):
    PERMANENT = "permanent", _("기간의 정함이 없는 근로계약(정규직·무기계약)")
    FIXED_TERM = "fixed_term", _("기간제 근로계약")


class PartTimeType(models.TextChoices):
    """시간선택제 types (domain-facts §4(c))."""

    CONVERSION = "conversion", _("전환형")
    NEW_HIRE = "new_hire", _("신규채용형")


class CareCategory(models.TextChoices):
    """Care and older-worker jobs, filtered on their own (issue 5, item 4)."""

    NONE = "", _("해당 없음")
    ELDERLY_CARE = "elderly_care", _("노인돌봄")
    NURSING_CARE = "nursing_care", _("요양·간병")
    CHILD_CARE = "child_care", _("아이돌봄")
    DISABILITY_SUPPORT = "disability_support", _("장애인 활동지원")
    OLDER_WORKER = "older_worker", _("장년 적합 일자리(경비·시설관리 등)")


class VacancyStatus(models.TextChoices):
    DRAFT = "draft", _("작성 중")
    OPEN = "open", _("모집 중")
    FILLED = "filled", _("채용 완료")
    CLOSED = "closed", _("마감")
    EXPIRED = "expired", _("기간 만료")
