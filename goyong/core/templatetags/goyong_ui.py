"""Small template helpers shared by every page: Korean-style dates and data-quality badges."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import template
from django.utils import formats, timezone
from django.utils.translation import get_language

from goyong.reference.choices import DataQuality

register = template.Library()

# Rows whose source is weak get a warning badge; the rest a quiet one.
_WEAK = {DataQuality.RECONSTRUCTED, DataQuality.ASSIGNED, DataQuality.PARTLY_VERIFIED}


def korean_date(value: dt.date) -> str:
    """2014. 4. 15. (the style of Korean official documents)."""
    return f"{value.year}. {value.month}. {value.day}."


@register.filter
def kdate(value: Any) -> str:
    """A date as Koreans write it when Korean is shown, the locale's date format otherwise."""
    if value in (None, ""):
        return ""
    if isinstance(value, dt.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        value = value.date()
    if (get_language() or "ko").startswith("ko"):
        return korean_date(value)
    return formats.date_format(value, "DATE_FORMAT")


@register.filter
def kdatetime(value: Any) -> str:
    """Date and time to the minute, in local time."""
    if value in (None, ""):
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return f"{kdate(value)} {value:%H:%M}"


@register.inclusion_tag("core/partials/quality_badge.html")
def quality_badge(row: Any, show_evidence: bool = True) -> dict[str, Any]:
    """The data-quality badge of a reference row, with its evidence text when there is one."""
    quality = getattr(row, "data_quality", "")
    text = (getattr(row, "evidence", "") or getattr(row, "note", "")) if show_evidence else ""
    return {
        "quality": quality,
        "label": DataQuality(quality).label if quality in DataQuality.values else quality,
        "weak": quality in _WEAK,
        "evidence": text,
    }


@register.filter
def local_name(row: Any) -> str:
    """The row's English name when English is shown and one is recorded, else its name."""
    if row is None:
        return ""
    english = getattr(row, "name_en", "")
    if english and not (get_language() or "ko").startswith("ko"):
        return str(english)
    return str(getattr(row, "name", row))
