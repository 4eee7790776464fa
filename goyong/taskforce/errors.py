"""Domain errors of the task-force app, with codes and full-sentence Korean messages."""

from __future__ import annotations

from django.utils.translation import gettext as _


class TaskForceError(ValueError):
    code = "taskforce.error"


class NotPermittedError(PermissionError):
    code = "taskforce.not_permitted"

    def __init__(self, message: str = "") -> None:
        super().__init__(message or _("이 작업을 할 권한이 없습니다. 권한이 있는 담당자에게 요청하세요."))


class UnknownOfficeError(TaskForceError):
    code = "taskforce.office.unknown"

    def __init__(self, code: str) -> None:
        super().__init__(_("관서 코드 ‘%(code)s’를 찾을 수 없습니다. 관서 목록에서 코드를 확인하세요.")
                         % {"code": code})


class UnknownIndicatorError(TaskForceError):
    code = "taskforce.indicator.unknown"

    def __init__(self, code: str) -> None:
        super().__init__(_("지표 ‘%(code)s’가 없습니다. 목표를 둘 수 있는 지표 목록에서 고르세요.")
                         % {"code": code})


class TargetValueError(TaskForceError):
    code = "taskforce.target.value"

    def __init__(self) -> None:
        super().__init__(_("목표값은 0 이상의 숫자여야 합니다. 값을 고쳐 다시 입력하세요."))


class TargetStateError(TaskForceError):
    code = "taskforce.target.state"

    def __init__(self) -> None:
        super().__init__(_("이미 처리된 제안입니다. 목록을 새로 고쳐 현재 상태를 확인하세요."))


class BlankFieldError(TaskForceError):
    code = "taskforce.field.blank"

    def __init__(self, label: str) -> None:
        super().__init__(_("‘%(field)s’을(를) 입력하세요.") % {"field": label})
