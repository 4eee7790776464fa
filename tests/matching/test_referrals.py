"""Wide-area referral workflow: actions, scoping of the receiving office, the ledger and the
indicator."""

from __future__ import annotations

import datetime as dt

import pytest

from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.jobseekers.models import Placement
from goyong.matching import actions, queries
from goyong.matching.errors import InvalidError, NotPermittedError, TransitionError
from goyong.matching.models import Referral
from goyong.reference import queries as ref
from goyong.taskforce.indicators import get as indicator
from tests.factories import make_user, office_named
from tests.jobseekers.helpers import BUSAN, SEOUL
from tests.matching.helpers import JUNGBU, seeker, vacancy

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    a = make_user(Role.COUNSELLOR, office_named(SEOUL), with_centre=True)
    b = make_user(Role.COUNSELLOR, office_named(BUSAN), with_centre=True)
    c = make_user(Role.COUNSELLOR, office_named(JUNGBU), with_centre=True)
    return {"a": a, "b": b, "c": c, "seeker": seeker(SEOUL, willing_to_relocate=True),
            "busan_seeker": seeker(BUSAN), "vacancy": vacancy(BUSAN, openings=2)}


def test_office_a_refers_and_office_b_hires_with_mobility_support(world):
    # given a referral from 서울청 to a 부산청 vacancy
    referral = actions.send_referral(world["seeker"], world["vacancy"], acting_user=world["a"])
    assert (referral.from_office_code, referral.to_office_code) == ("12010", "13000")
    # when 부산청 accepts, arranges the interview and records a hire
    actions.accept_referral(referral, acting_user=world["b"])
    at = dt.datetime(2026, 12, 1, 14, 0, tzinfo=dt.UTC)
    actions.arrange_interview(referral, at=at, place="면접실", acting_user=world["b"])
    start = ref.today()
    actions.record_outcome(referral, hired=True, start_date=start, relocation=True,
                           housing=True, acting_user=world["b"])
    # then the placement exists for the seeker, with the mobility support on the referral
    referral.refresh_from_db()
    placement = Placement.objects.get(seeker=world["seeker"])
    assert referral.status == "hired"
    assert referral.placement == placement
    assert (referral.relocation_support, referral.housing_support,
            referral.commuting_support) == (True, True, False)
    assert (placement.source, placement.verified, placement.start_date,
            placement.monthly_wage) == ("referral", True, start, 2_300_000)
    # recorded in the name of 부산청's counsellor, who still cannot edit the seeker
    assert placement.recorded_by == world["b"]
    assert AuditLog.objects.get(event="jobseekers.placement.recorded").actor == world["b"]
    from goyong.jobseekers.policies import can_edit_seeker

    assert not can_edit_seeker(world["b"], world["seeker"])
    world["vacancy"].refresh_from_db()
    assert world["vacancy"].hired == 1
    events = list(AuditLog.objects.filter(subject_id=str(referral.uuid))
                  .order_by("id").values_list("event", "actor_id"))
    assert events == [("matching.referral.sent", world["a"].pk),
                      ("matching.referral.accepted", world["b"].pk),
                      ("matching.referral.interview_arranged", world["b"].pk),
                      ("matching.referral.outcome_recorded", world["b"].pk)]


def test_the_ledger_and_indicator_count_the_hire_for_both_offices(world):
    # given a hire through a referral from 서울청 to 부산청
    referral = actions.send_referral(world["seeker"], world["vacancy"], acting_user=world["a"])
    actions.accept_referral(referral, acting_user=world["b"])
    today = ref.today()
    actions.record_outcome(referral, hired=True, start_date=today, acting_user=world["b"])
    # when the ledger and indicators are read for the year
    start, end = dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    ledger = queries.ledger(start, end)
    rows = {r.code: (r.sent, r.received, r.hires_out, r.hires_in) for r in ledger.offices}
    # then the hire counts out for 서울청 and in for 부산청
    assert rows == {"12010": (1, 0, 1, 0), "13000": (0, 1, 0, 1)}
    assert ledger.flows == [{"from": "12010", "from_name": "서울지방고용노동청", "to": "13000",
                             "to_name": "부산지방고용노동청", "referrals": 1, "hires": 1}]
    placed = indicator("placements.wide_area")
    filled = indicator("vacancies.filled_wide_area")
    assert placed is not None and filled is not None
    assert placed.compute(["12010", "13000"], start, end) == {"12010": 1, "13000": 0}
    assert filled.compute(["12010", "13000"], start, end) == {"12010": 0, "13000": 1}
    assert placed.total is not None and placed.total(start, end) == 1


def test_a_third_office_cannot_answer_and_nothing_changes(world):
    # given a referral from 서울청 to 부산청
    referral = actions.send_referral(world["seeker"], world["vacancy"], acting_user=world["a"])
    before = AuditLog.objects.count()
    # when 중부청 or the sender tries to accept it
    for user in (world["c"], world["a"]):
        with pytest.raises(NotPermittedError):
            actions.accept_referral(referral, acting_user=user)
    # then nothing happened
    referral.refresh_from_db()
    assert referral.status == "sent"
    assert AuditLog.objects.count() == before


def test_refusals_write_nothing(world):
    # given a seeker of 서울청 and a vacancy of its own office
    own = vacancy(SEOUL)
    before = AuditLog.objects.count()
    # when 서울청 refers to its own office, or 부산청 refers 서울청's seeker
    with pytest.raises(InvalidError) as same_office:
        actions.send_referral(world["seeker"], own, acting_user=world["a"])
    with pytest.raises(NotPermittedError):
        actions.send_referral(world["seeker"], world["vacancy"], acting_user=world["b"])
    # then no referral and no audit row exist
    assert "관내 알선" in str(same_office.value)
    assert Referral.objects.count() == 0
    assert AuditLog.objects.count() == before


def test_steps_must_follow_the_order(world):
    # given a referral just sent
    referral = actions.send_referral(world["seeker"], world["vacancy"], acting_user=world["a"])
    # when the outcome is recorded before acceptance
    with pytest.raises(TransitionError):
        actions.record_outcome(referral, hired=True, start_date=ref.today(),
                               acting_user=world["b"])
    # then nothing was recorded
    referral.refresh_from_db()
    assert referral.status == "sent"
    assert not Placement.objects.filter(seeker=world["seeker"]).exists()


def test_declining_needs_a_reason(world):
    referral = actions.send_referral(world["seeker"], world["vacancy"], acting_user=world["a"])
    with pytest.raises(InvalidError):
        actions.decline_referral(referral, reason=" ", acting_user=world["b"])
    actions.decline_referral(referral, reason="모집 완료", acting_user=world["b"])
    referral.refresh_from_db()
    assert (referral.status, referral.decline_reason) == ("declined", "모집 완료")
