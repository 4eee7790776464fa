import io

import pytest
from django.core.management import CommandError, call_command

from goyong.accounts.choices import Role
from goyong.accounts.models import ApiToken
from goyong.audit.models import AuditLog
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_tokens_create_prints_a_working_token_once(client):
    # given
    make_user(Role.HQ, username="boss")
    out = io.StringIO()
    # when
    call_command("tokens", "create", "boss", "--name", "보고", stdout=out)
    secret = out.getvalue().strip()
    # then
    assert secret.startswith("gy_")
    assert client.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {secret}").json()["username"] == "boss"
    row = AuditLog.objects.get(event="accounts.token.created")
    assert row.actor is None and row.data == {"user": "boss", "name": "보고"}


def test_tokens_revoke_by_prefix(client):
    make_user(Role.HQ, username="boss")
    out = io.StringIO()
    call_command("tokens", "create", "boss", stdout=out)
    secret = out.getvalue().strip()
    call_command("tokens", "revoke", secret[:8])
    assert ApiToken.objects.get().revoked_at is not None
    assert client.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {secret}").status_code == 401


def test_tokens_for_an_unknown_user_say_what_to_check():
    with pytest.raises(CommandError, match="아이디를 확인하세요"):
        call_command("tokens", "create", "nobody")
    assert not ApiToken.objects.exists()
