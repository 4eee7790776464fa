"""Statistics pages: the dashboard, an area's series, the gap planner, Excel downloads."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal

import pytest
from django.template.loader import render_to_string
from openpyxl import load_workbook

from goyong.labourstats.actions import import_statistics, load_default_datasets
from goyong.labourstats.choices import (
    AreaLevel,
    CodeSystem,
    Group,
    ImportStatus,
    Measure,
    SourceKind,
    Unit,
    Vintage,
)
from goyong.labourstats.dashboard import Cell
from goyong.labourstats.models import Dataset, Estimate
from tests.factories import make_user
from tests.labourstats.fixtures import SHIPPED

pytestmark = pytest.mark.django_db

SIDO_2023 = {"11": "69.5", "21": "66.5", "39": "74.6"}


@pytest.fixture
def shipped():
    result = import_statistics(SHIPPED, vintage=Vintage.REVISED, acting_user=None)
    assert result.ok
    load_default_datasets()  # adds the as-published 2013–2014 national figures
    return result


def _row(html: str, code: str) -> str:
    match = re.search(rf'<tr data-code="{code}">(.*?)</tr>', html, re.S)
    assert match, code
    return match.group(1)


def _cells(row_html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", c).strip()
            for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row_html, re.S)]


def test_dashboard_shows_the_17_sido_with_their_2023_rates(client, shipped):
    # when
    response = client.get("/stats/?period=2023")
    # then
    html = response.content.decode()
    assert response.status_code == 200
    rows = re.findall(r'<tr data-code="(\d\d)">', html)
    assert len(rows) == 17
    assert _cells(_row(html, "11"))[:2] == ["서울특별시", "69.5"]
    assert _cells(_row(html, "39"))[:2] == ["제주특별자치도", "74.6"]
    assert _cells(_row(html, "21"))[:3] == ["부산광역시", "66.5", "1.1"]  # 66.5 − 65.4
    assert "출처: 통계청, 경제활동인구조사 (KOSIS), 개정 자료, 공표 2024-11-26" in html
    assert 'id="gy-stats-data"' in html
    assert "엑셀로 내려받기" not in html  # public visitors get the figures, not the links


def test_dashboard_says_persons_needed_is_unavailable_without_counts(client, shipped):
    response = client.get("/stats/?period=2023&metric=needed")
    html = response.content.decode()
    assert response.status_code == 200
    assert "70% 도달에 필요한 인원을 계산할 수 없습니다" in html
    assert 'id="gy-stats-map"' not in html


def test_invalid_period_gives_a_korean_message_not_an_error(client, shipped):
    response = client.get("/stats/?period=20x3")
    html = response.content.decode()
    assert response.status_code == 200
    assert "기간 ‘20x3’의 통계가 없습니다" in html
    assert _cells(_row(html, "11"))[1] == "69.5"  # the newest year is shown instead
    gap = client.get("/stats/gap/?period=1999")
    assert gap.status_code == 200
    assert "기간 ‘1999’의 통계가 없습니다" in gap.content.decode()


def test_dashboard_query_budget(client, shipped, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        response = client.get("/stats/?period=2023")
    assert response.status_code == 200


def test_area_page_shows_2013_published_and_revised_for_the_nation(client, shipped):
    # when
    response = client.get("/stats/areas/00/")
    # then
    html = response.content.decode()
    assert response.status_code == 200
    rows = re.findall(r'<tr data-period="2013" data-vintage="(\w+)">(.*?)</tr>', html, re.S)
    values = {vintage: [c for c in _cells(body) if re.fullmatch(r"\d+\.\d", c)]
              for vintage, body in rows}
    assert values == {"revised": ["64.6"], "published": ["64.4"]}
    assert "이 추세라면 70% 도달:" in html or "이미 70%" in html or "30년 안에" in html
    assert "표준오차를 0.3%p로 가정했습니다" in html


def test_area_page_for_a_sido_and_404_for_unknown(client, shipped):
    response = client.get("/stats/areas/39/")
    assert response.status_code == 200
    assert "제주특별자치도 15~64세 고용률 추이" in response.content.decode()
    assert client.get("/stats/areas/99/").status_code == 404
    assert client.get("/stats/areas/abc/").status_code == 404


def _counts(period: str, rows: dict[str, tuple[int, int]]) -> None:
    dataset = Dataset.objects.create(
        file_name="counts.csv", format="kosis-long", vintage=Vintage.REVISED,
        release_date=dt.date(2024, 11, 26), source_kind=SourceKind.KOSIS, source="test:counts",
        source_label="출처: 시험 자료", status=ImportStatus.COMPLETED)
    for code, (population, employed) in rows.items():
        for measure, value in ((Measure.POPULATION, population), (Measure.EMPLOYED, employed)):
            Estimate.objects.create(
                dataset=dataset, area_level=AreaLevel.SIDO, area_code=code,
                code_system=CodeSystem.KOSTAT, period=period,
                period_start=dt.date(int(period), 1, 1), group=Group.AGE_15_64,
                measure=measure, unit=Unit.PERSONS, value=Decimal(value),
                vintage=Vintage.REVISED, release_date=dt.date(2024, 11, 26),
                source_kind=SourceKind.KOSIS, source="test:counts")


def test_gap_table_sorts_by_persons_needed_with_totals(client, shipped):
    # given 15–64 counts for three 시도
    _counts("2023", {"11": (1000, 690), "21": (2000, 1300), "39": (100, 75)})
    # when
    response = client.get("/stats/gap/?period=2023")
    # then
    html = response.content.decode()
    assert re.findall(r'<tr data-code="(\w+)">', html) == ["21", "11", "39", "total"]
    assert _cells(_row(html, "21")) == ["부산광역시", "2,000", "1,300", "66.5", "100"]
    assert _cells(_row(html, "39"))[-1] == "0"
    assert _cells(_row(html, "total")) == ["합계", "3,100", "2,065", "66.6", "110"]


def test_gap_table_without_counts_says_so(client, shipped):
    response = client.get("/stats/gap/?period=2023")
    assert "필요한 인원을 계산할 수 없습니다" in response.content.decode()


def test_dashboard_xlsx_has_korean_header_and_numbers(client, shipped):
    client.force_login(make_user("hq"))
    page = client.get("/stats/?period=2023")
    assert "format=xlsx" in page.content.decode()
    response = client.get("/stats/?period=2023&format=xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("지역 코드", "지역", "15~64세 고용률 (%)", "15세 이상 고용률 (%)")
    by_code = {r[0]: r for r in rows[1:] if r and r[0]}
    assert by_code["00"][2] == 69.2
    assert by_code["11"][1:4] == ("서울특별시", 69.5, 61.1)
    assert by_code["39"][2] == 74.6
    assert len([c for c in by_code if c != "00" and c.isdigit()]) == 17


def test_gap_and_area_xlsx(client, shipped):
    _counts("2023", {"11": (1000, 690), "21": (2000, 1300)})
    rows = list(load_workbook(io.BytesIO(client.get(
        "/stats/gap/?period=2023&format=xlsx").content)).active.iter_rows(values_only=True))
    assert rows[0] == ("지역 코드", "지역", "15~64세 인구 (명)", "15~64세 취업자 (명)",
                       "15~64세 고용률 (%)", "70% 도달에 필요한 취업자 (명)")
    assert rows[1] == ("21", "부산광역시", 2000, 1300, 66.5, 100)
    assert rows[3] == (None, "합계", 3000, 1990, 66.3, 110)
    area = list(load_workbook(io.BytesIO(client.get(
        "/stats/areas/00/?format=xlsx").content)).active.iter_rows(values_only=True))
    assert area[0][:3] == ("연도", "15~64세 고용률 (%)", "자료 시점")
    assert (2013, 64.4, "발표 당시") in [r[:3] for r in area]
    assert (2013, 64.6, "개정") in [r[:3] for r in area]


def test_small_cells_are_suppressed_and_high_rse_flagged():
    # given
    small = Cell(12.0, sample=4)
    noisy = Cell(55.0, sample=30, rse=Decimal("25.0"))
    fine = Cell(61.2, sample=30, rse=Decimal("24.9"))
    # then
    assert (small.suppressed, small.shown) == (True, None)
    assert (noisy.unreliable, noisy.shown) == (True, 55.0)
    assert (fine.suppressed, fine.unreliable) == (False, False)
    html = render_to_string("labourstats/_cell.html", {"cell": small, "digits": 1})
    assert "비공개" in html and "12" not in html
    assert "※" in render_to_string("labourstats/_cell.html", {"cell": noisy, "digits": 1})


def test_office_ranking_sums_sigungu_counts(client):
    # given a 지역별고용조사 시군구 export for 2024 H1
    from tests.labourstats.fixtures import kosis_sigungu_csv

    assert client.get("/stats/offices/").status_code == 200  # nothing yet: says so
    result = import_statistics(kosis_sigungu_csv(), vintage=Vintage.PUBLISHED,
                               acting_user=None, file_name="kosis_sigungu_2024H1.csv")
    assert result.ok
    # when
    response = client.get("/stats/offices/?period=2024H1")
    # then every office is ranked, highest 15+ rate first, rates recomputed from sums
    html = response.content.decode()
    rows = re.findall(r'<tr data-code="([^"]+)">(.*?)</tr>', html, re.S)
    # every office of 2024 (47: the 2025 경기청 split and 2026 울산동부지청 come later)
    assert len(rows) == 47
    rates = [float(_cells(body)[2]) for _code, body in rows if _cells(body)[2] != "-"]
    assert rates == sorted(rates, reverse=True)
    assert [_cells(body)[0] for _code, body in rows[:3]] == ["1", "2", "3"]
    client.force_login(make_user("hq"))
    book = load_workbook(io.BytesIO(client.get(
        "/stats/offices/?period=2024H1&format=xlsx").content)).active
    sheet = list(book.iter_rows(values_only=True))
    assert sheet[0][:4] == ("순위", "관서 코드", "관서", "15세 이상 고용률 (%)")
    assert sheet[1][0] == 1 and isinstance(sheet[1][3], float)
    assert "관서별 고용률 순위 보기" in client.get("/stats/").content.decode()
