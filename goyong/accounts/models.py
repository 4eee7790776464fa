from __future__ import annotations

import hashlib
import secrets
import uuid

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from goyong.accounts.choices import Role


class User(AbstractUser):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    role = models.CharField(_("역할"), max_length=16, choices=Role.choices)
    display_name = models.CharField(_("표시 이름"), max_length=60, blank=True)
    # For local-government officers: the 시도 or 시군구 they work for.
    region = models.ForeignKey(
        "reference.Region", on_delete=models.PROTECT, null=True, blank=True,
        related_name="+", verbose_name=_("소속 지자체"),
    )
    organisation = models.CharField(_("소속 기관"), max_length=120, blank=True)

    class Meta:
        verbose_name = _("사용자")
        verbose_name_plural = _("사용자")

    def __str__(self) -> str:
        return self.display_name or self.username


class Membership(models.Model):
    """A user's place in an office, and for counsellors in one of its employment centres."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    office = models.ForeignKey(
        "reference.Office", on_delete=models.PROTECT, related_name="memberships",
        verbose_name=_("관서"),
    )
    centre = models.ForeignKey(
        "reference.EmploymentCentre", on_delete=models.PROTECT, null=True, blank=True,
        related_name="memberships", verbose_name=_("고용센터"),
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "office"], name="membership_user_office")
        ]
        verbose_name = _("소속")
        verbose_name_plural = _("소속")

    def __str__(self) -> str:
        return f"{self.user} @ {self.office}"


class ApiToken(models.Model):
    """A bearer token for the API. Only its SHA-256 is stored; the token is shown once."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("이름"), max_length=60)
    digest = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(max_length=8, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("API 토큰")
        verbose_name_plural = _("API 토큰")

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.name})"

    @staticmethod
    def digest_of(token: str) -> str:
        return hashlib.sha256(token.encode("utf-8")).hexdigest()

    @staticmethod
    def new_secret() -> str:
        return "gy_" + secrets.token_urlsafe(32)

