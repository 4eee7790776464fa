"""Reads of the package shaped for the pages, the API and the CLI, always from a scope:
a case's allowance statement, a counsellor's caseload, and the funnel report."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from goyong.jobseekers.models import Appointment, PackageCase, Placement
from goyong.jobseekers.package import allowances, machine
from goyong.jobseekers.package import rules as rule_sets
from goyong.jobseekers.package.choices import OPEN_STAGES, Stage
from goyong.jobseekers.package.policies import cases_visible_to
from goyong.jobseekers.policies import seekers_visible_to


def employment_of(case: PackageCase) -> Placement | None:
    """The first placement of the seeker that starts on or after the intake."""
    placements = [p for p in case.seeker.placements.all() if p.start_date >= case.intake_on]
    return min(placements, key=lambda p: p.start_date) if placements else None


def scenario_of(case: PackageCase, on: dt.date) -> allowances.Scenario:
    """The allowance scenario the case's records amount to on `on`."""
    job = employment_of(case)
    return allowances.Scenario(
        type=case.type, intake=case.intake_on, as_of=on,
        iap_completed=case.iap_completed_on, group_counselling=case.group_counselling,
        training=tuple(allowances.TrainingMonth(a.month, a.days)
                       for a in case.attendance.all()),
        completed=case.closed_on if case.stage == Stage.COMPLETED else None,
        employment=allowances.Employment(job.start_date, job.end_date, float(job.weekly_hours),
                                         job.insured) if job else None,
    )


def statement_of(case: PackageCase, on: dt.date) -> allowances.Statement:
    """What the participant is owed by `on` under the case's rule set."""
    return allowances.compute(scenario_of(case, on), rule_sets.load(case.rules))


@dataclass
class CaseRow:
    case: PackageCase
    deadline: dt.date | None
    days_overdue: int
    next_action: str


@dataclass
class Caseload:
    rows: list[CaseRow]
    appointments: list[Appointment]

    @property
    def overdue(self) -> list[CaseRow]:
        return sorted((r for r in self.rows if r.days_overdue > 0),
                      key=lambda r: (-r.days_overdue, r.case.pk))


def caseload_cases(user: Any) -> QuerySet[PackageCase]:
    """A counsellor's own open cases; for office staff and HQ every open case in scope."""
    cases = cases_visible_to(user).filter(stage__in=OPEN_STAGES)
    if getattr(user, "role", None) == "counsellor":
        cases = cases.filter(counsellor=user)
    return cases.select_related("seeker")


def caseload(user: Any, on: dt.date) -> Caseload:
    """Open cases with their stage deadline, overdue days and next action; today's
    appointments."""
    cases = list(caseload_cases(user).order_by("intake_on", "pk"))
    rows = [CaseRow(c, machine.deadline(c), machine.days_overdue(c, on), machine.next_action(c))
            for c in cases]
    start = timezone.make_aware(dt.datetime.combine(on, dt.time.min))
    appointments = list(
        Appointment.objects.filter(case__in=caseload_cases(user),
                                   starts_at__gte=start,
                                   starts_at__lt=start + dt.timedelta(days=1))
        .select_related("case__seeker").order_by("starts_at"))
    return Caseload(rows, appointments)


def case_detail_queryset(user: Any) -> QuerySet[PackageCase]:
    return cases_visible_to(user).select_related("seeker", "counsellor").prefetch_related(
        "events", "attendance", "appointments", "payments", "seeker__placements")


# The funnel ------------------------------------------------------------------------------
STEPS = ("registered", "stage1", "stage2", "stage3", "employed", "retained6")
ALL_GROUPS = "all"


@dataclass
class FunnelRow:
    office_code: str
    group: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STEPS, 0))
    stage_days: dict[str, list[int]] = field(
        default_factory=lambda: {"stage1": [], "stage2": [], "stage3": []})

    def rate(self, step: str) -> float | None:
        """Conversion from the previous step, in percent (None when that step is empty)."""
        previous = self.counts[STEPS[STEPS.index(step) - 1]]
        return round(self.counts[step] * 100 / previous, 1) if previous else None

    def median_days(self, stage: str) -> float | None:
        days = self.stage_days[stage]
        return float(statistics.median(days)) if days else None


def _stage_days(case: PackageCase) -> dict[str, int]:
    """Days spent in each stage the case has left."""
    out = {}
    left1 = case.stage2_started_on or case.stage3_started_on or case.closed_on
    if left1:
        out["stage1"] = (left1 - case.intake_on).days
    if case.stage2_started_on:
        left2 = case.stage3_started_on or case.closed_on
        if left2:
            out["stage2"] = (left2 - case.stage2_started_on).days
    if case.stage3_started_on and case.closed_on:
        out["stage3"] = (case.closed_on - case.stage3_started_on).days
    return out


def funnel(user: Any) -> list[FunnelRow]:
    """Registered → Stage 1 → 2 → 3 → employed → retained 6 months, per office × target
    group (a seeker counts in each of their groups, and once in the office's "all" row).
    Employed means a verified placement starting on or after the intake; retained means its
    6-month retention check confirmed employment. Each step counts distinct seekers."""
    from goyong.jobseekers.targeting import classify, facts_of

    seekers = (seekers_visible_to(user)
               .prefetch_related("career",
                                 Prefetch("package_cases", queryset=PackageCase.objects.all()),
                                 Prefetch("placements",
                                          queryset=Placement.objects.prefetch_related("checks")))
               .order_by("pk"))
    rows: dict[tuple[str, str], FunnelRow] = {}
    for seeker in seekers:
        groups = [ALL_GROUPS, *(g.code for g in classify(facts_of(seeker, seeker.career.all()),
                                                          seeker.registered_on))]
        cases = list(seeker.package_cases.all())  # type: ignore[attr-defined]  # reverse FK
        reached = {"registered"}
        days: dict[str, list[int]] = defaultdict(list)
        if cases:
            reached.add("stage1")
            first_intake = min(c.intake_on for c in cases)
            for case in cases:
                if case.stage2_started_on:
                    reached.add("stage2")
                if case.stage3_started_on:
                    reached.add("stage3")
                for stage, value in _stage_days(case).items():
                    days[stage].append(value)
            verified = [p for p in seeker.placements.all()
                        if p.verified and p.start_date >= first_intake]
            if verified:
                reached.add("employed")
                if any(c.month == 6 and c.employed for p in verified for c in p.checks.all()):
                    reached.add("retained6")
        for group in groups:
            row = rows.setdefault((seeker.office_code, group),
                                  FunnelRow(seeker.office_code, group))
            for step in reached:
                row.counts[step] += 1
            for stage, values in days.items():
                row.stage_days[stage].extend(values)
    return [rows[k] for k in sorted(rows, key=lambda k: (k[0], k[1] != ALL_GROUPS, k[1]))]
