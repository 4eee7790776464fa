from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """The roles of ARCHITECTURE.md; a user has exactly one."""

    HQ = "hq", _("본부 정책담당관")
    OFFICE_LEAD = "office_lead", _("추진단 총괄팀장")
    OFFICE_MEMBER = "office_member", _("추진단 팀원")
    COUNSELLOR = "counsellor", _("고용센터 상담원")
    LOCAL_GOV = "local_gov", _("지자체 담당자")
    REVIEWER = "reviewer", _("심사위원")
    PARTNER = "partner", _("협력기관 담당자")
    EMPLOYER = "employer", _("기업 담당자")


OFFICE_ROLES = frozenset({Role.OFFICE_LEAD, Role.OFFICE_MEMBER, Role.COUNSELLOR})
