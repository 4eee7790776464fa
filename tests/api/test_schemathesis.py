"""Property-based API tests: schemathesis reads the application's OpenAPI document (the one
/api/v1/openapi.json serves) and sends generated requests, valid and invalid, to every
operation with a valid bearer token. No request may make the server fail (5xx), and the valid
token is never refused.

In-process through the WSGI application against the test database (SQLite or PostgreSQL,
whichever the run uses), holding the reference data (tests/conftest.py) and one HQ account.
Bounded: 50 examples per operation (GOYONG_SCHEMATHESIS_EXAMPLES), reproducible (derandomized).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from goyong.accounts import actions
from goyong.accounts.choices import Role
from tests.factories import make_user

MAX_EXAMPLES = int(os.environ.get("GOYONG_SCHEMATHESIS_EXAMPLES", "50"))


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
# One test per operation, named after it ("GET /api/v1/regions"). Each test draws valid and
# invalid requests from schemathesis's strategies for that operation. (Built here rather than
# with `@schema.parametrize()`, whose items all share one node id under pytest 9.2, which
# pytest-xdist's loadgroup scheduler then runs only once.)
OPERATIONS = [result.ok() for result in schema.get_all_operations()]


def real_codes(path: str) -> list[str]:
    from goyong.reference.models import Office, Region

    if "{code}" not in path:
        return []
    if "/offices/" in path:
        return sorted(set(Office.objects.values_list("code", flat=True)))
    if "/regions/" in path:
        return sorted(set(Region.objects.values_list("kostat_code", flat=True)))
    return []


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda operation: operation.label)
def test_no_operation_fails_with_a_server_error(
    operation: Any, bearer_token: str, in_test_transaction: None
) -> None:
    from goyong.wsgi import application

    strategies = [
        operation.as_strategy(GenerationMode.POSITIVE),
        operation.as_strategy(GenerationMode.NEGATIVE),
    ]
    # Random codes almost never name a real office or 시군구: also draw from the real ones, so
    # that the successful path is fuzzed too (dates, formats) and not only the 404.
    real = real_codes(operation.path)
    if real:
        strategies.append(st.sampled_from(real).flatmap(
            lambda code: operation.as_strategy(GenerationMode.POSITIVE,
                                               path_parameters={"code": code})))
    cases = st.one_of(*strategies)
    seen: Counter[int] = Counter()

    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=cases)
    def no_server_error(case: Any) -> None:
        response = case.call_and_validate(
            app=application,
            headers={"Authorization": f"Bearer {bearer_token}"},
            checks=[not_a_server_error],
        )
        seen[response.status_code] += 1
        # The token is valid: whatever else is wrong with a request, not its credentials.
        # (Some generated requests leave the credentials out on purpose: those are refused.)
        sent = response.request.headers.get("Authorization")
        where = (case.method, case.formatted_path, response.status_code, response.text[:300])
        if sent == f"Bearer {bearer_token}":
            assert response.status_code != 401, where
        elif sent is None and operation.definition.raw.get("security"):
            # A NUL character is refused at the door (400), before authentication runs.
            refused_input = response.status_code == 400 and "NUL" in response.text
            assert response.status_code == 401 or refused_input, where

    no_server_error()
    # Some requests got through validation (else the test only exercised the 422 path).
    assert seen, "no request was sent"
    assert any(200 <= status < 300 or status == 404 for status in seen), dict(seen)


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
    v1 = "/api/v1"
    assert sorted(operations) == sorted([
        ("get", f"{v1}/me"), ("get", f"{v1}/offices"), ("get", f"{v1}/offices/{{code}}"),
        ("get", f"{v1}/regions"), ("get", f"{v1}/regions/{{code}}/office"),
        ("get", f"{v1}/stats/estimates"), ("get", f"{v1}/stats/gap"),
        ("get", f"{v1}/seekers"), ("post", f"{v1}/seekers"), ("get", f"{v1}/seekers/{{seeker}}"),
        ("get", f"{v1}/seekers/{{seeker}}/placements"),
        ("post", f"{v1}/seekers/{{seeker}}/placements"), ("get", f"{v1}/placements"),
        ("get", f"{v1}/package/cases"), ("get", f"{v1}/package/cases/{{uuid}}"),
        ("get", f"{v1}/package/cases/{{uuid}}/statement"),
        ("post", f"{v1}/package/cases/{{uuid}}/transitions"),
        ("get", f"{v1}/companies"), ("get", f"{v1}/companies/{{brn}}"),
        ("get", f"{v1}/companies/{{brn}}/screening"),
        ("get", f"{v1}/vacancies"), ("post", f"{v1}/vacancies"),
        ("get", f"{v1}/vacancies/{{vacancy}}"),
        ("get", f"{v1}/matching/seekers/{{seeker}}/jobs"),
        ("post", f"{v1}/matching/seekers/{{seeker}}/refresh"),
        ("get", f"{v1}/matching/vacancies/{{vacancy}}/seekers"),
        ("get", f"{v1}/matching/referrals"), ("post", f"{v1}/matching/referrals"),
        ("get", f"{v1}/matching/referrals/{{referral}}"),
        ("post", f"{v1}/matching/referrals/{{referral}}/transition"),
        ("get", f"{v1}/matching/ledger"), ("get", f"{v1}/matching/runs"),
        ("post", f"{v1}/matching/runs"), ("get", f"{v1}/matching/fairs"),
        ("get", f"{v1}/matching/fairs/{{fair}}"), ("post", f"{v1}/matching/fairs/{{fair}}/assign"),
        ("get", f"{v1}/taskforce/national"), ("get", f"{v1}/taskforce/offices/{{code}}/cockpit"),
        ("get", f"{v1}/taskforce/targets"),
    ])
