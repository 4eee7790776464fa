"""This app's rows of the permission matrix (tests/test_permissions.py merges them).

PAGES: url name → (path template, status per role); ENDPOINTS: API path → status per role;
SAMPLE_PATH_ARGS: API path → {placeholder: template}. Templates may use the keys of the
matrix's `world` plus those returned by `extend_world(world)` (called once per test).

The samples: a seeker of 서울청's first centre (the matrix's counsellor has no centre, so
the seeker answers 404 to them as the registry says), an open vacancy under 서울청 and one
under 부산청, a wide-area referral of the seeker to the 부산청 vacancy, a job fair of 서울청."""

from __future__ import annotations

import datetime as dt
from typing import Any

ROLES = ["anonymous", "hq", "office_lead", "office_member", "counsellor", "local_gov", "reviewer",
         "partner", "employer"]
_NONE = dict.fromkeys(ROLES, 404)
STAFF = {**_NONE, "anonymous": 302, "hq": 200, "office_lead": 200, "office_member": 200,
         "counsellor": 200}
SEEKER = {**STAFF, "counsellor": 404}  # the registry's rule: counsellors see their centre's
API_STAFF = {**_NONE, "anonymous": 401, "hq": 200, "office_lead": 200, "office_member": 200,
             "counsellor": 200}
API_SEEKER = {**API_STAFF, "counsellor": 404}
API_ALL = {**dict.fromkeys(ROLES, 200), "anonymous": 401}
POST_ONLY = dict.fromkeys(ROLES, 405)

PAGES: dict[str, tuple[str | None, dict[str, int] | None]] = {
    "matching:seekers": ("/matching/seekers/", STAFF),
    "matching:vacancies": ("/matching/vacancies/", STAFF),
    "matching:seeker-jobs": ("/matching/seekers/{m_seeker}/", SEEKER),
    "matching:vacancy-seekers": ("/matching/vacancies/{m_vacancy}/", STAFF),
    "matching:referrals": ("/matching/referrals/", STAFF),
    "matching:referral": ("/matching/referrals/{m_referral}/", STAFF),
    "matching:ledger": ("/matching/ledger/", STAFF),
    "matching:fairs": ("/matching/fairs/", STAFF),
    "matching:fair": ("/matching/fairs/{m_fair}/", STAFF),
    "matching:runs": ("/matching/runs/", STAFF),
    # POST only: covered in tests/matching/test_pages.py
    "matching:seeker-refresh": (None, None),
    "matching:vacancy-refresh": (None, None),
    "matching:referral-new": (None, None),
    "matching:referral-act": (None, None),
    "matching:fair-assign": (None, None),
}
ENDPOINTS: dict[str, dict[str, int]] = {
    "/api/v1/matching/seekers/{seeker}/jobs": API_SEEKER,
    "/api/v1/matching/seekers/{seeker}/refresh": POST_ONLY,
    "/api/v1/matching/vacancies/{vacancy}/seekers": API_STAFF,
    "/api/v1/matching/referrals": API_ALL,
    "/api/v1/matching/referrals/{referral}": API_STAFF,
    "/api/v1/matching/referrals/{referral}/transition": POST_ONLY,
    "/api/v1/matching/ledger": API_STAFF,
    "/api/v1/matching/fairs": API_ALL,
    "/api/v1/matching/fairs/{fair}": API_STAFF,
    "/api/v1/matching/fairs/{fair}/assign": POST_ONLY,
    "/api/v1/matching/runs": API_STAFF,
}
SAMPLE_PATH_ARGS: dict[str, dict[str, str]] = {
    "/api/v1/matching/seekers/{seeker}/jobs": {"seeker": "{m_seeker}"},
    "/api/v1/matching/seekers/{seeker}/refresh": {"seeker": "{m_seeker}"},
    "/api/v1/matching/vacancies/{vacancy}/seekers": {"vacancy": "{m_vacancy}"},
    "/api/v1/matching/referrals/{referral}": {"referral": "{m_referral}"},
    "/api/v1/matching/referrals/{referral}/transition": {"referral": "{m_referral}"},
    "/api/v1/matching/fairs/{fair}": {"fair": "{m_fair}"},
    "/api/v1/matching/fairs/{fair}/assign": {"fair": "{m_fair}"},
}


def extend_world(world: dict[str, Any]) -> dict[str, Any]:
    from goyong.jobseekers import actions as seeker_actions
    from goyong.matching import actions
    from goyong.reference import queries
    from goyong.reference.models import Office
    from tests.employers.vacancies.factories import BUSAN_JUNG, make_company, make_vacancy

    office = Office.objects.valid_on(queries.today()).get(code=world["office"])
    centre = queries.centres_of(office, queries.today()).first()
    seeker = seeker_actions.register_seeker(
        {"name": "박매칭", "birth_date": dt.date(1992, 3, 1), "sex": "M",
         "residence": "서울특별시 종로구", "education": "high", "desired_occupations": ["13"],
         "willing_to_relocate": True}, centre=centre, acting_user=None)
    hq = world["users"]["hq"]
    seoul = make_vacancy(make_company("매칭서울식당"), hq)
    busan = make_vacancy(make_company("매칭부산식당", office="부산지방고용노동청",
                                      sigungu=BUSAN_JUNG), hq)
    referral = actions.send_referral(seeker, busan, acting_user=None)
    fair = actions.create_fair(office_code=world["office"], name="매트릭스 박람회",
                               held_on=queries.today(), acting_user=None)
    return {"m_seeker": str(seeker.uuid), "m_vacancy": str(seoul.uuid),
            "m_referral": str(referral.uuid), "m_fair": str(fair.uuid)}
