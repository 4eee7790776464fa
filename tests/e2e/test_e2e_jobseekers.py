"""The job-seeker registry in a browser: the demo counsellor (서울청) follows the menu to
"구직자" on a phone, sees their centre's seekers with target groups, filters, opens a record
with its groups explained, career and placements; every page passes axe-core and does not
scroll sideways at 375 px."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.e2e.harness import axe_violations, describe_violations
from tests.e2e.test_e2e_pages import horizontal_overflow

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("e2e")]


def check(page: Any, where: str) -> None:
    violations = axe_violations(page)
    assert not violations, describe_violations(where, violations)
    found = horizontal_overflow(page)
    assert found["scrollWidth"] <= found["clientWidth"], (
        f"{where} scrolls sideways at 375px: {found}")
    assert not page.js_errors, page.js_errors


def test_counsellor_lists_filters_and_opens_a_seeker_on_a_phone(page_as: Any) -> None:
    # given the demo counsellor on a phone
    page = page_as("counsellor", width=375, height=740)
    # when they follow the menu to the registry
    page.goto("/")
    page.locator("header nav a", has_text="구직자").first.click()
    page.wait_for_load_state("load")
    # then the list shows their centre's seekers, with target groups
    assert page.url.endswith("/seekers/")
    assert page.locator("h1").inner_text() == "구직자"
    caption = page.locator("main table caption").inner_text()
    assert re.search(r"구직자 \d+명", caption), caption
    rows = page.locator("main table tbody tr")
    assert rows.count() >= 10
    assert page.locator("main table .gy-tag").count() >= 5
    check(page, "seeker list")
    # when they filter to 경력단절여성
    page.select_option("#f-group", "career_break_women")
    page.locator("form.gy-filters button[type=submit]").click()
    page.wait_for_load_state("load")
    # then every row carries that group
    rows = page.locator("main table tbody tr")
    assert rows.count() >= 1
    for i in range(rows.count()):
        assert "경력단절여성" in rows.nth(i).inner_text()
    check(page, "seeker list filtered")
    # when they open the first seeker
    page.locator("main table tbody th a").first.click()
    page.wait_for_load_state("load")
    # then the record explains the groups and shows career and placements
    assert re.search(r"/seekers/[0-9a-f-]{36}/$", page.url), page.url
    main = page.locator("main").inner_text()
    assert "대상 집단" in main and "경력단절여성: " in main and "년" in main
    assert "과거 일자리와 퇴직 사유" in main and "취업과 고용유지" in main
    assert "이 기록을 연 사실은 감사 기록에 남습니다." in main
    check(page, "seeker detail")
    # and the registration form fits the phone too
    page.goto("/seekers/new/")
    assert page.locator("h1").inner_text() == "구직자 등록"
    assert page.locator("input[name=name]").count() == 1
    check(page, "seeker form")
