"""This app's entries in the main menu (goyong.core.navigation asks each app)."""

from __future__ import annotations

from typing import Any

from goyong.core.navigation import NavItem


def items_for(user: Any) -> list[NavItem]:
    """Entries the user may open, in menu order."""
    return []


# URL prefix → menu key, for aria-current.
ACTIVE_PREFIXES: list[tuple[str, str]] = []
