"""The survey-period dashboard in a browser: the demo's synthetic 2014H2 microdata gives the
17 시도 and, with a click on the map, one 시도's 시군구 (choropleth and table, direct and
small-area estimates); the HQ dataset list shows the synthetic import. axe-core and a phone
width on each page."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.e2e.harness import axe_violations, describe_violations
from tests.e2e.test_e2e_dashboard import SIDO_POINT_JS
from tests.e2e.test_e2e_pages import PAINTED_JS, horizontal_overflow

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("e2e")]


def test_survey_period_drills_down_from_sido_to_sigungu(new_page: Any) -> None:
    # given a visitor on the dashboard for the synthetic half-year 2014H2, youth rates
    page = new_page()
    page.goto("/stats/?period=2014H2&metric=rate_youth")
    main = page.locator("main").inner_text()
    assert "합성 자료 (synthetic)" in main
    assert "공개 화면입니다" in main
    # the 16 시도 of the synthetic data have a youth rate (세종 has no 2013–2014 figure)
    values = [page.locator(f'#gy-stats-table tr[data-code="{c}"] td').nth(2).inner_text()
              for c in ("11", "21", "38")]
    assert all(v.strip().replace(".", "").isdigit() for v in values), values
    page.wait_for_function(
        f"() => {{ const c = document.querySelector('#gy-stats-map canvas');"
        f" return c && ({PAINTED_JS})(c) > 2000; }}", timeout=30_000)
    # when clicking a 시도 on the map
    chart = page.locator("#gy-stats-map")
    box = chart.bounding_box()
    point = chart.evaluate(SIDO_POINT_JS)
    assert box and point
    with page.expect_navigation():
        page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    # then its 시군구 page opens for the same period and metric, map painted, table filled
    url = urlsplit(page.url)
    assert url.path == f"/stats/sido/{point['name']}/", page.url
    assert "period=2014H2" in url.query and "metric=rate_youth" in url.query
    assert "시군구별 고용률" in page.locator("h1").inner_text()
    page.wait_for_function(
        f"() => {{ const c = document.querySelector('#gy-stats-map canvas');"
        f" return c && ({PAINTED_JS})(c) > 2000; }}", timeout=30_000)
    rows = page.locator("#gy-sido-table tbody tr")
    assert rows.count() >= 1
    shown = {rows.nth(i).get_attribute("data-shown") for i in range(rows.count())}
    assert shown <= {"direct", "model", "suppressed"}
    assert "합성 자료 (synthetic)" in page.locator("main").inner_text()
    violations = axe_violations(page)
    assert not violations, describe_violations(page.url, violations)
    assert not page.js_errors


def test_survey_pages_fit_a_phone_and_pass_axe(new_page: Any, page_as: Any) -> None:
    page = new_page(width=375, height=740)
    for path in ("/stats/?period=2014H2", "/stats/sido/11/?period=2014H2",
                 "/stats/gap/?period=2014H2", "/stats/areas/11/"):
        page.goto(path)
        page.wait_for_load_state("load")
        page.wait_for_timeout(500)
        found = horizontal_overflow(page)
        assert found["scrollWidth"] <= found["clientWidth"], f"{path} scrolls sideways: {found}"
        violations = axe_violations(page)
        assert not violations, describe_violations(path, violations)
    hq = page_as("hq", width=375, height=740)
    hq.goto("/stats/datasets/")
    assert "합성 자료 (synthetic)" in hq.locator("#gy-datasets, main").first.inner_text()
    for path in ("/stats/datasets/", "/stats/datasets/upload/"):
        hq.goto(path)
        hq.wait_for_load_state("load")
        found = horizontal_overflow(hq)
        assert found["scrollWidth"] <= found["clientWidth"], f"{path} scrolls sideways: {found}"
        violations = axe_violations(hq)
        assert not violations, describe_violations(path, violations)
    assert not page.js_errors and not hq.js_errors
