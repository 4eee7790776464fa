"""Pages fed by survey microdata: the 시도 drill-down to its 시군구 (direct estimate, RSE
flag, small-area estimate with RRMSE, suppression under 5 sample persons), the group
decomposition of the gap and of the change between two periods, and their Excel tables."""

from __future__ import annotations

import io
import re

import pytest
from openpyxl import load_workbook

from goyong.accounts.choices import Role
from goyong.labourstats.actions import import_statistics
from goyong.labourstats.models import Estimate
from goyong.labourstats.recompute import recompute_dataset
from tests.factories import make_user
from tests.labourstats.fixtures import survey_csv, survey_persons

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey():
    """Two half-years of microdata, imported and recomputed (synchronously here; the job
    path is covered in test_recompute)."""
    result = import_statistics(survey_csv({"2013H2": survey_persons(7),
                                           "2014H1": survey_persons()}),
                               vintage="published", acting_user=None)
    assert result.ok, result.errors[:3]
    recompute_dataset(result.dataset)
    return result.dataset


def _row(html: str, code: str) -> str:
    match = re.search(rf'<tr data-code="{code}"[^>]*>(.*?)</tr>', html, re.S)
    assert match, code
    return match.group(0)


def test_drilldown_lists_sigungu_with_suppression_and_small_area_estimates(client, survey):
    # given an anonymous visitor and one youth cell whose direct RSE is 25% or more
    direct = Estimate.objects.filter(period="2014H1", area_level="sigungu", group="15_29",
                                     measure="employment_rate", source_kind="microdata")
    flagged = direct.filter(rse__gte=25, sample_size__gte=5, area_code__startswith="11").first()
    assert flagged is not None
    model = Estimate.objects.get(period="2014H1", area_code=flagged.area_code, group="15_29",
                                 source_kind="model")
    # when opening 서울's youth rates and 부산's 15–64 rates
    seoul = client.get("/stats/sido/11/?period=2014H1&metric=rate_youth").content.decode()
    busan = client.get("/stats/sido/21/?period=2014H1").content.decode()
    # then 서울 lists its six 시군구; the flagged one shows the model value with its RRMSE
    assert len(re.findall(r'<tr data-code="11\d{3}"', seoul)) == 6
    row = _row(seoul, flagged.area_code)
    assert 'data-shown="model"' in row
    assert f"<strong>{float(model.value):.1f}</strong>" in row
    assert f"{float(model.rse):.1f}" in row and "※" in row
    assert "공개 화면입니다: 표본이 5명 미만인 칸은 공개하지 않으며" in seoul
    # … and 부산's 4-person 시군구 is suppressed: no value of it on the page or the map
    tiny = direct.get(area_code="21060").sample_size
    assert tiny == 0 or tiny < 5
    row = _row(busan, "21060")
    assert 'data-shown="suppressed"' in row and "비공개" in row
    rate = Estimate.objects.get(period="2014H1", area_code="21060", group="15_64",
                                measure="employment_rate", source_kind="microdata")
    assert f"{float(rate.value):.1f}" not in row
    assert '{"code": "21060", "name": "' in busan and '"value": null' in busan
    assert "조사 마이크로데이터" in busan  # the source line


def test_drilldown_xlsx_keeps_suppression(client, survey):
    client.force_login(make_user(Role.HQ))
    response = client.get("/stats/sido/21/?period=2014H1&format=xlsx")
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("시군구 코드", "시군구", "직접추정 (%)")
    tiny = next(r for r in rows if r and r[0] == "21060")
    assert tiny[2:5] == (None, None, None) and tiny[8] is None
    assert tiny[9] == "표본 5명 미만 비공개"
    other = next(r for r in rows if r and r[0] == "21010")
    stored = Estimate.objects.get(period="2014H1", area_code="21010", group="15_64",
                                  measure="employment_rate", source_kind="microdata")
    assert other[2] == pytest.approx(float(stored.value), abs=1e-9)


def test_gap_page_splits_the_gap_by_group_exactly(client, survey):
    # when
    html = client.get("/stats/gap/?period=2014H1").content.decode()
    # then: 서울's contributions are 0.7·P − E of each group from the stored counts
    counts = {(e.group, e.measure): float(e.value) for e in Estimate.objects.filter(
        period="2014H1", area_code="11", measure__in=["population", "employed"],
        source_kind="microdata")}

    def gap(group: str) -> float:
        return 0.7 * counts[(group, "population")] - counts[(group, "employed")]

    youth, older, total = gap("15_29"), gap("55_64"), gap("15_64")
    women = gap("female_15_64")
    row = _row(html[html.index('id="gy-group-table"'):], "11")
    cells = [c.replace(",", "") for c in re.findall(r'<td class="gy-num">([^<]*)</td>', row)]
    expected = [total, youth, total - youth - older, older, women, total - women]
    assert [float(c) for c in cells[1:]] == [round(v) for v in expected]


def test_change_between_two_half_years_is_decomposed(client, survey):
    # when
    client.force_login(make_user(Role.HQ))
    html = client.get("/stats/gap/?period=2014H1").content.decode()
    response = client.get("/stats/gap/?period=2014H1&table=change&format=xlsx")
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    # then the effects add up to the change of the 15–64 rate computed from stored counts
    assert "2013H2 → 2014H1 15~64세 고용률 변화의 분해" in html
    busan = next(r for r in rows if r and r[0] == "21")

    def rate(period: str) -> float:
        pop, emp = (float(Estimate.objects.get(period=period, area_code="21", group="15_64",
                                               measure=m, source_kind="microdata").value)
                    for m in ("population", "employed"))
        return emp / pop * 100

    assert busan[2:4] == ("2013H2", "2014H1")
    assert busan[6] == pytest.approx(rate("2014H1") - rate("2013H2"), abs=1e-4)
    assert busan[7] + busan[8] == pytest.approx(busan[6], abs=2e-4)
    assert sum(busan[9:12]) == pytest.approx(busan[7], abs=3e-4)


def test_dashboard_half_year_offers_group_metrics_and_drilldown(client, survey):
    html = client.get("/stats/?period=2014H1&metric=rate_youth").content.decode()
    assert '<option value="2014H1" selected>' in html
    assert 'href="/stats/sido/11/?period=2014H1"' in html
    youth = Estimate.objects.get(period="2014H1", area_code="11", group="15_29",
                                 measure="employment_rate", source_kind="microdata")
    assert f"{float(youth.value):.1f}" in _row(html, "11")
    assert 'data-area-url="/stats/sido/__code__/?period=2014H1&amp;metric=rate_youth"' in html
