"""Job-fair assignment through the engine's FairAssigner: capacities m and c hold, the
stored schedule has no clashes and its total; refusals write nothing."""

from __future__ import annotations

import pytest

from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.matching import actions, fair
from goyong.matching.errors import NotPermittedError
from goyong.matching.models import FairInterview
from goyong.reference import queries as ref
from tests.factories import make_user, office_named
from tests.jobseekers.helpers import BUSAN, SEOUL
from tests.matching.helpers import seeker, vacancy


def test_timetable_has_no_clashes():
    slots = fair.timetable([(1, 10), (2, 10), (1, 11), (2, 11), (3, 11)])
    assert slots == [1, 2, 2, 1, 3]


@pytest.mark.django_db
def test_fair_schedule_respects_m_and_c():
    # given a 서울 fair with m = 1, c = 1, three seekers and two one-opening vacancies
    lead = make_user(Role.OFFICE_LEAD, office_named(SEOUL))
    job_fair = actions.create_fair(office_code="12010", name="박람회", held_on=ref.today(),
                                   max_per_seeker=1, per_opening=1, acting_user=lead)
    seekers = [seeker(SEOUL) for _ in range(3)]
    vacancies = [vacancy(SEOUL, openings=1), vacancy(SEOUL, openings=1)]
    actions.register_fair_seekers(job_fair, seekers, acting_user=lead)
    actions.register_fair_vacancies(job_fair, vacancies, acting_user=lead)
    # when assigned
    rows = actions.assign_fair_interviews(job_fair, acting_user=lead)
    # then two interviews: one per vacancy, different seekers, both in the first slot
    assert len(rows) == 2
    assert len({r.seeker_id for r in rows}) == 2
    assert sorted(r.vacancy_id for r in rows) == sorted(v.pk for v in vacancies)
    assert {r.slot for r in rows} == {1}
    job_fair.refresh_from_db()
    assert job_fair.assigned_total == pytest.approx(sum(r.score for r in rows), abs=1e-6)


@pytest.mark.django_db
def test_another_office_cannot_assign_and_nothing_is_written():
    lead = make_user(Role.OFFICE_LEAD, office_named(SEOUL))
    other = make_user(Role.OFFICE_LEAD, office_named(BUSAN))
    job_fair = actions.create_fair(office_code="12010", name="박람회", held_on=ref.today(),
                                   acting_user=lead)
    before = AuditLog.objects.count()
    with pytest.raises(NotPermittedError):
        actions.assign_fair_interviews(job_fair, acting_user=other)
    assert FairInterview.objects.count() == 0
    assert AuditLog.objects.count() == before
