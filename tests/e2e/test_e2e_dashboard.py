"""The statistics dashboard in a browser: the menu leads to it, the 17 시도 show their values
in the table and on the map, a click on a 시도 opens its trend page; the pages pass axe-core
and do not scroll sideways on a phone."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.e2e.harness import axe_violations, describe_violations
from tests.e2e.test_e2e_pages import PAINTED_JS, horizontal_overflow, links

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("e2e")]

SIDO_POINT_JS = """(el) => {
  const chart = echarts.getInstanceByDom(el);
  const series = chart.getModel().getSeriesByIndex(0);
  const geo = series.coordinateSystem;
  const data = series.getData();
  let best = null;
  for (const region of geo.regions) {
    if (data.indexOfName(region.name) < 0) continue;
    if (region.contain && !region.contain(region.getCenter())) continue;
    const rect = region.getBoundingRect();
    const pieces = region.geometries ? region.geometries.length : 1;
    const size = rect.width * rect.height / pieces;
    if (!best || size > best.size) best = {region, size};
  }
  if (!best) return null;
  const point = geo.dataToPoint(best.region.getCenter());
  return {name: best.region.name, x: point[0], y: point[1]};
}"""


def _shots() -> Path | None:
    where = os.environ.get("GOYONG_E2E_SCREENSHOTS")
    if not where:
        return None
    path = Path(where)
    path.mkdir(parents=True, exist_ok=True)
    return path


def test_dashboard_shows_17_sido_and_a_click_opens_one(new_page: Any) -> None:
    # given a visitor (no login) who follows the menu to the statistics
    page = new_page()
    page.goto("/")
    stats = [p for p in links(page, "header nav a[href]") if p.startswith("/stats/")]
    assert stats, "no statistics page in the menu"
    page.goto(stats[0])
    # then the table lists the 17 시도, each with a 15–64 rate
    rows = page.locator("#gy-stats-table tbody tr")
    assert rows.count() == 17
    seoul = page.locator('#gy-stats-table tr[data-code="11"] td').first.inner_text().strip()
    assert re.fullmatch(r"\d{2}\.\d", seoul), seoul
    assert "출처: 통계청" in page.locator("main").inner_text()
    # and the map is painted
    chart = page.locator("#gy-stats-map")
    page.wait_for_function(
        f"() => {{ const c = document.querySelector('#gy-stats-map canvas');"
        f" return c && ({PAINTED_JS})(c) > 2000; }}", timeout=30_000)
    violations = axe_violations(page)
    assert not violations, describe_violations(stats[0], violations)
    if (shots := _shots()) is not None:
        page.screenshot(path=str(shots / "dashboard-1280.png"), full_page=True)
    # when the pointer rests on a 시도 and clicks it
    box = chart.bounding_box()
    point = chart.evaluate(SIDO_POINT_JS)
    assert box and point, "the map has no 시도 with a value"
    x, y = box["x"] + point["x"], box["y"] + point["y"]
    page.mouse.move(x, y)
    page.locator("#gy-stats-map div", has_text="%").last.wait_for(state="visible")
    with page.expect_navigation():
        page.mouse.click(x, y)
    # then that 시도's trend page opens, with its chart and table
    assert urlsplit(page.url).path == f"/stats/areas/{point['name']}/", page.url
    assert "고용률 추이" in page.locator("h1").inner_text()
    page.locator("#gy-series-chart canvas").first.wait_for(state="attached")
    assert page.locator("table.gy-table tbody tr").count() >= 20
    violations = axe_violations(page)
    assert not violations, describe_violations(page.url, violations)
    if shots is not None:
        page.screenshot(path=str(shots / "area-1280.png"), full_page=True)
    assert not page.js_errors


def test_statistics_pages_fit_a_phone_and_pass_axe(new_page: Any) -> None:
    # given a phone-sized screen
    page = new_page(width=375, height=740)
    for name, path in (("dashboard", "/stats/"), ("area", "/stats/areas/00/"),
                       ("gap", "/stats/gap/"), ("offices", "/stats/offices/")):
        # when each statistics page is shown
        page.goto(path)
        page.wait_for_load_state("load")
        page.wait_for_timeout(500)
        # then nothing sticks out to the side and axe finds nothing serious
        found = horizontal_overflow(page)
        assert found["scrollWidth"] <= found["clientWidth"], f"{path} scrolls sideways: {found}"
        violations = axe_violations(page)
        assert not violations, describe_violations(path, violations)
        if (shots := _shots()) is not None:
            page.screenshot(path=str(shots / f"{name}-375.png"), full_page=True)
    assert not page.js_errors
