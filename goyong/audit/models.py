from __future__ import annotations

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditLog(models.Model):
    """One row per audited event. Written only by `goyong.audit.actions.record`, inside the
    transaction of the action that caused it; never updated or deleted."""

    created_at = models.DateTimeField(_("시각"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
        related_name="+", verbose_name=_("행위자"),
    )
    office = models.ForeignKey(
        "reference.Office", on_delete=models.PROTECT, null=True, blank=True,
        related_name="+", verbose_name=_("관서"),
    )
    event = models.CharField(_("이벤트 코드"), max_length=64, db_index=True)
    subject_type = models.CharField(_("대상 종류"), max_length=64, blank=True)
    subject_id = models.CharField(_("대상 ID"), max_length=64, blank=True, db_index=True)
    data = models.JSONField(_("내용"), default=dict, blank=True, encoder=DjangoJSONEncoder)
    ip = models.GenericIPAddressField(_("IP 주소"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("감사 기록")
        verbose_name_plural = _("감사 기록")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.event}"
