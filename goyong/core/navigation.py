"""The main menu: only entries that exist and that the user may open."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from goyong.accounts.policies import can_view_audit_log


@dataclass(frozen=True)
class NavItem:
    label: Any
    url: str
    key: str


def navigation_for(user: Any) -> list[NavItem]:
    items = [NavItem(_("홈"), reverse("core:home"), "home")]
    if can_view_audit_log(user):
        items.append(NavItem(_("감사 기록"), reverse("audit:log"), "audit"))
    return items
