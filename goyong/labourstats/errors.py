"""Domain errors of the statistics app, with codes and full-sentence Korean messages."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _


class StatisticsError(ValueError):
    """A statistics request that cannot be carried out as asked."""

    code = "labourstats.error"


class PeriodError(StatisticsError):
    code = "labourstats.period.invalid"

    def __init__(self, text: str) -> None:
        super().__init__(
            _("기간 '%(text)s'을(를) 알 수 없습니다. 연도는 2014, 반기는 2014H1 또는 2014H2, "
              "월은 2014-03처럼 쓰세요.") % {"text": text}
        )
        self.text = text


class FormatNotRecognisedError(StatisticsError):
    code = "labourstats.import.format_unknown"


@dataclass(frozen=True)
class RowError:
    """One problem in an uploaded file: where it is, what was found, what was expected."""

    row: int
    column: str
    value: str
    message: str

    def __str__(self) -> str:
        return _("%(row)s행 '%(column)s' 열 (값: '%(value)s'): %(message)s") % {
            "row": self.row, "column": self.column, "value": self.value,
            "message": self.message,
        }
