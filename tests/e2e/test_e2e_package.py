"""The Employment Success Package in a browser: the demo counsellor follows the menu to
"내 사례" on a phone, sees the overdue cases, next actions and today's appointments, opens a
case with its stage actions and allowance statement; HQ opens the funnel report. Every page
passes axe-core and does not scroll sideways at 375 px."""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.harness import axe_violations, describe_violations
from tests.e2e.test_e2e_pages import horizontal_overflow

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("e2e")]


def check(page: Any, where: str, narrow: bool = True) -> None:
    violations = axe_violations(page)
    assert not violations, describe_violations(where, violations)
    if narrow:
        found = horizontal_overflow(page)
        assert found["scrollWidth"] <= found["clientWidth"], (
            f"{where} scrolls sideways at 375px: {found}")
    assert not page.js_errors, page.js_errors


def test_counsellor_opens_caseload_and_a_case_on_a_phone(page_as: Any) -> None:
    # given the demo counsellor on a phone
    page = page_as("counsellor", width=375, height=740)
    # when they follow the menu to their cases
    page.goto("/")
    page.locator("header nav a", has_text="내 사례").first.click()
    page.wait_for_load_state("load")
    # then the caseload shows the overdue cases, today's appointments and next actions
    assert page.url.endswith("/seekers/package/")
    assert page.locator("h1").inner_text() == "내 사례"
    main = page.locator("main").inner_text()
    for heading in ("기한을 넘긴 사례", "오늘 약속", "다음 할 일"):
        assert heading in main
    assert page.locator("table").first.locator("tbody tr").count() >= 1
    check(page, "caseload")
    # when they open the most overdue case
    page.locator("main table tbody th a").first.click()
    page.wait_for_load_state("load")
    # then the case shows its stage, the stage actions and the allowance statement
    assert "/seekers/package/cases/" in page.url
    main = page.locator("main").inner_text()
    assert "단계 기한" in main and "수당 내역서" in main and "지급 대장" in main
    assert page.locator("form[action$='/advance/'] button").count() >= 1
    check(page, "case detail")


def test_hq_opens_the_funnel_report(page_as: Any) -> None:
    page = page_as("hq")
    page.goto("/")
    page.locator("header nav a", has_text="패키지 단계별 현황").first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/seekers/package/funnel/")
    assert page.locator("main table tbody tr").count() >= 10
    check(page, "funnel", narrow=False)
