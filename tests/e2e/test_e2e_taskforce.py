"""The task-force cockpits in a browser: the demo `lead` follows the menu to 서울청's cockpit,
`hq` to the national cockpit, and opens an office from the ranking; every page passes axe-core
and does not scroll sideways on a 375 px phone."""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.harness import axe_violations, describe_violations
from tests.e2e.test_e2e_pages import horizontal_overflow, links

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("e2e")]


def _menu_path(page: Any) -> str:
    found = [p for p in links(page, "header nav a[href]") if p.startswith("/taskforce/")]
    assert found, "no task-force entry in the menu"
    return found[0]


def _check(page: Any, where: str) -> None:
    violations = axe_violations(page)
    assert not violations, describe_violations(where, violations)
    assert not page.js_errors, page.js_errors


def test_lead_opens_the_office_cockpit(page_as: Any) -> None:
    # given the demo task-force lead of 서울청
    page = page_as("lead")
    page.goto("/")
    # when the lead follows the menu
    path = _menu_path(page)
    page.goto(path)
    # then 서울청's cockpit shows the gap, the indicators, what to report and the meetings
    main = page.locator("main")
    assert "서울지방고용노동청 추진단 현황판" in page.locator("h1").inner_text()
    text = main.inner_text()
    for wanted in ("우리 격차", "본부에 보고할 사항", "지표와 진도", "점검회의와 워크숍", "기여 장부"):
        assert wanted in text, wanted
    assert page.locator('tr[data-indicator="placements.verified"]').count() == 1
    assert page.locator("#meetings details").count() >= 3
    _check(page, path)
    # and the good-practice library opens from it
    page.goto("/taskforce/practices/")
    assert page.locator("article[data-practice]").count() >= 1
    _check(page, "/taskforce/practices/")


def test_hq_opens_the_national_cockpit_and_an_office(page_as: Any) -> None:
    page = page_as("hq")
    page.goto("/")
    path = _menu_path(page)
    page.goto(path)
    assert "전국 추진단 현황판" in page.locator("h1").inner_text()
    rows = page.locator("tr[data-office]")
    assert rows.count() >= 40
    assert "관서의 목표 변경 제안" in page.locator("main").inner_text()
    _check(page, path)
    with page.expect_navigation():
        rows.first.locator("th a").click()
    assert "추진단 현황판" in page.locator("h1").inner_text()
    _check(page, page.url)


@pytest.mark.parametrize("username,path", [("lead", "/taskforce/"), ("hq", "/taskforce/national/"),
                                           ("hq", "/taskforce/reports/")])
def test_cockpits_fit_a_phone(page_as: Any, username: str, path: str) -> None:
    page = page_as(username, width=375, height=740)
    page.goto(path)
    page.wait_for_load_state("load")
    found = horizontal_overflow(page)
    assert found["scrollWidth"] <= found["clientWidth"], (
        f"{path} scrolls sideways at 375px: {found}")
    _check(page, f"{path} at 375px")
