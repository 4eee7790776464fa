"""Who may see and do what in matching and wide-area placement.

* Recommended jobs of a seeker: whoever may open the seeker (jobseekers' policy).
* Recommended seekers of a vacancy: staff who may edit the vacancy (its office, HQ); the
  list shows only the seekers the user may open, and says how many others there are.
* Referrals: HQ, and the staff of the sending office (outbox) and of the receiving office
  (inbox). The receiving office sees the referred seeker only through the referral.
  Sending: who may edit the seeker. Answering (accept, decline, interview, outcome): office
  leads and counsellors of the receiving office, and HQ.
* Job fairs: HQ and the staff of the organising office; leads and counsellors manage them.
* The ledger and run list hold counts only: every staff role and HQ.
Out of scope answers 404 like missing."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from goyong.accounts.choices import Role
from goyong.accounts.policies import is_hq, is_office_staff, office_codes_of
from goyong.matching.models import JobFair, Referral

MANAGING_ROLES = {Role.OFFICE_LEAD, Role.COUNSELLOR}


def _role(user: Any) -> str | None:
    return user.role if getattr(user, "is_authenticated", False) else None


def can_use_matching(user: Any) -> bool:
    """Staff pages of this app (menu, ledger, inboxes) at all."""
    return is_hq(user) or is_office_staff(user)


def can_manage(user: Any, office_code: str) -> bool:
    """Leads and counsellors of the office, and HQ."""
    if is_hq(user):
        return True
    return _role(user) in MANAGING_ROLES and office_code in office_codes_of(user)


def can_run_batch(user: Any) -> bool:
    return is_hq(user)


def referrals_visible_to(user: Any) -> QuerySet[Referral]:
    if is_hq(user):
        return Referral.objects.all()
    if not is_office_staff(user):
        return Referral.objects.none()
    codes = office_codes_of(user)
    return Referral.objects.filter(Q(from_office_code__in=codes) | Q(to_office_code__in=codes))


def can_send_referral(user: Any, seeker: Any) -> bool:
    from goyong.jobseekers.policies import can_edit_seeker

    return can_edit_seeker(user, seeker)


def can_answer_referral(user: Any, referral: Referral) -> bool:
    """Accept, decline, arrange the interview, record the outcome: the receiving office."""
    return can_manage(user, referral.to_office_code)


def can_withdraw_referral(user: Any, referral: Referral) -> bool:
    return can_manage(user, referral.from_office_code)


def fairs_visible_to(user: Any) -> QuerySet[JobFair]:
    if is_hq(user):
        return JobFair.objects.all()
    if not is_office_staff(user):
        return JobFair.objects.none()
    return JobFair.objects.filter(office_code__in=office_codes_of(user))


def can_manage_fair(user: Any, fair: JobFair) -> bool:
    return can_manage(user, fair.office_code)


def can_view_vacancy_matches(user: Any, vacancy: Any) -> bool:
    from goyong.employers.vacancies.policies import can_edit_vacancy

    return (is_hq(user) or is_office_staff(user)) and can_edit_vacancy(user, vacancy)
