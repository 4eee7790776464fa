"""Domain errors of the statistics app, with codes and full-sentence Korean messages."""

from __future__ import annotations

from django.utils.translation import gettext as _

from goyong.core.errors import RowError  # noqa: F401 - re-exported: the app's imports use it


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

