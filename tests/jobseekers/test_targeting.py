"""Target groups on frozen dates; the SQL filter checked against the pure classifier."""

import datetime as dt
import random

import pytest

from goyong.jobseekers import queries, thresholds
from goyong.jobseekers.choices import TargetGroup
from goyong.jobseekers.models import JobSeeker
from goyong.jobseekers.targeting import CareerBreak, SeekerFacts, age_on, classify, facts_of
from tests.jobseekers.helpers import centre_of

DAY = dt.date(2014, 6, 30)


def codes(facts, day=DAY):
    return [g.code for g in classify(facts, day)]


def test_age_counts_completed_years():
    assert age_on(dt.date(1987, 6, 30), DAY) == 27
    assert age_on(dt.date(1987, 7, 1), DAY) == 26
    # born on 29 February: a year older on 1 March of a common year
    assert age_on(dt.date(1996, 2, 29), dt.date(2014, 2, 28)) == 17
    assert age_on(dt.date(1996, 2, 29), dt.date(2014, 3, 1)) == 18


def test_youth_is_explained_with_the_age():
    # given a man born 1987-01-15 (만 27세 on 2014-06-30)
    facts = SeekerFacts(birth_date=dt.date(1987, 1, 15), sex="M", study_status="enrolled")
    # when classified
    groups = classify(facts, DAY)
    # then he is youth, explained as the issue asks
    assert [str(g) for g in groups] == ["청년: 청년(15–29세): 만 27세"]
    assert groups[0].reason == "청년(15–29세): 만 27세"


def test_youth_ends_on_the_thirtieth_birthday():
    assert TargetGroup.YOUTH in codes(SeekerFacts(dt.date(1984, 7, 1), "M", "enrolled"))
    assert TargetGroup.YOUTH not in codes(SeekerFacts(dt.date(1984, 6, 30), "M", "enrolled"))


def test_career_break_woman_needs_a_break_reason():
    # given two women of 38, one who left work for childbirth in 2009, one at a contract's end
    mother = SeekerFacts(dt.date(1976, 3, 1), "F",
                         career=(CareerBreak("childbirth", dt.date(2009, 5, 31)),))
    other = SeekerFacts(dt.date(1976, 3, 1), "F",
                        career=(CareerBreak("contract_end", dt.date(2013, 5, 31)),))
    # then only the first is a 경력단절여성, with the year and reason
    groups = classify(mother, DAY)
    assert [g.code for g in groups] == [TargetGroup.WOMEN, TargetGroup.CAREER_BREAK_WOMEN]
    assert groups[1].reason == "경력단절여성: 2009년 출산(으)로 퇴직"
    assert codes(other) == [TargetGroup.WOMEN]


def test_a_man_who_left_for_family_care_is_not_a_career_break_woman():
    facts = SeekerFacts(dt.date(1976, 3, 1), "M",
                        career=(CareerBreak("family_care", dt.date(2012, 1, 1)),))
    assert codes(facts) == []


def test_older_workers_from_50_with_the_rate_band():
    at_50 = classify(SeekerFacts(dt.date(1964, 6, 30), "M"), DAY)
    at_57 = classify(SeekerFacts(dt.date(1957, 1, 1), "M"), DAY)
    at_65 = classify(SeekerFacts(dt.date(1949, 1, 1), "M"), DAY)
    assert [g.reason for g in at_50] == ["장년(50세 이상): 만 50세"]
    assert [g.reason for g in at_57] == ["장년(50세 이상): 만 57세, 고용률 장년 구간(55–64세)"]
    assert [g.reason for g in at_65] == ["장년(50세 이상): 만 65세"]
    assert TargetGroup.OLDER not in codes(SeekerFacts(dt.date(1964, 7, 1), "M"))


def test_low_income_against_150_percent_of_the_2014_minimum_cost_of_living():
    # 2014 최저생계비, 3 persons: 1,329,118원; 150% = 1,993,677원
    limit = int(1_329_118 * 1.5)
    assert limit == 1_993_677
    at = SeekerFacts(dt.date(1975, 1, 1), "M", household_size=3, household_income=limit)
    above = SeekerFacts(dt.date(1975, 1, 1), "M", household_size=3, household_income=limit + 1)
    groups = classify(at, DAY)
    assert groups[0].code == TargetGroup.LOW_INCOME
    assert groups[0].reason == ("저소득층: 월 가구소득 1,993,677원, 2014년 3인 가구 최저생계비의 "
                                "150% 1,993,677원 이하")
    assert groups[1].code == TargetGroup.PACKAGE_I
    assert TargetGroup.LOW_INCOME not in codes(above)


def test_threshold_table_uses_the_newest_year_not_after_the_day():
    assert thresholds.minimum_cost_of_living(2014, 1) == 603_403
    assert thresholds.minimum_cost_of_living(2014, 4) == 1_630_820
    assert thresholds.minimum_cost_of_living(2016, 4) == 1_630_820  # 2014 table still newest
    assert thresholds.minimum_cost_of_living(2013, 9) == 2_404_650 + 2 * 286_084


def test_package_i_categories_and_ages():
    recipient = SeekerFacts(dt.date(1980, 1, 1), "M", basic_livelihood=True)
    assert codes(recipient) == [TargetGroup.LOW_INCOME, TargetGroup.PACKAGE_I]
    defector = classify(SeekerFacts(dt.date(1980, 1, 1), "M",
                                    vulnerable_categories=("defector",)), DAY)
    assert [g.reason for g in defector] == ["취업성공패키지 Ⅰ유형: 북한이탈주민, 만 34세(18–64세)"]
    # 위기청소년 from 15; other categories from 18
    teen = SeekerFacts(dt.date(1998, 1, 1), "M", study_status="enrolled",
                       vulnerable_categories=("youth_at_risk",))
    assert codes(teen) == [TargetGroup.YOUTH, TargetGroup.PACKAGE_I]
    young_defector = SeekerFacts(dt.date(1998, 1, 1), "M", study_status="enrolled",
                                 vulnerable_categories=("defector",))
    assert codes(young_defector) == [TargetGroup.YOUTH]
    # not after 64
    assert codes(SeekerFacts(dt.date(1948, 1, 1), "M", basic_livelihood=True)) == [
        TargetGroup.OLDER, TargetGroup.LOW_INCOME]


def test_package_ii_youth_and_middle_aged():
    youth = classify(SeekerFacts(dt.date(1982, 1, 1), "M"), DAY)  # 32, not in school
    assert [g.code for g in youth] == [TargetGroup.PACKAGE_II]
    assert youth[0].reason == "취업성공패키지 Ⅱ유형: 청년(18–34세) 미취업자, 만 32세"
    # 45, household at 200% of 최저생계비 (not low income), eight months without work
    income = 2 * 1_630_820
    middle = classify(SeekerFacts(dt.date(1969, 1, 1), "M", household_size=4,
                                  household_income=income,
                                  unemployed_since=dt.date(2013, 10, 30)), DAY)
    assert [g.reason for g in middle] == [
        "취업성공패키지 Ⅱ유형: 중장년(35–64세), 최저생계비 250% 이하 가구원, 8개월 실직, 만 45세"]
    # five months without work and benefits still paid: not yet
    recent = SeekerFacts(dt.date(1969, 1, 1), "M", household_size=4, household_income=income,
                         unemployed_since=dt.date(2014, 1, 31))
    assert codes(recent) == []


@pytest.mark.django_db
def test_list_filter_agrees_with_the_classifier():
    # given 120 seekers with random ages, sexes, careers and incomes, made without actions
    rng = random.Random(70)
    centre = centre_of("서울지방고용노동청")
    day = dt.date(2026, 3, 1)
    seekers = []
    for i in range(120):
        seekers.append(JobSeeker(
            name=f"검사{i}", birth_date=day - dt.timedelta(days=rng.randint(14 * 365, 70 * 365)),
            sex=rng.choice("MF"), residence_code="11010", education="high",
            household_size=rng.randint(1, 8), household_income=rng.randint(300_000, 5_000_000),
            basic_livelihood=rng.random() < 0.1, centre=centre, centre_code=centre.code,
            office_code=centre.office.code, registered_on=day))
    JobSeeker.objects.bulk_create(seekers)
    stored = list(JobSeeker.objects.filter(name__startswith="검사"))
    for seeker in stored[::3]:
        seeker.career.create(occupation_name="사무원", years=2,
                             leave_reason=rng.choice(["childcare", "dismissal", "marriage"]))
    qs = JobSeeker.objects.filter(name__startswith="검사")
    for group in queries.FILTERABLE_GROUPS:
        # when the list is filtered in SQL
        by_sql = set(queries.filter_by_group(qs, group, day).values_list("pk", flat=True))
        # then it holds exactly the seekers the classifier puts in the group
        by_rule = {s.pk for s in qs.prefetch_related("career")
                   if group in [g.code for g in classify(facts_of(s), day)]}
        assert by_sql == by_rule, group
        assert by_rule, group  # every group is exercised
