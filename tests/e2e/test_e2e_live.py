"""The running demo from outside, without a browser: health, and the API with a token issued
by the `goyong tokens create` command."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from typing import Any

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("e2e")]


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, Any]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        with error:
            body = error.read()
        return error.code, json.loads(body) if body.startswith(b"{") else body


def test_healthz_reports_database_and_worker(live_app: Any) -> None:
    status, body = get(live_app.url("/healthz"))
    assert status == 200
    assert body["status"] == "ok"
    assert body["worker_last_seen"]


def test_api_answers_with_a_token_from_the_tokens_command(live_app: Any) -> None:
    # given a token issued on the command line, as the README says
    output = live_app.goyong("tokens", "create", "hq", "--name", "e2e")
    tokens = re.findall(r"\bgy_[A-Za-z0-9_-]{20,}", output)
    assert tokens, f"no token in the output of `goyong tokens create`:\n{output}"
    # when the API is called over HTTP with it, and without it
    with_token = get(live_app.url("/api/v1/me"), {"Authorization": f"Bearer {tokens[-1]}"})
    without = get(live_app.url("/api/v1/me"))
    # then it answers for HQ, and refuses the anonymous call
    assert with_token[0] == 200, with_token
    assert with_token[1]["username"] == "hq"
    assert without[0] == 401
    status, document = get(live_app.url("/api/v1/openapi.json"))
    assert status == 200 and document["paths"]
