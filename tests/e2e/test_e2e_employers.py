"""Companies and 강소기업 screening in a browser: office staff follow the menu to the
companies list, filter it to 서울, open (주)한빛정밀 and read its screening criteria table and
headcount chart; the screening report opens from the menu. Every page passes axe-core, and
the list and the company page do not scroll sideways at 375 px."""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.harness import axe_violations, describe_violations
from tests.e2e.test_e2e_pages import PAINTED_JS, horizontal_overflow

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("e2e")]

HANBIT = "(주)한빛정밀"


def check(page: Any, where: str, *, phone: bool = False) -> None:
    violations = axe_violations(page)
    assert not violations, describe_violations(where, violations)
    if phone:
        found = horizontal_overflow(page)
        assert found["scrollWidth"] <= found["clientWidth"], (
            f"{where} scrolls sideways at 375px: {found}")
    assert not page.js_errors, page.js_errors


def test_office_staff_open_a_companys_screening(page_as: Any) -> None:
    # given the 서울청 task-force lead
    page = page_as("lead")
    # when they follow the menu to the companies and filter for 한빛
    page.goto("/")
    page.locator("header nav a", has_text="기업 발굴").first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/employers/companies/")
    check(page, "companies list")
    page.fill("#f-q", "한빛정밀")
    page.select_option("#f-sido", "11")
    with page.expect_navigation():
        page.locator("form.gy-filters button[type=submit]").click()
    # then 한빛정밀 is listed as a 강소기업
    row = page.locator("#companies-table tbody tr", has_text=HANBIT)
    assert row.count() == 1
    assert "적격" in row.inner_text()
    # when they open it
    with page.expect_navigation():
        row.locator("a").first.click()
    # then every criterion shows with its value, and the headcount chart is painted
    assert page.locator("h1").inner_text() == HANBIT
    criteria = page.locator("#criteria-table tbody tr")
    assert criteria.count() == 11
    assert "2년 이내 임금체불 없음" in criteria.first.inner_text()
    assert "강소기업 적격" in page.locator("main").inner_text()
    page.wait_for_function(
        f"() => {{ const c = document.querySelector('#gy-headcount-chart canvas');"
        f" return c && ({PAINTED_JS})(c) > 500; }}", timeout=30_000)
    check(page, "company page")
    # and the screening report opens from the menu
    page.locator("header nav a", has_text="강소기업 심사").first.click()
    page.wait_for_load_state("load")
    assert page.locator("#failures-table tbody tr").count() == 7
    check(page, "screening report")


def test_hq_on_a_phone_reads_the_list_and_a_company(page_as: Any) -> None:
    # given HQ on a 375 px phone
    page = page_as("hq", width=375, height=740)
    # when they open the companies list and the first company
    page.goto("/employers/companies/?sido=11")
    check(page, "companies list at 375px", phone=True)
    with page.expect_navigation():
        page.locator("#companies-table tbody tr a").first.click()
    # then the company page fits the phone
    assert page.locator("#criteria-table tbody tr").count() == 11
    check(page, "company page at 375px", phone=True)
    page.goto("/employers/to-visit/")
    check(page, "companies to visit at 375px", phone=True)
