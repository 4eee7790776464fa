"""Done when: for any generated set of outcomes, the national figures equal the sum of the
offices', and each office's indicators equal counts taken directly from the source rows (the
expected counts are computed here from the generated specification, not by the indicators)."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from goyong.accounts.choices import Role
from goyong.taskforce import indicators
from tests.factories import make_user, office_named
from tests.taskforce import sources

pytestmark = pytest.mark.django_db

START, END = dt.date(2026, 1, 1), dt.date(2026, 6, 30)
OFFICES = ["서울지방고용노동청", "부산지방고용노동청", "대구지방고용노동청"]
OURS = {"jobseekers", "employers"}

placement_spec = st.fixed_dictionaries({
    "office": st.integers(0, 2),
    "sex": st.sampled_from(["F", "M"]),
    "age": st.integers(15, 70),
    "day": st.integers(-40, 220),          # days after START (outside the period too)
    "verified": st.booleans(),
    "source": st.sampled_from(["referral", "partner", "self_found"]),
    "case": st.sampled_from(["none", "open", "closed_before", "later"]),
    "retention": st.sampled_from([None, True, False]),
    "retention_day": st.integers(-30, 220),
    "stage2": st.one_of(st.none(), st.integers(-30, 220)),
})
visit_spec = st.fixed_dictionaries({
    "office": st.integers(0, 2), "company": st.integers(0, 3), "day": st.integers(-20, 200),
    "gangso": st.booleans(), "part_time": st.integers(0, 3),
    "outcome": st.sampled_from(["done", "done", "refused"]),
})
vacancy_spec = st.fixed_dictionaries({
    "office": st.integers(0, 2), "opened": st.integers(-40, 200),
    "ended": st.one_of(st.none(), st.integers(-20, 220)),
    "status": st.sampled_from(["draft", "open", "filled", "closed"]),
    "openings": st.integers(1, 4), "hired": st.integers(0, 4), "part_time": st.booleans(),
    "care": st.sampled_from(["", "elderly_care", "child_care", "older_worker"]),
})


def _in(day: dt.date) -> bool:
    return START <= day <= END


@pytest.fixture
def world():
    offices = [office_named(n) for n in OFFICES]
    return offices, make_user(Role.OFFICE_MEMBER, offices[0], username="prop-visitor")


def _expected(placements, visits, codes, vacancies=()):
    exp = {code: {} for code in indicators._REGISTRY}
    zero = dict.fromkeys(codes, 0)
    for key in exp:
        exp[key] = dict(zero)
    for p in placements:
        office = codes[p["office"]]
        start = START + dt.timedelta(days=p["day"])
        if p["verified"] and _in(start):
            exp["placements.verified"][office] += 1
            age = p["age"]  # born on 1 January of (start year - age): that age all year
            if p["sex"] == "F":
                exp["placements.verified.women"][office] += 1
            if 15 <= age <= 29:
                exp["placements.verified.youth"][office] += 1
            if 55 <= age <= 64:
                exp["placements.verified.older"][office] += 1
            if p["case"] == "open":
                exp["placements.verified.package"][office] += 1
            elif p["source"] in ("referral", "partner"):
                exp[f"placements.verified.{p['source']}"][office] += 1
        due = START + dt.timedelta(days=p["retention_day"])
        if p["verified"] and p["retention"] is not None and _in(due):
            exp["retention.6m.checked"][office] += 1
            exp["retention.6m.employed"][office] += p["retention"]
        if p["case"] != "none":
            intake = _intake(p, start)
            exp["package.stage1"][office] += _in(intake)
            if p["stage2"] is not None:
                exp["package.stage2"][office] += _in(START + dt.timedelta(days=p["stage2"]))
    seen = set()
    for v in visits:
        office = codes[v["office"]]
        day = START + dt.timedelta(days=v["day"])
        if v["outcome"] != "done" or not _in(day):
            continue
        exp["jobs.part_time_discovered"][office] += v["part_time"]
        if v["gangso"] and (office, v["company"]) not in seen:
            seen.add((office, v["company"]))
            exp["companies.gangso_found"][office] += 1
    for v in vacancies:
        office = codes[v["office"]]
        opened = START + dt.timedelta(days=v["opened"])
        if v["part_time"] and v["status"] != "draft" and _in(opened):
            exp["jobs.part_time_posted"][office] += v["openings"]
        if v["ended"] is not None and v["care"] in ("elderly_care", "child_care") and _in(
                START + dt.timedelta(days=v["ended"])):
            exp["jobs.care_filled"][office] += min(v["hired"], v["openings"])
    return exp


def _intake(p, start):
    return {"open": start - dt.timedelta(days=10), "closed_before": start - dt.timedelta(days=90),
            "later": start + dt.timedelta(days=5)}[p["case"]]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(placements=st.lists(placement_spec, max_size=12), visits=st.lists(visit_spec, max_size=8),
       vacancies=st.lists(vacancy_spec, max_size=6))
def test_office_figures_are_source_counts_and_nation_is_their_sum(world, placements, visits,
                                                                  vacancies):
    from goyong.employers.models import Company, DiscoveryVisit, Vacancy
    from goyong.jobseekers.models import JobSeeker, PackageCase, Placement, RetentionCheck

    # given the generated outcomes, alone in their tables
    for model in (RetentionCheck, Placement, PackageCase, JobSeeker, DiscoveryVisit, Vacancy,
                  Company):
        model.objects.all().delete()
    offices, user = world
    codes = [o.code for o in offices]
    for p in placements:
        start = START + dt.timedelta(days=p["day"])
        s = sources.seeker(offices[p["office"]], sex=p["sex"],
                           birth_date=dt.date(start.year - p["age"], 1, 1))
        row = sources.placement(s, start, verified=p["verified"], source=p["source"])
        if p["retention"] is not None:
            sources.retention(row, START + dt.timedelta(days=p["retention_day"]), p["retention"])
        if p["case"] != "none":
            intake = _intake(p, start)
            closed = start - dt.timedelta(days=30) if p["case"] == "closed_before" else None
            stage2 = START + dt.timedelta(days=p["stage2"]) if p["stage2"] is not None else None
            sources.package_case(s, intake, closed, stage2=stage2)
    for v in visits:
        company = sources.company(offices[0], v["company"])
        sources.visit(offices[v["office"]], company, START + dt.timedelta(days=v["day"]), user,
                      gangso=v["gangso"], part_time=v["part_time"], outcome=v["outcome"])
    for v in vacancies:
        sources.vacancy(offices[v["office"]], sources.company(offices[0], 9), user,
                        opened=START + dt.timedelta(days=v["opened"]),
                        ended=START + dt.timedelta(days=v["ended"]) if v["ended"] is not None
                        else None, status=v["status"], openings=v["openings"],
                        hired=min(v["hired"], v["openings"]), part_time=v["part_time"],
                        care=v["care"])
    # when
    figures = indicators.compute_all(codes, START, END)
    # then
    expected = _expected(placements, visits, codes, vacancies)
    for code, by_office in figures.items():
        indicator = indicators.get(code)
        assert indicator is not None
        if indicator.app in OURS:  # the generated sources; other apps' tables stay empty
            assert by_office == expected[code], code
        if indicator.total is not None:
            assert indicator.total(START, END) == sum(by_office.values()), code


def test_every_source_app_registered_its_indicators():
    # the apps' indicators modules were discovered at start-up
    assert {i.app for i in indicators.registered()} >= {"jobseekers", "employers"}
    assert "retention.6m.rate" in [r.code for r in indicators.ratios()]
    assert {i.code for i in indicators.registered() if i.app in OURS} == {
        "placements.verified", "placements.verified.women", "placements.verified.youth",
        "placements.verified.older", "placements.verified.package",
        "placements.verified.referral", "placements.verified.partner", "retention.6m.checked",
        "retention.6m.employed", "package.stage1", "package.stage2", "package.stage3",
        "companies.gangso_found", "jobs.part_time_discovered", "jobs.part_time_posted",
        "jobs.care_filled"}
