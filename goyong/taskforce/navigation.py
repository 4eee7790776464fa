"""This app's entries in the main menu (goyong.core.navigation asks each app)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from goyong.accounts.policies import is_hq, is_office_staff, office_codes_of
from goyong.core.navigation import NavItem


def items_for(user: Any) -> list[NavItem]:
    """Entries the user may open, in menu order."""
    if is_hq(user):
        return [NavItem(_("전국 추진단"), reverse("taskforce:national"), "taskforce")]
    if is_office_staff(user) and office_codes_of(user):
        code = sorted(office_codes_of(user))[0]
        return [NavItem(_("추진단 현황판"), reverse("taskforce:office", args=[code]),
                        "taskforce")]
    return []


# URL prefix → menu key, for aria-current.
ACTIVE_PREFIXES: list[tuple[str, str]] = [("/taskforce/", "taskforce")]
