"""This part's entries in the main menu (the app's navigation.py adds them)."""

from __future__ import annotations

from typing import Any

from goyong.core.navigation import NavItem


def items_for(user: Any) -> list[NavItem]:
    return []


ACTIVE_PREFIXES: list[tuple[str, str]] = []
