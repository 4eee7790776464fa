import pytest

from goyong.accounts.choices import Role
from goyong.labourstats.policies import can_import_statistics
from tests.factories import make_user, office_named

pytestmark = pytest.mark.django_db


def test_only_hq_and_office_leads_may_import_statistics():
    # given one user per role
    seoul = office_named("서울지방고용노동청")
    office_roles = {Role.OFFICE_LEAD, Role.OFFICE_MEMBER, Role.COUNSELLOR}
    users = {role.value: make_user(role.value, seoul if role in office_roles else None)
             for role in Role}
    # when
    allowed = {role for role, user in users.items() if can_import_statistics(user)}
    # then
    assert allowed == {"hq", "office_lead"}


def test_anonymous_may_not_import_statistics():
    from django.contrib.auth.models import AnonymousUser

    assert can_import_statistics(AnonymousUser()) is False
    assert can_import_statistics(None) is False
