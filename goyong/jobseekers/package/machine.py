"""The stage machine of a package case: which transitions exist, the guard of each (with the
Korean sentence that says what to do first), the stage time limits by type and the overdue
check. Pure functions over the case's attributes; `actions.py` applies a transition only
after `check()` passed, so a refused transition changes nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _

from goyong.jobseekers.package import rules as rule_sets
from goyong.jobseekers.package.allowances import add_months
from goyong.jobseekers.package.choices import (
    COMPLETION_REASONS,
    DROP_REASONS,
    OPEN_STAGES,
    CloseReason,
    Stage,
)
from goyong.jobseekers.package.errors import TransitionRefused

# target stage → the stages it may be entered from
TRANSITIONS: dict[str, tuple[str, ...]] = {
    Stage.STAGE2: (Stage.STAGE1,),
    Stage.STAGE3: (Stage.STAGE1, Stage.STAGE2),
    Stage.COMPLETED: (Stage.STAGE2, Stage.STAGE3),
    Stage.DROPPED: OPEN_STAGES,
}


@dataclass(frozen=True)
class Option:
    """A transition as the case page offers it: allowed, or refused with the reason."""

    target: str
    label: str
    allowed: bool
    reason: str


def stage_label(stage: str) -> str:
    return str(Stage(stage).label)


def check(case: Any, target: str, on: dt.date, reason: str = "") -> None:
    """Raise TransitionRefused (with what to do first) unless `case` may move to `target`."""
    if not case.is_open:
        raise TransitionRefused(_("이미 %(stage)s 처리된 사례입니다. 다시 참여하려면 새 사례로 "
                                  "등록하세요.") % {"stage": stage_label(case.stage)})
    if target not in TRANSITIONS:
        raise TransitionRefused(_("알 수 없는 단계입니다. stage2, stage3, completed, dropped 중 "
                                  "하나를 고르세요."))
    if target == case.stage:
        raise TransitionRefused(_("이미 %(stage)s에 있습니다.") % {"stage": stage_label(target)})
    if case.stage not in TRANSITIONS[target]:
        if target == Stage.COMPLETED:
            raise TransitionRefused(_("1단계에서는 바로 종료(수료)할 수 없습니다. IAP를 완료하고 "
                                      "2단계나 3단계로 진행한 뒤 종료하세요."))
        raise TransitionRefused(_("%(current)s에서 %(target)s(으)로 되돌아갈 수 없습니다.") % {
            "current": stage_label(case.stage), "target": stage_label(target)})
    if target in (Stage.STAGE2, Stage.STAGE3) and case.iap_completed_on is None:
        raise TransitionRefused(
            _("IAP를 먼저 완료해야 %(target)s(으)로 넘어갈 수 있습니다. 1단계에서 개인별 "
              "취업활동계획(IAP) 수립을 기록하세요.") % {"target": stage_label(target)})
    if on < _stage_started_on(case):
        raise TransitionRefused(_("날짜 %(day)s이(가) 현재 단계의 시작일 %(start)s보다 앞섭니다. "
                                  "날짜를 확인하세요.") % {
            "day": on.isoformat(), "start": _stage_started_on(case).isoformat()})
    if target == Stage.COMPLETED and reason not in COMPLETION_REASONS:
        raise TransitionRefused(_("종료 사유를 고르세요: 취업 또는 참여 기간 만료."))
    if target == Stage.DROPPED and reason not in DROP_REASONS:
        raise TransitionRefused(_("중도 탈락 사유를 고르세요: %(reasons)s.") % {
            "reasons": ", ".join(str(CloseReason(r).label) for r in DROP_REASONS)})


def options(case: Any, on: dt.date) -> list[Option]:
    """The forward transitions of an open case with, for each, whether it is allowed now."""
    result = []
    for target in (Stage.STAGE2, Stage.STAGE3, Stage.COMPLETED, Stage.DROPPED):
        if not case.is_open or case.stage not in TRANSITIONS[target]:
            continue
        reason_code = {Stage.COMPLETED: CloseReason.EMPLOYED,
                       Stage.DROPPED: CloseReason.NO_CONTACT}.get(target, "")
        try:
            check(case, target, on, reason_code)
            result.append(Option(target, stage_label(target), True, ""))
        except TransitionRefused as refusal:
            result.append(Option(target, stage_label(target), False, refusal.message))
    return result


def _stage_started_on(case: Any) -> dt.date:
    if case.stage == Stage.STAGE3 and case.stage3_started_on:
        return case.stage3_started_on  # type: ignore[no-any-return]
    if case.stage == Stage.STAGE2 and case.stage2_started_on:
        return case.stage2_started_on  # type: ignore[no-any-return]
    return case.intake_on  # type: ignore[no-any-return]


def deadline(case: Any) -> dt.date | None:
    """The last day of the current stage under the case's rules (None once closed)."""
    if not case.is_open:
        return None
    limits = rule_sets.load(case.rules).type(case.type).limits
    start = _stage_started_on(case)
    if case.stage == Stage.STAGE1:
        return start + dt.timedelta(days=limits.stage1_days - 1)
    months = limits.stage2_months if case.stage == Stage.STAGE2 else limits.stage3_months
    return add_months(start, months) - dt.timedelta(days=1)


def days_overdue(case: Any, on: dt.date) -> int:
    """How many days past its stage's limit an open case is on `on` (0 when within)."""
    last = deadline(case)
    return max(0, (on - last).days) if last else 0


def next_action(case: Any) -> str:
    """The one thing the counsellor should do next, as a short sentence."""
    if case.stage == Stage.STAGE1:
        if case.iap_completed_on is None:
            return _("직업심리검사·집단상담 후 개인별 취업활동계획(IAP)을 수립하세요.")
        return _("IAP가 완료되었습니다. 2단계(훈련) 또는 3단계(취업알선)로 진행하세요.")
    if case.stage == Stage.STAGE2:
        return _("훈련 출석을 매월 기록하고, 훈련이 끝나면 3단계로 진행하세요.")
    if case.stage == Stage.STAGE3:
        return _("동행면접과 취업알선을 진행하고, 취업하면 종료(취업)로 처리하세요.")
    return ""
