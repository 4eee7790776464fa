from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject


def _office_names(user: Any) -> list[str]:
    if not getattr(user, "is_authenticated", False):
        return []
    return [m.office.name for m in user.memberships.select_related("office").order_by("office__code")]


def shell(request: HttpRequest) -> dict[str, Any]:
    """What the page shell needs on every page (navigation is built in core.navigation)."""
    from goyong.core.navigation import active_key, navigation_for

    user = request.user
    return {
        "nav_items": navigation_for(user),
        "nav_active": active_key(request.path),
        # Only pages that show the user menu pay for this query.
        "user_office_names": SimpleLazyObject(lambda: _office_names(user)),
    }
