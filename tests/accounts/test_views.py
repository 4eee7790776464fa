import pytest
from django.urls import reverse

from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from tests.factories import PASSWORD, make_user, office_named

pytestmark = pytest.mark.django_db


def test_login_writes_an_audit_row(client):
    # given
    seoul = office_named("서울지방고용노동청")
    user = make_user(Role.COUNSELLOR, seoul, username="counsel")
    # when
    response = client.post(reverse("accounts:login"), {"username": "counsel", "password": PASSWORD})
    # then
    assert response.status_code == 302
    row = AuditLog.objects.get(event="accounts.session.logged_in")
    assert (row.actor, row.office, row.ip) == (user, seoul, "127.0.0.1")


def test_wrong_password_writes_no_login_audit(client):
    make_user(Role.COUNSELLOR, office_named("서울지방고용노동청"), username="counsel")
    response = client.post(reverse("accounts:login"), {"username": "counsel", "password": "wrong"})
    assert response.status_code == 200
    assert not AuditLog.objects.filter(event="accounts.session.logged_in").exists()


def test_five_wrong_passwords_lock_the_account_out(client):
    # given
    make_user(Role.COUNSELLOR, office_named("서울지방고용노동청"), username="counsel")
    for _ in range(5):
        client.post(reverse("accounts:login"), {"username": "counsel", "password": "wrong"})
    # when: even the right password is refused while locked
    response = client.post(reverse("accounts:login"), {"username": "counsel", "password": PASSWORD})
    # then
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_counsellor_of_another_office_gets_404_for_a_staff_record(client):
    # given
    seoul_staff = make_user(Role.COUNSELLOR, office_named("서울지방고용노동청"))
    busan = make_user(Role.COUNSELLOR, office_named("부산지방고용노동청"))
    client.force_login(busan)
    views_before = AuditLog.objects.filter(event="accounts.user.viewed").count()
    # when
    response = client.get(reverse("accounts:user", args=[seoul_staff.uuid]))
    # then
    assert response.status_code == 404
    assert AuditLog.objects.filter(event="accounts.user.viewed").count() == views_before


def test_viewing_a_staff_record_in_scope_is_audited(client):
    # given
    seoul = office_named("서울지방고용노동청")
    colleague = make_user(Role.COUNSELLOR, seoul)
    lead = make_user(Role.OFFICE_LEAD, seoul)
    client.force_login(lead)
    # when
    response = client.get(reverse("accounts:user", args=[colleague.uuid]))
    # then
    assert response.status_code == 200
    row = AuditLog.objects.get(event="accounts.user.viewed")
    assert (row.actor, row.subject_id) == (lead, str(colleague.uuid))


def test_office_staff_page_is_scoped_to_the_office(client):
    seoul = office_named("서울지방고용노동청")
    busan = office_named("부산지방고용노동청")
    client.force_login(make_user(Role.OFFICE_MEMBER, seoul))
    assert client.get(reverse("accounts:office-staff", args=[seoul.code])).status_code == 200
    assert client.get(reverse("accounts:office-staff", args=[busan.code])).status_code == 404


def test_membership_of_an_earlier_office_version_still_scopes_after_reorganisation(client):
    # given: a 안양지청 member joined in 2014, when 안양지청 belonged to 중부청; since
    # 2025-12-30 the office has a new version under 경기청 with the same code
    import datetime as dt

    anyang_2014 = office_named("안양지청", dt.date(2014, 3, 8))
    anyang_now = office_named("안양지청")
    assert anyang_2014.pk != anyang_now.pk and anyang_2014.code == anyang_now.code
    member = make_user(Role.OFFICE_MEMBER, anyang_2014)
    colleague = make_user(Role.COUNSELLOR, anyang_now)
    client.force_login(member)
    # when
    staff_page = client.get(reverse("accounts:office-staff", args=[anyang_now.code]))
    record = client.get(reverse("accounts:user", args=[colleague.uuid]))
    # then
    assert staff_page.status_code == 200
    assert colleague.username in staff_page.content.decode()
    assert record.status_code == 200
