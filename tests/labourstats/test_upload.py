"""Web upload with preview: file → dry run → preview (or row errors) → confirm, all or
nothing; the bytes stay on the server between the steps."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.core import jobs
from goyong.core.models import BackgroundJob
from goyong.labourstats.models import Dataset, Estimate, PendingUpload, SurveyPerson
from tests.factories import make_user, office_named
from tests.labourstats.fixtures import kosis_sigungu_areas, kosis_sigungu_csv, microdata_csv

pytestmark = pytest.mark.django_db


def _post(client, data: bytes, name: str = "sigungu_2024H1.csv", fmt: str = "auto",
          vintage: str = "published"):
    return client.post("/stats/datasets/upload/", {
        "file": SimpleUploadedFile(name, data, content_type="text/csv"), "format": fmt,
        "vintage": vintage})


def test_sigungu_export_previews_then_imports_on_confirm(client):
    # given an HQ user and a 228-row 지역별고용조사 export
    hq = make_user(Role.HQ)
    client.force_login(hq)
    areas = kosis_sigungu_areas(dt.date(2024, 4, 1))
    # when uploading it
    response = _post(client, kosis_sigungu_csv())
    # then a preview, nothing imported yet
    pending = PendingUpload.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/stats/datasets/upload/{pending.uuid}/"
    assert (pending.uploaded_by, pending.format, pending.file_name) == (
        hq, "kosis-sigungu", "sigungu_2024H1.csv")
    assert not Dataset.objects.exists()
    page = client.get(response["Location"]).content.decode()
    assert f'data-field="rows">{len(areas)}<' in page
    assert f'data-field="estimates">{len(areas) * 9}<' in page
    assert 'data-field="periods">2024H1<' in page
    assert "1101 서울 종로구" in page
    # when confirming
    done = client.post(response["Location"])
    # then everything is imported once and the staged bytes are gone
    assert done.status_code == 302 and done["Location"] == "/stats/datasets/"
    dataset = Dataset.objects.get()
    assert dataset.estimates_created == len(areas) * 9
    assert Estimate.objects.count() == len(areas) * 9
    assert not PendingUpload.objects.exists()
    assert AuditLog.objects.filter(event="labourstats.upload.staged").count() == 1
    assert AuditLog.objects.filter(event="labourstats.import.completed").count() == 1
    listing = client.get("/stats/datasets/").content.decode()
    assert "sigungu_2024H1.csv" in listing
    sheet = load_workbook(io.BytesIO(client.get("/stats/datasets/?format=xlsx").content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("번호", "파일", "형식")
    assert rows[1][1:3] == ("sigungu_2024H1.csv", "KOSIS 지역별고용조사 시군구")


def test_bad_file_shows_row_errors_and_keeps_nothing(client):
    # given a microdata file with status 4 on its third line
    client.force_login(make_user(Role.HQ))
    data = microdata_csv([("11010", 1, 30, 1, 100.0), ("11010", 2, 40, 4, 90.0)])
    # when
    response = _post(client, data, name="bad.csv")
    # then
    html = response.content.decode()
    assert response.status_code == 400
    assert "bad.csv에서 오류 1건을 찾아 아무것도 가져오지 않았습니다." in html
    assert "경제활동상태는 1(취업), 2(실업), 3(비경제활동) 중 하나여야 합니다." in html
    assert '<td class="gy-num">3</td><td>D</td><td>4</td>' in html
    assert not PendingUpload.objects.exists()
    assert not Dataset.objects.exists() and not SurveyPerson.objects.exists()
    assert not AuditLog.objects.filter(event__startswith="labourstats.").exists()


def test_microdata_upload_leads_to_the_recomputation_job(client,
                                                         django_capture_on_commit_callbacks):
    # given an office lead (allowed to import) with a microdata file
    lead = make_user(Role.OFFICE_LEAD, office_named("서울지방고용노동청"))
    client.force_login(lead)
    rows = [(area, 1 + i % 2, 20 + i % 45, 1 + i % 3, 100.0 + i)
            for i, area in enumerate(["11010", "11020", "11030", "11040"] * 10)]
    preview = _post(client, microdata_csv(rows), fmt="microdata")
    assert 'data-field="persons">40<' in client.get(preview["Location"]).content.decode()
    # when confirming
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(preview["Location"])
    # then the user lands on the job's progress page, which the worker then completes
    job = BackgroundJob.objects.get()
    assert done["Location"] == f"/jobs/{job.uuid}/"
    assert Dataset.objects.get().recompute_job == job
    assert jobs.run_queued_tasks() == 1
    page = client.get(done["Location"]).content.decode()
    assert 'data-status="done"' in page
    assert "2014H1 기간의 추정치" in page
    listing = client.get("/stats/datasets/").content.decode()
    assert 'data-job-status="done"' in listing


def test_others_cannot_upload_or_confirm(client):
    # given an HQ user's staged upload
    hq = make_user(Role.HQ)
    client.force_login(hq)
    staged = _post(client, kosis_sigungu_csv())["Location"]
    # when an office member tries to upload, and another lead to confirm the HQ's file
    member = make_user(Role.OFFICE_MEMBER, office_named("서울지방고용노동청"))
    client.force_login(member)
    refused = _post(client, kosis_sigungu_csv(), name="other.csv")
    lead = make_user(Role.OFFICE_LEAD, office_named("서울지방고용노동청"))
    client.force_login(lead)
    foreign = client.post(staged)
    # then both as if nothing were there, and nothing imported
    assert refused.status_code == 404 and foreign.status_code == 404
    assert PendingUpload.objects.count() == 1
    assert not Dataset.objects.exists()


def test_missing_choices_are_explained(client):
    client.force_login(make_user(Role.HQ))
    response = client.post("/stats/datasets/upload/", {"format": "xls", "vintage": "old"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "형식을 목록에서 고르세요." in html
    assert "자료 시점(발표 당시 또는 개정)을 고르세요." in html
    assert "가져올 CSV 파일을 고르세요." in html
