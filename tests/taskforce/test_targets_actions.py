import datetime as dt
from decimal import Decimal

import pytest

from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.taskforce import actions, policies
from goyong.taskforce.choices import NATIONAL, MeetingKind, TargetOrigin, TargetStatus
from goyong.taskforce.errors import (
    NotPermittedError,
    TargetStateError,
    TargetValueError,
    UnknownIndicatorError,
)
from goyong.taskforce.models import GoodPractice, Meeting, Target, TaskForce
from tests.factories import make_user, office_named

pytestmark = pytest.mark.django_db


@pytest.fixture
def seoul():
    return office_named("서울지방고용노동청")


@pytest.fixture
def busan():
    return office_named("부산지방고용노동청")


def test_roadmap_targets_are_the_national_2017_figures():
    # when
    created = actions.load_roadmap_targets(acting_user=None)
    again = actions.load_roadmap_targets(acting_user=None)
    # then
    rows = {t.indicator: t.value for t in Target.objects.filter(
        office_code=NATIONAL, period="2017", status=TargetStatus.APPROVED)}
    assert rows == {"rate.15_64": Decimal("70.00"), "rate.women": Decimal("61.90"),
                    "rate.youth": Decimal("47.70"), "rate.55_64": Decimal("68.20")}
    assert (created, again) == (4, 0)
    assert set(Target.objects.values_list("origin", flat=True)) == {TargetOrigin.ROADMAP}


def test_hq_sets_office_proposes_hq_approves(seoul):
    # given
    hq = make_user(Role.HQ)
    lead = make_user(Role.OFFICE_LEAD, seoul)
    first = actions.set_target(office_code=seoul.code, period="2026", indicator="rate.15_64",
                               value="66.5", acting_user=hq)
    # when the office proposes 67.0 and HQ approves it
    proposal = actions.propose_target(office_code=seoul.code, period="2026",
                                      indicator="rate.15_64", value=67, reason="지역 여건 반영",
                                      acting_user=lead)
    assert Target.objects.get(pk=first.pk).status == TargetStatus.APPROVED
    actions.decide_target(proposal, approve=True, acting_user=hq)
    # then the proposal is the target and the first one is superseded
    assert Target.objects.get(pk=proposal.pk).status == TargetStatus.APPROVED
    assert Target.objects.get(pk=proposal.pk).approved_by == hq
    assert Target.objects.get(pk=first.pk).status == TargetStatus.SUPERSEDED
    assert list(AuditLog.objects.filter(event__startswith="taskforce.target").order_by(
        "pk").values_list("event", flat=True)) == [
        "taskforce.target.set", "taskforce.target.proposed", "taskforce.target.approved"]
    with pytest.raises(TargetStateError):
        actions.decide_target(proposal, approve=False, acting_user=hq)


def test_office_cannot_set_targets_nor_propose_for_another_office(seoul, busan):
    # given
    lead = make_user(Role.OFFICE_LEAD, seoul)
    member = make_user(Role.OFFICE_MEMBER, seoul)
    # when / then
    with pytest.raises(NotPermittedError):
        actions.set_target(office_code=seoul.code, period="2026", indicator="rate.15_64",
                           value=70, acting_user=lead)
    with pytest.raises(NotPermittedError):
        actions.propose_target(office_code=busan.code, period="2026", indicator="rate.15_64",
                               value=70, reason="x", acting_user=lead)
    with pytest.raises(NotPermittedError):
        actions.propose_target(office_code=seoul.code, period="2026", indicator="rate.15_64",
                               value=70, reason="x", acting_user=member)
    assert Target.objects.count() == 0
    assert not AuditLog.objects.filter(event__startswith="taskforce.").exists()


def test_proposal_decided_only_by_hq(seoul):
    lead = make_user(Role.OFFICE_LEAD, seoul)
    proposal = actions.propose_target(office_code=seoul.code, period="2026H1",
                                      indicator="rate.youth", value=45, reason="청년 사업 확대",
                                      acting_user=lead)
    with pytest.raises(NotPermittedError):
        actions.decide_target(proposal, approve=True, acting_user=lead)
    assert Target.objects.get(pk=proposal.pk).status == TargetStatus.PROPOSED
    assert AuditLog.objects.filter(event="taskforce.target.approved").count() == 0


@pytest.mark.parametrize("value", ["-1", "abc", "nan"])
def test_bad_target_values_are_refused_in_korean(seoul, value):
    hq = make_user(Role.HQ)
    with pytest.raises(TargetValueError, match="목표값은 0 이상의 숫자여야 합니다"):
        actions.set_target(office_code=seoul.code, period="2026", indicator="rate.15_64",
                           value=value, acting_user=hq)
    with pytest.raises(UnknownIndicatorError):
        actions.set_target(office_code=seoul.code, period="2026", indicator="nope",
                           value=1, acting_user=hq)
    assert Target.objects.count() == 0


def test_meetings_and_good_practices(seoul, busan):
    # given
    lead = make_user(Role.OFFICE_LEAD, seoul)
    member = make_user(Role.OFFICE_MEMBER, seoul)
    counsellor = make_user(Role.COUNSELLOR, seoul)
    taskforce, created = actions.ensure_taskforce(seoul.code, lead=lead, members=[member],
                                                  acting_user=None)
    # when
    meeting = actions.record_meeting(taskforce, kind=MeetingKind.REVIEW,
                                     held_on=dt.date(2026, 3, 5), title="3월 점검회의",
                                     agenda="상반기 목표 점검", minutes="청년 취업 부진 원인 논의",
                                     attendees=[lead, member], acting_user=member)
    practice = actions.publish_good_practice(
        office_code=seoul.code, title="경력단절여성 시간선택제 매칭", body="지역 병원과 협약",
        tags="여성, #시간선택제 여성", acting_user=lead)
    # then
    assert created
    assert list(meeting.attendees.order_by("pk")) == [lead, member]
    assert practice.tags == ",여성,시간선택제,"
    assert practice.region_code == "11"
    with pytest.raises(NotPermittedError):
        actions.record_meeting(taskforce, kind=MeetingKind.WORKSHOP, held_on=dt.date(2026, 4, 1),
                               title="워크숍", acting_user=counsellor)
    assert Meeting.objects.count() == 1
    other = make_user(Role.OFFICE_LEAD, busan)
    assert list(policies.taskforces_visible_to(other)) == []
    assert list(policies.taskforces_visible_to(lead)) == [taskforce]
    assert list(policies.good_practices_visible_to(other)) == [practice]
    assert list(policies.good_practices_visible_to(make_user(Role.EMPLOYER))) == []
    assert GoodPractice.objects.filter(tags__contains=",시간선택제,").count() == 1
    assert TaskForce.objects.count() == 1
