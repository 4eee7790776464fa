"""Constants and helpers shared by the browser tests (fixtures live in conftest.py)."""

from __future__ import annotations

import re
from typing import Any

import pytest

DEMO_PASSWORD = "goyong-demo-2014"
# username -> the role it demonstrates (the lead's contract for `goyong demo`)
DEMO_ACCOUNTS = {
    "hq": "hq",
    "lead": "office_lead",
    "member": "office_member",
    "counsellor": "counsellor",
    "counsellor2": "counsellor",
    "localgov": "local_gov",
    "reviewer": "reviewer",
    "partner": "partner",
    "employer": "employer",
}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]
# axe-core rule sets: WCAG 2.0/2.1/2.2 A and AA (KWCAG 2.2 follows WCAG 2.1) and axe's best
# practices. Only serious and critical findings fail a test.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
FAILING_IMPACTS = {"serious", "critical"}
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def axe_script() -> str:
    """axe-core as bundled by axe-playwright-python (MPL-2.0, see its package)."""
    from axe_playwright_python.sync_playwright import Axe

    return str(Axe().axe_script)


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """Serious and critical axe-core violations on the page as it is now."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(axe_script())
    results = page.evaluate(
        "async (tags) => await axe.run(document, "
        "{runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        AXE_TAGS,
    )
    return [v for v in results["violations"] if v.get("impact") in FAILING_IMPACTS]


def describe_violations(where: str, violations: list[dict[str, Any]]) -> str:
    lines = [f"{where}: {len(violations)} serious/critical accessibility violation(s)"]
    for violation in violations:
        lines.append(f"  [{violation['impact']}] {violation['id']}: {violation['help']}")
        lines.append(f"      {violation['helpUrl']}")
        for node in violation["nodes"][:5]:
            target = " ".join(str(t) for t in node.get("target", []))
            lines.append(f"      at {target}")
            summary = (node.get("failureSummary") or "").replace("\n", " / ")
            if summary:
                lines.append(f"         {summary[:300]}")
            html = (node.get("html") or "").replace("\n", " ")
            if html:
                lines.append(f"         {html[:200]}")
        if len(violation["nodes"]) > 5:
            lines.append(f"      … and {len(violation['nodes']) - 5} more")
    return "\n".join(lines)


def hangul_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if HANGUL.match(c)) / len(letters)


def log_in(page: Any, username: str, password: str = DEMO_PASSWORD) -> None:
    """Log in through the login form, as a person would."""
    page.goto("/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    with page.expect_navigation():
        page.locator("form:has(input[name=password]) [type=submit]").first.click()
    if "/accounts/login/" in page.url:
        text = page.locator("main").inner_text()
        pytest.fail(f"logging in as {username!r} failed; the page says:\n{text[:500]}")


