"""Every write of the Employment Success Package: each checks the policy and the rules,
writes, and records its audit row in the same transaction. A refusal raises before anything
is written, so it leaves no row and no audit entry."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from goyong.audit.actions import record
from goyong.jobseekers.models import (
    AllowancePayment,
    Appointment,
    CaseEvent,
    JobSeeker,
    PackageCase,
    TrainingAttendance,
)
from goyong.jobseekers.package import allowances, eligibility, machine
from goyong.jobseekers.package import rules as rule_sets
from goyong.jobseekers.package.choices import (
    ACTIVITY_STAGE,
    OPEN_STAGES,
    ActivityKind,
    GroupCounselling,
    PaymentStatus,
    Stage,
)
from goyong.jobseekers.package.errors import CaseInputError
from goyong.jobseekers.package.policies import can_manage_case
from goyong.jobseekers.policies import can_edit_seeker
from goyong.reference.models import Office


def _office(code: str) -> Office | None:
    return Office.objects.filter(code=code).order_by("-valid_from").first()


def _refuse_unless(allowed: bool) -> None:
    if not allowed:
        raise PermissionError("jobseekers.case")


def enrol(seeker: JobSeeker, *, type: str, intake_on: dt.date, acting_user: Any,
          counsellor: Any = None, rules: str | None = None) -> PackageCase:
    """Open a case at Stage 1 after checking the seeker is eligible for `type` under the
    rules in force on `intake_on`; refusals name the eligibility reasons."""
    _refuse_unless(can_edit_seeker(acting_user, seeker))
    rule_set = rule_sets.load(rules) if rules else rule_sets.rule_set_for(intake_on)
    type_rules = rule_set.type(type)
    if PackageCase.objects.filter(seeker=seeker, stage__in=OPEN_STAGES).exists():
        raise CaseInputError(_("이 구직자는 이미 진행 중인 사례가 있습니다. 그 사례를 종료한 뒤 "
                               "새로 등록하세요."))
    decision = eligibility.check(eligibility.facts_of_seeker(seeker, intake_on),
                                 rule_set).decisions[type]
    if not decision.eligible:
        raise CaseInputError(
            _("%(type)s 참여 대상이 아닙니다. %(reasons)s") % {
                "type": type_rules.label, "reasons": " ".join(decision.reasons)},
            problems=list(decision.reasons))
    with transaction.atomic():
        case = PackageCase.objects.create(
            seeker=seeker, type=type, rules=rule_set.id,
            counsellor=counsellor or (acting_user if getattr(acting_user, "pk", None) else None),
            centre_code=seeker.centre_code, office_code=seeker.office_code,
            stage=Stage.STAGE1, intake_on=intake_on,
        )
        CaseEvent.objects.create(case=case, kind=ActivityKind.INITIAL_COUNSELLING,
                                 stage=Stage.STAGE1, occurred_on=intake_on,
                                 recorded_by=case.counsellor)
        record("jobseekers.case.enrolled", actor=acting_user, office=_office(case.office_code),
               subject=case, data={"type": type, "rules": rule_set.id,
                                   "reasons": list(decision.reasons)})
    return case


def advance(case: PackageCase, target: str, *, on: dt.date, acting_user: Any,
            reason: str = "", note: str = "") -> PackageCase:
    """Move the case to `target` (stage2, stage3, completed or dropped) if the machine allows
    it; otherwise TransitionRefused says what to do first, and nothing is written."""
    _refuse_unless(can_manage_case(acting_user, case))
    with transaction.atomic():
        case = PackageCase.objects.select_for_update().get(pk=case.pk)
        machine.check(case, target, on, reason)
        previous = case.stage
        case.stage = target
        fields = ["stage", "updated_at"]
        if target == Stage.STAGE2:
            case.stage2_started_on = on
            fields.append("stage2_started_on")
        elif target == Stage.STAGE3:
            case.stage3_started_on = on
            fields.append("stage3_started_on")
        else:
            case.closed_on, case.close_reason, case.close_note = on, reason, note[:200]
            fields += ["closed_on", "close_reason", "close_note"]
        case.save(update_fields=fields)
        events: dict[str, str] = {Stage.COMPLETED: "jobseekers.case.completed",
                                  Stage.DROPPED: "jobseekers.case.dropped"}
        event = events.get(target, "jobseekers.case.advanced")
        record(event, actor=acting_user, office=_office(case.office_code), subject=case,
               data={"from": previous, "to": target, "on": on.isoformat(), "reason": reason})
    return case


def record_activity(case: PackageCase, kind: str, *, on: dt.date, acting_user: Any,
                    note: str = "", card_amount: int | None = None,
                    copay_percent: int | None = None) -> CaseEvent:
    """Record an activity of the current stage. The IAP and group counselling also update
    the case (they decide Stage 1's allowance and the way to Stages 2 and 3). Training
    records the 내일배움카드 amount and the co-payment within the type's range."""
    _refuse_unless(can_manage_case(acting_user, case))
    if kind not in ActivityKind.values:
        raise CaseInputError(_("알 수 없는 활동입니다. 목록에서 고르세요."))
    if not case.is_open:
        raise CaseInputError(_("종료된 사례에는 활동을 기록할 수 없습니다."))
    stage = ACTIVITY_STAGE[ActivityKind(kind)]
    if stage != case.stage:
        raise CaseInputError(_("%(activity)s은(는) %(stage)s의 활동입니다. 지금은 %(current)s입니다.")
                             % {"activity": ActivityKind(kind).label,
                                "stage": machine.stage_label(stage),
                                "current": machine.stage_label(case.stage)})
    if on < case.intake_on:
        raise CaseInputError(_("활동일이 초기상담일보다 앞설 수 없습니다. 날짜를 확인하세요."))
    copay_amount = None
    if kind == ActivityKind.TRAINING:
        training = rule_sets.load(case.rules).type(case.type)
        low, high = training.card_limit_won
        if card_amount is None or not 0 < card_amount <= high:
            raise CaseInputError(_("내일배움카드 지원액을 1원 이상 %(high)s원 이하로 입력하세요.")
                                 % {"high": f"{high:,}"})
        low_pct, high_pct = training.copay_percent
        if copay_percent is None:
            copay_percent = high_pct
        if not low_pct <= copay_percent <= high_pct:
            raise CaseInputError(_("%(type)s의 자부담 비율은 %(low)s~%(high)s%%입니다.") % {
                "type": training.label, "low": low_pct, "high": high_pct})
        copay_amount = card_amount * copay_percent // 100
    with transaction.atomic():
        event = CaseEvent.objects.create(
            case=case, kind=kind, stage=case.stage, occurred_on=on, note=note[:200],
            card_amount=card_amount if kind == ActivityKind.TRAINING else None,
            copay_percent=copay_percent if kind == ActivityKind.TRAINING else None,
            copay_amount=copay_amount, recorded_by=acting_user)
        fields = []
        if kind == ActivityKind.IAP and case.iap_completed_on is None:
            case.iap_completed_on = on
            fields.append("iap_completed_on")
        if kind == ActivityKind.GROUP_COUNSELLING:
            case.group_counselling = GroupCounselling.COMPLETED
            fields.append("group_counselling")
        elif kind == ActivityKind.GROUP_SHORT and case.group_counselling == GroupCounselling.NONE:
            case.group_counselling = GroupCounselling.SHORT
            fields.append("group_counselling")
        if fields:
            case.save(update_fields=[*fields, "updated_at"])
        record("jobseekers.case.activity_recorded", actor=acting_user,
               office=_office(case.office_code), subject=case,
               data={"kind": kind, "on": on.isoformat(), "card_amount": card_amount,
                     "copay_amount": copay_amount})
    return event


def record_attendance(case: PackageCase, month: str, days: int, *,
                      acting_user: Any) -> TrainingAttendance:
    """Set the training days attended in `month` (YYYY-MM) during Stage 2."""
    _refuse_unless(can_manage_case(acting_user, case))
    if case.stage != Stage.STAGE2:
        raise CaseInputError(_("훈련 출석은 2단계에서만 기록할 수 있습니다."))
    try:
        item = allowances.TrainingMonth(month, int(days))
        last = item.last_day
    except (TypeError, ValueError):
        raise CaseInputError(_("월은 2014-04처럼, 출석일수는 정수로 입력하세요.")) from None
    if not 0 <= item.days <= last.day:
        raise CaseInputError(_("%(month)s의 출석일수는 0~%(max)s일이어야 합니다.")
                             % {"month": month, "max": last.day})
    with transaction.atomic():
        row, _created = TrainingAttendance.objects.update_or_create(
            case=case, month=month, defaults={"days": item.days})
        record("jobseekers.case.attendance_recorded", actor=acting_user,
               office=_office(case.office_code), subject=case,
               data={"month": month, "days": item.days})
    return row


def schedule_appointment(case: PackageCase, kind: str, starts_at: dt.datetime, *,
                         acting_user: Any, place: str = "") -> Appointment:
    _refuse_unless(can_manage_case(acting_user, case))
    with transaction.atomic():
        appointment = Appointment.objects.create(case=case, kind=kind, starts_at=starts_at,
                                                 place=place[:120])
        record("jobseekers.case.appointment_scheduled", actor=acting_user,
               office=_office(case.office_code), subject=case,
               data={"kind": kind, "starts_at": starts_at.isoformat()})
    return appointment


def claim_allowances(case: PackageCase, *, on: dt.date, acting_user: Any) -> list[AllowancePayment]:
    """Put every payment owed by `on` (per the statement) that is not yet in the ledger into
    it as a claim."""
    _refuse_unless(can_manage_case(acting_user, case))
    from goyong.jobseekers.package.queries import statement_of

    owed = statement_of(case, on).payments
    with transaction.atomic():
        existing = set(case.payments.values_list("kind", "period"))
        created = [
            AllowancePayment.objects.create(
                case=case, kind=p.kind, period=p.period, amount=p.amount, due_on=p.due,
                rule=p.rule[:200], claimed_on=on)
            for p in owed if (p.kind, p.period) not in existing
        ]
        if created:
            record("jobseekers.allowance.claimed", actor=acting_user,
                   office=_office(case.office_code), subject=case,
                   data={"payments": [[p.kind, p.period, p.amount] for p in created]})
    return created


def approve_payment(payment: AllowancePayment, *, on: dt.date, acting_user: Any) -> AllowancePayment:
    _refuse_unless(can_manage_case(acting_user, payment.case))
    if payment.status != PaymentStatus.CLAIMED:
        raise CaseInputError(_("신청 상태의 수당만 승인할 수 있습니다."))
    with transaction.atomic():
        payment.status, payment.approved_on, payment.approved_by = (
            PaymentStatus.APPROVED, on, acting_user)
        payment.save(update_fields=["status", "approved_on", "approved_by"])
        record("jobseekers.allowance.approved", actor=acting_user,
               office=_office(payment.case.office_code), subject=payment.case,
               data={"kind": payment.kind, "period": payment.period, "amount": payment.amount})
    return payment


def pay_payment(payment: AllowancePayment, *, on: dt.date, acting_user: Any) -> AllowancePayment:
    _refuse_unless(can_manage_case(acting_user, payment.case))
    if payment.status != PaymentStatus.APPROVED:
        raise CaseInputError(_("승인된 수당만 지급 처리할 수 있습니다. 먼저 승인하세요."))
    with transaction.atomic():
        payment.status, payment.paid_on = PaymentStatus.PAID, on
        payment.save(update_fields=["status", "paid_on"])
        record("jobseekers.allowance.paid", actor=acting_user,
               office=_office(payment.case.office_code), subject=payment.case,
               data={"kind": payment.kind, "period": payment.period, "amount": payment.amount})
    return payment


def record_case_viewed(case: PackageCase, *, acting_user: Any, channel: str = "page") -> None:
    """Audit that `acting_user` opened a case (it shows the seeker's personal record)."""
    with transaction.atomic():
        record("jobseekers.case.viewed", actor=acting_user, office=_office(case.office_code),
               subject=case, data={"seeker": str(case.seeker.uuid), "channel": channel})
