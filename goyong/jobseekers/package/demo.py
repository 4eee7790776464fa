"""Demo data of the package: cases for the registry's demo seekers in every stage (some past
their stage limit), their activities, training attendance, appointments (some today) and the
allowance ledger from the engine. Deterministic (one random stream per seeker), idempotent
(cases have UUIDs derived from their seeker's) and bulk-created, like the registry's demo.

About half of the eligible seekers take part; the demo counsellor's centre gets one case of
each profile first, so its 내 사례 page shows every stage, overdue cases and today's
appointments."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

from django.utils import timezone

from goyong.jobseekers.package import allowances, eligibility
from goyong.jobseekers.package import rules as rule_sets
from goyong.jobseekers.package.choices import (
    ActivityKind,
    AppointmentKind,
    CloseReason,
    GroupCounselling,
    PaymentStatus,
    Stage,
)

NAMESPACE = uuid.UUID("6f1d3c2e-2014-4c70-9a70-00000000a001")
PARTICIPATION = 0.5
DEMO_COUNSELLOR = "counsellor"

# profile → weight among ordinary seekers (the demo counsellor's centre cycles through them)
PROFILES: dict[str, int] = {
    "stage1": 14, "stage1_overdue": 5, "stage2": 14, "stage2_overdue": 4, "stage3": 12,
    "stage3_overdue": 3, "completed": 22, "period_ended": 6, "dropped": 10,
}


def _timeline(profile: str, kind: str, rnd: random.Random, today: dt.date,
              registered: dt.date, fallback: bool = True) -> dict[str, Any] | None:
    """Dates of one case by profile. When the seeker registered too recently for the
    profile: None, or with `fallback` a fresh Stage 1 case."""
    limit1 = 28 if kind == "I" else 56
    d1 = rnd.randint(10, limit1 - 3)
    plan: dict[str, Any] = {"stage": Stage.STAGE1}
    if profile == "stage1":
        offset = rnd.randint(0, limit1 - 5)
    elif profile == "stage1_overdue":
        offset = limit1 + rnd.randint(3, 30)
    elif profile in ("stage2", "stage2_overdue"):
        offset = d1 + (rnd.randint(20, 150) if profile == "stage2" else rnd.randint(190, 230))
        plan.update(stage=Stage.STAGE2, s2=d1)
    elif profile in ("stage3", "stage3_overdue"):
        via2 = profile == "stage3" and rnd.random() < 0.6
        d2 = rnd.randint(60, 150) if via2 else 0
        offset = d1 + d2 + (rnd.randint(5, 150) if profile == "stage3" else rnd.randint(190, 220))
        plan.update(stage=Stage.STAGE3, s3=d1 + d2, **({"s2": d1} if via2 else {}))
    elif profile in ("completed", "period_ended"):
        d2 = rnd.randint(60, 170) if rnd.random() < 0.6 else 0
        d3 = rnd.randint(20, 150) if profile == "completed" else 180
        closed = d1 + d2 + d3
        offset = closed + rnd.randint(5, 200)
        plan.update(stage=Stage.COMPLETED, s3=d1 + d2, closed=closed,
                    reason=CloseReason.EMPLOYED if profile == "completed"
                    else CloseReason.PERIOD_ENDED, **({"s2": d1} if d2 else {}))
    else:  # dropped
        at = rnd.randint(5, 120)
        offset = at + rnd.randint(5, 200)
        plan.update(stage=Stage.DROPPED, closed=at,
                    reason=rnd.choice([CloseReason.NO_CONTACT, CloseReason.NO_CONTACT,
                                       CloseReason.WITHDREW, CloseReason.HEALTH]),
                    **({"s2": d1} if at > d1 + 5 and rnd.random() < 0.5 else {}))
    if offset > (today - registered).days:
        if not fallback:
            return None
        offset = rnd.randint(0, min(limit1 - 5, max(0, (today - registered).days)))
        plan = {"stage": Stage.STAGE1}
    intake = today - dt.timedelta(days=offset)
    dates = {key: intake + dt.timedelta(days=plan[key]) for key in ("s2", "s3", "closed")
             if key in plan}
    left1 = min([d for k, d in dates.items()] or [today + dt.timedelta(days=1)])
    iap = None
    if plan["stage"] != Stage.STAGE1 or (offset > 10 and rnd.random() < 0.5):
        iap = min(left1, today) - dt.timedelta(days=rnd.randint(0, 3))
        iap = max(iap, intake + dt.timedelta(days=1))
        if plan["stage"] == Stage.DROPPED and "s2" not in dates and rnd.random() < 0.6:
            iap = None
    if iap and iap > today:
        iap = today
    if plan["stage"] == Stage.DROPPED and iap is None:
        dates.pop("s2", None)
    return {"stage": plan["stage"], "intake": intake, "iap": iap, "reason": plan.get("reason", ""),
            "s2": dates.get("s2"), "s3": dates.get("s3"), "closed": dates.get("closed")}


def package_cases(rng: random.Random, fake: Any, scale: int) -> dict[str, int]:
    """Cases, activities, attendance, appointments and payments for the demo seekers."""
    from goyong.accounts.models import User
    from goyong.jobseekers.models import (
        AllowancePayment,
        Appointment,
        CaseEvent,
        JobSeeker,
        PackageCase,
        Placement,
        TrainingAttendance,
    )
    from goyong.reference import queries

    today = queries.today()
    existing = set(PackageCase.objects.values_list("uuid", flat=True))
    counsellors: dict[str, Any] = {}
    for user in User.objects.filter(role="counsellor", memberships__centre__isnull=False
                                    ).order_by("username").prefetch_related("memberships__centre"):
        for membership in user.memberships.all():
            if membership.centre and (membership.centre.code not in counsellors
                                      or user.username == DEMO_COUNSELLOR):
                counsellors[membership.centre.code] = user
    demo_centre = next((c for c, u in counsellors.items() if u.username == DEMO_COUNSELLOR),
                       None)
    jobs: dict[int, list[Any]] = {}
    for placement in Placement.objects.order_by("start_date", "pk"):
        jobs.setdefault(placement.seeker_id, []).append(placement)
    cases: list[Any] = []
    events: list[Any] = []
    attendance: list[Any] = []
    appointments: list[Any] = []
    payments: list[Any] = []
    cycle = list(PROFILES)
    demo_index = 0
    seekers = JobSeeker.objects.order_by("centre_code", "uuid").only(
        "pk", "uuid", "birth_date", "vulnerable_categories", "basic_livelihood",
        "household_income", "household_size", "registered_on", "centre_code", "office_code")
    for seeker in seekers:
        key = uuid.uuid5(NAMESPACE, f"case-{seeker.uuid}")
        if key in existing:
            continue
        rnd = random.Random(f"{key}")  # noqa: S311 - synthetic data, not secrets
        is_demo = seeker.centre_code == demo_centre
        if not is_demo and rnd.random() > PARTICIPATION:
            continue
        start = max(seeker.registered_on, today - dt.timedelta(days=520))
        rule_set = rule_sets.rule_set_for(start)
        kind = eligibility.recommended_type(eligibility.facts_of_seeker(seeker, start),
                                            rule_set)
        if kind is None:
            continue
        t = None
        for attempt in range(8):  # a seeker registered lately cannot be far along
            if is_demo and attempt == 0:
                profile = cycle[demo_index % len(cycle)]
            else:
                profile = rnd.choices(cycle, weights=list(PROFILES.values()))[0]
            t = _timeline(profile, kind, rnd, today, seeker.registered_on, fallback=attempt == 7)
            if t is not None:
                break
        assert t is not None
        demo_index += is_demo
        rule_set = rule_sets.rule_set_for(t["intake"])
        counsellor = counsellors.get(seeker.centre_code)
        group = rnd.choices(GroupCounselling.values, weights=[70, 15, 15])[0]
        case = PackageCase(
            uuid=key, seeker=seeker, type=kind, rules=rule_set.id, counsellor=counsellor,
            centre_code=seeker.centre_code, office_code=seeker.office_code, stage=t["stage"],
            intake_on=t["intake"], iap_completed_on=t["iap"],
            group_counselling=group if t["iap"] else GroupCounselling.NONE,
            stage2_started_on=t["s2"], stage3_started_on=t["s3"], closed_on=t["closed"],
            close_reason=t["reason"])
        cases.append(case)

        def event(kind_: str, stage: str, on: dt.date, case: Any = case,
                  counsellor: Any = counsellor, **extra: Any) -> None:
            events.append(CaseEvent(
                uuid=uuid.uuid5(NAMESPACE, f"{case.uuid}-{kind_}-{on}"), case=case, kind=kind_,
                stage=stage, occurred_on=min(on, today), recorded_by=counsellor, **extra))

        event(ActivityKind.INITIAL_COUNSELLING, Stage.STAGE1, t["intake"])
        if (today - t["intake"]).days >= 3:
            event(ActivityKind.VOCATIONAL_TEST, Stage.STAGE1, t["intake"] + dt.timedelta(days=3))
        if t["iap"]:
            if group != GroupCounselling.NONE:
                event(ActivityKind.GROUP_COUNSELLING if group == GroupCounselling.COMPLETED
                      else ActivityKind.GROUP_SHORT, Stage.STAGE1,
                      max(t["intake"], t["iap"] - dt.timedelta(days=2)))
            event(ActivityKind.IAP, Stage.STAGE1, t["iap"])
        end2 = t["s3"] or t["closed"] or today
        training: list[allowances.TrainingMonth] = []
        if t["s2"]:
            card = rnd.choice([2_000_000, 2_500_000, 3_000_000])
            pct = rule_set.type(kind).copay_percent[1] if kind == "II" else 0
            event(ActivityKind.TRAINING, Stage.STAGE2, t["s2"], card_amount=card,
                  copay_percent=pct, copay_amount=card * pct // 100)
            month = t["s2"].replace(day=1)
            while month <= min(end2, today):
                days = rnd.randint(10, 22) if month < today.replace(day=1) else rnd.randint(1, 10)
                attendance.append(TrainingAttendance(case=case, month=f"{month:%Y-%m}",
                                                     days=days))
                training.append(allowances.TrainingMonth(f"{month:%Y-%m}", days))
                month = allowances.add_months(month, 1)
        if t["s3"]:
            for n in range(rnd.randint(1, 3)):
                on = t["s3"] + dt.timedelta(days=7 + 14 * n)
                if on <= (t["closed"] or today):
                    event(ActivityKind.REFERRAL if n % 2 == 0
                          else ActivityKind.ACCOMPANIED_INTERVIEW, Stage.STAGE3, on)
        if case.is_open:
            soon = 0 if (is_demo and demo_index % 2) or rnd.random() < 0.15 else \
                rnd.randint(1, 14)
            appointments.append(Appointment(
                uuid=uuid.uuid5(NAMESPACE, f"{key}-appointment"), case=case,
                kind={"stage1": AppointmentKind.COUNSELLING,
                      "stage2": AppointmentKind.FOLLOW_UP,
                      "stage3": AppointmentKind.INTERVIEW}[case.stage],
                starts_at=timezone.make_aware(dt.datetime.combine(
                    today + dt.timedelta(days=soon), dt.time(rnd.randint(9, 16),
                                                             rnd.choice([0, 30])))),
                place=rnd.choice(["1번 상담실", "2번 상담실", "집단상담실", "구인업체"])))
        job = next((p for p in jobs.get(seeker.pk, []) if p.start_date >= t["intake"]), None)
        scenario = allowances.Scenario(
            type=kind, intake=t["intake"], as_of=today, iap_completed=t["iap"],
            group_counselling=case.group_counselling, training=tuple(training),
            completed=t["closed"] if t["stage"] == Stage.COMPLETED else None,
            employment=allowances.Employment(job.start_date, job.end_date,
                                             float(job.weekly_hours), job.insured)
            if job else None)
        for p in allowances.compute(scenario, rule_set).payments:
            age = (today - p.due).days
            status = (PaymentStatus.PAID if age > 30 else
                      PaymentStatus.APPROVED if age > 14 else PaymentStatus.CLAIMED)
            payments.append(AllowancePayment(
                uuid=uuid.uuid5(NAMESPACE, f"{key}-{p.kind}-{p.period}"), case=case,
                kind=p.kind, period=p.period, amount=p.amount, due_on=p.due, rule=p.rule[:200],
                status=status, claimed_on=min(today, p.due),
                approved_on=min(today, p.due + dt.timedelta(days=7))
                if status != PaymentStatus.CLAIMED else None,
                paid_on=min(today, p.due + dt.timedelta(days=14))
                if status == PaymentStatus.PAID else None,
                approved_by=counsellor if status != PaymentStatus.CLAIMED else None))
    PackageCase.objects.bulk_create(cases, batch_size=500)
    for rows in (events, attendance, appointments, payments):
        for row in rows:
            row.case_id = row.case.pk
    CaseEvent.objects.bulk_create(events, batch_size=1000)
    TrainingAttendance.objects.bulk_create(attendance, batch_size=1000)
    Appointment.objects.bulk_create(appointments, batch_size=1000)
    AllowancePayment.objects.bulk_create(payments, batch_size=1000)
    return {"package_cases": len(cases), "package_events": len(events),
            "package_attendance": len(attendance), "package_appointments": len(appointments),
            "package_payments": len(payments)}


GENERATORS: list[Any] = [package_cases]
