import csv
import datetime as dt
import io
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command

from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.labourstats import queries
from goyong.labourstats.actions import import_statistics, load_default_datasets
from goyong.labourstats.models import Dataset, Estimate, SurveyPerson
from goyong.labourstats.periods import Period
from tests.factories import make_user, office_named
from tests.labourstats.fixtures import (
    SHIPPED,
    kosis_sigungu_areas,
    kosis_sigungu_csv,
    microdata_csv,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def hq():
    return make_user(Role.HQ, username="stats-hq")


def _nothing_written():
    assert Dataset.objects.count() == 0
    assert Estimate.objects.count() == 0
    assert SurveyPerson.objects.count() == 0
    assert not AuditLog.objects.filter(event="labourstats.import.completed").exists()


def _t100_cells():
    """(area code, year) → the file's T100 15-64세 고용률 cell, as text."""
    rows = list(csv.reader(io.StringIO(SHIPPED.read_text(encoding="utf-8"))))
    cells = {}
    for row in rows[2:]:
        code = row[0].split(" ")[0]
        for index, item in enumerate(rows[1]):
            if item.startswith("T100 ") and row[index] != "-":
                cells[(code, rows[0][index].split(" ")[1])] = row[index]
    return cells


def test_shipped_sido_file_round_trips_every_15_64_rate(hq):
    # given the shipped KOSIS file imported as the revised vintage
    result = import_statistics(SHIPPED, format="auto", vintage="revised", acting_user=hq)
    assert result.ok
    expected = _t100_cells()
    # when every year is exported back
    got = {}
    for year in range(2000, 2024):
        out = io.StringIO()
        call_command("stats", "export", "--period", str(year), "--level", "sido",
                     "--group", "15_64", stdout=out)
        for row in csv.DictReader(io.StringIO(out.getvalue())):
            got[(row["code"], row["period"])] = row["employment_rate"]
            assert row["vintage"] == "revised"
            assert row["release_date"] == "2024-11-26"
    # then every T100 cell comes back digit for digit (세종 only from 2017)
    assert got == expected
    assert len(expected) == 18 * 24 - 17
    assert got[("00", "2013")] == "64.6"
    assert got[("29", "2017")] == "64.8"
    assert result.estimates == 2905
    assert result.cells_missing == 119


def test_import_is_audited_with_counts(hq):
    # when
    result = import_statistics(SHIPPED, vintage="revised", acting_user=hq)
    # then
    entry = AuditLog.objects.get(event="labourstats.import.completed")
    assert entry.actor == hq
    assert entry.data["estimates"] == 2905
    assert entry.subject_id == str(result.dataset.pk)
    assert result.dataset.uploaded_by == hq
    assert result.dataset.format == "kosis-sido"


def test_dry_run_writes_nothing(hq):
    # when
    result = import_statistics(SHIPPED, vintage="revised", acting_user=hq, dry_run=True)
    # then
    assert result.ok
    assert result.estimates == 2905
    _nothing_written()


def test_counsellor_may_not_import_and_nothing_is_written():
    # given
    counsellor = make_user(Role.COUNSELLOR, office_named("서울지방고용노동청"))
    # when / then
    with pytest.raises(PermissionError):
        import_statistics(SHIPPED, vintage="revised", acting_user=counsellor)
    _nothing_written()


def test_office_lead_may_import():
    # given
    lead = make_user(Role.OFFICE_LEAD, office_named("서울지방고용노동청"))
    # when
    result = import_statistics(SHIPPED, vintage="revised", acting_user=lead)
    # then
    assert result.dataset is not None
    assert AuditLog.objects.get(event="labourstats.import.completed").office.name == (
        "서울지방고용노동청")


def test_sigungu_export_with_228_rows_maps_every_row(hq):
    # given a 지역별고용조사 2024 상반기 export
    data = kosis_sigungu_csv()
    # when
    result = import_statistics(data, vintage="published", acting_user=hq,
                               file_name="kosis_sigungu_2024H1.csv")
    # then
    assert result.ok, result.errors
    assert result.format == "kosis-sigungu"
    assert result.rows_read == 228
    assert result.estimates == 228 * 9
    codes = set(Estimate.objects.values_list("area_code", flat=True))
    assert len(codes) == 228
    assert Estimate.objects.filter(region__isnull=True).count() == 0
    assert Estimate.objects.get(area_code="39020", measure="population").source_area == (
        "3902 서귀포시")
    assert Estimate.objects.filter(area_code="26310", period="2024H1").exists()  # 울주군


def test_sigungu_areas_of_2024h1_include_county_and_exclude_sejong():
    # when
    areas = dict(kosis_sigungu_areas(dt.date(2024, 4, 1)))
    # then
    assert len(areas) == 228
    assert areas["2131"] == "2131 부산 기장군"
    assert areas["3902"] == "3902 서귀포시"
    assert "2901" not in areas


def test_office_export_sums_counts_and_recomputes_rates(hq):
    # given
    import_statistics(kosis_sigungu_csv(), vintage="published", acting_user=hq)
    # when
    rows = {(r.code, r.group): r for r in queries.office_rows(Period.parse("2024H1"))}
    # then 서울청 = 종로·중구·성북 (fixture: 100.0, 137.0, … thousands)
    seoul = rows[("12010", "total")]
    sums = {m: sum(Estimate.objects.get(area_code=c, measure=m).value
                   for c in ("11010", "11020", "11080"))
            for m in ("population", "employed")}
    assert seoul.values["population_thousands"] == f"{sums['population'].normalize():f}"
    assert Decimal(seoul.values["employment_rate"]) == (
        sums["employed"] / sums["population"] * 100).quantize(Decimal("1e-10"))
    assert seoul.note == ""
    assert rows[("12010", "15_64")].values == {}
    assert rows[("12010", "15_64")].note.startswith("시군구 수치가 없어 합산할 수 없는 지표가")


def test_unknown_area_label_gives_row_error_and_imports_nothing(hq):
    # given a 4-digit code no 시군구 had on 2024-04-01
    data = kosis_sigungu_csv(areas=[("1101", "1101 서울 종로구"), ("9999", "9999 어딘가")])
    # when
    result = import_statistics(data, vintage="published", acting_user=hq)
    # then
    assert [str(e) for e in result.errors] == [
        "4행 'A' 열 (값: '9999 어딘가'): 2024-04-01 기준 행정구역에 없는 지역 코드입니다. "
        "코드와 기간을 확인하세요."]
    _nothing_written()


def test_non_numeric_cell_gives_row_error_and_imports_nothing(hq):
    # given
    data = SHIPPED.read_bytes().replace(b'"11 \xec\x84\x9c\xec\x9a\xb8\xed\x8a\xb9\xeb\xb3\x84'
                                        b'\xec\x8b\x9c",8469,', '"11 서울특별시",8천,'.encode())
    # when
    result = import_statistics(data, vintage="revised", acting_user=hq)
    # then
    assert [str(e) for e in result.errors] == [
        "4행 'B' 열 (값: '8천'): 숫자가 아닙니다. 숫자(예: 64.4) 또는 자료 없음 표시 '-'를 "
        "넣으세요."]
    _nothing_written()


def test_duplicated_period_gives_row_error_and_imports_nothing(hq):
    # given a file whose 2022 columns are headed 2023 again
    data = SHIPPED.read_bytes().replace(b"Y2022 2022", b"Y2023 2023")
    # when
    result = import_statistics(data, vintage="revised", acting_user=hq)
    # then
    assert len(result.errors) == 7
    assert str(result.errors[0]) == (
        "1행 'I' 열 (값: 'Y2023 2023'): 같은 기간·항목(2023, T10)이 B 열에 이미 있습니다. "
        "중복된 열을 지우세요.")
    _nothing_written()


def test_importing_the_same_file_twice_is_refused(hq):
    # given
    import_statistics(SHIPPED, vintage="revised", acting_user=hq)
    # when
    result = import_statistics(SHIPPED, vintage="revised", acting_user=hq)
    # then
    assert result.error_count == 1 + 2905
    assert str(result.errors[0]).startswith(
        "1행 '' 열 (값: 'kosis_sido_econ_activity_annual_2000_2023_20241126.csv'): 이 파일은 "
        "이미 가져왔습니다 (자료 번호 ")
    assert Dataset.objects.count() == 1
    assert Estimate.objects.count() == 2905


def test_same_values_from_another_file_are_refused_row_by_row(hq):
    # given
    import_statistics(SHIPPED, vintage="revised", acting_user=hq)
    # when the same figures come again in a file that differs only in its bytes
    result = import_statistics(SHIPPED.read_bytes() + b"\n", vintage="revised", acting_user=hq)
    # then
    assert result.error_count == 2905
    assert str(result.errors[0]) == (
        "3행 'B' 열 (값: '45407'): 이미 저장된 개정 자료와 겹칩니다 (2023). 같은 파일을 다시 "
        "올렸는지 확인하세요.")
    assert Estimate.objects.count() == 2905
    assert AuditLog.objects.filter(event="labourstats.import.completed").count() == 1


def test_the_same_values_as_another_vintage_are_stored_beside_it(hq):
    # given
    import_statistics(SHIPPED, vintage="revised", acting_user=hq)
    # when
    result = import_statistics(SHIPPED, vintage="published", acting_user=hq)
    # then
    assert result.ok
    assert Estimate.objects.filter(vintage="published").count() == 2905


def test_vintages_stand_side_by_side(hq):
    # given the revised series and the as-published figures
    load_default_datasets()
    # when
    values = dict(Estimate.objects.filter(area_code="00", period="2013", group="15_64",
                                          measure="employment_rate")
                  .values_list("vintage", "value"))
    # then
    assert values == {"revised": Decimal("64.6"), "published": Decimal("64.4")}
    published = Estimate.objects.get(vintage="published", period="2013", group="15_29")
    assert published.published_value == "39.7"
    assert Estimate.objects.get(vintage="published", period="2014", group="15_64").value == (
        Decimal("65.3"))
    assert Dataset.objects.get(vintage="revised").release_date == dt.date(2024, 11, 26)


def test_default_datasets_load_once():
    # when
    first = load_default_datasets()
    second = load_default_datasets()
    # then
    assert first == {"statistics": 2905 + 9}
    assert second == {"statistics": 0}
    assert Dataset.objects.count() == 2


def test_microdata_is_stored_per_person(hq):
    # given
    data = microdata_csv([("11010", 1, 30, 1, 1500.5), ("1102", 2, 22, 2, 800.0),
                          ("31011", 2, 70, 3, 950.25)])
    # when
    result = import_statistics(data, vintage="published", acting_user=hq)
    # then
    assert result.ok
    assert result.format == "microdata"
    assert list(SurveyPerson.objects.order_by("pk").values_list(
        "area_code", "sex", "age", "status", "weight", "period")) == [
        ("11010", 1, 30, 1, 1500.5, "2014H1"), ("11020", 2, 22, 2, 800.0, "2014H1"),
        ("31010", 2, 70, 3, 950.25, "2014H1")]
    assert result.dataset.persons_created == 3


def test_microdata_status_4_gives_row_error_and_imports_nothing(hq):
    # given
    data = microdata_csv([("11010", 1, 30, 1, 1500.5), ("11010", 2, 40, 4, 900.0)])
    # when
    result = import_statistics(data, vintage="published", acting_user=hq)
    # then
    assert [str(e) for e in result.errors] == [
        "3행 'D' 열 (값: '4'): 경제활동상태는 1(취업), 2(실업), 3(비경제활동) 중 하나여야 "
        "합니다."]
    _nothing_written()


def test_kosis_long_export_imports_ages_and_months(hq):
    # given
    data = ("시도별(1),연령계층별(1),항목,2017.01,2017.02\n"
            "계,15 - 64세,고용률 (%),65.9,66.1\n"
            ",15 - 29세,고용률 (%),40.5,-\n"
            "서울특별시,60세이상,취업자 (천명),800,810\n").encode()
    # when
    result = import_statistics(data, vintage="published", acting_user=hq)
    # then
    assert result.ok, result.errors
    assert result.format == "kosis-long"
    assert sorted(Estimate.objects.values_list("area_code", "period", "group", "measure",
                                               "value")) == [
        ("00", "2017-01", "15_29", "employment_rate", Decimal("40.5")),
        ("00", "2017-01", "15_64", "employment_rate", Decimal("65.9")),
        ("00", "2017-02", "15_64", "employment_rate", Decimal("66.1")),
        ("11", "2017-01", "60_plus", "employed", Decimal("800")),
        ("11", "2017-02", "60_plus", "employed", Decimal("810")),
    ]


def test_cli_import_prints_errors_and_exits_nonzero(hq, tmp_path):
    # given
    path = tmp_path / "bad.csv"
    path.write_bytes(microdata_csv([("11010", 3, 30, 1, 1.0)]))
    err = io.StringIO()
    # when
    with pytest.raises(CommandError) as error:
        call_command("stats", "import", str(path), "--user", hq.username, stderr=err)
    # then
    assert "2행 'B' 열 (값: '3'): 성별은 1(남자) 또는 2(여자)여야 합니다." in err.getvalue()
    assert str(error.value) == "오류 1개 때문에 아무것도 저장하지 않았습니다. 고친 뒤 다시 가져오세요."
    _nothing_written()


def test_cli_dry_run_prints_counts(hq):
    # given
    out = io.StringIO()
    # when
    call_command("stats", "import", str(SHIPPED), "--vintage", "revised", "--dry-run",
                 "--user", hq.username, stdout=out)
    # then
    assert out.getvalue() == (
        "형식 kosis-sido: 18행 읽음, 추정치 2905개, 응답자 0명, 빈 칸 119개\n"
        "시험 실행이므로 저장하지 않았습니다.\n")
    _nothing_written()


def test_cli_export_of_sigungu_prints_one_header_and_full_names(hq):
    # given
    import_statistics(kosis_sigungu_csv(), vintage="published", acting_user=hq)
    out = io.StringIO()
    # when
    call_command("stats", "export", "--period", "2024H1", "--level", "sigungu", "--group",
                 "total", stdout=out)
    # then
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 228
    assert rows[0]["code"] == "11010"
    assert rows[0]["name"] == "서울특별시 종로구"
    assert rows[0]["population_thousands"] == "100.0"
    assert rows[0]["employment_rate"] == "55.0"
    assert out.getvalue().count("level,code,name") == 1


def test_cli_export_without_data_says_so():
    # when
    with pytest.raises(CommandError) as error:
        call_command("stats", "export", "--period", "2024H1", "--level", "office",
                     stdout=io.StringIO())
    # then
    assert str(error.value) == (
        "2024H1 기간의 관서 관할구역 자료가 없습니다. 먼저 `goyong stats import`로 가져오세요.")


def test_cli_export_refuses_a_bad_period():
    # when
    with pytest.raises(CommandError) as error:
        call_command("stats", "export", "--period", "2014H3", "--level", "sido",
                     stdout=io.StringIO())
    # then
    assert str(error.value).startswith("기간 '2014H3'을(를) 알 수 없습니다.")


def test_kosis_long_export_with_sex_and_sigungu_names(hq):
    # given
    data = ("행정구역(시군구)별,성별,연령별,항목,단위,2014.1/2\n"
            "서울특별시 종로구,여자,15 - 64세,고용률 (%),%,52.1\n"
            "서울특별시 종로구,남자,계,취업자 (천명),천명,41.2\n").encode()
    # when
    result = import_statistics(data, format="kosis-long", vintage="published",
                               acting_user=hq)
    # then
    assert result.ok, [str(e) for e in result.errors]
    assert sorted(Estimate.objects.values_list("area_level", "area_code", "period", "group",
                                               "measure", "unit")) == [
        ("sigungu", "11010", "2014H1", "female_15_64", "employment_rate", "percent"),
        ("sigungu", "11010", "2014H1", "male", "employed", "thousands"),
    ]


def test_kosis_long_export_with_unknown_area_imports_nothing(hq):
    # given
    data = "시도별(1),연령계층별(1),항목,2017\n아틀란티스,계,고용률 (%),60.1\n".encode()
    # when
    result = import_statistics(data, vintage="published", acting_user=hq)
    # then
    assert [str(e) for e in result.errors] == [
        "2행 'A' 열 (값: '아틀란티스'): 지역을 알 수 없습니다. 전국, 시도 이름(서울특별시) 또는 "
        "시군구 전체 이름(서울특별시 종로구)을 쓰세요."]
    _nothing_written()


def test_microdata_without_period_takes_the_given_one(hq):
    # given
    data = b"area,sex,age,status,weight\n11010,1,30,1,10\n"
    # when
    result = import_statistics(data, vintage="published", acting_user=hq, period="2013H2")
    # then
    assert result.ok
    assert list(SurveyPerson.objects.values_list("period", "stratum", "psu")) == [
        ("2013H2", "", "")]


def test_cp949_download_imports_like_utf8(hq):
    # given the same export saved by Excel in CP949
    data = kosis_sigungu_csv().decode("utf-8").replace("％", "%").encode("cp949")
    # when
    result = import_statistics(data, vintage="published", acting_user=hq)
    # then
    assert result.ok, [str(e) for e in result.errors]
    assert result.rows_read == 228


def test_microdata_larger_than_one_write_batch_is_stored_whole(hq):
    # given 60,000 persons (the writer sends 50,000 rows at a time)
    rows = [("11010" if i % 2 else "2131", 1 + i % 2, 15 + i % 60, 1 + i % 3, 100.0 + i)
            for i in range(60_000)]
    # when
    result = import_statistics(microdata_csv(rows), vintage="published", acting_user=hq)
    # then
    assert result.persons == 60_000
    assert SurveyPerson.objects.count() == 60_000
    assert SurveyPerson.objects.filter(area_code="21310").count() == 30_000
    assert SurveyPerson.objects.order_by("-pk").values_list("weight", flat=True)[0] == 60_099.0
