"""Domain errors of the Employment Success Package, with codes and full-sentence messages."""

from __future__ import annotations


class PackageError(ValueError):
    """A package request that cannot be carried out as asked."""

    code = "jobseekers.package.error"

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems = problems or []


class RulesError(PackageError):
    code = "jobseekers.package.rules_invalid"


class ScenarioError(PackageError):
    code = "jobseekers.package.scenario_invalid"


class TransitionRefused(PackageError):  # noqa: N818 - a refusal, not a failure
    """A guarded stage transition whose guard failed; the message says what to do first."""

    code = "jobseekers.case.transition_refused"


class CaseInputError(PackageError):
    code = "jobseekers.case.input_invalid"
