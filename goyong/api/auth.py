from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer

from goyong.accounts.models import ApiToken

# last_used_at is a hint for operators; refreshing it at most this often spares a write per call.
_LAST_USED_RESOLUTION = dt.timedelta(minutes=5)


class BearerToken(HttpBearer):
    """`Authorization: Bearer gy_…` with a token issued by `goyong tokens create`."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        row = (
            ApiToken.objects.select_related("user")
            .filter(digest=ApiToken.digest_of(token), revoked_at__isnull=True,
                    user__is_active=True)
            .first()
        )
        if row is None:
            return None
        now = timezone.now()
        if row.last_used_at is None or now - row.last_used_at > _LAST_USED_RESOLUTION:
            ApiToken.objects.filter(pk=row.pk).update(last_used_at=now)
        request.user = row.user
        return row.user
