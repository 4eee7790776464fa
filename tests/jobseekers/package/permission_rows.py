"""The package's rows of the permission matrix (tests/test_permissions.py merges them).

PAGES: url name → (path template, status per role); ENDPOINTS: API path → status per role;
SAMPLE_PATH_ARGS: API path → {placeholder: template}. Templates may use the keys of the
matrix's `world` plus those returned by `extend_world(world)` (called once per test).

The sample case belongs to a seeker of 서울청's first centre. The matrix's counsellor has no
centre membership, so like every role outside the office it gets 404 for the case; office
members read but may not enrol."""

from __future__ import annotations

import datetime as dt
from typing import Any

ROLES = ["anonymous", "hq", "office_lead", "office_member", "counsellor", "local_gov",
         "reviewer", "partner", "employer"]
NOBODY = {**dict.fromkeys(ROLES, 404), "anonymous": 302}
STAFF = {**NOBODY, "hq": 200, "office_lead": 200, "office_member": 200, "counsellor": 200}
OFFICE_CASE = {**NOBODY, "hq": 200, "office_lead": 200, "office_member": 200}
CAN_ENROL = {**NOBODY, "hq": 200, "office_lead": 200}
API_NOBODY = {**dict.fromkeys(ROLES, 404), "anonymous": 401}
API_STAFF = {**API_NOBODY, "hq": 200, "office_lead": 200, "office_member": 200,
             "counsellor": 200}
API_OFFICE_CASE = {**API_NOBODY, "hq": 200, "office_lead": 200, "office_member": 200}

PAGES: dict[str, tuple[str | None, dict[str, int] | None]] = {
    "jobseekers:package-caseload": ("/seekers/package/", STAFF),
    "jobseekers:package-funnel": ("/seekers/package/funnel/", STAFF),
    "jobseekers:package-enrol": ("/seekers/package/enrol/{package_seeker}/", CAN_ENROL),
    "jobseekers:package-case": ("/seekers/package/cases/{package_case}/", OFFICE_CASE),
    # POST only: covered in tests/jobseekers/package/test_pages.py
    "jobseekers:package-case-advance": (None, None),
    "jobseekers:package-case-activity": (None, None),
    "jobseekers:package-case-attendance": (None, None),
    "jobseekers:package-case-claim": (None, None),
}
ENDPOINTS: dict[str, dict[str, int]] = {
    "/api/v1/package/cases": API_STAFF,
    "/api/v1/package/cases/{uuid}": API_OFFICE_CASE,
    "/api/v1/package/cases/{uuid}/statement": API_OFFICE_CASE,
    # POST only; a GET answers 405 for everyone signed in (covered in test_api.py)
    "/api/v1/package/cases/{uuid}/transitions": {
        **dict.fromkeys(ROLES, 405), "anonymous": 405},
}
SAMPLE_PATH_ARGS: dict[str, dict[str, str]] = {
    "/api/v1/package/cases/{uuid}": {"uuid": "{package_case}"},
    "/api/v1/package/cases/{uuid}/statement": {"uuid": "{package_case}"},
    "/api/v1/package/cases/{uuid}/transitions": {"uuid": "{package_case}"},
}


def extend_world(world: dict[str, Any]) -> dict[str, Any]:
    from goyong.jobseekers.package import actions
    from goyong.reference.models import Office
    from tests.jobseekers.package.factories import make_seeker

    seoul = Office.objects.get(pk=world["users"]["office_lead"].memberships.first().office_id)
    seeker = make_seeker(seoul)
    case = actions.enrol(seeker, type="I", intake_on=dt.date(2014, 3, 3),
                         acting_user=world["users"]["hq"])
    return {"package_seeker": str(seeker.uuid), "package_case": str(case.uuid)}
