"""The demo generator: deterministic, idempotent, every ad within the rules, the demo employer
linked to (주)한빛정밀."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from goyong.accounts.choices import Role
from goyong.employers.models import EmployerUser, Vacancy
from goyong.employers.vacancies import demo, rules
from goyong.employers.vacancies.queries import terms_of
from tests.employers.vacancies.factories import BUSAN_JUNG, make_company
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def companies():
    hanbit = make_company("(주)한빛정밀", industry_section="C")
    others = [make_company(f"요양{i}", industry_section="Q", office="부산지방고용노동청",
                           sigungu=BUSAN_JUNG) for i in range(3)]
    others += [make_company(f"시설{i}", industry_section="N") for i in range(4)]
    return hanbit, others


def snapshot():
    return sorted(Vacancy.objects.values_list(
        "company__name", "title", "wage_amount", "wage_basis", "status", "opened_on"))


def test_demo_vacancies(companies):
    # given the demo accounts the generator uses
    hanbit, _others = companies
    employer = make_user(Role.EMPLOYER, username="employer")
    make_user(Role.HQ, username="hq")
    # when it runs twice
    first = demo.vacancies(random.Random(0), None, 1)
    rows = snapshot()
    second = demo.vacancies(random.Random(99), None, 1)
    # then the second run changes nothing
    assert first["employers.employer_links"] == 1
    assert second == {"employers.vacancies": 0, "employers.employer_links": 0}
    assert snapshot() == rows
    assert list(EmployerUser.objects.values_list("user", "company")) == [
        (employer.pk, hanbit.pk)]
    # the demo employer's company has its five ads in four states
    assert Counter(Vacancy.objects.filter(company=hanbit).values_list("status", flat=True)) == {
        "open": 2, "draft": 1, "filled": 1, "expired": 1}
    # every ad is one the rules accept, and care jobs are there
    for vacancy in Vacancy.objects.all():
        assert rules.check_terms(terms_of(vacancy)) == [], vacancy
        assert vacancy.quality_part_time == (
            vacancy.part_time and rules.is_quality_part_time(terms_of(vacancy)))
    assert Vacancy.objects.filter(care_category__in=rules.CARE_CATEGORIES).exists()
    assert Vacancy.objects.filter(care_category="older_worker").exists()


def test_demo_is_deterministic(companies):
    make_user(Role.EMPLOYER, username="employer")
    make_user(Role.HQ, username="hq")
    demo.vacancies(random.Random(0), None, 1)
    rows = snapshot()
    Vacancy.objects.all().delete()
    demo.vacancies(random.Random(5), None, 1)
    assert snapshot() == rows
