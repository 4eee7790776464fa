"""Job-fair assignment: the min-cost flow reaches the brute-force optimum under the
capacities; the stored schedule has no clashes; refusals write nothing."""

from __future__ import annotations

import itertools

import numpy as np
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


def _brute(micro, si, vj, seeker_cap, vacancy_cap):
    best = 0
    for r in range(len(micro) + 1):
        for chosen in itertools.combinations(range(len(micro)), r):
            s = np.bincount(si[list(chosen)], minlength=seeker_cap.size)
            v = np.bincount(vj[list(chosen)], minlength=vacancy_cap.size)
            if (s <= seeker_cap).all() and (v <= vacancy_cap).all():
                best = max(best, int(micro[list(chosen)].sum()))
    return best


@pytest.mark.parametrize("seed", range(5))
def test_assignment_reaches_the_brute_force_optimum(seed):
    # given a random 3 × 3 instance with some pairs missing and capacities 1–2
    rng = np.random.default_rng(seed)
    pairs = [(i, j) for i in range(3) for j in range(3) if rng.random() < 0.8]
    si = np.array([p[0] for p in pairs])
    vj = np.array([p[1] for p in pairs])
    micro = rng.integers(1, 1_000_000, size=len(pairs))
    seeker_cap = rng.integers(1, 3, size=3)
    vacancy_cap = rng.integers(1, 3, size=3)
    # when assigned
    chosen = fair.assign(si, vj, micro, seeker_cap, vacancy_cap)
    # then the capacities hold and the total is the optimum
    assert (np.bincount(si[chosen], minlength=3) <= seeker_cap).all()
    assert (np.bincount(vj[chosen], minlength=3) <= vacancy_cap).all()
    assert int(micro[chosen].sum()) == _brute(micro, si, vj, seeker_cap, vacancy_cap)


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
