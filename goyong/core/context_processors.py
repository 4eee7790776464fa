from __future__ import annotations

from typing import Any

from django.http import HttpRequest


def shell(request: HttpRequest) -> dict[str, Any]:
    """What the page shell needs on every page (navigation is built in core.navigation)."""
    from goyong.core.navigation import navigation_for

    return {"nav_items": navigation_for(request.user)}
