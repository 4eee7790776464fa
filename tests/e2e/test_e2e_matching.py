"""Wide-area placement in a browser against the demo: the 서울청 counsellor (office A) refers
one of her seekers to a 부산청 vacancy from the seeker's recommended-jobs page; the 부산청
counsellor (office B) finds it in the inbox, accepts it and records the hire with
relocation support; A still gets 404 for B's other seekers and B for A's seeker's record;
the ledger counts the placement for both offices. Every page passes axe-core."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.e2e.harness import axe_violations, describe_violations
from tests.e2e.test_e2e_pages import horizontal_overflow

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("e2e")]

FIND = """
import json
from goyong.accounts.models import User
from goyong.jobseekers.policies import seekers_visible_to
from goyong.matching import adapter
from goyong.matching.models import Referral
from goyong.reference import queries as ref
a = User.objects.get(username="counsellor")
referred = Referral.objects.values("seeker_id")
mine = (seekers_visible_to(a).filter(pk__in=adapter.active_seekers().values("pk"))
        .exclude(pk__in=referred).order_by("pk").first())
theirs = adapter.active_seekers().filter(office_code="13000").order_by("pk").first()
vacancy = adapter.open_vacancies().filter(office_code="12010").order_by("pk").first()
print(json.dumps({"mine": str(mine.uuid), "mine_name": mine.name, "theirs": str(theirs.uuid),
                  "vacancy": str(vacancy.uuid), "today": ref.today().isoformat()}))
"""


def check(page: Any, where: str, narrow: bool = False) -> None:
    violations = axe_violations(page)
    assert not violations, describe_violations(where, violations)
    if narrow:
        found = horizontal_overflow(page)
        assert found["scrollWidth"] <= found["clientWidth"], (
            f"{where} scrolls sideways at 375px: {found}")
    assert not page.js_errors, page.js_errors


def ledger_counts(page: Any) -> tuple[int, int]:
    """(hires out of 서울청, hires into 부산청) on the ledger page."""
    page.goto("/matching/ledger/")
    out = page.locator("tr[data-office='12010'] td[data-col='hires-out']")
    into = page.locator("tr[data-office='13000'] td[data-col='hires-in']")
    return (int(out.inner_text()) if out.count() else 0,
            int(into.inner_text()) if into.count() else 0)


def test_office_a_refers_office_b_accepts_and_the_ledger_counts_both(page_as: Any,
                                                                     live_app: Any) -> None:
    # given a seeker of the 서울청 counsellor's centre and a seeker of 부산청
    ids = json.loads(live_app.goyong("shell", "-c", FIND).strip().splitlines()[-1])
    a = page_as("counsellor")
    before = ledger_counts(a)
    check(a, "ledger")
    # when A opens the seeker's wide-area recommendations and refers her to a 부산청 vacancy
    a.goto(f"/matching/seekers/{ids['mine']}/?scope=wide")
    check(a, "recommended jobs")
    value = a.evaluate("""() => [...document.querySelectorAll('#f-vacancy option')]
        .find(o => o.textContent.startsWith('부산지방고용노동청')).value""")
    a.select_option("#f-vacancy", value)
    with a.expect_navigation():
        a.click("#send-referral")
    # then the referral exists, waiting for 부산청
    assert "/matching/referrals/" in a.url
    assert a.locator("#referral-status").inner_text() == "알선 요청"
    check(a, "referral (sender)")
    # and A still gets 404 for B's other seekers
    assert a.goto(f"/seekers/{ids['theirs']}/").status == 404
    assert a.goto(f"/matching/seekers/{ids['theirs']}/").status == 404

    # when B opens the inbox, the referral, and accepts it
    b = page_as("counsellor2")
    b.goto("/matching/referrals/")
    check(b, "inbox")
    with b.expect_navigation():
        b.locator("main table tbody th a", has_text=ids["mine_name"]).first.click()
    check(b, "referral (receiver)")
    with b.expect_navigation():
        b.click("#accept-referral")
    assert b.locator("#referral-status").inner_text() == "수락"
    referral_url = b.url
    # then B sees the seeker only through the referral
    assert b.goto(f"/seekers/{ids['mine']}/").status == 404
    b.goto(referral_url)
    # when B records the hire with relocation support
    b.fill("#f-start", ids["today"])
    b.locator("label", has_text="이주 지원").click()
    assert b.locator("input[name=relocation]").is_checked()
    with b.expect_navigation():
        b.click("#record-outcome")
    assert b.locator("#referral-status").inner_text() == "채용"
    # then the ledger counts the placement for both offices
    after = ledger_counts(b)
    assert after == (before[0] + 1, before[1] + 1)
    assert ledger_counts(a) == after


def test_matching_pages_on_a_phone(page_as: Any, live_app: Any) -> None:
    # given the 서울청 counsellor on a phone
    ids = json.loads(live_app.goyong("shell", "-c", FIND).strip().splitlines()[-1])
    page = page_as("counsellor", width=375, height=740)
    # when they follow the menu to the referrals and open each matching page
    page.goto("/")
    page.locator("header nav a", has_text="광역 알선").first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/matching/referrals/")
    check(page, "referral inbox", narrow=True)
    for path, heading in [
        ("/matching/seekers/", "추천 일자리"),
        ("/matching/vacancies/", "구인별 추천 구직자"),
        (f"/matching/seekers/{ids['mine']}/?scope=local", "추천 일자리"),
        (f"/matching/vacancies/{ids['vacancy']}/", "추천 구직자"),
        ("/matching/ledger/", "광역 알선 장부"),
        ("/matching/fairs/", "채용박람회"),
    ]:
        page.goto(path)
        # then each page shows its heading, passes axe and does not scroll sideways
        assert heading in page.locator("h1").inner_text()
        check(page, path, narrow=True)
    # and the demo fair has its interview schedule
    page.locator("main table tbody th a").first.click()
    page.wait_for_load_state("load")
    assert page.locator("main table tbody tr").count() >= 1
    check(page, "job fair", narrow=True)
