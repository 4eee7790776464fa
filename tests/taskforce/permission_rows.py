"""This app's rows of the permission matrix (tests/test_permissions.py merges them).

PAGES: url name → (path template, status per role); ENDPOINTS: API path → status per role;
SAMPLE_PATH_ARGS: API path → {placeholder: template}. Templates may use the keys of the
matrix's `world` plus those returned by `extend_world(world)` (called once per test)."""

from __future__ import annotations

from typing import Any

PAGES: dict[str, tuple[str | None, dict[str, int] | None]] = {}
ENDPOINTS: dict[str, dict[str, int]] = {}
SAMPLE_PATH_ARGS: dict[str, dict[str, str]] = {}


def extend_world(world: dict[str, Any]) -> dict[str, Any]:
    return {}
