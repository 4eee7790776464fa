"""The permission matrix: every page and API endpoint, for every role (CONVENTIONS.md).

A new URL fails `test_matrix_covers_every_url` until its row is added here, so no page can
ship without someone deciding who may open it."""

from __future__ import annotations

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from goyong.accounts import actions
from goyong.accounts.choices import Role
from goyong.api.urls import api
from tests.employers import permission_rows as employers_rows
from tests.employers.vacancies import permission_rows as vacancies_rows
from tests.factories import make_user, office_named
from tests.jobseekers import permission_rows as jobseekers_rows
from tests.jobseekers.package import permission_rows as package_rows
from tests.labourstats import permission_rows as labourstats_rows
from tests.matching import permission_rows as matching_rows
from tests.taskforce import permission_rows as taskforce_rows

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", *[r.value for r in Role]]
ALL = dict.fromkeys(ROLES, 200)
LOGIN = {**dict.fromkeys(ROLES, 200), "anonymous": 302}
HQ_ONLY = {**dict.fromkeys(ROLES, 404), "hq": 200, "anonymous": 302}
# Own office's pages: HQ and the office's staff; everyone else as if it did not exist.
OWN_OFFICE = {**dict.fromkeys(ROLES, 404), "hq": 200, "office_lead": 200, "office_member": 200,
              "counsellor": 200, "anonymous": 302}
API_ALL = {**dict.fromkeys(ROLES, 200), "anonymous": 401}

# url name → (path template, expected status per role). {office} is 서울청 (the staff
# roles below belong to it), {staff} a counsellor of 서울청.
PAGES = {
    "core:home": ("/", ALL),
    "healthz": ("/healthz", dict.fromkeys(ROLES, 503)),  # no worker runs in unit tests
    "accounts:login": ("/accounts/login/", {**ALL, **{r.value: 302 for r in Role}}),
    "accounts:logout": (None, None),  # POST only: covered in tests/accounts
    "accounts:office-staff": ("/accounts/offices/{office}/staff/", OWN_OFFICE),
    "accounts:user": ("/accounts/users/{staff}/", OWN_OFFICE),
    "reference:offices": ("/reference/offices/", ALL),
    "reference:office": ("/reference/offices/{office}/", ALL),
    "reference:regions": ("/reference/regions/", ALL),
    "reference:regions-csv": ("/reference/regions.csv", ALL),
    "reference:map": ("/reference/map/", ALL),
    "reference:map-table": ("/reference/map/table/", ALL),
    "reference:map-data": ("/reference/map/data.json", ALL),
    "audit:log": ("/audit/", HQ_ONLY),
    "audit:export": ("/audit/export.csv", HQ_ONLY),
    "set_language": (None, None),  # Django's POST-only language switch
}
ENDPOINTS = {
    "/api/v1/me": API_ALL,
    "/api/v1/regions": API_ALL,
    "/api/v1/regions/{code}/office": API_ALL,
    "/api/v1/offices": API_ALL,
    "/api/v1/offices/{code}": API_ALL,
}
SAMPLE_PATH_ARGS = {"/api/v1/regions/{code}/office": {"code": "1101"},
                    "/api/v1/offices/{code}": {"code": "{office}"}}
# Each domain app keeps its own rows beside its tests (so that its pages are decided there).
APP_ROWS = [labourstats_rows, jobseekers_rows, package_rows, employers_rows, vacancies_rows,
            matching_rows, taskforce_rows]
for _rows in APP_ROWS:
    assert not set(_rows.PAGES) & set(PAGES), _rows.__name__
    PAGES.update(_rows.PAGES)
    ENDPOINTS.update(_rows.ENDPOINTS)
    SAMPLE_PATH_ARGS.update(_rows.SAMPLE_PATH_ARGS)


def _named_urls(resolver: URLResolver, prefix: str = "") -> set[str]:
    names: set[str] = set()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace == "api":
                continue  # the API is walked through its OpenAPI paths below
            ns = f"{prefix}{entry.namespace}:" if entry.namespace else prefix
            names |= _named_urls(entry, ns)
        elif isinstance(entry, URLPattern) and entry.name:
            names.add(prefix + entry.name)
    return names


def test_matrix_covers_every_url():
    assert _named_urls(get_resolver()) == set(PAGES)
    spec_paths = set(api.get_openapi_schema()["paths"])
    assert spec_paths == set(ENDPOINTS)


@pytest.fixture
def world():
    seoul = office_named("서울지방고용노동청")
    busan = office_named("부산지방고용노동청")
    users = {role.value: make_user(role.value, seoul if role.value in
                                   {"office_lead", "office_member", "counsellor"} else None,
                                   username=f"matrix-{role.value}")
             for role in Role}
    staff = make_user(Role.COUNSELLOR, seoul, username="matrix-staff")
    world = {"office": seoul.code, "staff": str(staff.uuid), "users": users, "busan": busan}
    for rows in APP_ROWS:
        world.update(rows.extend_world(world))
    return world


@pytest.mark.parametrize("name", sorted(n for n, (p, _e) in PAGES.items() if p))
def test_page_status_for_every_role(client, world, name):
    path_template, expected = PAGES[name]
    path = path_template.format(**world)
    got = {}
    for role in ROLES:
        client.logout()
        if role != "anonymous":
            client.force_login(world["users"][role])
        got[role] = client.get(path).status_code
    assert got == expected


@pytest.mark.parametrize("path_template", sorted(ENDPOINTS))
def test_endpoint_status_for_every_role(client, world, path_template):
    args = {k: v.format(**world) for k, v in SAMPLE_PATH_ARGS.get(path_template, {}).items()}
    path = path_template.format(**args)
    tokens = {role: actions.create_api_token(user, "matrix", acting_user=user)[1]
              for role, user in world["users"].items()}
    got = {}
    for role in ROLES:
        headers = {"HTTP_AUTHORIZATION": f"Bearer {tokens[role]}"} if role != "anonymous" else {}
        got[role] = client.get(path, **headers).status_code
    assert got == ENDPOINTS[path_template]


def test_counsellor_of_another_office_gets_404_for_office_records(client, world):
    # given a counsellor of 부산청
    other = make_user(Role.COUNSELLOR, world["busan"], username="matrix-busan")
    client.force_login(other)
    # when / then: 서울청's staff list and staff records look like they do not exist
    assert client.get(f"/accounts/offices/{world['office']}/staff/").status_code == 404
    assert client.get(f"/accounts/users/{world['staff']}/").status_code == 404
