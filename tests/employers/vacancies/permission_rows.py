"""This part's rows of the permission matrix (tests/test_permissions.py merges them).

PAGES: url name → (path template, status per role); ENDPOINTS: API path → status per role;
SAMPLE_PATH_ARGS: API path → {placeholder: template}. Templates may use the keys of the
matrix's `world` plus those returned by `extend_world(world)` (called once per test).

The sample: a company under 서울청 (the office of the matrix's staff roles) with one open
vacancy, and the matrix's employer user linked to it."""

from __future__ import annotations

from typing import Any

ROLES = ["anonymous", "hq", "office_lead", "office_member", "counsellor", "local_gov",
         "reviewer", "partner", "employer"]
LOGIN = {**dict.fromkeys(ROLES, 200), "anonymous": 302}
# Post and edit: HQ, the company's office staff and its employer user; others as if missing.
POSTERS = {**dict.fromkeys(ROLES, 404), "hq": 200, "office_lead": 200, "office_member": 200,
           "counsellor": 200, "employer": 200, "anonymous": 302}
OWN_EMPLOYER = {**dict.fromkeys(ROLES, 404), "employer": 200, "anonymous": 302}
API_ALL = {**dict.fromkeys(ROLES, 200), "anonymous": 401}

PAGES: dict[str, tuple[str | None, dict[str, int] | None]] = {
    "employers:vacancies": ("/employers/vacancies/", LOGIN),
    "employers:vacancy-new": ("/employers/vacancies/new/", POSTERS),
    "employers:vacancy": ("/employers/vacancies/{vacancy_uuid}/", LOGIN),
    "employers:vacancy-edit": ("/employers/vacancies/{vacancy_uuid}/edit/", POSTERS),
    "employers:vacancy-status": (None, None),  # POST only: tests/employers/vacancies/test_pages.py
    "employers:company-profile": (
        "/employers/vacancies/companies/{vacancy_company_uuid}/profile/", OWN_EMPLOYER),
}
ENDPOINTS: dict[str, dict[str, int]] = {
    "/api/v1/vacancies": API_ALL,
    "/api/v1/vacancies/{vacancy}": API_ALL,  # an open vacancy: every signed-in role may read it
}
SAMPLE_PATH_ARGS: dict[str, dict[str, str]] = {
    "/api/v1/vacancies/{vacancy}": {"vacancy": "{vacancy_uuid}"},
}


def extend_world(world: dict[str, Any]) -> dict[str, Any]:
    from goyong.employers.models import Company
    from goyong.employers.vacancies import actions
    from tests.employers.vacancies.factories import SEOUL_JONGNO, make_vacancy

    company = Company.objects.create(
        brn="7777700001", name="매트릭스정밀", size_class="small", sigungu_code=SEOUL_JONGNO,
        office_code=world["office"])
    employer = world["users"]["employer"]
    actions.link_employer(employer, company, acting_user=None)
    vacancy = make_vacancy(company, employer)
    return {"vacancy_uuid": str(vacancy.uuid), "vacancy_company_uuid": str(company.uuid)}
