"""Labour offices, their jurisdictions and centres: the `goyong offices` command and coverage."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import Counter

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from goyong.reference import queries
from goyong.reference.models import EmploymentCentre, Jurisdiction, Office, Region
from tests.reference.cli import csv_rows, run

pytestmark = pytest.mark.django_db

# The coverage must hold up to the day the suite runs, not only the day it was written.
TODAY = queries.today()
CHANGE_DATES = [
    dt.date(2013, 9, 23), dt.date(2014, 7, 1), dt.date(2016, 7, 4), dt.date(2018, 7, 1),
    dt.date(2023, 6, 11), dt.date(2023, 7, 1), dt.date(2024, 1, 1), dt.date(2024, 1, 18),
    dt.date(2025, 12, 30), dt.date(2026, 2, 1), dt.date(2026, 4, 30), dt.date(2026, 7, 1),
]


def sample_dates() -> list[dt.date]:
    days = set()
    for year in range(2013, 2027):
        days.update({dt.date(year, 1, 1), dt.date(year, 7, 1)})
    for day in CHANGE_DATES:
        days.update({day, day - dt.timedelta(days=1)})
    # every date on which any region, office or jurisdiction row starts or ends
    for model in (Region, Office, Jurisdiction):
        for start, end in model.objects.values_list("valid_from", "valid_to"):
            days.add(start)
            days.add(start - dt.timedelta(days=1))
            if end is not None:
                days.update({end, end + dt.timedelta(days=1)})
    days.add(TODAY)
    return sorted(d for d in days if dt.date(2013, 1, 1) <= d <= TODAY)


def test_47_offices_on_2014_03_08():
    # given / when
    rows = csv_rows(run("offices", "list", "--date", "2014-03-08", "--format", "csv"))
    # then
    assert len(rows) == 47
    assert Counter(r["kind"] for r in rows) == {"regional": 6, "branch": 41}
    assert {r["code"] for r in rows if r["kind"] == "regional"} == {
        "12010", "13000", "14010", "15000", "16000", "17000"}
    assert sum(int(r["sigungu_count"]) for r in rows) == 230


def test_current_structure_has_gyeonggi_regional_office():
    # given / when
    rows = csv_rows(run("offices", "list", "--date", "2026-11-27", "--format", "csv"))
    by_name = {r["name"]: r for r in rows}
    # then
    assert len(rows) == 49
    assert "경기지청" not in by_name
    assert by_name["경기지방고용노동청"]["kind"] == "regional"
    assert {n for n, r in by_name.items() if r["parent"] == "경기지방고용노동청"} == {
        "의정부지청", "고양지청", "성남지청", "안양지청", "안산지청", "평택지청"}
    assert by_name["부천지청"]["parent"] == "중부지방고용노동청"
    assert by_name["서산지청"]["sigungu_count"] == "2"
    assert by_name["보령지청"]["sigungu_count"] == "5"


def test_show_office_lists_its_sigungu():
    # given / when
    rows = csv_rows(run("offices", "show", "서울강남지청", "--date", "2014-03-08",
                        "--format", "csv"))
    payload = json.loads(run("offices", "show", "15000", "--date", "2014-03-08",
                             "--format", "json"))
    # then
    assert [r["full_name"] for r in rows] == ["서울특별시 서초구", "서울특별시 강남구"]
    assert payload["name"] == "중부지방고용노동청"
    assert payload["centres"] == ["인천고용센터"]
    assert {r["full_name"] for r in payload["jurisdiction"]} == {
        "인천광역시 중구", "인천광역시 동구", "인천광역시 남구", "인천광역시 연수구",
        "인천광역시 남동구", "인천광역시 옹진군"}


def test_cover_answers_one_office_by_code_or_name():
    # given / when
    suwon_2014 = csv_rows(run("offices", "cover", "3101", "--date", "2014-03-08",
                              "--format", "csv"))
    suwon_now = csv_rows(run("offices", "cover", "경기도 수원시", "--format", "csv"))
    jeju = csv_rows(run("offices", "cover", "39010", "--date", "2014-03-08", "--format", "csv"))
    cheongwon = csv_rows(run("offices", "cover", "충청북도 청원군", "--date", "2014-06-30",
                             "--format", "csv"))
    # then
    assert (suwon_2014[0]["office"], suwon_2014[0]["regional_office"]) == (
        "경기지청", "중부지방고용노동청")
    assert (suwon_now[0]["office"], suwon_now[0]["office_code"]) == ("경기지방고용노동청", "18000")
    assert (jeju[0]["office"], jeju[0]["data_quality"]) == ("광주지방고용노동청", "assigned")
    assert cheongwon[0]["office"] == "청주지청"


def test_unknown_office_or_sigungu_is_refused_without_output():
    # given
    out = io.StringIO()
    # when / then
    with pytest.raises(CommandError, match="goyong offices list --date 2014-03-08"):
        call_command("offices", "show", "없는지청", "--date", "2014-03-08", stdout=out)
    with pytest.raises(CommandError, match="전체 이름"):
        call_command("offices", "cover", "중구", "--date", "2014-03-08", stdout=out)
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("offices", "list", "--date", "2014/03/08", stdout=out)
    with pytest.raises(CommandError):
        call_command("offices", "show", "경기지방고용노동청", "--date", "2014-03-08", stdout=out)
    assert out.getvalue() == ""


def test_every_sigungu_covered_by_exactly_one_office_on_every_sampled_date():
    # given
    days = sample_dates()
    problems: list[str] = []
    # when
    for day in days:
        sigungu = set(queries.regions_on(day, "sigungu").values_list("id", flat=True))
        covered = Counter(Jurisdiction.objects.valid_on(day).values_list("region_id", flat=True))
        gaps = sigungu - set(covered)
        doubles = {r for r, n in covered.items() if n > 1}
        strays = set(covered) - sigungu
        offices = Jurisdiction.objects.valid_on(day).exclude(
            office__in=Office.objects.valid_on(day))
        if gaps or doubles or strays or offices.exists():
            problems.append(f"{day}: gaps={gaps} doubles={doubles} strays={strays}")
    # then
    assert len(days) == 48
    assert problems == []


def test_no_jurisdiction_outlives_its_region_or_office():
    # given / when
    bad = []
    for j in Jurisdiction.objects.select_related("region", "office"):
        for row in (j.region, j.office):
            starts_ok = row.valid_from <= j.valid_from
            ends_ok = row.valid_to is None or (j.valid_to is not None and j.valid_to <= row.valid_to)
            if not (starts_ok and ends_ok):
                bad.append((j.pk, str(row)))
        if j.region.level != "sigungu":
            bad.append((j.pk, "not a 시군구"))
    # then
    assert bad == []


def test_jurisdiction_follows_new_region_versions():
    # given the 강원 시군구 get new rows on 2023-06-11
    chuncheon_old = queries.find_sigungu("강원도 춘천시", dt.date(2023, 6, 10))
    chuncheon_new = queries.find_sigungu("강원특별자치도 춘천시", dt.date(2023, 6, 11))
    # when
    old = queries.office_covering(chuncheon_old, dt.date(2023, 6, 10))
    new = queries.office_covering(chuncheon_new, dt.date(2023, 6, 11))
    # then
    assert old.office.name == new.office.name == "강원지청"
    assert old.valid_to == dt.date(2023, 6, 10)
    assert new.valid_from == dt.date(2023, 6, 11)
    assert chuncheon_old.pk != chuncheon_new.pk


def test_every_office_has_a_centre_on_its_dates():
    # given
    days = [dt.date(2014, 3, 8), dt.date(2025, 12, 29), dt.date(2025, 12, 30), TODAY]
    # when
    missing = [
        (day, o.name) for day in days for o in queries.offices_on(day)
        if not queries.centres_of(o, day).exists()
    ]
    # then
    assert missing == []
    assert EmploymentCentre.objects.get(code="15112", valid_to=None).office.name == (
        "경기지방고용노동청")
    assert queries.centres_of(queries.find_office("15010", TODAY), TODAY).count() == 3
