"""Who may see and do what. Every scoped query starts here (CONVENTIONS.md)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from goyong.accounts.choices import OFFICE_ROLES, Role
from goyong.reference.models import Office


def is_hq(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.role == Role.HQ)


def is_office_staff(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.role in OFFICE_ROLES)


def office_codes_of(user: Any) -> set[str]:
    """The codes of the offices a user belongs to (empty for roles without an office).

    Scoping compares office codes, not row ids: an office keeps its code across the dated
    versions its row goes through (a new parent, a new name), so a membership made against
    one version still scopes the user to the office after the next reorganisation."""
    if not getattr(user, "is_authenticated", False):
        return set()
    cached: set[str] | None = getattr(user, "_office_codes", None)
    if cached is None:
        cached = set(user.memberships.values_list("office__code", flat=True))
        user._office_codes = cached
    return cached


def offices_managed_by(user: Any) -> QuerySet[Office]:
    """Offices (all versions) whose internal pages the user may open."""
    if is_hq(user):
        return Office.objects.all()
    if is_office_staff(user):
        return Office.objects.filter(code__in=office_codes_of(user))
    return Office.objects.none()


def can_view_audit_log(user: Any) -> bool:
    return is_hq(user)


def can_manage_office(user: Any, office: Office) -> bool:
    return is_hq(user) or (
        getattr(user, "is_authenticated", False)
        and user.role == Role.OFFICE_LEAD
        and office.code in office_codes_of(user)
    )


def primary_office_of(user: Any) -> Office | None:
    """The office an audit row about this user is filed under (first membership)."""
    if not getattr(user, "pk", None):
        return None
    membership = user.memberships.select_related("office").order_by("pk").first()
    return membership.office if membership else None


def can_manage_tokens_of(acting_user: Any, user: Any) -> bool:
    return is_hq(acting_user) or (
        getattr(acting_user, "is_authenticated", False) and acting_user.pk == user.pk
    )


def users_visible_to(user: Any) -> QuerySet[Any]:
    """Accounts whose record `user` may open: HQ all, office staff those of their offices,
    everyone else only themselves."""
    from goyong.accounts.models import User

    if not getattr(user, "is_authenticated", False):
        return User.objects.none()
    if is_hq(user):
        return User.objects.all()
    if is_office_staff(user):
        return User.objects.filter(
            memberships__office__code__in=office_codes_of(user)
        ).distinct()
    return User.objects.filter(pk=user.pk)


def can_view_office_staff(user: Any, office_code: str) -> bool:
    return is_hq(user) or (is_office_staff(user) and office_code in office_codes_of(user))
