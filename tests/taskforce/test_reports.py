"""Done when: a generated Excel report reads back with openpyxl with the expected sheets and
totals; the PDF's extracted text (pdftotext, Debian poppler-utils) contains the office's
Korean name and figures."""

import datetime as dt
import io
import shutil
import subprocess

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from openpyxl import load_workbook

from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.core import jobs
from goyong.taskforce import actions
from goyong.taskforce.errors import NotPermittedError
from goyong.taskforce.models import Report
from tests.factories import make_user, office_named
from tests.taskforce import sources

pytestmark = pytest.mark.django_db

NAMES = ["서울지방고용노동청", "부산지방고용노동청", "대구지방고용노동청"]
PLACED = [30, 27, 20]


@pytest.fixture
def offices():
    offices = [office_named(n) for n in NAMES]
    for office, placed in zip(offices, PLACED, strict=True):
        actions.set_target(office_code=office.code, period="2026",
                           indicator="placements.verified", value=100, acting_user=None)
        seeker = sources.seeker(office, sex="F", birth_date=dt.date(1999, 1, 1))
        for n in range(placed):
            sources.placement(seeker, dt.date(2026, 1, 2) + dt.timedelta(days=n))
    return offices


def _rows(sheet):
    return list(sheet.iter_rows(values_only=True))


def test_office_excel_has_its_sheets_and_figures(offices, tmp_path):
    # when
    out = tmp_path / "office.xlsx"
    call_command("report", "office", offices[0].code, "--period", "2026", "--as-of",
                 "2026-04-15", "--format", "xlsx", "-o", str(out), stdout=io.StringIO())
    # then
    book = load_workbook(out)
    assert book.sheetnames == ["요약", "지표", "목표", "기여", "회의", "유의사항"]
    summary = {r[0]: r[1] for r in _rows(book["요약"]) if r and r[0]}
    assert summary["관서"] == "서울지방고용노동청"
    assert summary["기간"] == "2026"
    rows = {r[0]: r for r in _rows(book["지표"])[1:]}
    assert rows["placements.verified"][3:8] == (100, 30, 29.5, 101.7, "순항")
    assert rows["placements.verified.women"][4] == 30
    assert rows["placements.verified.youth"][4] == 30
    [area] = _rows(book["기여"])[1:]
    assert area[:3] == ("11", "서울특별시", 30)


def test_national_excel_totals_are_the_sum_of_offices(offices, tmp_path):
    out = tmp_path / "national.xlsx"
    call_command("report", "national", "--period", "2026", "--as-of", "2026-04-15",
                 "--format", "xlsx", "-o", str(out), stdout=io.StringIO())
    book = load_workbook(out)
    assert book.sheetnames == ["요약", "관서별", "지표별 관서 실적", "지표", "경보", "목표", "유의사항"]
    rows = _rows(book["관서별"])
    body, total = rows[1:-1], rows[-1]
    assert total[2] == "전국 합계"
    assert total[3:5] == (300, 77) == (sum(r[3] or 0 for r in body), sum(r[4] for r in body))
    assert [r[2] for r in body[:3]] == NAMES  # ranked by pace
    assert [r[7] for r in body[:3]] == ["순항", "주의", "부진"]
    indicators = _rows(book["지표별 관서 실적"])
    assert indicators[-1][2] == 77
    assert [r[0] for r in _rows(book["경보"])[1:]] == [offices[2].code]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_office_pdf_text_has_the_korean_name_and_figures(offices, tmp_path):
    out = tmp_path / "office.pdf"
    call_command("report", "office", "서울지방고용노동청", "--period", "2026", "--as-of",
                 "2026-04-15", "--format", "pdf", "-o", str(out), stdout=io.StringIO())
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")
    assert "서울지방고용노동청" in text
    assert "확인된 취업자 30명으로 연간 목표 100명의 30%" in text
    assert "계획 대비 102%(순항)" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, check=True).stdout.decode()
    assert "NanumGothic" in fonts and " yes " in fonts  # embedded


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_national_pdf_text_has_offices_and_totals(offices, tmp_path):
    out = tmp_path / "national.pdf"
    call_command("report", "national", "--period", "2026", "--as-of", "2026-04-15",
                 "--format", "pdf", "-o", str(out), stdout=io.StringIO())
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")
    assert "전국 보고서" in text and "대구지방고용노동청" in text
    assert "확인된 취업자 77명으로 연간 목표 300명의 26%" in text


def test_bad_period_is_a_korean_command_error(tmp_path):
    with pytest.raises(CommandError, match="기간 '2026Q1'을\\(를\\) 알 수 없습니다"):
        call_command("report", "national", "--period", "2026Q1", "-o", str(tmp_path / "x"))


def test_reports_are_generated_in_the_background_with_history(
        offices, django_capture_on_commit_callbacks):
    # given a lead asking for the office's PDF
    lead = make_user(Role.OFFICE_LEAD, offices[0])
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        report = actions.request_report(scope="office", office_code=offices[0].code,
                                        period="2026", fmt="pdf",
                                        as_of=dt.date(2026, 4, 15), acting_user=lead)
    assert Report.objects.get().status == "queued"
    # when the worker runs
    assert jobs.run_queued_tasks() == 1
    # then
    report.refresh_from_db()
    assert report.status == "done"
    assert bytes(report.content)[:5] == b"%PDF-"
    assert report.file_name == f"goyong-taskforce-{offices[0].code}-2026-20260415.pdf"
    assert AuditLog.objects.filter(event="taskforce.report.requested").count() == 1
    # and another office's lead may not ask for it
    other = make_user(Role.OFFICE_LEAD, offices[1])
    with pytest.raises(NotPermittedError):
        actions.request_report(scope="office", office_code=offices[0].code, period="2026",
                               fmt="pdf", acting_user=other)
    with pytest.raises(NotPermittedError):
        actions.request_report(scope="national", office_code="", period="2026", fmt="xlsx",
                               acting_user=lead)
    assert Report.objects.count() == 1


def test_scheduled_reports_are_queued_for_every_office_and_the_nation(
        django_capture_on_commit_callbacks):
    from django_tasks_db.models import DBTaskResult

    from goyong.reference import queries as reference

    offices = reference.offices_on(reference.today()).count()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("report", "scheduled", "--period", "2026", "--format", "xlsx",
                     stdout=io.StringIO())
    assert Report.objects.filter(scheduled=True, status="queued").count() == offices + 1
    assert Report.objects.filter(scope="national").count() == 1
    assert DBTaskResult.objects.count() == offices + 1
