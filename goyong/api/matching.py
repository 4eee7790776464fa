"""API endpoints of this app, mounted by goyong.api.urls."""

from __future__ import annotations

from ninja import Router

router = Router()
