"""Domain errors of the job-seeker registry, with codes and full-sentence Korean messages."""

from __future__ import annotations

from django.utils.translation import gettext as _

from goyong.core.errors import RowError  # noqa: F401 - re-exported: the app's imports use it


class SeekerError(ValueError):
    """A registry request that cannot be carried out as asked."""

    code = "jobseekers.error"


class NotPermittedError(PermissionError):
    code = "jobseekers.not_permitted"


class SeekerInvalidError(SeekerError):
    """Field problems: `errors` maps a field name ('' for the whole record) to messages."""

    code = "jobseekers.seeker.invalid"

    def __init__(self, errors: dict[str, list[str]]) -> None:
        self.errors = errors
        super().__init__(" ".join(m for messages in errors.values() for m in messages))


class DuplicateSeekerError(SeekerInvalidError):
    code = "jobseekers.seeker.duplicate"

    def __init__(self) -> None:
        super().__init__({"rrn": [_(
            "같은 주민등록번호로 등록된 구직자가 이미 있습니다. 새로 등록하지 말고 기존 기록을 "
            "고치세요.")]})


class RetentionAlreadyCheckedError(SeekerError):
    code = "jobseekers.retention.already_checked"

    def __init__(self) -> None:
        super().__init__(_("이 고용유지 확인은 이미 기록되었습니다. 고칠 내용이 있으면 비고와 함께 "
                           "담당자에게 알리세요."))


class ImportFileError(SeekerError):
    code = "jobseekers.import.file"

