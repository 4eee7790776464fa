"""Regions and their history, through the `goyong regions list` command and the queries."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management.base import CommandError

from goyong.reference import queries
from goyong.reference.models import Region
from tests.reference.cli import csv_rows, run

pytestmark = pytest.mark.django_db


def sigungu_names(day: str) -> set[str]:
    rows = csv_rows(run("regions", "list", "--level", "sigungu", "--date", day, "--format", "csv"))
    return {r["full_name"] for r in rows}


def test_seventeen_sido_on_2014_03_08():
    # given the loaded reference data
    # when
    rows = csv_rows(run("regions", "list", "--level", "sido", "--date", "2014-03-08",
                        "--format", "csv"))
    # then
    assert len(rows) == 17
    assert list(rows[0]) == ["kostat_code", "mois_code", "name", "full_name", "level", "parent",
                             "valid_from", "valid_to", "data_quality"]
    assert [r["kostat_code"] for r in rows] == [
        "11", "21", "22", "23", "24", "25", "26", "29", "31", "32", "33", "34", "35", "36", "37",
        "38", "39"]
    assert rows[9]["name"] == "강원도" and rows[9]["mois_code"] == "42"


def test_sigungu_count_per_date():
    # given / when
    counts = {day: len(sigungu_names(day)) for day in
              ("2013-01-01", "2014-06-30", "2014-07-01", "2026-06-30", "2026-07-01")}
    # then: 227 기초자치단체 + 제주시·서귀포시 + 세종 = 230; 청원군 merged = 229; 인천 +1 in 2026
    assert counts == {"2013-01-01": 230, "2014-06-30": 230, "2014-07-01": 229,
                      "2026-06-30": 229, "2026-07-01": 230}


def test_cheongwon_until_2014_06_30_then_cheongju_with_four_gu():
    # given / when
    before, after = sigungu_names("2014-06-30"), sigungu_names("2014-07-01")
    # then
    assert "충청북도 청원군" in before
    assert "충청북도 청원군" not in after
    gu_after = queries.regions_on(dt.date(2014, 7, 1), "gu").filter(parent__name="청주시")
    assert [g.name for g in gu_after] == ["상당구", "서원구", "흥덕구", "청원구"]
    gu_before = queries.regions_on(dt.date(2014, 6, 30), "gu").filter(parent__name="청주시")
    assert [g.name for g in gu_before] == ["상당구", "흥덕구"]
    assert queries.find_sigungu("청주시", dt.date(2014, 7, 1)).kostat_code == "33040"


def test_yeoju_gun_becomes_yeoju_si_on_2013_09_23():
    # given / when / then
    assert "경기도 여주군" in sigungu_names("2013-09-22")
    assert "경기도 여주시" in sigungu_names("2013-09-23")
    assert "경기도 여주군" not in sigungu_names("2013-09-23")


def test_incheon_namgu_renamed_michuhol_gu_on_2018_07_01():
    # given / when
    before = queries.find_sigungu("인천광역시 남구", dt.date(2018, 6, 30))
    after = queries.find_sigungu("인천광역시 미추홀구", dt.date(2018, 7, 1))
    # then
    assert (before.mois_code, before.valid_to) == ("28170", dt.date(2018, 6, 30))
    assert (after.mois_code, after.valid_from) == ("28177", dt.date(2018, 7, 1))
    with pytest.raises(queries.NotFoundError):
        queries.find_sigungu("인천광역시 남구", dt.date(2018, 7, 1))


def test_gunwi_moves_from_gyeongbuk_to_daegu_on_2023_07_01():
    # given / when
    before = queries.find_sigungu("군위군", dt.date(2023, 6, 30))
    after = queries.find_sigungu("군위군", dt.date(2023, 7, 1))
    # then
    assert (before.parent.name, before.kostat_code, before.mois_code) == (
        "경상북도", "37310", "47720")
    assert (after.parent.name, after.mois_code, after.full_name) == (
        "대구광역시", "27720", "대구광역시 군위군")


def test_gangwon_and_jeonbuk_special_self_governing_provinces_change_mois_codes():
    # given
    gangwon_old = Region.objects.get(level="sido", kostat_code="32", valid_to__isnull=False)
    # when
    gangwon_new = queries.regions_on(dt.date(2023, 6, 11), "sido").get(kostat_code="32")
    jeonbuk_old = queries.regions_on(dt.date(2024, 1, 17), "sido").get(kostat_code="35")
    jeonbuk_new = queries.regions_on(dt.date(2024, 1, 18), "sido").get(kostat_code="35")
    chuncheon = queries.find_sigungu("32010", dt.date(2023, 6, 11))
    # then
    assert (gangwon_old.name, gangwon_old.mois_code, gangwon_old.valid_to) == (
        "강원도", "42", dt.date(2023, 6, 10))
    assert (gangwon_new.name, gangwon_new.mois_code) == ("강원특별자치도", "51")
    assert (jeonbuk_old.name, jeonbuk_old.mois_code) == ("전라북도", "45")
    assert (jeonbuk_new.name, jeonbuk_new.mois_code) == ("전북특별자치도", "52")
    assert (chuncheon.mois_code, chuncheon.parent_id) == ("51110", gangwon_new.pk)
    assert queries.find_sigungu("42110", dt.date(2023, 6, 10)).full_name == "강원도 춘천시"


def test_bucheon_gu_abolished_2016_and_restored_2024():
    # given
    def gu_of_bucheon(day: str) -> list[str]:
        return [g.name for g in queries.regions_on(dt.date.fromisoformat(day), "gu")
                .filter(parent__name="부천시")]

    # when / then
    assert gu_of_bucheon("2016-07-03") == ["원미구", "소사구", "오정구"]
    assert gu_of_bucheon("2016-07-04") == []
    assert gu_of_bucheon("2023-12-31") == []
    assert gu_of_bucheon("2024-01-01") == ["원미구", "소사구", "오정구"]


def test_hwaseong_gu_and_incheon_restructuring_2026():
    # given
    hwaseong_gu = queries.regions_on(dt.date(2026, 2, 1), "gu").filter(parent__name="화성시")
    # when
    incheon_before = {r.name for r in queries.regions_on(dt.date(2026, 6, 30), "sigungu")
                      .filter(parent__kostat_code="23")}
    incheon_after = {r.name for r in queries.regions_on(dt.date(2026, 7, 1), "sigungu")
                     .filter(parent__kostat_code="23")}
    # then
    assert [g.name for g in hwaseong_gu] == ["만세구", "효행구", "병점구", "동탄구"]
    assert {g.data_quality for g in hwaseong_gu} == {"reconstructed"}
    assert incheon_before - incheon_after == {"중구", "동구"}
    assert incheon_after - incheon_before == {"제물포구", "영종구", "검단구"}


@pytest.mark.parametrize(("code", "full_name"), [
    ("1101", "서울특별시 종로구"),
    ("2131", "부산광역시 기장군"),
    ("3101", "경기도 수원시"),
    ("3902", "제주특별자치도 서귀포시"),
    ("3304", "충청북도 청주시"),
    ("11010", "서울특별시 종로구"),
    ("11110", "서울특별시 노원구"),  # 통계청 11110 wins over 행정안전부 11110 (종로구)
    ("11680", "서울특별시 강남구"),
    ("1111000000", "서울특별시 종로구"),
    ("41111", "경기도 수원시"),
])
def test_find_sigungu_resolves_kosis_kostat_and_mois_codes(code, full_name):
    # given a date after the 청주 merger
    day = dt.date(2024, 6, 30)
    # when
    region = queries.find_sigungu(code, day)
    # then
    assert region.full_name == full_name
    assert region.level == "sigungu"


def test_every_gu_is_child_of_a_city_and_every_sigungu_of_a_sido():
    # given / when
    bad_gu = Region.objects.filter(level="gu").exclude(parent__level="sigungu")
    bad_sgg = Region.objects.filter(level="sigungu").exclude(parent__level="sido")
    # then
    assert bad_gu.count() == 0
    assert bad_sgg.count() == 0
    for region in Region.objects.exclude(parent=None).select_related("parent"):
        assert region.parent.valid_from <= region.valid_from, region.key
        if region.parent.valid_to is not None:
            assert region.valid_to is not None and region.valid_to <= region.parent.valid_to


def test_bad_date_and_level_are_refused_with_korean_message():
    # given / when / then
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        run("regions", "list", "--date", "2014-02-30")
    with pytest.raises(CommandError, match="2013-01-01"):
        run("regions", "list", "--date", "2012-12-31")
    with pytest.raises(CommandError, match="sido, sigungu, gu"):
        run("regions", "list", "--level", "dong")
    with pytest.raises(CommandError, match="table, csv, json"):
        run("regions", "list", "--format", "xml")


def test_json_and_table_formats():
    # given / when
    rows = json.loads(run("regions", "list", "--level", "sido", "--date", "2024-01-18",
                          "--format", "json"))
    table = run("regions", "list", "--level", "sido", "--date", "2024-01-18")
    # then
    assert len(rows) == 17
    assert rows[12]["name"] == "전북특별자치도"
    assert table.splitlines()[0].split() == ["통계청", "코드", "행안부", "코드", "이름", "전체",
                                             "이름", "수준", "상위", "구역", "시작일", "종료일",
                                             "자료", "품질"]
    assert len(table.splitlines()) == 2 + 17


def test_console_script_lists_sido_as_csv(tmp_path):
    # given a fresh database loaded through the console script
    goyong = Path(sys.executable).with_name("goyong")
    env = {"GOYONG_DATA_DIR": str(tmp_path), "GOYONG_SECURE": "0", "PATH": "/usr/bin:/bin"}
    subprocess.run([goyong, "migrate", "-v0"], env=env, check=True, timeout=120)
    subprocess.run([goyong, "reference", "load"], env=env, check=True, timeout=120,
                   capture_output=True)
    # when
    done = subprocess.run(
        [goyong, "regions", "list", "--level", "sido", "--date", "2014-03-08", "--format", "csv"],
        env=env, check=True, timeout=120, capture_output=True, text=True)
    bad = subprocess.run([goyong, "regions", "list", "--date", "어제"], env=env, timeout=120,
                         capture_output=True, text=True)
    # then
    assert len(done.stdout.splitlines()) == 1 + 17
    assert bad.returncode != 0
    assert "YYYY-MM-DD" in bad.stderr
    assert bad.stdout == ""


def test_five_digit_code_prefers_kostat_over_mois():
    # given 31110 is 과천시 (통계청) and 울산 중구 (행정안전부)
    day = dt.date(2014, 3, 8)
    # when / then
    assert queries.find_sigungu("31110", day).full_name == "경기도 과천시"
    assert queries.find_sigungu("3111000000", day).full_name == "울산광역시 중구"


def test_geojson_features_match_current_sigungu_and_sido():
    # given
    geo = Path(__file__).resolve().parents[2] / "goyong/reference/static/reference/geo"
    today = dt.date(2026, 11, 27)
    # when
    sigungu = json.loads((geo / "sigungu.geojson").read_text(encoding="utf-8"))
    sido = json.loads((geo / "sido.geojson").read_text(encoding="utf-8"))
    # then
    assert {f["properties"]["kostat_code"] for f in sigungu["features"]} == set(
        queries.regions_on(today, "sigungu").values_list("kostat_code", flat=True))
    assert {f["properties"]["kostat_code"] for f in sido["features"]} == set(
        queries.regions_on(today, "sido").values_list("kostat_code", flat=True))
    assert (geo / "sigungu.geojson").stat().st_size < 1_500_000
    assert (geo / "sido.geojson").stat().st_size < 1_500_000
    assert set(sigungu["features"][0]["properties"]) >= {"kostat_code", "mois_code", "name"}
