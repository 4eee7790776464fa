from __future__ import annotations

from django.utils.translation import gettext_lazy as _


class AccountError(Exception):
    """A refused account operation, with a message that says what to do next."""

    code = "accounts.error"
    message = _("계정 작업을 처리할 수 없습니다.")

    def __init__(self, message: str | None = None) -> None:
        super().__init__(str(message or self.message))


class NotPermittedError(AccountError):
    code = "accounts.not_permitted"
    message = _("이 작업을 할 권한이 없습니다. 본부 담당자에게 문의하세요.")


class TokenNameError(AccountError):
    code = "accounts.token_name"
    message = _("토큰 이름을 1자 이상 60자 이하로 입력하세요.")
