"""Domain errors of vacancies, with codes and full-sentence Korean messages."""

from __future__ import annotations

from django.utils.translation import gettext as _

from goyong.employers.vacancies.rules import Problem


class VacancyError(ValueError):
    """A vacancy write that cannot be carried out as asked."""

    code = "employers.vacancy.error"


class VacancyRulesError(VacancyError):
    """The terms break one or more rules (each with its field, for forms and the API)."""

    code = "employers.vacancy.rules"

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(" ".join(p.message for p in problems))
        self.problems = problems


class VacancyStateError(VacancyError):
    """The vacancy is not in a state that allows the step."""

    code = "employers.vacancy.state"


class OpeningsError(VacancyError):
    code = "employers.vacancy.openings"

    def __init__(self, remaining: int, asked: int) -> None:
        super().__init__(_(
            "남은 모집 인원은 %(remaining)s명인데 %(asked)s명을 채용 처리하려 했습니다. 채용 "
            "인원을 %(remaining)s명 이하로 고치거나 모집 인원을 늘리세요.") % {
            "remaining": remaining, "asked": asked})
        self.remaining = remaining
        self.asked = asked


class WorkPlaceError(VacancyError):
    code = "employers.vacancy.work_place"

    def __init__(self, code: str) -> None:
        super().__init__(_(
            "근무지 시군구 코드 '%(code)s'을(를) 찾을 수 없습니다. 통계청 5자리 시군구 코드를 "
            "확인하세요.") % {"code": code})
