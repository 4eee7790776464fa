import datetime as dt

import pytest

from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.jobseekers import actions
from goyong.jobseekers.errors import (
    DuplicateSeekerError,
    NotPermittedError,
    RetentionAlreadyCheckedError,
    SeekerInvalidError,
)
from goyong.jobseekers.models import CareerEntry, JobSeeker, Placement, RetentionCheck
from goyong.jobseekers.validation import check_business_number, rrn_parts
from goyong.reference import queries
from tests.factories import make_user, office_named
from tests.jobseekers.helpers import BUSAN, SEOUL, centre_of, register, seeker_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def counsellor():
    return make_user(Role.COUNSELLOR, office_named(SEOUL), with_centre=True)


def test_register_writes_the_seeker_and_one_audit_row(counsellor):
    # when a counsellor registers a seeker at their centre
    seeker = register(acting_user=counsellor, phone="01012345678",
                      skills="지게차 운전, 물류센터 재고 관리")
    # then the record is stored with normalised phone, codes and search tokens
    seeker.refresh_from_db()
    assert seeker.phone == "010-1234-5678"
    assert (seeker.residence_code, seeker.residence_name) == ("11010", "서울특별시 종로구")
    assert seeker.centre_code == centre_of(SEOUL).code
    assert seeker.office_code == office_named(SEOUL).code
    assert seeker.registered_on == queries.today()
    assert {"지게차", "운전", "물류", "재고"} <= set(seeker.search_tokens.split())
    # and one audit row names the fields given, not their values
    row = AuditLog.objects.get(event="jobseekers.seeker.registered")
    assert row.actor == counsellor
    assert row.subject_id == str(seeker.uuid)
    assert row.data["fields"] == ["birth_date", "education", "name", "phone", "residence",
                                  "sex", "skills"]
    assert "01012345678" not in str(row.data)


def test_counsellor_cannot_register_at_another_office(counsellor):
    # when a 서울청 counsellor registers at 부산청's centre
    with pytest.raises(NotPermittedError):
        actions.register_seeker(seeker_data(), centre=centre_of(BUSAN), acting_user=counsellor)
    # then nothing happened
    assert JobSeeker.objects.count() == 0
    assert not AuditLog.objects.filter(event__startswith="jobseekers.").exists()


def test_invalid_input_gives_korean_messages_per_field_and_stores_nothing(counsellor):
    with pytest.raises(SeekerInvalidError) as caught:
        register(acting_user=counsellor, name="", residence="없는구", rrn="850315-2123456",
                 phone="12345", email="not-an-email")
    assert caught.value.errors == {
        "name": ["이름을 쓰세요."],
        "rrn": ["주민등록번호의 검증 숫자가 맞지 않습니다. 13자리 번호를 다시 확인하세요."],
        "phone": ["전화번호는 0으로 시작하는 숫자 9~11자리(예: 010-1234-5678)로 쓰세요."],
        "email": ["전자우편 주소가 올바르지 않습니다. name@example.kr처럼 쓰세요."],
        "residence": ["거주 시군구 '없는구'을(를) 찾을 수 없습니다. 시도 이름을 붙여 쓰거나 "
                      "5자리 통계청 코드로 쓰세요."],
    }
    assert JobSeeker.objects.count() == 0
    assert not AuditLog.objects.filter(event__startswith="jobseekers.").exists()


def test_rrn_must_match_birth_date_and_sex():
    # 850315-2xxxxxx: a woman born 1985-03-15; check digit 850315200001 → Σ=… → computed below
    number = "850315200001"
    total = sum(int(d) * w for d, w in zip(number, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5),
                                           strict=True))
    rrn = number + str((11 - total % 11) % 10)
    assert rrn_parts(rrn) == (dt.date(1985, 3, 15), "F")
    with pytest.raises(SeekerInvalidError) as caught:
        register(rrn=rrn, sex="M")
    assert caught.value.errors["rrn"] == [
        "주민등록번호의 성별 숫자가 입력한 성별과 다릅니다. 둘 중 틀린 것을 고치세요."]
    # numbers of people born from 2020-10-05 carry no check digit
    assert rrn_parts("201105-4123456") == (dt.date(2020, 11, 5), "F")


def test_duplicate_rrn_is_refused_through_the_blind_index():
    # given a registered seeker with a 주민등록번호
    number = "850315200001"
    total = sum(int(d) * w for d, w in zip(number, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5),
                                           strict=True))
    rrn = number + str((11 - total % 11) % 10)
    first = register(rrn=rrn)
    # when the same number is registered again (written without the hyphen, at another office)
    with pytest.raises(DuplicateSeekerError):
        register(BUSAN, rrn=rrn.replace("-", ""), name="다른이름")
    # then nothing was added
    assert list(JobSeeker.objects.values_list("pk", flat=True)) == [first.pk]
    assert AuditLog.objects.filter(event="jobseekers.seeker.registered").count() == 1


def test_business_number_check_digit():
    # 220-81-6251?: Σ(d×w) over 1,3,7,1,3,7,1,3,5 = 2+6+0+8+3+42+2+15+5 = 83,
    # + ⌊1×5/10⌋ = 0 → 83, check digit (10 − 3) mod 10 = 7.
    assert check_business_number("220-81-62517") == "2208162517"
    with pytest.raises(ValueError, match="검증 숫자"):
        check_business_number("220-81-62519")


def test_update_saves_and_audits_only_changed_fields(counsellor):
    seeker = register(acting_user=counsellor, phone="010-1111-2222")
    # when the phone and skills change and the name is given unchanged
    actions.update_seeker(seeker, {"phone": "010-3333-4444", "name": "홍길순",
                                   "skills": "요양보호사"}, acting_user=counsellor)
    seeker.refresh_from_db()
    assert seeker.phone == "010-3333-4444"
    assert "요양" in seeker.search_tokens.split()
    row = AuditLog.objects.get(event="jobseekers.seeker.updated")
    assert row.data == {"fields": ["phone", "skills"]}


def test_member_cannot_edit_and_nothing_changes():
    seeker = register()
    member = make_user(Role.OFFICE_MEMBER, office_named(SEOUL))
    with pytest.raises(NotPermittedError):
        actions.update_seeker(seeker, {"name": "바뀐이름"}, acting_user=member)
    seeker.refresh_from_db()
    assert seeker.name == "홍길순"
    assert not AuditLog.objects.filter(event="jobseekers.seeker.updated").exists()


def test_viewing_is_audited_and_out_of_scope_views_are_refused(counsellor):
    seeker = register()
    actions.record_seeker_viewed(seeker, acting_user=counsellor, channel="page")
    row = AuditLog.objects.get(event="jobseekers.seeker.viewed")
    assert (row.actor, row.subject_id, row.data) == (counsellor, str(seeker.uuid),
                                                     {"channel": "page", "purpose": ""})
    other = make_user(Role.COUNSELLOR, office_named(BUSAN), with_centre=True)
    with pytest.raises(NotPermittedError):
        actions.record_seeker_viewed(seeker, acting_user=other)
    assert AuditLog.objects.filter(event="jobseekers.seeker.viewed").count() == 1


def test_career_entry_with_break_reason(counsellor):
    seeker = register()
    entry = actions.add_career_entry(seeker, {
        "occupation_name": "사무원", "occupation_code": "02", "years": "4.5",
        "ended_on": dt.date(2010, 2, 28), "leave_reason": "childbirth"}, acting_user=counsellor)
    assert (entry.years, entry.leave_reason) == (pytest.approx(4.5), "childbirth")
    assert AuditLog.objects.get(event="jobseekers.career.added").data == {
        "leave_reason": "childbirth", "occupation_code": "02"}
    with pytest.raises(SeekerInvalidError) as caught:
        actions.add_career_entry(seeker, {"occupation_name": "", "occupation_code": "99",
                                          "years": "x", "leave_reason": "bored"},
                                 acting_user=counsellor)
    assert sorted(caught.value.errors) == ["leave_reason", "occupation_code", "occupation_name",
                                           "years"]
    assert CareerEntry.objects.count() == 1


def test_placement_creates_retention_checks_at_1_3_6_months(counsellor):
    seeker = register()
    # when a placement starting on 31 August is recorded (month ends: 30 Sep., 28 Feb.)
    start = dt.date(queries.today().year - 1, 8, 31)
    seeker.registered_on = start - dt.timedelta(days=30)
    placement = actions.record_placement(seeker, {
        "employer_name": "대성물류", "business_number": "220-81-62517", "start_date": start,
        "monthly_wage": 2_100_000, "weekly_hours": 40, "insured": True, "source": "referral",
        "verified": True, "verification_method": "insurance_record"}, acting_user=counsellor)
    # then three checks are due on the same day 1, 3 and 6 months later, or the month's end
    year = start.year + 1
    feb_end = 29 if year % 4 == 0 else 28
    assert [(c.month, c.due_date) for c in placement.checks.order_by("month")] == [
        (1, dt.date(start.year, 9, 30)), (3, dt.date(start.year, 11, 30)),
        (6, dt.date(year, 2, feb_end))]
    assert placement.verified_on == queries.today()
    assert placement.business_number == "2208162517"
    row = AuditLog.objects.get(event="jobseekers.placement.recorded")
    assert row.data["verified"] is True


def test_placement_refused_without_verification_method():
    seeker = register()
    with pytest.raises(SeekerInvalidError) as caught:
        actions.record_placement(seeker, {
            "employer_name": "대성물류", "start_date": queries.today(), "monthly_wage": 1,
            "weekly_hours": 40, "insured": True, "source": "referral", "verified": True},
            acting_user=None)
    assert list(caught.value.errors) == ["verification_method"]
    assert Placement.objects.count() == 0
    assert RetentionCheck.objects.count() == 0


def test_retention_check_only_when_due_and_only_once(counsellor):
    seeker = register()
    seeker.registered_on = queries.today() - dt.timedelta(days=400)
    placement = actions.record_placement(seeker, {
        "employer_name": "대성물류", "start_date": queries.today() - dt.timedelta(days=45),
        "monthly_wage": 2_000_000, "weekly_hours": 40, "insured": True,
        "source": "self_found"}, acting_user=counsellor)
    one, three = placement.checks.get(month=1), placement.checks.get(month=3)
    # the 3-month check is not due yet: refused, unchanged
    with pytest.raises(SeekerInvalidError):
        actions.record_retention_check(three, employed=True, source="counsellor",
                                       acting_user=counsellor)
    three.refresh_from_db()
    assert three.employed is None
    # the 1-month check is recorded once
    actions.record_retention_check(one, employed=True, source="insurance_record",
                                   acting_user=counsellor)
    one.refresh_from_db()
    assert (one.employed, one.source, one.checked_by) == (True, "insurance_record", counsellor)
    with pytest.raises(RetentionAlreadyCheckedError):
        actions.record_retention_check(one, employed=False, source="counsellor",
                                       acting_user=counsellor)
    assert AuditLog.objects.filter(event="jobseekers.retention.checked").count() == 1
