"""The main menu: only entries that exist and that the user may open."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from goyong.accounts.policies import can_view_audit_log, is_office_staff, office_codes_of


@dataclass(frozen=True)
class NavItem:
    label: Any
    url: str
    key: str


def navigation_for(user: Any) -> list[NavItem]:
    """Public reference pages for everyone; the audit log for those allowed to read it."""
    items = [
        NavItem(_("홈"), reverse("core:home"), "home"),
        NavItem(_("고용노동관서"), reverse("reference:offices"), "offices"),
        NavItem(_("행정구역"), reverse("reference:regions"), "regions"),
        NavItem(_("관할 지도"), reverse("reference:map"), "map"),
        NavItem(_("고용률 통계"), reverse("stats:dashboard"), "stats"),
    ]
    if is_office_staff(user):
        for code in sorted(office_codes_of(user))[:1]:
            items.append(NavItem(_("우리 관서 직원"),
                                 reverse("accounts:office-staff", args=[code]), "staff"))
    for app in _domain_apps():
        items.extend(app.items_for(user))
    if can_view_audit_log(user):
        items.append(NavItem(_("감사 기록"), reverse("audit:log"), "audit"))
    return items


def _domain_apps() -> list[Any]:
    # Imported here: the apps' navigation modules import NavItem from this module.
    from goyong.employers import navigation as employers
    from goyong.jobseekers import navigation as jobseekers
    from goyong.matching import navigation as matching
    from goyong.taskforce import navigation as taskforce

    return [taskforce, jobseekers, employers, matching]


def active_key(path: str) -> str:
    """Which menu entry the current path belongs to (for aria-current)."""
    app_prefixes = [pair for app in _domain_apps() for pair in app.ACTIVE_PREFIXES]
    for prefix, key in (
        *app_prefixes,
        (reverse("reference:map"), "map"),
        (reverse("stats:dashboard"), "stats"),
        (reverse("reference:regions"), "regions"),
        (reverse("reference:offices"), "offices"),
        (reverse("audit:log"), "audit"),
        ("/accounts/offices/", "staff"),
    ):
        if path.startswith(prefix):
            return key
    return "home" if path == reverse("core:home") else ""
