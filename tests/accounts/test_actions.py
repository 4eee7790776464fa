import pytest

from goyong.accounts import actions
from goyong.accounts.choices import Role
from goyong.accounts.errors import NotPermittedError, TokenNameError
from goyong.accounts.models import ApiToken, User
from goyong.audit.actions import AuditOutsideTransactionError, record
from goyong.audit.models import AuditLog
from tests.factories import make_user, office_named

pytestmark = pytest.mark.django_db


def test_create_api_token_stores_only_the_digest_and_audits():
    # given
    seoul = office_named("서울지방고용노동청")
    lead = make_user(Role.OFFICE_LEAD, seoul)
    # when
    token, secret = actions.create_api_token(lead, "보고서 연동", acting_user=lead)
    # then
    stored = ApiToken.objects.get(pk=token.pk)
    assert stored.digest == ApiToken.digest_of(secret)
    assert secret not in stored.digest and stored.prefix == secret[:8]
    row = AuditLog.objects.get(event="accounts.token.created")
    assert (row.actor, row.office, row.subject_id) == (lead, seoul, str(token.pk))
    assert row.data == {"user": lead.username, "name": "보고서 연동"}


def test_user_cannot_create_a_token_for_someone_else_and_nothing_is_written():
    # given
    seoul = office_named("서울지방고용노동청")
    lead = make_user(Role.OFFICE_LEAD, seoul)
    other = make_user(Role.COUNSELLOR, seoul)
    audits_before = AuditLog.objects.count()
    # when / then
    with pytest.raises(NotPermittedError):
        actions.create_api_token(other, "x", acting_user=lead)
    assert ApiToken.objects.count() == 0
    assert AuditLog.objects.count() == audits_before


def test_token_name_must_not_be_blank():
    user = make_user(Role.HQ)
    with pytest.raises(TokenNameError):
        actions.create_api_token(user, "   ", acting_user=user)
    assert ApiToken.objects.count() == 0


def test_revoke_token_is_idempotent_and_audited_once():
    # given
    user = make_user(Role.HQ)
    token, _secret = actions.create_api_token(user, "ci", acting_user=user)
    # when
    actions.revoke_api_token(token, acting_user=user)
    actions.revoke_api_token(token, acting_user=user)
    # then
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert AuditLog.objects.filter(event="accounts.token.revoked").count() == 1


@pytest.mark.django_db(transaction=True)
def test_audit_record_refuses_to_write_outside_a_transaction():
    with pytest.raises(AuditOutsideTransactionError):
        record("core.thing.happened")


@pytest.mark.django_db(transaction=True)
def test_audit_row_rolls_back_with_the_action():
    # given
    from django.db import transaction

    # when
    with pytest.raises(RuntimeError), transaction.atomic():
        record("core.thing.happened", data={"a": 1})
        raise RuntimeError("the action failed after auditing")
    # then
    assert not AuditLog.objects.filter(event="core.thing.happened").exists()


def test_ensure_user_is_idempotent():
    # given
    seoul = office_named("서울지방고용노동청")
    # when
    first, created_first = actions.ensure_user("kim", role=Role.OFFICE_MEMBER, password="pw-long-enough-1",
                                               offices=[seoul], acting_user=None)
    again, created_again = actions.ensure_user("kim", role=Role.OFFICE_MEMBER, password="pw-long-enough-1",
                                               offices=[seoul], acting_user=None)
    # then
    assert (created_first, created_again) == (True, False)
    assert first.pk == again.pk
    assert first.memberships.count() == 1
    assert AuditLog.objects.filter(event="accounts.user.created", subject_id=str(first.uuid)).count() == 1


def test_only_hq_may_create_accounts_and_a_refusal_writes_nothing():
    # given
    lead = make_user(Role.OFFICE_LEAD, office_named("서울지방고용노동청"))
    audits_before = AuditLog.objects.count()
    # when / then
    with pytest.raises(NotPermittedError):
        actions.ensure_user("newbie", role=Role.COUNSELLOR, password="pw-long-enough-1",
                            acting_user=lead)
    assert not User.objects.filter(username="newbie").exists()
    assert AuditLog.objects.count() == audits_before
