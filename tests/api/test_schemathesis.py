"""Property-based API tests: schemathesis reads the live OpenAPI document and sends generated
requests (valid and invalid) to every operation, with a valid bearer token. No request may make
the server fail (5xx).

In-process through the WSGI application against the test database (SQLite or PostgreSQL,
whichever the run uses), holding the reference data (tests/conftest.py) and one HQ account.
Bounded: a few dozen examples per operation (GOYONG_SCHEMATHESIS_EXAMPLES).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from goyong.accounts import actions
from goyong.accounts.choices import Role
from tests.factories import make_user

MAX_EXAMPLES = int(os.environ.get("GOYONG_SCHEMATHESIS_EXAMPLES", "25"))


@pytest.fixture
def bearer_token(db: Any) -> str:
    user = make_user(Role.HQ, username="schemathesis")
    _token, secret = actions.create_api_token(user, "schemathesis", acting_user=user)
    return str(secret)


@pytest.fixture
def in_test_transaction() -> Iterator[None]:
    """Requests run inside the test's transaction: Django must not close the connection at
    the end of each request (its own test client does the same)."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


def served_document() -> dict[str, Any]:
    """The OpenAPI document exactly as /api/v1/openapi.json serves it (built without a request,
    at collection time, so that each operation becomes its own test)."""
    from django.urls import reverse

    from goyong.api.urls import api

    prefix = reverse("api:api-root")
    return json.loads(json.dumps(api.get_openapi_schema(path_prefix=prefix), default=str))


schema = schemathesis.openapi.from_dict(served_document())


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_no_operation_fails_with_a_server_error(
    case: Any, bearer_token: str, in_test_transaction: None
) -> None:
    from goyong.wsgi import application

    response = case.call_and_validate(
        app=application,
        headers={"Authorization": f"Bearer {bearer_token}"},
        checks=[not_a_server_error],
    )
    # The token is valid: whatever else is wrong with a request, it is not its credentials.
    # (Some generated cases leave the credentials out on purpose; those must be refused.)
    sent = response.request.headers.get("Authorization")
    if sent == f"Bearer {bearer_token}":
        assert response.status_code != 401, (case.method, case.formatted_path, response.text[:300])
    elif sent is None and case.operation.definition.raw.get("security"):
        assert response.status_code == 401, (case.method, case.formatted_path, response.status_code)


def test_the_schema_lists_operations(client: Any) -> None:
    """Guards against a silently empty run, and checks that the document tested above is the
    one the application serves."""
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = response.json()
    assert document["paths"].keys() == served_document()["paths"].keys()
    operations = [
        (method, path)
        for path, item in document["paths"].items()
        for method in item
        if method in {"get", "post", "put", "patch", "delete"}
    ]
    assert len(operations) >= 3, operations
