"""This part's entries in the main menu (the app's navigation.py adds them)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from goyong.core.navigation import NavItem
from goyong.employers.vacancies import policies


def items_for(user: Any) -> list[NavItem]:
    """구인 for every signed-in user (each sees their scope); 우리 기업 for employer users."""
    if not getattr(user, "is_authenticated", False):
        return []
    items = [NavItem(_("구인"), reverse("employers:vacancies"), "vacancies")]
    if policies.is_employer(user):
        company = policies.employer_companies(user).first()
        if company is not None:
            items.append(NavItem(_("우리 기업 정보"),
                                 reverse("employers:company-profile", args=[company.uuid]),
                                 "employer-profile"))
    return items


ACTIVE_PREFIXES: list[tuple[str, str]] = [
    ("/employers/vacancies/companies/", "employer-profile"),
    ("/employers/vacancies/", "vacancies"),
]
