"""Domain errors of matching and referrals: codes and full Korean sentences."""

from __future__ import annotations

from django.utils.translation import gettext as _


class MatchingError(Exception):
    code = "matching.error"

    def __init__(self, message: str = "") -> None:
        super().__init__(message or self.default())
        self.message = str(self.args[0])

    def default(self) -> str:
        return _("요청을 처리할 수 없습니다. 입력을 확인하세요.")


class NotPermittedError(MatchingError):
    code = "matching.not_permitted"

    def __init__(self, action: str = "") -> None:
        self.action = action
        super().__init__(_("이 작업을 할 권한이 없습니다. 담당 관서에 요청하세요."))


class InvalidError(MatchingError):
    """Bad input: `errors` maps a field to its messages."""

    code = "matching.invalid"

    def __init__(self, errors: dict[str, list[str]]) -> None:
        self.errors = errors
        super().__init__(" ".join(m for msgs in errors.values() for m in msgs))


class TransitionError(MatchingError):
    code = "matching.transition"
