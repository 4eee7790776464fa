import csv
import io

import pytest

from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_exporting_the_audit_log_is_itself_audited(client):
    # given
    hq = make_user(Role.HQ, username="auditor")
    client.force_login(hq)
    # when
    response = client.get("/audit/export.csv", {"event": "accounts."})
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    # then: the export happened, and a row says who took which rows
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(body)))
    assert {r["event"] for r in rows} == {"accounts.user.created"}
    exported = AuditLog.objects.get(event="audit.log.exported")
    assert (exported.actor, exported.data) == (hq, {"filters": {"event": "accounts."}})


def test_a_refused_export_writes_nothing(client):
    client.force_login(make_user(Role.OFFICE_LEAD, username="not-hq"))
    before = AuditLog.objects.count()
    assert client.get("/audit/export.csv").status_code == 404
    assert AuditLog.objects.count() == before
