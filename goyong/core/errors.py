"""Errors shared by every app's file imports."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _


@dataclass(frozen=True)
class RowError:
    """One problem in an uploaded file: where it is, what was found, what to fix."""

    row: int
    column: str
    value: str
    message: str

    def __str__(self) -> str:
        return _("%(row)s행 '%(column)s' 열 (값: '%(value)s'): %(message)s") % {
            "row": self.row, "column": self.column, "value": self.value,
            "message": self.message,
        }
