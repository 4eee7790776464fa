"""Imports: documented columns, row-level Korean errors, all or nothing; CSV and Excel."""

import datetime as dt
import io

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.employers import actions
from goyong.employers.models import Certification, Company, HeadcountMonth
from tests.factories import make_user, office_named

pytestmark = pytest.mark.django_db

HEADER = "사업자등록번호,기업명,산업분류10차,기업규모,시군구코드,신용등급,상호출자제한,가족친화인증일\n"


def _csv(*rows):
    return (HEADER + "".join(r + "\n" for r in rows)).encode("utf-8")


def test_companies_file_is_imported_with_office_and_section():
    # given
    hq = make_user(Role.HQ)
    data = _csv("124-81-00998,(주)가나정밀,29120,중기업,11010,BBB,N,2014-05-01",
                "1348672683,(주)다라요양원,87110,소기업,21010,,아니오,")
    # when
    result = actions.import_file(data, acting_user=hq, file_name="companies.csv")
    # then
    assert (result.ok, result.created, result.updated) == (True, 2, 0)
    first = Company.objects.get(brn="1248100998")
    assert (first.name, first.industry_section, first.size_class, first.credit_grade) == (
        "(주)가나정밀", "C", "medium", "BBB")
    assert first.office_code == "12010"  # 서울청 covers 종로구
    second = Company.objects.get(brn="1348672683")
    assert (second.industry_section, second.office_code) == ("Q", "13000")
    assert Certification.objects.get().certified_on == dt.date(2014, 5, 1)
    log = AuditLog.objects.get(event="employers.companies.imported")
    assert log.data == {"file": "companies.csv", "kind": "companies", "rows": 2, "created": 2,
                        "updated": 0}


def test_a_bad_row_stops_the_whole_file_with_row_level_korean_errors():
    # given a file whose second row has a wrong check digit and an unknown size
    hq = make_user(Role.HQ)
    data = _csv("124-81-00998,(주)가나정밀,29120,중기업,11010,BBB,N,",
                "124-81-00999,(주)마바,29120,큰회사,11010,ZZ,N,")
    # when
    result = actions.import_file(data, acting_user=hq, file_name="companies.csv")
    # then
    assert result.ok is False
    assert [str(e) for e in result.errors] == [
        "3행 '사업자등록번호' 열 (값: '124-81-00999'): 사업자등록번호의 10번째 자리(검증 숫자)가 "
        "맞지 않습니다: 앞 9자리로 계산하면 8이어야 하는데 9입니다. 10자리 번호를 다시 확인하세요.",
        "3행 '기업규모' 열 (값: '큰회사'): 기업규모는 소상공인, 소기업, 중기업, 중견기업, 대기업 "
        "중 하나로 쓰세요.",
        "3행 '신용등급' 열 (값: 'ZZ'): 신용등급은 AAA부터 D까지의 등급(예: BB+)으로 쓰거나 비워 "
        "두세요."]
    assert Company.objects.count() == 0
    assert not AuditLog.objects.filter(event="employers.companies.imported").exists()


def test_headcount_file_needs_known_companies_and_updates_months():
    # given one known company
    hq = make_user(Role.HQ)
    actions.import_file(_csv("124-81-00998,(주)가나정밀,29120,중기업,11010,BBB,N,"),
                        acting_user=hq)
    data = ("사업자등록번호,월,피보험자수,취득자수,상실자수,청년취득자수,평균임금\n"
            "124-81-00998,2014-01,50,3,1,1,\"2,800,000\"\n"
            "124-81-00998,2014-02,52,2,0,3,2800000\n"
            "134-86-72683,2014-01,10,0,0,0,\n").encode()
    # when
    result = actions.import_file(data, acting_user=hq, file_name="headcount.csv")
    # then: the unknown company and youth > hires stop the file
    assert [str(e) for e in result.errors] == [
        "3행 '청년취득자수' 열 (값: '3'): 취득자수(2)보다 클 수 없습니다. 숫자를 확인하세요.",
        "4행 '사업자등록번호' 열 (값: '1348672683'): 등록되지 않은 기업입니다. 기업 파일을 먼저 "
        "가져오세요."]
    assert HeadcountMonth.objects.count() == 0
    # when fixed
    fixed = data.replace(b"2,0,3,", b"2,0,1,").rsplit(b"134-86", 1)[0]
    result = actions.import_file(fixed, acting_user=hq, file_name="headcount.csv")
    # then
    assert (result.ok, result.created) == (True, 2)
    assert list(HeadcountMonth.objects.values_list("month", "insured", "average_wage")) == [
        (dt.date(2014, 1, 1), 50, 2_800_000), (dt.date(2014, 2, 1), 52, 2_800_000)]
    # and importing again updates instead of duplicating
    again = actions.import_file(fixed, acting_user=hq, file_name="headcount.csv")
    assert (again.created, again.updated) == (0, 2)


def test_excel_files_are_read_too():
    hq = make_user(Role.HQ)
    book = Workbook()
    sheet = book.active
    sheet.append(["사업자등록번호", "기업명", "산업분류10차", "기업규모", "시군구코드"])
    sheet.append(["124-81-00998", "(주)가나정밀", 29120, "중기업", 11010])
    out = io.BytesIO()
    book.save(out)
    result = actions.import_file(out.getvalue(), acting_user=hq, file_name="companies.xlsx")
    assert (result.ok, result.created) == (True, 1)
    assert Company.objects.get().ksic10_code == "29120"


def test_counsellors_may_not_import():
    counsellor = make_user(Role.COUNSELLOR, office_named("서울지방고용노동청"))
    with pytest.raises(PermissionError):
        actions.import_file(_csv("124-81-00998,(주)가나정밀,29120,중기업,11010,BBB,N,"),
                            acting_user=counsellor)
    assert Company.objects.count() == 0


def test_import_command_reports_errors_and_saves_nothing(tmp_path, capsys):
    path = tmp_path / "companies.csv"
    path.write_bytes(_csv("124-81-00999,(주)가나정밀,29120,중기업,11010,BBB,N,"))
    with pytest.raises(CommandError, match="오류 1건 때문에 아무것도 저장하지 않았습니다"):
        call_command("employers", "import", str(path))
    assert "10번째 자리" in capsys.readouterr().err
    assert Company.objects.count() == 0


def test_import_command_imports(tmp_path, capsys):
    path = tmp_path / "companies.csv"
    path.write_bytes(_csv("124-81-00998,(주)가나정밀,29120,중기업,11010,BBB,N,"))
    call_command("employers", "import", str(path))
    assert capsys.readouterr().out == "기업 1행을 가져왔습니다: 새로 1, 갱신 0.\n"
