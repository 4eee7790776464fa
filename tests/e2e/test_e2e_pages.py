"""Every demo role logs in through the form and walks every page its menu offers; each page
answers 200, has a heading, raises no script error and passes axe-core (no serious or critical
violations). Plus: narrow screens, the language switch and the jurisdiction map."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest

from tests.e2e.harness import (
    DEMO_ACCOUNTS,
    axe_violations,
    describe_violations,
    hangul_share,
)

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("e2e")]

# Links a crawler must not follow: they log out, switch language, download or call the API.
NOT_A_PAGE = re.compile(
    r"/accounts/logout/|/i18n/|/api/|/admin/|/export|\.(csv|xlsx|pdf|json|geojson|zip)$")
# How many deeper links (e.g. one office of the office list) to open below each menu page.
DETAIL_LINKS_PER_PAGE = 2


def same_site_path(page: Any, href: str | None) -> str | None:
    """The path (and query) of a link on this site that leads to a page, else None."""
    if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
        return None
    absolute = urljoin(page.url, href)
    here, there = urlsplit(page.url), urlsplit(absolute)
    if (there.scheme, there.netloc) != (here.scheme, here.netloc):
        return None
    path = there.path + (f"?{there.query}" if there.query else "")
    return None if NOT_A_PAGE.search(there.path) else path


def links(page: Any, selector: str) -> list[str]:
    hrefs = page.eval_on_selector_all(selector, "els => els.map(e => e.getAttribute('href'))")
    found: list[str] = []
    for href in hrefs:
        path = same_site_path(page, href)
        if path and path not in found:
            found.append(path)
    return found


def check_page(page: Any, path: str) -> list[str]:
    """Open `path`; return what is wrong with it (empty when all is well)."""
    problems: list[str] = []
    errors_before = len(page.js_errors)
    try:
        response = page.goto(path, wait_until="load")
    except Exception as error:  # a download, a timeout, a broken connection
        return [f"{path}: could not be opened: {str(error).splitlines()[0]}"]
    if response is None or response.status != 200:
        status = response.status if response else "no response"
        return [f"{path}: HTTP {status}"]
    if "/accounts/login/" in urlsplit(page.url).path and "/accounts/login/" not in path:
        return [f"{path}: sent to the login page although logged in"]
    headings = page.locator("h1")
    if headings.count() == 0 or not headings.first.inner_text().strip():
        problems.append(f"{path}: no <h1> heading with text")
    violations = axe_violations(page)
    if violations:
        problems.append(describe_violations(path, violations))
    if len(page.js_errors) > errors_before:
        problems.append(f"{path}: JavaScript errors: {page.js_errors[errors_before:]}")
    return problems


def crawl(page: Any) -> tuple[list[str], list[str]]:
    """Visit every menu page and a few links below each; return (visited, problems)."""
    page.goto("/")
    menu = links(page, "header nav a[href]")
    assert menu, "the header navigation offers no links"
    visited: list[str] = []
    problems: list[str] = []
    for path in menu:
        if path in visited:
            continue
        visited.append(path)
        found = check_page(page, path)
        problems += found
        if found and found[0].endswith(("HTTP 404", "HTTP 500", "HTTP 403")):
            continue
        base = urlsplit(path).path
        if base == "/":
            continue
        below = [p for p in links(page, "main a[href]")
                 if urlsplit(p).path.startswith(base) and urlsplit(p).path != base
                 and p not in visited]
        for detail in below[:DETAIL_LINKS_PER_PAGE]:
            visited.append(detail)
            problems += check_page(page, detail)
    return visited, problems


@pytest.mark.parametrize("username", list(DEMO_ACCOUNTS))
def test_each_role_can_open_every_page_in_its_menu(page_as: Any, username: str) -> None:
    # given a demo account logged in through the form
    page = page_as(username)
    # when it opens every page of its menu and a few below each
    visited, problems = crawl(page)
    # then every page answers, has a heading and passes axe-core
    assert not problems, f"as {username!r}:\n" + "\n".join(problems)
    assert len(visited) >= 2, f"as {username!r} the menu offered only {visited}"
    if username == "hq":
        paths = [urlsplit(p).path for p in visited]
        for wanted in (r"^/reference/offices/[^/]+/$", r"^/reference/regions/",
                       r"^/reference/map/", r"^/audit/"):
            assert any(re.search(wanted, p) for p in paths), (
                f"HQ's crawl did not reach a page matching {wanted}; it visited {visited}")


def test_english_pages_pass_too(page_as: Any) -> None:
    # given HQ, who sees the most pages, switched to English
    page = page_as("hq")
    switch_language(page, "en")
    assert page.locator("html").get_attribute("lang") == "en"
    # when it walks its menu, then every page passes the same checks in English
    _visited, problems = crawl(page)
    assert not problems, "in English, as 'hq':\n" + "\n".join(problems)
    assert page.locator("html").get_attribute("lang") == "en"


def test_anonymous_visitor_can_open_every_public_page(new_page: Any) -> None:
    # given a visitor who has not logged in
    page = new_page()
    # when they open every page of the public menu, and the login form
    _visited, problems = crawl(page)
    problems += check_page(page, "/accounts/login/")
    # then each answers, has a heading and passes axe-core
    assert not problems, "anonymous:\n" + "\n".join(problems)
    assert page.locator("input[name=username]").count() == 1


def test_wrong_password_is_refused_with_a_message(new_page: Any) -> None:
    # given the login form, when a known user types a wrong password
    page = new_page()
    page.goto("/accounts/login/")
    page.fill("input[name=username]", "member")
    page.fill("input[name=password]", "not-the-password")
    with page.expect_navigation():
        page.locator("form:has(input[name=password]) [type=submit]").first.click()
    # then the form comes back with an announced error that says what to do, still accessible
    assert "/accounts/login/" in page.url
    alert = page.locator("main [role=alert]")
    assert alert.count() == 1 and alert.inner_text().strip(), "no role=alert error message"
    assert page.locator("input[name=password]").get_attribute("aria-invalid") == "true"
    violations = axe_violations(page)
    assert not violations, describe_violations("login form with an error", violations)
    assert page.locator("input[name=username]").input_value() == "member"


def horizontal_overflow(page: Any) -> dict[str, Any]:
    return page.evaluate(
        """() => {
          const root = document.documentElement, width = root.clientWidth;
          const wide = [];
          for (const el of document.body.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            if (r.right > width + 1 && r.width > 0) {
              wide.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}` +
                `${el.className && typeof el.className === 'string' ?
                   '.' + el.className.trim().split(/\\s+/).join('.') : ''}` +
                ` right=${Math.round(r.right)}`);
            }
          }
          return {scrollWidth: root.scrollWidth, clientWidth: width, wide: wide.slice(0, 10)};
        }"""
    )


@pytest.mark.parametrize("username", ["lead", "hq", "counsellor", "localgov"])
def test_narrow_screen_has_no_horizontal_scroll(page_as: Any, username: str) -> None:
    # given a user on a 375px-wide phone screen (each role has its own home page)
    page = page_as(username, width=375, height=740)
    page.goto("/reference/offices/")
    own = page.locator("main a[href*='/reference/offices/']", has_text="서울지방고용노동청")
    offices = [p for p in links(page, "main a[href]")
               if re.search(r"^/reference/offices/[^/]+/", urlsplit(p).path)]
    assert offices, "the office list links to no office page"
    own_office = same_site_path(page, own.first.get_attribute("href")) if own.count() else None
    for path in ["/", offices[0], *([own_office] if own_office else [])]:
        # when the page is shown
        page.goto(path)
        page.wait_for_load_state("load")
        # then nothing sticks out to the side
        found = horizontal_overflow(page)
        assert found["scrollWidth"] <= found["clientWidth"], (
            f"{path} scrolls sideways at 375px: {found}")


def switch_language(page: Any, code: str) -> None:
    """Pick a language with the switch in the header, as a person would."""
    form = "header form[action*='i18n']"
    button = page.locator(f"{form} [name=language][value={code}]")
    if button.count():
        with page.expect_navigation():
            button.first.click()
    else:
        with page.expect_navigation():
            page.locator(f"{form} select[name=language]").first.select_option(code)
            submit = page.locator(f"{form} [type=submit]")
            if submit.count() and submit.first.is_visible():
                submit.first.click()
    page.wait_for_load_state("load")


def test_language_switch_shows_english(new_page: Any) -> None:
    # given the home page in Korean, the default
    page = new_page()
    page.goto("/")
    assert page.locator("html").get_attribute("lang") == "ko"
    korean_menu = page.locator("header nav").inner_text()
    korean_heading = page.locator("h1").first.inner_text()
    assert hangul_share(korean_menu) > 0.5
    # when the visitor picks English in the header
    switch_language(page, "en")
    # then the same page speaks English, and keeps doing so on the next page
    assert urlsplit(page.url).path == "/"
    assert page.locator("html").get_attribute("lang") == "en"
    english_menu = page.locator("header nav").inner_text()
    assert hangul_share(english_menu) < 0.1, f"menu still Korean: {english_menu!r}"
    assert page.locator("h1").first.inner_text() != korean_heading
    page.goto("/reference/offices/")
    assert page.locator("html").get_attribute("lang") == "en"


# ECharts internals (stable since 5.x): the map series' geo coordinate system knows each
# region's centre in map coordinates and turns it into pixels of the chart. Picks the largest
# 시군구 that has an office and whose centre lies inside it.
REGION_POINT_JS = """(el) => {
  const chart = echarts.getInstanceByDom(el);
  const series = chart.getModel().getSeriesByIndex(0);
  const geo = series.coordinateSystem;
  const data = series.getData();
  let best = null;
  for (const region of geo.regions) {
    const idx = data.indexOfName(region.name);
    const item = idx >= 0 ? data.getRawDataItem(idx) : null;
    if (!item || !item.info) continue;
    // The centre of a coast with islands can lie in the sea: only points inside the region.
    if (region.contain && !region.contain(region.getCenter())) continue;
    const rect = region.getBoundingRect();
    // Prefer one piece of land over a scatter of islands (a tidier tooltip in the picture).
    const pieces = region.geometries ? region.geometries.length : 1;
    const size = rect.width * rect.height / pieces;
    if (!best || size > best.size) best = {region, size};
  }
  if (!best) return null;
  const point = geo.dataToPoint(best.region.getCenter());
  return {name: best.region.name, x: point[0], y: point[1]};
}"""

PAINTED_JS = """(canvas) => {
  const ctx = canvas.getContext('2d');
  if (!ctx || !canvas.width || !canvas.height) return 0;
  const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  let coloured = 0;
  for (let i = 0; i < pixels.length; i += 4 * 7) {
    const [r, g, b, a] = [pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]];
    if (a > 0 && !(r > 245 && g > 245 && b > 245)) coloured++;
  }
  return coloured;
}"""


def open_map(page: Any) -> Any:
    page.goto("/")
    map_links = [p for p in links(page, "header nav a[href]") if "map" in p]
    assert map_links, "no map page in the menu"
    page.goto(map_links[0])
    chart = page.locator("[_echarts_instance_]").first
    chart.wait_for(state="visible")
    canvas = chart.locator("canvas").first
    canvas.wait_for(state="attached")
    page.wait_for_function(
        f"() => {{ const c = document.querySelector('[_echarts_instance_] canvas');"
        f" return c && ({PAINTED_JS})(c) > 2000; }}",
        timeout=30_000,
    )
    return chart


def test_map_renders_and_a_click_on_a_sigungu_opens_its_office(page_as: Any) -> None:
    # given HQ on the jurisdiction map
    page = page_as("hq")
    chart = open_map(page)
    box = chart.bounding_box()
    assert box and box["width"] > 250 and box["height"] > 250, f"map is too small: {box}"
    point = chart.evaluate(REGION_POINT_JS)
    assert point, "the map has no 시군구 with an office"
    x, y = box["x"] + point["x"], box["y"] + point["y"]
    # when the pointer rests on a 시군구, a tooltip names it and its office
    page.mouse.move(x, y)
    label = chart.get_attribute("data-label-office") or ""
    tooltip = page.locator("[_echarts_instance_] div", has_text=re.compile(re.escape(label) or r"\S"))
    tooltip.last.wait_for(state="visible")
    # and when it is clicked
    with page.expect_navigation():
        page.mouse.click(x, y)
    # then the office's page opens
    assert re.search(r"/reference/offices/[^/]+/", urlsplit(page.url).path), page.url
    assert page.locator("h1").first.inner_text().strip()
    assert not page.js_errors


def test_readme_screenshot(page_as: Any, tmp_path: Path) -> None:
    """The map as HQ sees it; GOYONG_SCREENSHOT_DIR=docs/img keeps it for the README."""
    page = page_as("hq", width=1280, height=860)
    chart = open_map(page)
    page.wait_for_timeout(500)  # let ECharts finish its entry animation
    # Rest the pointer on a 시군구 so that the picture shows its tooltip.
    box, point = chart.bounding_box(), chart.evaluate(REGION_POINT_JS)
    if box and point:
        page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
        page.wait_for_timeout(400)
    target = Path(os.environ.get("GOYONG_SCREENSHOT_DIR") or tmp_path) / "map.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 10_000


def test_first_tab_reaches_a_skip_link_to_the_content(new_page: Any) -> None:
    # given a keyboard user on the home page
    page = new_page()
    page.goto("/")
    # when they press Tab once
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => ({href: document.activeElement.getAttribute('href'),"
        " text: document.activeElement.innerText})")
    # then a visible link leads past the header to the main content
    assert focused["href"] and focused["href"].startswith("#"), focused
    assert focused["text"].strip(), focused
    page.keyboard.press("Enter")
    target = focused["href"][1:]
    inside = page.evaluate(
        "(id) => { const t = document.getElementById(id);"
        " return !!t && (t === document.activeElement || t.contains(document.activeElement)); }",
        target,
    )
    assert inside, f"Enter on the skip link did not move focus into #{target}"
