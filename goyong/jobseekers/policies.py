"""Who may see and change job-seeker records (CONVENTIONS.md: every read starts here).

Scoping compares stable codes: a counsellor sees the seekers registered at the centres of
their memberships, office leads and members those of their offices, HQ everyone, every
other role no one. (Wide-area referrals addressed to a counsellor will widen this later.)"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from goyong.accounts.choices import Role
from goyong.accounts.policies import is_hq, office_codes_of
from goyong.jobseekers.models import JobSeeker, Placement


def centre_codes_of(user: Any) -> set[str]:
    """The codes of the employment centres of a user's memberships."""
    if not getattr(user, "is_authenticated", False):
        return set()
    cached: set[str] | None = getattr(user, "_centre_codes", None)
    if cached is None:
        cached = set(user.memberships.filter(centre__isnull=False)
                     .values_list("centre__code", flat=True))
        user._centre_codes = cached
    return cached


def _role(user: Any) -> str | None:
    return user.role if getattr(user, "is_authenticated", False) else None


def seekers_visible_to(user: Any) -> QuerySet[JobSeeker]:
    """Seekers whose record `user` may open."""
    role = _role(user)
    if role is None:
        return JobSeeker.objects.none()
    if is_hq(user):
        return JobSeeker.objects.all()
    if role == Role.COUNSELLOR:
        return JobSeeker.objects.filter(centre_code__in=centre_codes_of(user))
    if role in {Role.OFFICE_LEAD, Role.OFFICE_MEMBER}:
        return JobSeeker.objects.filter(office_code__in=office_codes_of(user))
    return JobSeeker.objects.none()


def can_view_seekers(user: Any) -> bool:
    """Whether the registry pages and menu entry are for this user at all."""
    return is_hq(user) or _role(user) in {Role.OFFICE_LEAD, Role.OFFICE_MEMBER, Role.COUNSELLOR}


def can_view_seeker(user: Any, seeker: JobSeeker) -> bool:
    return seekers_visible_to(user).filter(pk=seeker.pk).exists()


def can_register_seekers(user: Any) -> bool:
    """Counsellors register at their centres; office leads and HQ may register too."""
    return is_hq(user) or _role(user) in {Role.OFFICE_LEAD, Role.COUNSELLOR}


def can_register_at(user: Any, centre: Any) -> bool:
    """May `user` register a seeker at `centre` (an EmploymentCentre)?"""
    if is_hq(user):
        return True
    role = _role(user)
    if role == Role.COUNSELLOR:
        return centre.code in centre_codes_of(user)
    if role == Role.OFFICE_LEAD:
        return centre.office.code in office_codes_of(user)
    return False


def can_edit_seeker(user: Any, seeker: JobSeeker) -> bool:
    """Counsellors of the seeker's centre, the lead of its office, and HQ; members read only."""
    if is_hq(user):
        return True
    role = _role(user)
    if role == Role.COUNSELLOR:
        return seeker.centre_code in centre_codes_of(user)
    if role == Role.OFFICE_LEAD:
        return seeker.office_code in office_codes_of(user)
    return False


def placements_visible_to(user: Any) -> QuerySet[Placement]:
    return Placement.objects.filter(seeker__in=seekers_visible_to(user))
