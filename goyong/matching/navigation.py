"""This app's entries in the main menu (goyong.core.navigation asks each app)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from goyong.core.navigation import NavItem


def items_for(user: Any) -> list[NavItem]:
    """Entries the user may open, in menu order."""
    from goyong.matching.policies import can_use_matching

    if not can_use_matching(user):
        return []
    return [NavItem(_("추천 일자리"), reverse("matching:seekers"), "matching-jobs"),
            NavItem(_("광역 알선"), reverse("matching:referrals"), "referrals"),
            NavItem(_("채용박람회"), reverse("matching:fairs"), "fairs")]


# URL prefix → menu key, for aria-current.
ACTIVE_PREFIXES: list[tuple[str, str]] = [
    ("/matching/referrals/", "referrals"), ("/matching/ledger/", "referrals"),
    ("/matching/runs/", "referrals"), ("/matching/fairs/", "fairs"),
    ("/matching/seekers/", "matching-jobs"), ("/matching/vacancies/", "matching-jobs"),
]
