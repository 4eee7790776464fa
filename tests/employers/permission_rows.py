"""This app's rows of the permission matrix (tests/test_permissions.py merges them).

PAGES: url name → (path template, status per role); ENDPOINTS: API path → status per role;
SAMPLE_PATH_ARGS: API path → {placeholder: template}. Templates may use the keys of the
matrix's `world` plus those returned by `extend_world(world)` (called once per test).

Companies part: lists, screening, visits are for staff (HQ and office roles); a company's
page for whoever may see the company (the employer of the matrix is not linked to it)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from goyong.accounts.choices import Role

ROLES = ["anonymous", *[r.value for r in Role]]
STAFF = {**dict.fromkeys(ROLES, 404), "hq": 200, "office_lead": 200, "office_member": 200,
         "counsellor": 200, "anonymous": 302}
API_ALL = {**dict.fromkeys(ROLES, 200), "anonymous": 401}
API_STAFF = {**dict.fromkeys(ROLES, 404), "hq": 200, "office_lead": 200, "office_member": 200,
             "counsellor": 200, "anonymous": 401}

PAGES: dict[str, tuple[str | None, dict[str, int] | None]] = {
    "employers:companies": ("/employers/companies/", STAFF),
    "employers:company": ("/employers/companies/{company}/", STAFF),
    "employers:company-opt-out": (None, None),  # POST only: tests/employers/test_pages.py
    "employers:screening": ("/employers/screening/", STAFF),
    "employers:screening-run": (None, None),  # POST only: tests/employers/test_pages.py
    "employers:youth": ("/employers/youth/", STAFF),
    "employers:potential": ("/employers/potential/", STAFF),
    "employers:visits": ("/employers/visits/", STAFF),
    "employers:visit-new": ("/employers/visits/new/", STAFF),
    "employers:to-visit": ("/employers/to-visit/", STAFF),
}
ENDPOINTS: dict[str, dict[str, int]] = {
    "/api/v1/companies": API_ALL,
    "/api/v1/companies/{brn}": API_STAFF,
    "/api/v1/companies/{brn}/screening": API_STAFF,
}
SAMPLE_PATH_ARGS: dict[str, dict[str, str]] = {
    "/api/v1/companies/{brn}": {"brn": "{company_brn}"},
    "/api/v1/companies/{brn}/screening": {"brn": "{company_brn}"},
}


def extend_world(world: dict[str, Any]) -> dict[str, Any]:
    from goyong.employers.models import ScreeningResult, ScreeningRun
    from tests.employers.factories import make_company

    company = make_company(name="(주)권한확인")
    run = ScreeningRun.objects.create(year=2015, rules_year=2014,
                                      reference_date=dt.date(2014, 12, 31))
    ScreeningResult.objects.create(run=run, company=company, passed=True, youth_friendly=False,
                                   criteria=[{"code": "credit", "kind": "disqualifier",
                                              "passed": True, "value": 8, "threshold": 15}])
    return {"company": str(company.uuid), "company_brn": company.brn}
