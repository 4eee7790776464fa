import pytest

from goyong.accounts.choices import Role
from goyong.employers.models import EmployerUser
from goyong.employers.policies import companies_visible_to
from tests.employers.factories import make_company
from tests.factories import make_user, office_named

pytestmark = pytest.mark.django_db


def test_staff_see_every_company_employers_only_their_own_others_none():
    # given two companies and an employer linked to the first
    mine, other = make_company(name="(주)내회사"), make_company(name="(주)남의회사")
    employer = make_user(Role.EMPLOYER)
    EmployerUser.objects.create(user=employer, company=mine)
    busan_counsellor = make_user(Role.COUNSELLOR, office_named("부산지방고용노동청"))
    # then
    assert set(companies_visible_to(make_user(Role.HQ))) == {mine, other}
    assert set(companies_visible_to(busan_counsellor)) == {mine, other}
    assert list(companies_visible_to(employer)) == [mine]
    assert list(companies_visible_to(make_user(Role.EMPLOYER))) == []
    assert list(companies_visible_to(make_user(Role.LOCAL_GOV))) == []
    assert list(companies_visible_to(make_user(Role.REVIEWER))) == []


def test_a_linked_employer_opens_their_company_page_without_screening_details(client):
    mine = make_company(name="(주)내회사")
    employer = make_user(Role.EMPLOYER)
    EmployerUser.objects.create(user=employer, company=mine)
    client.force_login(employer)
    page = client.get(f"/employers/companies/{mine.uuid}/").content.decode()
    assert "(주)내회사" in page
    assert "심사 항목별 결과와 근거 값" not in page
