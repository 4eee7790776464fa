"""Who may see and do what with companies, screening, hiring potential and visits.

Staff (HQ and office roles) see every company: discovery and wide-area placement look
beyond one office's jurisdiction. Employer users see only their own companies, through the
vacancies part's link (hook `goyong.employers.vacancies.policies.employer_company_ids(user)`,
used when it exists). Everyone else sees none."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

from django.db.models import QuerySet

from goyong.accounts.choices import OFFICE_ROLES, Role
from goyong.accounts.policies import is_hq, is_office_staff, office_codes_of
from goyong.employers.models import Company, DiscoveryVisit


def is_staff(user: Any) -> bool:
    return is_hq(user) or is_office_staff(user)


def _employer_company_ids(user: Any) -> Iterable[int] | QuerySet[Any] | None:
    try:
        module = importlib.import_module("goyong.employers.vacancies.policies")
    except ImportError:
        return None
    hook = getattr(module, "employer_company_ids", None)
    return hook(user) if hook is not None else None


def companies_visible_to(user: Any) -> QuerySet[Company]:
    """Companies whose record `user` may open."""
    if not getattr(user, "is_authenticated", False):
        return Company.objects.none()
    if is_staff(user):
        return Company.objects.all()
    if user.role == Role.EMPLOYER:
        ids = _employer_company_ids(user)
        if ids is not None:
            return Company.objects.filter(pk__in=ids)
    return Company.objects.none()


def can_edit_companies(user: Any) -> bool:
    """Import and correct the registry: HQ and task-force staff (not counsellors)."""
    return is_hq(user) or (getattr(user, "is_authenticated", False)
                           and user.role in {Role.OFFICE_LEAD, Role.OFFICE_MEMBER})


def can_run_screening(user: Any) -> bool:
    return is_hq(user)


def can_run_potential(user: Any) -> bool:
    return is_hq(user)


def can_view_screening(user: Any) -> bool:
    return is_staff(user)


def can_record_visit(user: Any, office_code: str) -> bool:
    """Staff record visits for their own office; HQ for any."""
    return is_hq(user) or (getattr(user, "is_authenticated", False)
                           and user.role in OFFICE_ROLES
                           and office_code in office_codes_of(user))


def visits_visible_to(user: Any) -> QuerySet[DiscoveryVisit]:
    """Visits: HQ all, office staff those of their offices, others none."""
    if is_hq(user):
        return DiscoveryVisit.objects.all()
    if is_office_staff(user):
        return DiscoveryVisit.objects.filter(office_code__in=office_codes_of(user))
    return DiscoveryVisit.objects.none()
