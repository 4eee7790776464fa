"""Domain errors of the employers app (companies part), with full-sentence Korean messages."""

from __future__ import annotations

from goyong.core.errors import RowError  # noqa: F401 - re-exported: the app's imports use it


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

