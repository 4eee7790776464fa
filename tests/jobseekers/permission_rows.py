"""This app's rows of the permission matrix (tests/test_permissions.py merges them).

PAGES: url name → (path template, status per role); ENDPOINTS: API path → status per role;
SAMPLE_PATH_ARGS: API path → {placeholder: template}. Templates may use the keys of the
matrix's `world` plus those returned by `extend_world(world)` (called once per test).

The sample seeker is registered at 서울청's first centre. The matrix's counsellor belongs to
서울청 without a centre, so, as a counsellor sees only the seekers of their own centre, the
record answers 404 to them like to everyone outside the office."""

from __future__ import annotations

import datetime as dt
from typing import Any

ROLES = ["anonymous", "hq", "office_lead", "office_member", "counsellor", "local_gov", "reviewer",
         "partner", "employer"]
_NONE = dict.fromkeys(ROLES, 404)
# The registry: office staff of any kind (HQ too); a 404 for every other role.
STAFF = {**_NONE, "anonymous": 302, "hq": 200, "office_lead": 200, "office_member": 200,
         "counsellor": 200}
# Registering: counsellors and office leads (and HQ); members read only.
REGISTER = {**STAFF, "office_member": 404}
# The sample record (서울청 centre): HQ and the office's lead and member see it.
RECORD = {**STAFF, "counsellor": 404}
# Changing it: HQ and the office lead.
EDIT = {**RECORD, "office_member": 404}
API_ALL = {**dict.fromkeys(ROLES, 200), "anonymous": 401}
API_RECORD = {**_NONE, "anonymous": 401, "hq": 200, "office_lead": 200, "office_member": 200}

PAGES: dict[str, tuple[str | None, dict[str, int] | None]] = {
    "jobseekers:list": ("/seekers/", STAFF),
    "jobseekers:register": ("/seekers/new/", REGISTER),
    "jobseekers:detail": ("/seekers/{seeker}/", RECORD),
    "jobseekers:edit": ("/seekers/{seeker}/edit/", EDIT),
    "jobseekers:career-add": ("/seekers/{seeker}/career/new/", EDIT),
    "jobseekers:placement-new": ("/seekers/{seeker}/placements/new/", EDIT),
    "jobseekers:retention": ("/seekers/{seeker}/placements/{placement}/retention/1/", EDIT),
}
ENDPOINTS: dict[str, dict[str, int]] = {
    "/api/v1/seekers": API_ALL,
    "/api/v1/seekers/{seeker}": API_RECORD,
    "/api/v1/seekers/{seeker}/placements": API_RECORD,
    "/api/v1/placements": API_ALL,
}
SAMPLE_PATH_ARGS: dict[str, dict[str, str]] = {
    "/api/v1/seekers/{seeker}": {"seeker": "{seeker}"},
    "/api/v1/seekers/{seeker}/placements": {"seeker": "{seeker}"},
}


def extend_world(world: dict[str, Any]) -> dict[str, Any]:
    """A seeker of 서울청's first centre with one placement (retention checks due)."""
    from goyong.jobseekers import actions
    from goyong.reference import queries
    from goyong.reference.models import Office

    office = Office.objects.valid_on(queries.today()).get(code=world["office"])
    centre = queries.centres_of(office, queries.today()).first()
    seeker = actions.register_seeker(
        {"name": "김표본", "birth_date": dt.date(1990, 5, 1), "sex": "F",
         "residence": "서울특별시 종로구", "education": "university"},
        centre=centre, acting_user=None)
    placement = actions.record_placement(
        seeker, {"employer_name": "표본상사", "start_date": queries.today()
                 - dt.timedelta(days=100), "monthly_wage": 2_000_000, "weekly_hours": 40,
                 "insured": True, "source": "referral"}, acting_user=None)
    return {"seeker": str(seeker.uuid), "placement": str(placement.uuid)}
