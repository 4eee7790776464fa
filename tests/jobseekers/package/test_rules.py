"""Rule sets as data: the shipped files load and validate; a bad file is refused with every
problem named; eligibility decisions carry their reasons."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from goyong.jobseekers.package import eligibility, rules
from goyong.jobseekers.package.errors import RulesError


def test_2014_rules_carry_the_domain_facts_amounts():
    # given / when
    r = rules.load("2014")
    # then
    assert (r.types["I"].stage1_base_won, r.types["I"].stage1_group_won) == (
        150000, {"completed": 100000, "short": 50000, "none": 0})
    assert r.types["II"].stage1_base_won == 100000
    assert (r.training_per_day_won, r.training_monthly_cap_won, r.training_max_months) == (
        18000, 284000, 6)
    assert [(i.after_months, i.amount_won) for i in r.instalments] == [
        (1, 200000), (3, 300000), (6, 500000)]
    assert r.success_max_won == 1000000
    assert (r.success_min_weekly_hours, r.success_window_days) == (30, 90)
    assert (r.types["I"].success_allowance, r.types["II"].success_allowance) == (True, False)
    assert (r.types["I"].limits.stage1_days, r.types["II"].limits.stage1_days) == (28, 56)
    assert r.types["II"].copay_percent == (10, 20)
    assert "hypark1/publishing" in r.provenance["source"]


def test_a_second_rule_set_is_only_a_file():
    # given the shipped files
    # when
    ids = rules.available()
    later = rules.load("2018")
    # then
    assert ids == ["2014", "2018"]
    assert later.success_max_won == 1500000
    assert [i.after_months for i in later.instalments] == [3, 6, 12]
    assert rules.rule_set_for(dt.date(2014, 3, 3)).id == "2014"
    assert rules.rule_set_for(dt.date(2018, 1, 1)).id == "2018"
    assert rules.rule_set_for(dt.date(2017, 12, 31)).id == "2014"


def test_no_rule_set_before_2014():
    with pytest.raises(RulesError) as error:
        rules.rule_set_for(dt.date(2013, 12, 31))
    assert str(error.value) == ("초기상담일 2013-12-31에 적용되는 규칙이 없습니다. "
                                "--rules로 규칙을 지정하세요.")


def test_unknown_rule_set_names_the_available_ones():
    with pytest.raises(RulesError) as error:
        rules.load("2099")
    assert str(error.value) == "규칙 '2099'이(가) 없습니다. 사용할 수 있는 규칙: 2014, 2018"


def test_invalid_file_lists_every_problem(tmp_path):
    # given the 2014 file with three mistakes
    data = json.loads((rules.RULES_DIR / "2014.json").read_text(encoding="utf-8"))
    data["id"] = "bad"
    data["training_allowance"]["per_day_won"] = -1
    del data["types"]["II"]["stage_limits"]["stage1_days"]
    data["success_allowance"]["instalments"].reverse()
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    # when
    with pytest.raises(RulesError) as error:
        rules.load_path(path)
    # then
    assert error.value.problems == [
        "types.II.stage_limits.stage1_days: 필수 항목이 없습니다.",
        "success_allowance.instalments: 분할 지급 시점(after_months)은 서로 다르고 오름차순이어야 합니다.",
        "training_allowance.per_day_won: 1 이상의 정수여야 합니다.",
    ]
    assert str(error.value).startswith("규칙 파일 bad.json이(가) 올바르지 않습니다.")


def test_file_id_must_match_its_name(tmp_path):
    data = json.loads((rules.RULES_DIR / "2014.json").read_text(encoding="utf-8"))
    path = tmp_path / "2015.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RulesError) as error:
        rules.load_path(path)
    assert str(error.value) == "규칙 파일 2015.json의 id는 파일 이름과 같은 '2015'이어야 합니다."


def _facts(born: str, categories: tuple[str, ...] = (), income: float | None = None):
    return eligibility.SeekerFacts(dt.date.fromisoformat(born), dt.date(2014, 6, 1),
                                   frozenset(categories), income)


def test_female_head_is_type_one_with_the_reason():
    # given a 41-year-old 여성가장
    facts = _facts("1972-09-01", ("female_householder",), 180)
    # when
    result = eligibility.check(facts, rules.load("2014"))
    # then
    assert result.recommended_type == "I"
    assert result.decisions["I"].matched == ("female_head",)
    assert result.decisions["I"].reasons == ("여성가장: 만 41세",)
    assert result.decisions["II"].reasons == (
        "중장년 (가구소득 최저생계비 250% 이하): 만 41세, 가구소득 최저생계비의 180%",)


def test_low_income_ceiling_edges():
    r = rules.load("2014")
    at = eligibility.check(_facts("1980-01-01", income=150), r)
    over = eligibility.check(_facts("1980-01-01", income=150.5), r)
    assert at.decisions["I"].matched == ("low_income",)
    assert over.decisions["I"].eligible is False
    assert over.decisions["I"].reasons[0] == (
        "저소득층 (가구소득 최저생계비 150% 이하): 가구소득이 최저생계비의 150.5%로 150%를 넘습니다.")
    assert over.recommended_type == "II"


def test_youth_age_edges_use_full_age():
    r = rules.load("2014")
    # 만 34세 on 2014-06-01 (born 1979-06-02 turns 35 the next day)
    assert eligibility.check(_facts("1979-06-02"), r).decisions["II"].matched == ("youth",)
    turned_35 = eligibility.check(_facts("1979-06-01"), r)
    assert turned_35.decisions["II"].eligible is False
    assert turned_35.decisions["II"].reasons == (
        "청년 (고졸 이하 비진학·대졸 미취업 등): 만 35세로 18~34세 범위 밖입니다.",
        "중장년 (가구소득 최저생계비 250% 이하): 가구소득이 조사되지 않았습니다. "
        "최저생계비 대비 비율을 입력하세요.",
    )


def test_too_old_for_both_types():
    result = eligibility.check(_facts("1949-01-01", ("disabled",), 100), rules.load("2014"))
    assert result.recommended_type is None
    assert result.decisions["I"].reasons[0] == (
        "저소득층 (가구소득 최저생계비 150% 이하): 만 65세로 18~64세 범위 밖입니다.")


@pytest.mark.parametrize("born,categories,income", [
    ("1972-09-01", ("female_householder",), 180), ("1980-01-01", (), 150),
    ("1980-01-01", (), 150.5), ("1979-06-02", (), None), ("1979-06-01", (), None),
    ("1949-01-01", ("disabled",), 100), ("1997-01-01", ("youth_at_risk",), None),
    ("1969-01-01", (), 250), ("1969-01-01", (), 251)])
def test_fast_recommendation_agrees_with_the_explained_check(born, categories, income):
    facts = _facts(born, categories, income)
    r = rules.load("2014")
    assert eligibility.recommended_type(facts, r) == eligibility.check(facts, r).recommended_type


def test_every_label_of_the_shipped_rule_files_is_marked_for_translation():
    from goyong.jobseekers.package.rule_labels import LABELS

    shown = set()
    for rule_id in rules.available():
        r = rules.load(rule_id)
        shown |= {r.name, *(t.label for t in r.types.values()),
                  *(c.label for criteria in r.eligibility.values() for c in criteria)}
    assert shown - set(LABELS) == set()
