"""API endpoints of this part, mounted by goyong.api.urls."""

from __future__ import annotations

from ninja import Router

router = Router()
