"""`goyong stats estimate | sae | gap`: the analyst commands, against independent sums and the
recorded R references (tests/labourstats/reference/README.md)."""

import csv
import io
import math
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from goyong.labourstats.actions import import_statistics
from tests.labourstats.fixtures import SHIPPED

pytestmark = pytest.mark.django_db

REFERENCE = Path(__file__).resolve().parent / "reference"
# the R sample's areas A–E become real 시도 codes (same sort order)
AREA_CODES = {"A": "11", "B": "21", "C": "22", "D": "23", "E": "24"}


def _run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("stats", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def _fails(*args: str) -> tuple[str, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as error:
        call_command("stats", *args, stdout=out, stderr=err)
    return str(error.value), out.getvalue(), err.getvalue()


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(line for line in io.StringIO(text) if not line.startswith("#")))


def _reference_sample() -> list[dict[str, str]]:
    with (REFERENCE / "direct_sample.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _write_microdata(path: Path, rows: list[dict[str, object]], columns: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore",
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


# --- estimate ----------------------------------------------------------------------------


def test_estimate_matches_r_survey_and_direct_sums(tmp_path):
    # given the R survey reference sample as microdata (stratum, psu, 2014H1)
    sample = _reference_sample()
    rows = [{"area": AREA_CODES[r["area"]], "sex": 1 + i % 2, "age": r["age"],
             "status": r["status"], "weight": r["weight"], "stratum": r["stratum"],
             "psu": r["psu"], "period": "2014H1"} for i, r in enumerate(sample)]
    path = _write_microdata(tmp_path / "micro.csv", rows,
                            ["area", "sex", "age", "status", "weight", "stratum", "psu",
                             "period"])
    with (REFERENCE / "direct_survey_results.csv").open(encoding="utf-8") as handle:
        reference = {r["domain"]: r for r in csv.DictReader(handle)
                     if r["design"] == "main" and r["stat"] == "ratio"}
    # when
    out, err = _run("estimate", str(path), "--by", "area")
    # then
    got = _rows(out)
    assert out.splitlines()[0] == ("period,area,population_15_64,employed_15_64,rate,se,rse,"
                                   "n,df")
    assert [r["area"] for r in got] == ["11", "21", "22", "23", "24"]
    for r in got:
        letter = next(k for k, v in AREA_CODES.items() if v == r["area"])
        members = [s for s in sample if s["area"] == letter and 15 <= int(s["age"]) <= 64]
        population = math.fsum(float(s["weight"]) for s in members)
        employed = math.fsum(float(s["weight"]) for s in members if s["status"] == "1")
        assert r["period"] == "2014H1"
        assert float(r["population_15_64"]) == pytest.approx(population, rel=1e-12)
        assert float(r["employed_15_64"]) == pytest.approx(employed, rel=1e-12)
        assert float(r["rate"]) == pytest.approx(100 * employed / population, rel=1e-12)
        assert float(r["rate"]) == pytest.approx(100 * float(reference[letter]["estimate"]),
                                                 rel=1e-9)
        assert float(r["se"]) == pytest.approx(100 * float(reference[letter]["se"]), rel=1e-9)
        assert float(r["rse"]) == pytest.approx(100 * float(r["se"]) / float(r["rate"]),
                                                rel=1e-12)
        assert int(r["n"]) == len(members)
        assert int(r["df"]) == int(reference[letter]["df"])
    # full precision: the text is the float's repr
    assert all(r["rate"] == repr(float(r["rate"])) for r in got)
    assert err == ""


def test_estimate_without_design_columns_treats_each_person_as_a_psu(tmp_path):
    # given six persons, no stratum or psu, one aged 70 (kept in the design, outside 15–64)
    people = [("11", 1, 30, 1, 100.0), ("11", 1, 40, 3, 150.0), ("11", 2, 25, 1, 120.0),
              ("11", 2, 70, 1, 90.0), ("11", 2, 50, 2, 110.0), ("21", 1, 33, 1, 80.0)]
    rows = [dict(zip(["area", "sex", "age", "status", "weight"], p, strict=True))
            for p in people]
    path = _write_microdata(tmp_path / "micro.csv", rows,
                            ["area", "sex", "age", "status", "weight"])
    # when
    out, _err = _run("estimate", str(path), "--by", "area,sex", "--period", "2014")
    # then: ratio SE with ids = ~1, computed here from the formula
    got = {(r["area"], r["sex"]): r for r in _rows(out)}
    assert sorted(got) == [("11", "1"), ("11", "2"), ("21", "1")]
    n = len(people)

    def expected(area: str, sex: int) -> tuple[float, float, float, float]:
        member = [p[0] == area and p[1] == sex for p in people]
        x = [1.0 if m and 15 <= p[2] <= 64 else 0.0 for p, m in zip(people, member, strict=True)]
        y = [xi if p[3] == 1 else 0.0 for p, xi in zip(people, x, strict=True)]
        big_x = sum(p[4] * xi for p, xi in zip(people, x, strict=True))
        big_y = sum(p[4] * yi for p, yi in zip(people, y, strict=True))
        ratio = big_y / big_x
        z = [p[4] * (yi - ratio * xi) / big_x for p, xi, yi in zip(people, x, y, strict=True)]
        mean = sum(z) / n
        var = n / (n - 1) * sum((zi - mean) ** 2 for zi in z)
        return big_x, big_y, 100 * ratio, 100 * math.sqrt(var)

    for (area, sex), r in got.items():
        big_x, big_y, rate, se = expected(area, int(sex))
        assert float(r["population_15_64"]) == pytest.approx(big_x, rel=1e-12)
        assert float(r["employed_15_64"]) == pytest.approx(big_y, rel=1e-12)
        assert float(r["rate"]) == pytest.approx(rate, rel=1e-12)
        assert float(r["se"]) == pytest.approx(se, rel=1e-12)
        assert r["period"] == "2014"
        assert r["df"] == str(sum(p[0] == area and p[1] == int(sex) for p in people) - 1)
    assert got[("11", "2")]["n"] == "2"  # the 70-year-old is not counted
    assert got[("11", "2")]["population_15_64"] == repr(230.0)
    assert got[("11", "2")]["rate"] == repr(100 * 120.0 / 230.0)


def test_estimate_table_format(tmp_path):
    # given
    rows = [{"area": "11", "sex": 1, "age": 30, "status": 1, "weight": 10, "period": "2014"},
            {"area": "11", "sex": 2, "age": 30, "status": 3, "weight": 10, "period": "2014"}]
    path = _write_microdata(tmp_path / "m.csv", rows,
                            ["area", "sex", "age", "status", "weight", "period"])
    # when
    out, _err = _run("estimate", str(path), "--format", "table")
    # then
    lines = out.splitlines()
    assert lines[0].split() == ["period", "area", "population_15_64", "employed_15_64", "rate",
                                "se", "rse", "n", "df"]
    assert lines[1].split()[:5] == ["2014", "11", "20.0", "10.0", "50.0"]


def test_estimate_with_status_4_fails_and_prints_nothing(tmp_path):
    # given
    rows = [{"area": "11", "sex": 1, "age": 30, "status": 1, "weight": 10, "period": "2014"},
            {"area": "11", "sex": 2, "age": 30, "status": 4, "weight": 10, "period": "2014"}]
    path = _write_microdata(tmp_path / "m.csv", rows,
                            ["area", "sex", "age", "status", "weight", "period"])
    # when
    message, out, err = _fails("estimate", str(path))
    # then
    assert out == ""
    assert "3행 'D' 열 (값: '4')" in err
    assert "경제활동상태는 1(취업), 2(실업), 3(비경제활동) 중 하나여야 합니다." in err
    assert "오류 1개" in message


def test_estimate_with_missing_column_fails(tmp_path):
    # given no weight column
    rows = [{"area": "11", "sex": 1, "age": 30, "status": 1, "period": "2014"}]
    path = _write_microdata(tmp_path / "m.csv", rows, ["area", "sex", "age", "status",
                                                       "period"])
    # when
    _message, out, err = _fails("estimate", str(path))
    # then
    assert out == ""
    assert "필수 열이 없습니다: weight" in err


def test_estimate_with_unknown_by_fails(tmp_path):
    rows = [{"area": "11", "sex": 1, "age": 30, "status": 1, "weight": 1, "period": "2014"}]
    path = _write_microdata(tmp_path / "m.csv", rows,
                            ["area", "sex", "age", "status", "weight", "period"])
    message, out, _err = _fails("estimate", str(path), "--by", "area,age")
    assert out == ""
    assert "age" in message


# --- sae ---------------------------------------------------------------------------------


def _sae_reference(model: str, method: str) -> tuple[list[dict[str, str]], dict[str, str]]:
    with (REFERENCE / "fh_milk_areas.csv").open(encoding="utf-8") as handle:
        areas = [r for r in csv.DictReader(handle)
                 if (r["model"], r["method"], r["precision"]) == (model, method, "tight")]
    with (REFERENCE / "fh_milk_params.csv").open(encoding="utf-8") as handle:
        params = {r["name"]: r["value"] for r in csv.DictReader(handle)
                  if (r["model"], r["method"], r["precision"]) == (model, method, "tight")}
    return areas, params


@pytest.mark.parametrize("method", ["REML", "ML", "FH"])
@pytest.mark.parametrize(("model", "options"), [
    ("factor", ["--factor", "MajorArea"]),
    ("numeric_factor", ["--covariate", "ni", "--factor", "MajorArea"]),
])
def test_sae_matches_r_sae_on_milk(model, options, method):
    # given sae's milk data (SD is the direct estimate's standard error)
    areas, params = _sae_reference(model, method)
    # when
    out, _err = _run("sae", str(REFERENCE / "milk.csv"), "--area", "SmallArea",
                     "--estimate", "yi", "--se", "SD", *options, "--method", method.lower())
    # then
    got = _rows(out)
    assert out.splitlines()[0] == "area,eblup,mse"
    assert [r["area"] for r in got] == [r["SmallArea"] for r in areas]
    for mine, theirs in zip(got, areas, strict=True):
        assert float(mine["eblup"]) == pytest.approx(float(theirs["eblup"]), rel=1e-8)
        assert float(mine["mse"]) == pytest.approx(float(theirs["mse"]), rel=1e-8)
    trailer = {line[2:].split(",")[0]: line[2:].split(",")[1:]
               for line in out.splitlines() if line.startswith("# ")}
    assert float(trailer["sigma2u"][0]) == pytest.approx(float(params["refvar"]), rel=1e-8)
    for level in ("2", "3", "4"):
        assert float(trailer[f"beta[MajorArea[{level}]]"][0]) == pytest.approx(
            float(params[f"Xas.factor(MajorArea){level}"]), rel=1e-8)
    assert float(trailer["beta[(Intercept)]"][0]) == pytest.approx(
        float(params["X(Intercept)"]), rel=1e-8)
    if model == "numeric_factor":
        assert float(trailer["beta[ni]"][0]) == pytest.approx(float(params["Xni"]), rel=1e-8)


def test_sae_params_file(tmp_path):
    # given
    params_path = tmp_path / "params.csv"
    # when
    out, _err = _run("sae", str(REFERENCE / "milk.csv"), "--area", "SmallArea",
                     "--estimate", "yi", "--se", "SD", "--factor", "MajorArea",
                     "--params", str(params_path))
    # then: no trailer in the output, the parameters in the file
    assert not any(line.startswith("#") for line in out.splitlines())
    assert len(_rows(out)) == 43
    with params_path.open(encoding="utf-8") as handle:
        params = list(csv.DictReader(handle))
    assert [p["parameter"] for p in params[:5]] == [
        "sigma2u", "beta[(Intercept)]", "beta[MajorArea[2]]", "beta[MajorArea[3]]",
        "beta[MajorArea[4]]"]
    _areas, reference = _sae_reference("factor", "REML")
    assert float(params[0]["value"]) == pytest.approx(float(reference["refvar"]), rel=1e-8)


def _milk_with(tmp_path: Path, row: int, column: str, value: str) -> Path:
    lines = (REFERENCE / "milk.csv").read_text(encoding="utf-8").splitlines()
    header = [c.strip('"') for c in lines[0].split(",")]
    cells = lines[row - 1].split(",")
    cells[header.index(column)] = value
    lines[row - 1] = ",".join(cells)
    path = tmp_path / "milk_bad.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("column", "value", "expected"), [
    ("SD", "0", "5행 'SD' 열 (값: '0'): 표준오차는 0보다 커야 합니다."),
    ("SD", "-0.1", "5행 'SD' 열 (값: '-0.1'): 표준오차는 0보다 커야 합니다."),
    ("yi", "abc", "5행 'yi' 열 (값: 'abc'): 숫자가 아닙니다."),
    ("ni", "", "5행 'ni' 열 (값: ''): 숫자가 아닙니다."),
])
def test_sae_bad_cell_names_row_and_column_and_writes_nothing(tmp_path, column, value,
                                                              expected):
    # given
    path = _milk_with(tmp_path, 5, column, value)
    params_path = tmp_path / "params.csv"
    # when
    message, out, err = _fails("sae", str(path), "--area", "SmallArea", "--estimate", "yi",
                               "--se", "SD", "--covariate", "ni", "--factor", "MajorArea",
                               "--params", str(params_path))
    # then
    assert expected in err
    assert "오류 1개" in message
    assert out == ""
    assert not params_path.exists()


def test_sae_missing_column_fails(tmp_path):
    message, out, err = _fails("sae", str(REFERENCE / "milk.csv"), "--area", "SmallArea",
                               "--estimate", "yi", "--se", "se_direct")
    assert out == ""
    assert "열이 없습니다: se_direct" in message
    assert "1행 'se_direct' 열" in err


# --- gap ---------------------------------------------------------------------------------


@pytest.fixture
def sido_series():
    result = import_statistics(SHIPPED, vintage="revised", acting_user=None)
    assert result.ok
    # 15–64 populations (thousands) for two 시도 only; the shipped file has none
    populations = ("시도별(1),연령계층별(1),항목,2023\n"
                   "서울특별시,15 - 64세,인구 (천명),6543\n"
                   "충청북도,15 - 64세,인구 (천명),1100\n").encode()
    result = import_statistics(populations, vintage="revised", acting_user=None)
    assert result.ok, result.errors


def test_gap_persons_needed_for_sido(sido_series):
    # when
    out, err = _run("gap", "--period", "2023", "--level", "sido")
    # then
    got = {r["code"]: r for r in _rows(out)}
    assert len(got) == 18  # 전국 and 17 시도
    # 서울 2023: 15–64 rate 69.5 %, population 6,543,000: 0.5 % of it is 32,715 persons
    assert got["11"]["employment_rate"] == "69.5"
    assert got["11"]["population"] == "6543000.0"
    assert got["11"]["needed"] == "32715"
    assert float(got["11"]["gap"]) == pytest.approx(32715.0, abs=1e-6)
    # 충북 at 71.4 % needs nobody; its gap is negative
    assert got["33"]["needed"] == "0"
    assert float(got["33"]["gap"]) == pytest.approx(-15400.0, abs=1e-6)
    # no 15–64 population for 부산: said so, not guessed
    assert got["21"]["needed"] == ""
    assert "인구" in got["21"]["note"]
    assert "21 부산광역시" in err
    assert got["11"]["vintage"] == "revised"


def test_gap_without_data_fails(sido_series):
    message, out, _err = _fails("gap", "--period", "1999", "--level", "sido")
    assert out == ""
    assert "1999" in message


def test_estimate_with_lonely_psu_names_the_stratum(tmp_path):
    # given stratum b holds a single PSU
    rows = [{"area": "11", "sex": 1, "age": 30, "status": 1, "weight": 10, "stratum": s,
             "psu": p, "period": "2014"} for s, p in (("a", 1), ("a", 2), ("b", 1), ("b", 1))]
    columns = ["area", "sex", "age", "status", "weight", "stratum", "psu", "period"]
    path = _write_microdata(tmp_path / "m.csv", rows, columns)
    # when
    message, out, _err = _fails("estimate", str(path))
    # then
    assert out == ""
    assert "층(stratum) b에는 조사구(psu)가 하나뿐이라" in message
    # and with survey's "certainty" option the stratum adds no variance
    out, _err = _run("estimate", str(path), "--lonely-psu", "certainty")
    assert _rows(out)[0]["n"] == "4"
