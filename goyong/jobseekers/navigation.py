"""This app's entries in the main menu (goyong.core.navigation asks each app)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from goyong.core.navigation import NavItem
from goyong.jobseekers.package import navigation as package


def items_for(user: Any) -> list[NavItem]:
    """Entries the user may open, in menu order."""
    from goyong.jobseekers.policies import can_view_seekers

    items: list[NavItem] = []
    if can_view_seekers(user):
        items.append(NavItem(_("구직자"), reverse("jobseekers:list"), "seekers"))
    return [*items, *package.items_for(user)]


# URL prefix → menu key, for aria-current (the package's own prefixes first: more specific).
ACTIVE_PREFIXES: list[tuple[str, str]] = [*package.ACTIVE_PREFIXES, ("/seekers/", "seekers")]
