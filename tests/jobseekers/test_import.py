import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from openpyxl import Workbook

from goyong.audit.models import AuditLog
from goyong.jobseekers import actions
from goyong.jobseekers.models import JobSeeker
from tests.jobseekers.helpers import SEOUL, centre_of

pytestmark = pytest.mark.django_db

GOOD_CSV = """\
이름,생년월일,성별,거주 시군구,최종 학력,전화번호,희망 근무 형태,희망 직종,가구원 수,\
월 가구 소득,기초생활수급자
김민지,1990-02-03,여,서울특별시 종로구,대졸,010-1111-2222,시간선택제,02;07,3,"1,500,000",아니오
박철수,19620511,남,11010,고졸,,전일제,9,1,,예
"""


def test_csv_import_registers_every_row(tmp_path):
    # given a CSV with Korean column names
    path = tmp_path / "seekers.csv"
    path.write_text(GOOD_CSV, encoding="utf-8-sig")
    # when it is imported for 서울청's centre
    result = actions.import_seekers(path, acting_user=None, centre_code=centre_of(SEOUL).code)
    # then both seekers are stored with typed values, and one audit row tells the import
    assert (result.ok, result.rows_read, result.created) == (True, 2, 2)
    kim = JobSeeker.objects.get(name="김민지")
    assert (kim.sex, kim.education, kim.desired_hours, kim.desired_occupations) == (
        "F", "university", "part_time", ["02", "07"])
    assert (kim.phone, kim.household_income) == ("010-1111-2222", 1_500_000)
    park = JobSeeker.objects.get(name="박철수")
    assert (park.desired_occupations, park.basic_livelihood, park.residence_code) == (
        ["09"], True, "11010")
    row = AuditLog.objects.get(event="jobseekers.seekers.imported")
    assert (row.data["rows"], row.data["created"]) == (2, 2)


def test_one_bad_row_stores_nothing_and_names_row_and_column(tmp_path):
    bad = GOOD_CSV + "최영수,1970-13-01,남자,없는시,박사,,,,,,\n"
    path = tmp_path / "seekers.csv"
    path.write_text(bad, encoding="utf-8")
    result = actions.import_seekers(path, acting_user=None, centre_code=centre_of(SEOUL).code)
    assert not result.ok
    assert [str(e) for e in result.errors] == [
        "4행 '생년월일' 열 (값: '1970-13-01'): 날짜를 2014-03-15처럼 쓰세요.",
        "4행 '최종 학력' 열 (값: '박사'): 다음 중 하나로 쓰세요: 중졸 이하, 고졸, 전문대졸, 대졸, "
        "대학원졸.",
    ]
    assert JobSeeker.objects.count() == 0
    assert not AuditLog.objects.filter(event__startswith="jobseekers.").exists()


def test_action_errors_are_reported_per_row(tmp_path):
    text = "name,birth_date,sex,residence,education,phone\n" \
           "Kim,1990-01-01,F,없는시,high,123\n"
    path = tmp_path / "en.csv"
    path.write_text(text, encoding="utf-8")
    result = actions.import_seekers(path, acting_user=None, centre_code=centre_of(SEOUL).code)
    assert [(e.row, e.column, e.value) for e in result.errors] == [
        (2, "phone", "123"), (2, "residence", "없는시")]


def test_xlsx_import_with_english_columns_and_dry_run(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["name", "birth_date", "sex", "residence", "education", "centre_code",
                  "skills"])
    born = dt.datetime(1988, 7, 9)  # noqa: DTZ001 - Excel cells are naive
    sheet.append(["Lee", born, "F", "서울특별시 종로구", "college", centre_of(SEOUL).code, ""])
    data = io.BytesIO()
    book.save(data)
    path = tmp_path / "seekers.xlsx"
    path.write_bytes(data.getvalue())
    dry = actions.import_seekers(path, acting_user=None, dry_run=True)
    assert (dry.ok, dry.rows_read, dry.created) == (True, 1, 0)
    assert JobSeeker.objects.count() == 0
    real = actions.import_seekers(path, acting_user=None)
    assert real.created == 1
    assert JobSeeker.objects.get().birth_date == dt.date(1988, 7, 9)


def test_unknown_column_and_command_errors(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("이름,생년월일,성별,거주 시군구,최종 학력,취미\n", encoding="utf-8")
    with pytest.raises(CommandError, match="알 수 없는 열: 취미"):
        call_command("seekers", "import", str(path), "--centre", centre_of(SEOUL).code)
    good = tmp_path / "good.csv"
    good.write_text(GOOD_CSV, encoding="utf-8")
    out = io.StringIO()
    call_command("seekers", "import", str(good), "--centre", centre_of(SEOUL).code,
                 "--dry-run", stdout=out)
    assert out.getvalue().strip() == "2행을 검사했고 문제가 없습니다. 시험 실행이므로 저장하지 않았습니다."
    call_command("seekers", "import", str(good), "--centre", centre_of(SEOUL).code, stdout=out)
    exported = io.StringIO()
    call_command("seekers", "export", stdout=exported)
    lines = exported.getvalue().strip().splitlines()
    assert lines[0].startswith("uuid,name,birth_date,age,sex")
    assert len(lines) == 3
    assert AuditLog.objects.filter(event="jobseekers.seeker.viewed",
                                   data__channel="cli").count() == 2


def test_columns_command_lists_every_column():
    out = io.StringIO()
    call_command("seekers", "columns", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[1] == "이름 | name | 글자"
    assert "성별 | sex | 다음 중 하나: 남, 여" in lines
    assert len(lines) == 2 + 25
