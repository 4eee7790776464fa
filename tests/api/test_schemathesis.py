"""Property-based API tests: schemathesis reads the live OpenAPI document and sends generated
requests (valid and invalid) to every operation, with a valid bearer token. No request may make
the server fail (5xx).

In-process through the WSGI application against the test database (SQLite or PostgreSQL,
whichever the run uses), holding the reference data (tests/conftest.py) and one HQ account.
Bounded: a few dozen examples per operation (GOYONG_SCHEMATHESIS_EXAMPLES).
"""

from __future__ import annotations

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


@pytest.fixture
def api_schema(db: Any, in_test_transaction: None) -> Any:
    from goyong.wsgi import application

    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_no_operation_fails_with_a_server_error(case: Any, bearer_token: str) -> None:
    case.call_and_validate(
        headers={"Authorization": f"Bearer {bearer_token}"},
        checks=[not_a_server_error],
    )


def test_the_schema_lists_operations(client: Any) -> None:
    """Guards against a silently empty run: the document must describe some operations."""
    document = client.get("/api/v1/openapi.json").json()
    operations = [
        (method, path)
        for path, item in document["paths"].items()
        for method in item
        if method in {"get", "post", "put", "patch", "delete"}
    ]
    assert len(operations) >= 3, operations
