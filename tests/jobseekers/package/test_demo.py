"""The package demo generator: every stage, some overdue, today's appointments for the demo
counsellor, ledger rows from the engine; deterministic and idempotent."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from faker import Faker

from goyong.accounts.models import User
from goyong.core import demo_data
from goyong.jobseekers.models import AllowancePayment, PackageCase
from goyong.jobseekers.package import demo, queries
from goyong.reference import queries as reference
from tests.factories import office_named
from tests.jobseekers.package.factories import make_seeker

pytestmark = pytest.mark.django_db


def _run():
    return demo.package_cases(random.Random(1), Faker("ko_KR"), 1)


def test_demo_cases_cover_every_stage_deterministically():
    # given the demo accounts and twelve long-registered seekers at the demo counsellor's centre
    demo_data.demo_accounts(random.Random(1), Faker("ko_KR"), 1)
    counsellor = User.objects.get(username="counsellor")
    centre = counsellor.memberships.get().centre
    registered = reference.today() - dt.timedelta(days=600)
    for _i in range(12):
        make_seeker(office_named("서울지방고용노동청"), centre=centre, registered_on=registered)
    # when
    first = _run()
    snapshot = sorted(PackageCase.objects.values_list("uuid", "stage", "intake_on", "type"))
    again = _run()
    AllowancePayment.objects.all().delete()
    PackageCase.objects.all().delete()
    rerun = _run()
    # then
    assert first["package_cases"] == 12 and again["package_cases"] == 0
    assert rerun == first
    assert sorted(PackageCase.objects.values_list("uuid", "stage", "intake_on", "type")) == snapshot
    assert {stage for _u, stage, _d, _t in snapshot} == {
        "stage1", "stage2", "stage3", "completed", "dropped"}
    load = queries.caseload(counsellor, reference.today())
    assert len(load.overdue) >= 2 and len(load.appointments) >= 1
    assert AllowancePayment.objects.filter(status="paid").exists()
