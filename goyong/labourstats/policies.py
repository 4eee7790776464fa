"""Who may do what with statistics."""

from __future__ import annotations

from typing import Any

from goyong.accounts.choices import Role
from goyong.accounts.policies import is_hq


def can_import_statistics(user: Any) -> bool:
    """HQ and office task-force leads load official statistics and survey microdata."""
    return is_hq(user) or bool(
        getattr(user, "is_authenticated", False) and user.role == Role.OFFICE_LEAD
    )
