"""Two people take the last opening at the same moment: the row lock lets exactly one in.

PostgreSQL only: SQLite has no row locks (it serialises whole-database writes instead, so the
race cannot be staged there)."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from django.db import connection, connections

from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.employers.models import Company, Vacancy
from goyong.employers.vacancies import actions
from goyong.employers.vacancies.errors import VacancyError
from goyong.reference.models import ClassificationItem
from tests.factories import make_user

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql",
                                reason="row locks need PostgreSQL")


@pytest.mark.django_db(transaction=True)
def test_last_opening_is_taken_once():
    # given an open vacancy with one opening (rows made directly: a transactional test starts
    # from empty tables, without the reference data)
    item, _ = ClassificationItem.objects.get_or_create(
        scheme="keco2018", code="8", defaults={"name": "설치·정비·생산직", "level": 1})
    company = Company.objects.create(brn="7777700002", name="동시정밀", size_class="small",
                                     sigungu_code="11010", office_code="12010")
    hq = make_user(Role.HQ, username="race-hq")
    vacancy = Vacancy.objects.create(
        company=company, occupation=item, title="선반", work_sigungu_code="11010",
        office_code="12010", wage_amount=3_000_000, wage_basis="monthly",
        weekly_hours=Decimal(40), openings=1, status="open", posted_by=hq)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def take() -> None:
        try:
            barrier.wait()
            actions.record_hires(Vacancy.objects.get(pk=vacancy.pk), 1, acting_user=hq)
            outcomes.append("hired")
        except VacancyError as error:
            outcomes.append(type(error).__name__)
        finally:
            connections.close_all()

    # when two threads record a hire at once
    threads = [threading.Thread(target=take) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    # then one is hired, the other is told the vacancy is already filled
    vacancy.refresh_from_db()
    assert sorted(outcomes) == ["VacancyStateError", "hired"]
    assert (vacancy.hired, vacancy.status) == (1, "filled")
    assert AuditLog.objects.filter(event="employers.vacancy.hired").count() == 1
