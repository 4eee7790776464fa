"""Seekers, placements and cases for the package tests. Seekers are created with the ORM (the
registry's own actions were not yet committed when these tests were written); cases go through
the package actions."""

from __future__ import annotations

import datetime as dt
import itertools

from goyong.jobseekers.models import JobSeeker, PackageCase, Placement, RetentionCheck
from goyong.jobseekers.package import actions
from goyong.reference import queries
from goyong.reference.models import Office

_serial = itertools.count(1)


def centre_of(office: Office):
    return queries.centres_of(office, queries.today()).order_by("code").first()


def make_seeker(office: Office, *, born: dt.date = dt.date(1975, 5, 1), sex: str = "F",
                categories: tuple[str, ...] = ("female_householder",),
                registered_on: dt.date = dt.date(2014, 2, 3), centre=None,
                household_income: int | None = None, household_size: int | None = None
                ) -> JobSeeker:
    centre = centre or centre_of(office)
    return JobSeeker.objects.create(
        name=f"참여자{next(_serial)}", birth_date=born, sex=sex, residence_code="11110",
        education="high", centre=centre, centre_code=centre.code, office_code=office.code,
        registered_on=registered_on, vulnerable_categories=list(categories),
        household_income=household_income, household_size=household_size)


def make_placement(seeker: JobSeeker, start: dt.date, *, end: dt.date | None = None,
                   hours: int = 35, insured: bool = True, verified: bool = True,
                   retained6: bool | None = None) -> Placement:
    placement = Placement.objects.create(
        seeker=seeker, employer_name="(주)한빛정밀", start_date=start, end_date=end,
        monthly_wage=1_800_000, weekly_hours=hours, insured=insured, source="referral",
        verified=verified)
    if retained6 is not None:
        RetentionCheck.objects.create(placement=placement, month=6,
                                      due_date=start + dt.timedelta(days=183),
                                      employed=retained6)
    return placement


def make_case(seeker: JobSeeker, user, *, type: str = "I", intake: dt.date = dt.date(2014, 3, 3),
              iap: dt.date | None = None, stage2: dt.date | None = None,
              stage3: dt.date | None = None, closed: dt.date | None = None,
              reason: str = "employed") -> PackageCase:
    case = actions.enrol(seeker, type=type, intake_on=intake, acting_user=user)
    if iap:
        actions.record_activity(case, "group_counselling", on=iap, acting_user=user)
        actions.record_activity(case, "iap", on=iap, acting_user=user)
    if stage2:
        case = actions.advance(case, "stage2", on=stage2, acting_user=user)
    if stage3:
        case = actions.advance(case, "stage3", on=stage3, acting_user=user)
    if closed:
        case = actions.advance(case, "completed" if reason in ("employed", "period_ended")
                               else "dropped", on=closed, acting_user=user, reason=reason)
    case.refresh_from_db()
    return case
