"""Rows of the source tables (job seekers, placements, package cases, visits) for the
task-force tests, written with the ORM: the task force only reads these tables."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from goyong.reference import queries

_serial = itertools.count(1)


def centre_of(office: Any) -> Any:
    return queries.centres_of(office, queries.today()).first()


def seeker(office: Any, *, sex: str = "F", birth_date: dt.date = dt.date(1990, 1, 1),
           residence_code: str = "11010", registered_on: dt.date = dt.date(2025, 1, 1)) -> Any:
    from goyong.jobseekers.models import JobSeeker

    centre = centre_of(office)
    return JobSeeker.objects.create(
        name=f"구직자{next(_serial)}", birth_date=birth_date, sex=sex,
        residence_code=residence_code, education="high", centre=centre,
        centre_code=centre.code if centre else "", office_code=office.code,
        registered_on=registered_on)


def placement(seeker_row: Any, start: dt.date, *, verified: bool = True,
              source: str = "referral", business_number: str = "") -> Any:
    from goyong.jobseekers.models import Placement

    return Placement.objects.create(
        seeker=seeker_row, employer_name="(주)시험", business_number=business_number,
        start_date=start, monthly_wage=2_000_000, weekly_hours=40, insured=True,
        source=source, verified=verified, verified_on=start if verified else None)


def retention(placement_row: Any, due: dt.date, employed: bool | None) -> Any:
    from goyong.jobseekers.models import RetentionCheck

    return RetentionCheck.objects.create(placement=placement_row, month=6, due_date=due,
                                         employed=employed)


def package_case(seeker_row: Any, intake: dt.date, closed: dt.date | None = None,
                 stage2: dt.date | None = None, stage3: dt.date | None = None) -> Any:
    from goyong.jobseekers.models import PackageCase

    return PackageCase.objects.create(
        seeker=seeker_row, type="I", rules="2014", centre_code=seeker_row.centre_code,
        office_code=seeker_row.office_code, intake_on=intake, closed_on=closed,
        stage2_started_on=stage2, stage3_started_on=stage3,
        stage="completed" if closed else "stage1")


def company(office: Any, n: int, sigungu_code: str = "11010") -> Any:
    from goyong.employers.models import Company

    return Company.objects.get_or_create(
        brn=f"{1000000000 + n}", defaults={
            "name": f"시험기업{n}", "size_class": "small", "sigungu_code": sigungu_code,
            "office_code": office.code})[0]


def visit(office: Any, company_row: Any, day: dt.date, user: Any, *, gangso: bool = False,
          part_time: int = 0, outcome: str = "done") -> Any:
    from goyong.employers.models import DiscoveryVisit

    return DiscoveryVisit.objects.create(
        company=company_row, office_code=office.code, visited_on=day, visited_by=user,
        outcome=outcome, gangso_candidate=gangso, part_time_conversions=part_time)


def vacancy(office: Any, company_row: Any, user: Any, *, opened: dt.date,
            ended: dt.date | None, status: str, openings: int, hired: int, part_time: bool,
            care: str) -> Any:
    from goyong.employers.models import Vacancy
    from goyong.reference.models import ClassificationItem

    occupation = ClassificationItem.objects.filter(scheme="keco2007").order_by("code").first()
    return Vacancy.objects.create(
        company=company_row, occupation=occupation, title="시험 구인",
        work_sigungu_code="11010", office_code=office.code, wage_amount=2_200_000,
        wage_basis="monthly", weekly_hours=20 if part_time else 40, openings=openings,
        hired=hired, part_time=part_time, care_category=care, status=status,
        opened_on=opened, ended_on=ended, posted_by=user)
