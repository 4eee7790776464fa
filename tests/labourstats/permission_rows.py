"""This app's rows of the permission matrix (tests/test_permissions.py merges them).

PAGES: url name → (path template, status per role); ENDPOINTS: API path → status per role;
SAMPLE_PATH_ARGS: API path → {placeholder: template}. Templates may use the keys of the
matrix's `world` plus those returned by `extend_world(world)` (called once per test).

The row of `core:job` (the background-job progress page, goyong.core.jobs) lives here too:
the statistics recomputation was its first user."""

from __future__ import annotations

from typing import Any

from goyong.accounts.choices import Role

ROLES = ["anonymous", *[r.value for r in Role]]
ALL = dict.fromkeys(ROLES, 200)
# A job's page: whoever started it (here 서울청's lead) and HQ; others as if it did not exist.
IMPORTERS = {**dict.fromkeys(ROLES, 404), "hq": 200, "office_lead": 200, "anonymous": 302}
# A staged upload: only its uploader (서울청's lead), not even HQ.
UPLOADER = {**dict.fromkeys(ROLES, 404), "office_lead": 200, "anonymous": 302}
JOB_OWNER = {**dict.fromkeys(ROLES, 404), "hq": 200, "office_lead": 200, "anonymous": 302}

PAGES: dict[str, tuple[str | None, dict[str, int] | None]] = {
    "stats:dashboard": ("/stats/", ALL),
    "stats:area": ("/stats/areas/00/", ALL),
    "stats:sido": ("/stats/sido/11/", ALL),
    "stats:gap": ("/stats/gap/", ALL),
    "stats:offices": ("/stats/offices/", ALL),
    "stats:datasets": ("/stats/datasets/", IMPORTERS),
    "stats:upload": ("/stats/datasets/upload/", IMPORTERS),
    "stats:upload-preview": ("/stats/datasets/upload/{upload}/", UPLOADER),
    "core:job": ("/jobs/{job}/", JOB_OWNER),
}
# Published statistics: every signed-in role (bearer token), none anonymously.
API_ALL = {**dict.fromkeys(ROLES, 200), "anonymous": 401}
ENDPOINTS: dict[str, dict[str, int]] = {
    "/api/v1/stats/estimates": API_ALL,
    "/api/v1/stats/gap": API_ALL,
}
SAMPLE_PATH_ARGS: dict[str, dict[str, str]] = {}


def extend_world(world: dict[str, Any]) -> dict[str, Any]:
    from goyong.core.models import BackgroundJob
    from goyong.labourstats.models import PendingUpload

    lead = world["users"]["office_lead"]
    job = BackgroundJob.objects.create(kind="tests.matrix", title="권한 확인용 작업",
                                       started_by=lead)
    upload = PendingUpload.objects.create(
        sha256="0" * 64, file_name="matrix.csv", format="microdata", vintage="published",
        content=b"area,sex,age,status,weight,period\n11010,1,30,1,100,2014H1\n",
        uploaded_by=lead)
    return {"job": str(job.uuid), "upload": str(upload.uuid)}
