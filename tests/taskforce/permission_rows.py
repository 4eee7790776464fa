"""This app's rows of the permission matrix (tests/test_permissions.py merges them).

PAGES: url name → (path template, status per role); ENDPOINTS: API path → status per role;
SAMPLE_PATH_ARGS: API path → {placeholder: template}. Templates may use the keys of the
matrix's `world` plus those returned by `extend_world(world)` (called once per test)."""

from __future__ import annotations

from typing import Any

ROLES = ["anonymous", "hq", "office_lead", "office_member", "counsellor", "local_gov",
         "reviewer", "partner", "employer"]
# 서울청's staff (the matrix's office roles) and HQ; everyone else as if it did not exist.
OWN_OFFICE = {**dict.fromkeys(ROLES, 404), "hq": 200, "office_lead": 200, "office_member": 200,
              "counsellor": 200, "anonymous": 302}
HQ_ONLY = {**dict.fromkeys(ROLES, 404), "hq": 200, "anonymous": 302}
# The menu entry redirects HQ and office staff to their cockpit.
HOME = {**dict.fromkeys(ROLES, 404), "hq": 302, "office_lead": 302, "office_member": 302,
        "counsellor": 302, "anonymous": 302}
API_OWN_OFFICE = {**dict.fromkeys(ROLES, 404), "hq": 200, "office_lead": 200,
                  "office_member": 200, "counsellor": 200, "anonymous": 401}
API_HQ = {**dict.fromkeys(ROLES, 404), "hq": 200, "anonymous": 401}
API_ALL = {**dict.fromkeys(ROLES, 200), "anonymous": 401}

PAGES: dict[str, tuple[str | None, dict[str, int] | None]] = {
    "taskforce:home": ("/taskforce/", HOME),
    "taskforce:office": ("/taskforce/offices/{office}/", OWN_OFFICE),
    "taskforce:national": ("/taskforce/national/", HQ_ONLY),
    "taskforce:practices": ("/taskforce/practices/", OWN_OFFICE),
    "taskforce:reports": ("/taskforce/reports/", OWN_OFFICE),
    "taskforce:report-download": ("/taskforce/reports/{taskforce_report}/download/",
                                  OWN_OFFICE),
    # POST only: covered in tests/taskforce/test_pages.py
    "taskforce:derive": (None, None),
    "taskforce:target-propose": (None, None),
    "taskforce:target-decide": (None, None),
    "taskforce:meeting-create": (None, None),
    "taskforce:report-request": (None, None),
}
ENDPOINTS: dict[str, dict[str, int]] = {
    "/api/v1/taskforce/offices/{code}/cockpit": API_OWN_OFFICE,
    "/api/v1/taskforce/national": API_HQ,
    "/api/v1/taskforce/targets": API_ALL,
}
SAMPLE_PATH_ARGS: dict[str, dict[str, str]] = {
    "/api/v1/taskforce/offices/{code}/cockpit": {"code": "{office}"},
}


def extend_world(world: dict[str, Any]) -> dict[str, Any]:
    """A finished office report of 서울청 to download."""
    from goyong.taskforce.models import Report

    report = Report.objects.create(scope="office", office_code=world["office"], period="2026",
                                   as_of="2026-04-15", format="xlsx", status="done",
                                   content=b"PK\x03\x04", file_name="r.xlsx")
    return {"taskforce_report": str(report.uuid)}
