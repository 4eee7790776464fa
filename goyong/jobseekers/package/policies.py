"""Who may see and work on package cases: the registry's seeker scope decides (a case is
visible exactly when its seeker is; see goyong.jobseekers.policies)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from goyong.accounts.policies import is_hq
from goyong.jobseekers.models import PackageCase
from goyong.jobseekers.policies import can_edit_seeker, can_view_seekers, seekers_visible_to


def cases_visible_to(user: Any) -> QuerySet[PackageCase]:
    """Cases whose seeker `user` may open."""
    return PackageCase.objects.filter(seeker__in=seekers_visible_to(user))


def can_view_cases(user: Any) -> bool:
    """Whether the package pages and menu entries are for this user at all."""
    return can_view_seekers(user)


def can_manage_case(user: Any, case: PackageCase) -> bool:
    """Counsellors of the seeker's centre, the office lead, and HQ; members read only."""
    return can_edit_seeker(user, case.seeker)


def can_view_funnel(user: Any) -> bool:
    return is_hq(user) or can_view_seekers(user)
