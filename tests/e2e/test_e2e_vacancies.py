"""Employer self-service in a browser, on a phone: the demo `employer` of (주)한빛정밀 finds
their vacancies through the menu, tries to post one under the minimum wage and reads the
Korean message that says what to fix, then posts a valid one. Every page passes axe-core and
does not scroll sideways at 375 px."""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.harness import axe_violations, describe_violations
from tests.e2e.test_e2e_pages import horizontal_overflow

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("e2e")]

# 2026 (this platform's "today" in the demo is the real date): 10,320원 × 209 hours.
HANBIT = "(주)한빛정밀"


def check(page: Any, where: str) -> None:
    violations = axe_violations(page)
    assert not violations, describe_violations(where, violations)
    found = horizontal_overflow(page)
    assert found["scrollWidth"] <= found["clientWidth"], (
        f"{where} scrolls sideways at 375px: {found}")
    assert not page.js_errors, page.js_errors


def test_employer_posts_a_vacancy_from_a_phone(page_as: Any) -> None:
    from goyong.employers.vacancies import rules
    from goyong.employers.vacancies.choices import WageBasis
    from goyong.reference.queries import today

    minimum = rules.minimum_amount(WageBasis.MONTHLY, 40, today())
    # given the demo employer on a phone
    page = page_as("employer", width=375, height=740)
    # when they follow the menu to the vacancies
    page.goto("/")
    page.locator("header nav a", has_text="구인").first.click()
    page.wait_for_load_state("load")
    # then they see their own company's ads only
    assert page.url.endswith("/employers/vacancies/")
    companies = set(page.locator("table.gy-table tbody td:nth-child(2)").all_inner_texts())
    assert companies == {HANBIT}
    titles = page.locator("table.gy-table tbody th a").all_inner_texts()
    assert "CNC 선반 기능공" in titles
    check(page, "vacancy list")
    # when they post an ad whose monthly wage is one won under this year's minimum
    page.locator("main a", has_text="구인 등록").first.click()
    page.wait_for_load_state("load")
    check(page, "new vacancy form")
    page.fill("#id_title", "밀링 가공원")
    page.select_option("#id_occupation", label="설치·정비·생산직 (한국고용직업분류 2018 8)")
    page.select_option("#id_wage_basis", "monthly")
    page.fill("#id_wage_amount", str(minimum - 1))
    page.fill("#id_weekly_hours", "40")
    with page.expect_navigation():
        page.locator("form.gy-vac-form button[type=submit]").click()
    # then the form says, in Korean, what the wage must be
    errors = page.locator("#form-errors").inner_text()
    assert f"{minimum:,}원 이상으로 고치세요." in errors
    assert page.locator("#id_wage_amount").get_attribute("aria-invalid") == "true"
    check(page, "new vacancy form with errors")
    # when they correct the wage
    page.fill("#id_wage_amount", str(minimum + 300_000))
    with page.expect_navigation():
        page.locator("form.gy-vac-form button[type=submit]").click()
    # then the new ad is posted and shows on its page and in the list
    assert page.locator("h1").inner_text().startswith("밀링 가공원")
    assert "모집 중" in page.locator("main").inner_text()
    check(page, "vacancy detail")
    page.goto("/employers/vacancies/?q=밀링")
    assert page.locator("table.gy-table tbody th a").all_inner_texts() == ["밀링 가공원"]
