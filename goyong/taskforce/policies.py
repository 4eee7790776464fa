"""Who may see and change what in the task-force app (scoping by office code)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from goyong.accounts.choices import Role
from goyong.accounts.policies import is_hq, is_office_staff, office_codes_of
from goyong.taskforce.choices import NATIONAL
from goyong.taskforce.models import GoodPractice, Meeting, Report, Target, TaskForce

TASKFORCE_ROLES = frozenset({Role.OFFICE_LEAD, Role.OFFICE_MEMBER})


def taskforces_visible_to(user: Any) -> QuerySet[TaskForce]:
    """HQ sees every office's task force; office staff their own office's."""
    if is_hq(user):
        return TaskForce.objects.all()
    if is_office_staff(user):
        return TaskForce.objects.filter(office_code__in=office_codes_of(user))
    return TaskForce.objects.none()


def can_view_office(user: Any, office_code: str) -> bool:
    return is_hq(user) or (is_office_staff(user) and office_code in office_codes_of(user))


def can_view_national(user: Any) -> bool:
    return is_hq(user)


def can_set_targets(user: Any) -> bool:
    """Only HQ sets (and approves) targets."""
    return is_hq(user)


def can_propose_target(user: Any, office_code: str) -> bool:
    """An office's task-force lead proposes changes to its own targets; HQ may too."""
    if office_code == NATIONAL:
        return is_hq(user)
    return is_hq(user) or (
        getattr(user, "is_authenticated", False) and user.role == Role.OFFICE_LEAD
        and office_code in office_codes_of(user))


def can_run_taskforce(user: Any, office_code: str) -> bool:
    """Record meetings, publish good practices and request reports for an office: HQ and the
    office's task-force lead and members (counsellors read only)."""
    return is_hq(user) or (
        getattr(user, "is_authenticated", False) and user.role in TASKFORCE_ROLES
        and office_code in office_codes_of(user))


def can_manage_members(user: Any, office_code: str) -> bool:
    return can_propose_target(user, office_code)


def meetings_visible_to(user: Any) -> QuerySet[Meeting]:
    return Meeting.objects.filter(taskforce__in=taskforces_visible_to(user))


def targets_visible_to(user: Any) -> QuerySet[Target]:
    """HQ all targets; office staff their offices' and the national ones."""
    if is_hq(user):
        return Target.objects.all()
    if is_office_staff(user):
        return Target.objects.filter(office_code__in=[*office_codes_of(user), NATIONAL])
    return Target.objects.none()


def good_practices_visible_to(user: Any) -> QuerySet[GoodPractice]:
    """The library is shared: every HQ and office staff member reads every office's cases."""
    if is_hq(user) or is_office_staff(user):
        return GoodPractice.objects.all()
    return GoodPractice.objects.none()


def reports_visible_to(user: Any) -> QuerySet[Report]:
    if is_hq(user):
        return Report.objects.all()
    if is_office_staff(user):
        return Report.objects.filter(scope="office", office_code__in=office_codes_of(user))
    return Report.objects.none()
