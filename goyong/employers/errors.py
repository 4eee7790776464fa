"""Domain errors of the employers app (companies part), with full-sentence Korean messages."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _


class EmployersError(ValueError):
    code = "employers.error"


class ScreeningError(EmployersError):
    code = "employers.screening.invalid"


class PotentialError(EmployersError):
    code = "employers.potential.invalid"


class ImportFileError(EmployersError):
    code = "employers.import.invalid"


class VisitError(EmployersError):
    code = "employers.visit.invalid"


@dataclass(frozen=True)
class RowError:
    """One problem in an imported file: where it is, what was found, what to fix."""

    row: int
    column: str
    value: str
    message: str

    def __str__(self) -> str:
        return _("%(row)s행 '%(column)s' 열 (값: '%(value)s'): %(message)s") % {
            "row": self.row, "column": self.column, "value": self.value,
            "message": self.message}
