"""Case actions and the stage machine: guarded transitions refuse with Korean reasons and
change nothing; activities, attendance and the ledger; deadlines and the overdue list."""

from __future__ import annotations

import datetime as dt

import pytest

from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.jobseekers.models import AllowancePayment, CaseEvent, PackageCase
from goyong.jobseekers.package import actions, machine, queries
from goyong.jobseekers.package.errors import CaseInputError, TransitionRefused
from tests.factories import make_user, office_named
from tests.jobseekers.package.factories import make_case, make_placement, make_seeker

pytestmark = pytest.mark.django_db


@pytest.fixture
def seoul():
    return office_named("서울지방고용노동청")


@pytest.fixture
def counsellor(seoul):
    return make_user(Role.COUNSELLOR, seoul, with_centre=True)


def _audit_count():
    return AuditLog.objects.filter(event__startswith="jobseekers.").count()


def test_enrol_writes_case_initial_counselling_and_audit(seoul, counsellor):
    # given an eligible 여성가장
    seeker = make_seeker(seoul)
    # when
    case = actions.enrol(seeker, type="I", intake_on=dt.date(2014, 3, 3), acting_user=counsellor)
    # then
    assert (case.stage, case.rules, case.counsellor, case.office_code) == (
        "stage1", "2014", counsellor, seoul.code)
    assert list(case.events.values_list("kind", flat=True)) == ["initial_counselling"]
    log = AuditLog.objects.get(event="jobseekers.case.enrolled")
    assert log.data["reasons"] == ["여성가장: 만 38세"]
    assert log.subject_id == str(case.uuid)


def test_enrol_refuses_an_ineligible_type_with_reasons(seoul, counsellor):
    # given a 45-year-old with no Type I category and no income assessment
    seeker = make_seeker(seoul, born=dt.date(1969, 1, 1), categories=())
    before = _audit_count()
    # when
    with pytest.raises(CaseInputError) as error:
        actions.enrol(seeker, type="I", intake_on=dt.date(2014, 3, 3), acting_user=counsellor)
    # then
    assert str(error.value).startswith("Ⅰ유형 참여 대상이 아닙니다. 저소득층")
    assert PackageCase.objects.count() == 0 and _audit_count() == before


def test_stage3_before_iap_is_refused_and_changes_nothing(seoul, counsellor):
    # given a case in Stage 1 without an IAP
    case = make_case(make_seeker(seoul), counsellor)
    rows, audits = CaseEvent.objects.count(), _audit_count()
    # when
    with pytest.raises(TransitionRefused) as error:
        actions.advance(case, "stage3", on=dt.date(2014, 3, 20), acting_user=counsellor)
    # then
    assert str(error.value) == ("IAP를 먼저 완료해야 3단계 집중취업알선(으)로 넘어갈 수 있습니다. "
                                "1단계에서 개인별 취업활동계획(IAP) 수립을 기록하세요.")
    case.refresh_from_db()
    assert (case.stage, case.stage3_started_on) == ("stage1", None)
    assert CaseEvent.objects.count() == rows and _audit_count() == audits


def test_other_refusals_say_what_to_do(seoul, counsellor):
    case = make_case(make_seeker(seoul), counsellor, iap=dt.date(2014, 3, 20))
    with pytest.raises(TransitionRefused) as completed_from_1:
        actions.advance(case, "completed", on=dt.date(2014, 3, 25), acting_user=counsellor,
                        reason="employed")
    with pytest.raises(TransitionRefused) as no_reason:
        actions.advance(case, "dropped", on=dt.date(2014, 3, 25), acting_user=counsellor)
    with pytest.raises(TransitionRefused) as before_start:
        actions.advance(case, "stage2", on=dt.date(2014, 3, 1), acting_user=counsellor)
    assert str(completed_from_1.value) == (
        "1단계에서는 바로 종료(수료)할 수 없습니다. IAP를 완료하고 2단계나 3단계로 진행한 뒤 종료하세요.")
    assert str(no_reason.value).startswith("중도 탈락 사유를 고르세요: 연락 두절, 본인 포기")
    assert str(before_start.value) == (
        "날짜 2014-03-01이(가) 현재 단계의 시작일 2014-03-03보다 앞섭니다. 날짜를 확인하세요.")
    closed = make_case(make_seeker(seoul), counsellor, iap=dt.date(2014, 3, 20),
                       stage3=dt.date(2014, 3, 21), closed=dt.date(2014, 5, 1))
    with pytest.raises(TransitionRefused) as again:
        actions.advance(closed, "stage3", on=dt.date(2014, 6, 1), acting_user=counsellor)
    assert str(again.value) == "이미 종료(수료) 처리된 사례입니다. 다시 참여하려면 새 사례로 등록하세요."


def test_advance_through_the_stages_with_audit(seoul, counsellor):
    case = make_case(make_seeker(seoul), counsellor, iap=dt.date(2014, 3, 20),
                     stage2=dt.date(2014, 3, 24), stage3=dt.date(2014, 8, 1),
                     closed=dt.date(2014, 9, 1))
    assert (case.stage, case.close_reason) == ("completed", "employed")
    assert list(AuditLog.objects.filter(subject_id=str(case.uuid)).order_by("pk")
                .values_list("event", flat=True)) == [
        "jobseekers.case.enrolled", "jobseekers.case.activity_recorded",
        "jobseekers.case.activity_recorded", "jobseekers.case.advanced",
        "jobseekers.case.advanced", "jobseekers.case.completed"]


def test_another_office_cannot_advance(seoul, counsellor):
    case = make_case(make_seeker(seoul), counsellor, iap=dt.date(2014, 3, 20))
    other = make_user(Role.COUNSELLOR, office_named("부산지방고용노동청"), with_centre=True)
    before = _audit_count()
    with pytest.raises(PermissionError):
        actions.advance(case, "stage2", on=dt.date(2014, 3, 24), acting_user=other)
    case.refresh_from_db()
    assert case.stage == "stage1" and _audit_count() == before


def test_activity_must_belong_to_the_current_stage(seoul, counsellor):
    case = make_case(make_seeker(seoul), counsellor)
    with pytest.raises(CaseInputError) as error:
        actions.record_activity(case, "accompanied_interview", on=dt.date(2014, 3, 5),
                                acting_user=counsellor)
    assert str(error.value) == "동행면접은(는) 3단계 집중취업알선의 활동입니다. 지금은 1단계 진단·경로설정입니다."


def test_training_copayment_by_type(seoul, counsellor):
    one = make_case(make_seeker(seoul), counsellor, iap=dt.date(2014, 3, 20),
                    stage2=dt.date(2014, 3, 24))
    two = make_case(make_seeker(seoul, born=dt.date(1990, 1, 1), categories=()), counsellor,
                    type="II", iap=dt.date(2014, 3, 20), stage2=dt.date(2014, 3, 24))
    free = actions.record_activity(one, "training", on=dt.date(2014, 4, 1),
                                   acting_user=counsellor, card_amount=2_000_000)
    shared = actions.record_activity(two, "training", on=dt.date(2014, 4, 1),
                                     acting_user=counsellor, card_amount=2_000_000)
    assert (free.copay_percent, free.copay_amount) == (0, 0)
    assert (shared.copay_percent, shared.copay_amount) == (20, 400_000)
    with pytest.raises(CaseInputError) as error:
        actions.record_activity(two, "training", on=dt.date(2014, 4, 1), acting_user=counsellor,
                                card_amount=2_000_000, copay_percent=5)
    assert str(error.value) == "Ⅱ유형의 자부담 비율은 10~20%입니다."


def test_statement_and_ledger_follow_the_records(seoul, counsellor):
    # given the Done-when scenario recorded as a case
    seeker = make_seeker(seoul)
    case = make_case(seeker, counsellor, iap=dt.date(2014, 3, 24), stage2=dt.date(2014, 3, 25))
    actions.record_attendance(case, "2014-04", 20, acting_user=counsellor)
    actions.record_attendance(case, "2014-05", 15, acting_user=counsellor)
    case = actions.advance(case, "stage3", on=dt.date(2014, 6, 2), acting_user=counsellor)
    case = actions.advance(case, "completed", on=dt.date(2014, 7, 31), acting_user=counsellor,
                           reason="employed")
    make_placement(seeker, dt.date(2014, 8, 18))
    # when
    statement = queries.statement_of(case, dt.date(2015, 3, 31))
    claimed = actions.claim_allowances(case, on=dt.date(2015, 3, 31), acting_user=counsellor)
    again = actions.claim_allowances(case, on=dt.date(2015, 3, 31), acting_user=counsellor)
    # then
    assert [p.amount for p in statement.payments] == [250000, 284000, 270000,
                                                      200000, 300000, 500000]
    assert [(p.kind, p.period, p.amount) for p in claimed] == [
        ("stage1", "", 250000), ("training", "2014-04", 284000),
        ("training", "2014-05", 270000), ("success", "1개월", 200000),
        ("success", "3개월", 300000), ("success", "6개월", 500000)]
    assert again == []
    payment = claimed[0]
    with pytest.raises(CaseInputError):
        actions.pay_payment(payment, on=dt.date(2015, 4, 1), acting_user=counsellor)
    actions.approve_payment(payment, on=dt.date(2015, 4, 1), acting_user=counsellor)
    actions.pay_payment(payment, on=dt.date(2015, 4, 2), acting_user=counsellor)
    assert AllowancePayment.objects.get(pk=payment.pk).status == "paid"


def test_deadlines_by_type_and_the_overdue_list_on_frozen_dates(seoul, counsellor):
    # given: Type I Stage 1 limit 28 days, Type II 56 days, Stage 2/3 six months
    s1_type1 = make_case(make_seeker(seoul), counsellor, intake=dt.date(2014, 3, 3))
    s1_type2 = make_case(make_seeker(seoul, born=dt.date(1990, 1, 1), categories=()),
                         counsellor, type="II", intake=dt.date(2014, 3, 3))
    s2 = make_case(make_seeker(seoul), counsellor, intake=dt.date(2014, 1, 6),
                   iap=dt.date(2014, 1, 27), stage2=dt.date(2014, 1, 31))
    s3 = make_case(make_seeker(seoul), counsellor, intake=dt.date(2014, 1, 2),
                   iap=dt.date(2014, 1, 20), stage3=dt.date(2014, 1, 23))
    assert [machine.deadline(c) for c in (s1_type1, s1_type2, s2, s3)] == [
        dt.date(2014, 3, 30), dt.date(2014, 4, 27), dt.date(2014, 7, 30), dt.date(2014, 7, 22)]
    # when / then: each frozen date gives the cases past their limit, most overdue first
    def overdue(day):
        return [(r.case.pk, r.days_overdue) for r in queries.caseload(counsellor, day).overdue]
    assert overdue(dt.date(2014, 3, 30)) == []
    assert overdue(dt.date(2014, 3, 31)) == [(s1_type1.pk, 1)]
    assert overdue(dt.date(2014, 4, 28)) == [(s1_type1.pk, 29), (s1_type2.pk, 1)]
    assert overdue(dt.date(2014, 7, 23)) == [(s1_type1.pk, 115), (s1_type2.pk, 87),
                                            (s3.pk, 1)]
    assert overdue(dt.date(2014, 7, 31)) == [(s1_type1.pk, 123), (s1_type2.pk, 95),
                                            (s3.pk, 9), (s2.pk, 1)]
