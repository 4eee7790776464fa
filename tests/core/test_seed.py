import io

import pytest
from django.core.management import CommandError, call_command

from goyong.accounts.choices import Role
from goyong.accounts.models import User
from goyong.reference import queries

pytestmark = pytest.mark.django_db


def _run_seed(*args):
    out = io.StringIO()
    call_command("seed", *args, stdout=out)
    return out.getvalue()


def test_seed_scale_two_creates_staff_per_office_and_centre_deterministically():
    # given
    day = queries.today()
    offices = queries.offices_on(day).count()
    centres = sum(queries.centres_of(o, day).count() for o in queries.offices_on(day))
    # when
    first = _run_seed("--scale", "2")
    names_first = sorted(User.objects.values_list("username", "display_name"))
    again = _run_seed("--scale", "2")
    # then: a lead and 2 members per office, 2 counsellors per centre, 9 demo accounts
    assert f"office_staff: {offices * 3 + centres * 2}" in first
    assert "demo_accounts: 9" in first
    assert "office_staff: 0" in again and "demo_accounts: 0" in again
    assert sorted(User.objects.values_list("username", "display_name")) == names_first
    # plus the two demo counsellors, who also sit in a centre
    assert User.objects.filter(role=Role.COUNSELLOR, memberships__centre__isnull=False).count() == centres * 2 + 2


def test_synthetic_staff_cannot_sign_in():
    _run_seed("--scale", "1")
    staff = User.objects.exclude(username__in=["hq", "lead", "member", "counsellor", "counsellor2",
                                               "localgov", "reviewer", "partner", "employer"])
    assert staff.exists()
    assert not any(user.has_usable_password() for user in staff)


def test_seed_rejects_a_silly_scale():
    with pytest.raises(CommandError, match="--scale"):
        _run_seed("--scale", "0")
    assert not User.objects.exists()
