"""The package's entries in the main menu (the app's navigation.py adds them)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from goyong.core.navigation import NavItem
from goyong.jobseekers.package.policies import can_view_cases, can_view_funnel


def items_for(user: Any) -> list[NavItem]:
    items = []
    if can_view_cases(user):
        items.append(NavItem(_("내 사례"), reverse("jobseekers:package-caseload"), "package"))
    if can_view_funnel(user):
        items.append(NavItem(_("패키지 단계별 현황"), reverse("jobseekers:package-funnel"),
                             "package-funnel"))
    return items


# Longest prefix first: the funnel before the caseload it sits under.
ACTIVE_PREFIXES: list[tuple[str, str]] = [
    ("/seekers/package/funnel/", "package-funnel"),
    ("/seekers/package/", "package"),
]
