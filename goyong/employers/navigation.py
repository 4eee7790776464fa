"""This app's entries in the main menu (goyong.core.navigation asks each app)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from goyong.core.navigation import NavItem
from goyong.employers.policies import is_staff
from goyong.employers.vacancies import navigation as vacancies


def items_for(user: Any) -> list[NavItem]:
    """Entries the user may open, in menu order."""
    items: list[NavItem] = []
    if is_staff(user):
        items += [NavItem(_("기업 발굴"), reverse("employers:companies"), "companies"),
                  NavItem(_("강소기업 심사"), reverse("employers:screening"), "screening"),
                  NavItem(_("기업 방문"), reverse("employers:to-visit"), "visits")]
    return [*items, *vacancies.items_for(user)]


# URL prefix → menu key, for aria-current.
ACTIVE_PREFIXES: list[tuple[str, str]] = [
    ("/employers/companies/", "companies"), ("/employers/youth/", "companies"),
    ("/employers/potential/", "companies"), ("/employers/screening/", "screening"),
    ("/employers/visits/", "visits"), ("/employers/to-visit/", "visits"),
    *vacancies.ACTIVE_PREFIXES]
