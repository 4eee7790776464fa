"""Requests refused at the door, before any view or query runs."""

from __future__ import annotations

import pytest


@pytest.mark.django_db
def test_nul_characters_are_refused_before_any_query(client):
    # PostgreSQL refuses NUL in text columns; a NUL in a filter was a server error there.
    # when: a page and an API list get a NUL in the query string, a JSON body carries \u0000
    page = client.get("/reference/regions/?q=%00")
    api = client.get("/api/v1/companies?q=a%00b")
    body = client.post("/api/v1/seekers", data='{"name": "a\\u0000"}',
                       content_type="application/json")
    # then: each is a 400 that says what is wrong, in Korean
    assert page.status_code == 400
    assert "NUL" in page.content.decode()
    assert api.status_code == 400
    assert api.json() == {"detail": "요청에 쓸 수 없는 문자(NUL)가 들어 있습니다. 입력값을 확인하고 "
                                    "다시 보내세요."}
    assert body.status_code == 400
    # and an ordinary request still passes
    assert client.get("/reference/regions/?q=서울").status_code == 200
