"""Every write of vacancies and employer self-service, each with its audit row in the same
transaction. Rules on the terms come from `rules.py`; permissions from `policies.py`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from goyong.accounts.choices import Role
from goyong.accounts.models import User
from goyong.audit.actions import record
from goyong.employers.models import Company, EmployerUser, Vacancy
from goyong.employers.vacancies import policies, rules
from goyong.employers.vacancies.choices import ContractType, VacancyStatus
from goyong.employers.vacancies.errors import (
    OpeningsError,
    VacancyRulesError,
    VacancyStateError,
    WorkPlaceError,
)
from goyong.employers.vacancies.signals import vacancy_changed
from goyong.employers.vacancies.tokens import token_field
from goyong.reference import queries as reference
from goyong.reference.models import ClassificationItem, Office

# An open vacancy without an application deadline expires this long after it was posted.
STALE_AFTER_DAYS = 60


@dataclass
class VacancyInput:
    """What a person types in for a vacancy (forms and the API build one)."""

    occupation: ClassificationItem
    title: str
    wage_amount: int
    wage_basis: str
    weekly_hours: Decimal
    description: str = ""
    work_sigungu_code: str = ""  # default: the company's
    work_address: str = ""
    contract_type: str = ContractType.PERMANENT
    contract_months: int | None = None
    openings: int = 1
    part_time: bool = False
    part_time_type: str = ""
    care_category: str = ""
    closes_on: dt.date | None = None


INPUT_FIELDS = [f.name for f in fields(VacancyInput)]


def _office_of(company: Company) -> Office | None:
    return reference.offices_on(reference.today()).filter(code=company.office_code).first()


def _check(data: VacancyInput, posting_date: dt.date) -> rules.Terms:
    if data.contract_type != ContractType.FIXED_TERM:
        data.contract_months = None
    if not data.part_time:
        data.part_time_type = data.part_time_type or ""
    terms = rules.Terms(
        posting_date=posting_date, wage_amount=data.wage_amount, wage_basis=data.wage_basis,
        weekly_hours=Decimal(data.weekly_hours), contract_type=data.contract_type,
        contract_months=data.contract_months, part_time=data.part_time,
        part_time_type=data.part_time_type, care_category=data.care_category)
    problems = rules.check_terms(terms)
    if data.openings < 1:
        problems.append(rules.Problem("openings", "vacancy.openings.not_positive", _(
            "모집 인원은 1명 이상이어야 합니다. 모집 인원을 고치세요.")))
    if not data.title.strip():
        problems.append(rules.Problem("title", "vacancy.title.missing", _(
            "구인 제목을 적으세요.")))
    if data.closes_on is not None and data.closes_on < posting_date:
        problems.append(rules.Problem("closes_on", "vacancy.closes_on.past", _(
            "접수 마감일이 게시일보다 빠릅니다. 마감일을 게시일 이후로 고치세요.")))
    if problems:
        raise VacancyRulesError(problems)
    return terms


def _place(vacancy: Vacancy, company: Company, data: VacancyInput) -> None:
    """Work place: the company's unless another 시군구 is given (then its centre point)."""
    code = (data.work_sigungu_code or company.sigungu_code).strip()
    day = reference.today()
    if code == company.sigungu_code:
        vacancy.latitude, vacancy.longitude = company.latitude, company.longitude
        region = None
    else:
        try:
            region = reference.find_sigungu(code, day)
        except reference.NotFoundError:
            raise WorkPlaceError(code) from None
        code = region.kostat_code
        vacancy.latitude, vacancy.longitude = region.centroid_lat, region.centroid_lon
    vacancy.work_sigungu_code = code
    vacancy.work_address = data.work_address or (company.address if region is None else "")
    try:
        covering = reference.office_covering(region or reference.find_sigungu(code, day), day)
        vacancy.office_code = covering.office.code
    except reference.NotFoundError:
        vacancy.office_code = company.office_code


def _apply(vacancy: Vacancy, data: VacancyInput, terms: rules.Terms) -> None:
    for name in INPUT_FIELDS:
        if name != "work_sigungu_code" and name != "work_address":
            setattr(vacancy, name, getattr(data, name))
    vacancy.title = data.title.strip()
    vacancy.quality_part_time = data.part_time and rules.is_quality_part_time(terms)
    vacancy.search_tokens = token_field(vacancy.title, vacancy.description,
                                        data.occupation.name)


def _snapshot(vacancy: Vacancy) -> dict[str, Any]:
    return {"title": vacancy.title, "status": vacancy.status,
            "wage_amount": vacancy.wage_amount, "wage_basis": vacancy.wage_basis,
            "weekly_hours": str(vacancy.weekly_hours), "part_time": vacancy.part_time,
            "part_time_type": vacancy.part_time_type, "care_category": vacancy.care_category,
            "openings": vacancy.openings, "hired": vacancy.hired,
            "occupation": vacancy.occupation.code if vacancy.occupation_id else ""}


def create_vacancy(company: Company, data: VacancyInput, *, acting_user: Any,
                   open_now: bool = False, day: dt.date | None = None) -> Vacancy:
    """A new vacancy of `company`, as a draft (or open at once), checked against the rules
    of the posting year (`day`, default today)."""
    if not policies.can_post_for(acting_user, company):
        raise PermissionError("employers.vacancy.create")
    day = day or reference.today()
    terms = _check(data, day)
    vacancy = Vacancy(company=company, posted_by=acting_user,
                      posted_by_employer=acting_user.role == Role.EMPLOYER)
    _place(vacancy, company, data)
    _apply(vacancy, data, terms)
    if open_now:
        vacancy.status = VacancyStatus.OPEN
        vacancy.opened_on = day
    with transaction.atomic():
        vacancy.save()
        record("employers.vacancy.created", actor=acting_user,
               office=_office_of(company), subject=vacancy,
               data={"company": company.brn, **_snapshot(vacancy)})
    return vacancy


def update_vacancy(vacancy: Vacancy, data: VacancyInput, *, acting_user: Any) -> Vacancy:
    """Change a draft or open vacancy's terms (rules of its posting year again)."""
    if not policies.can_edit_vacancy(acting_user, vacancy):
        raise PermissionError("employers.vacancy.update")
    with transaction.atomic():
        locked = Vacancy.objects.select_for_update().select_related("company", "occupation") \
            .get(pk=vacancy.pk)
        if locked.status not in (VacancyStatus.DRAFT, VacancyStatus.OPEN):
            raise VacancyStateError(_(
                "%(status)s 상태인 구인은 고칠 수 없습니다. 새 구인으로 등록하세요.") % {
                "status": locked.get_status_display()})
        terms = _check(data, locked.opened_on or reference.today())
        if data.openings < locked.hired:
            raise VacancyRulesError([rules.Problem(
                "openings", "vacancy.openings.below_hired", _(
                    "이미 %(hired)s명을 채용했습니다. 모집 인원을 %(hired)s명 이상으로 "
                    "적으세요.") % {"hired": locked.hired})])
        before = _snapshot(locked)
        _place(locked, locked.company, data)
        _apply(locked, data, terms)
        locked.save()
        record("employers.vacancy.updated", actor=acting_user,
               office=_office_of(locked.company), subject=locked,
               data={"before": before, "after": _snapshot(locked)})
        _announce(locked)
    return locked


def _announce(vacancy: Vacancy) -> None:
    """Tell listeners (matching) once the change is committed."""
    transaction.on_commit(lambda: vacancy_changed.send(sender=Vacancy, vacancy=vacancy))


def _transition(vacancy: Vacancy, *, acting_user: Any, allowed_from: set[str], to: str,
                event: str, day: dt.date | None = None) -> Vacancy:
    if not policies.can_edit_vacancy(acting_user, vacancy):
        raise PermissionError(event)
    day = day or reference.today()
    with transaction.atomic():
        locked = Vacancy.objects.select_for_update().select_related("company").get(
            pk=vacancy.pk)
        if locked.status not in allowed_from:
            raise VacancyStateError(_(
                "%(status)s 상태인 구인은 '%(target)s'(으)로 바꿀 수 없습니다. 구인의 현재 상태를 "
                "확인하세요.") % {"status": locked.get_status_display(),
                                "target": VacancyStatus(to).label})
        update = ["status", "updated_at"]
        if to == VacancyStatus.OPEN:
            _check(_input_of(locked), day)  # the minimum wage of the year it is posted in
            locked.opened_on = day
            update.append("opened_on")
        else:
            locked.ended_on = day
            update.append("ended_on")
        before = locked.status
        locked.status = to
        locked.save(update_fields=update)
        record(event, actor=acting_user, office=_office_of(locked.company),
               subject=locked, data={"from": before, "to": to})
        _announce(locked)
    return locked


def _input_of(vacancy: Vacancy) -> VacancyInput:
    return VacancyInput(**{name: getattr(vacancy, name) for name in INPUT_FIELDS})


def open_vacancy(vacancy: Vacancy, *, acting_user: Any, day: dt.date | None = None) -> Vacancy:
    """Post a draft: from today it is open, under this year's minimum wage."""
    return _transition(vacancy, acting_user=acting_user, allowed_from={VacancyStatus.DRAFT},
                       to=VacancyStatus.OPEN, event="employers.vacancy.opened", day=day)


def close_vacancy(vacancy: Vacancy, *, acting_user: Any) -> Vacancy:
    """Stop taking applications (a draft can also be withdrawn this way)."""
    return _transition(vacancy, acting_user=acting_user,
                       allowed_from={VacancyStatus.DRAFT, VacancyStatus.OPEN},
                       to=VacancyStatus.CLOSED, event="employers.vacancy.closed")


def fill_vacancy(vacancy: Vacancy, *, acting_user: Any) -> Vacancy:
    """Mark an open vacancy filled, however many were hired."""
    return _transition(vacancy, acting_user=acting_user, allowed_from={VacancyStatus.OPEN},
                       to=VacancyStatus.FILLED, event="employers.vacancy.filled")


def record_hires(vacancy: Vacancy, count: int, *, acting_user: Any) -> Vacancy:
    """Count `count` hires against the openings; the last opening fills the vacancy.

    The row is locked (select_for_update) so two counsellors placing the last candidate at
    the same moment cannot both take the last opening."""
    if not policies.can_edit_vacancy(acting_user, vacancy):
        raise PermissionError("employers.vacancy.hired")
    if count < 1:
        raise OpeningsError(vacancy.remaining, count)
    with transaction.atomic():
        locked = Vacancy.objects.select_for_update().select_related("company").get(
            pk=vacancy.pk)
        if locked.status != VacancyStatus.OPEN:
            raise VacancyStateError(_(
                "모집 중인 구인에만 채용을 기록할 수 있습니다. 이 구인은 %(status)s 상태입니다.")
                % {"status": locked.get_status_display()})
        if count > locked.remaining:
            raise OpeningsError(locked.remaining, count)
        locked.hired += count
        update = ["hired", "updated_at"]
        if locked.hired == locked.openings:
            locked.status = VacancyStatus.FILLED
            locked.ended_on = reference.today()
            update += ["status", "ended_on"]
        locked.save(update_fields=update)
        record("employers.vacancy.hired", actor=acting_user,
               office=_office_of(locked.company), subject=locked,
               data={"count": count, "hired": locked.hired, "openings": locked.openings})
        _announce(locked)
    return locked


def stale_vacancies(day: dt.date) -> Any:
    """Open vacancies past their deadline, or without one and posted STALE_AFTER_DAYS ago."""
    from django.db.models import Q

    cutoff = day - dt.timedelta(days=STALE_AFTER_DAYS)
    return Vacancy.objects.filter(status=VacancyStatus.OPEN).filter(
        Q(closes_on__lt=day) | Q(closes_on__isnull=True, opened_on__lt=cutoff))


def expire_stale_vacancies(*, acting_user: Any = None, day: dt.date | None = None) -> int:
    """Expire every stale open vacancy (idempotent: run daily by `goyong vacancies expire`).
    One audit row per vacancy, written by the system (or the user who ran it)."""
    day = day or reference.today()
    expired = 0
    with transaction.atomic():
        for vacancy in stale_vacancies(day).select_for_update().order_by("pk"):
            vacancy.status = VacancyStatus.EXPIRED
            vacancy.ended_on = day
            vacancy.save(update_fields=["status", "ended_on", "updated_at"])
            record("employers.vacancy.expired", actor=acting_user, subject=vacancy,
                   data={"closes_on": vacancy.closes_on.isoformat() if vacancy.closes_on
                         else None, "opened_on": vacancy.opened_on.isoformat()
                         if vacancy.opened_on else None})
            expired += 1
    return expired


# ---------------------------------------------------------------- employer self-service


def link_employer(user: User, company: Company, *, acting_user: Any) -> EmployerUser:
    """Let `user` (role employer) act for `company`. Idempotent."""
    if acting_user is not None and not policies.can_link_employer(acting_user, company):
        raise PermissionError("employers.employer_user.linked")
    if user.role != Role.EMPLOYER:
        raise VacancyStateError(_(
            "기업 담당자 역할의 사용자만 기업에 연결할 수 있습니다. 사용자의 역할을 확인하세요."))
    with transaction.atomic():
        link, created = EmployerUser.objects.get_or_create(user=user, company=company)
        if created:
            record("employers.employer_user.linked", actor=acting_user,
                   office=_office_of(company), subject=company,
                   data={"user": str(user.uuid), "company": company.brn})
    return link


# The company fields that are the employer's to keep up to date; the registry facts
# (사업자등록번호, name, industry, size, insurance records) come from official sources.
PROFILE_FIELDS = ("address", "flexible_work", "ilga_pledge", "visit_opt_out")


def update_company_profile(company: Company, changes: dict[str, Any], *,
                           acting_user: Any) -> Company:
    """Employer self-service: change the profile fields in PROFILE_FIELDS only."""
    if not policies.can_edit_company_profile(acting_user, company):
        raise PermissionError("employers.company.profile_updated")
    unknown = set(changes) - set(PROFILE_FIELDS)
    if unknown:
        raise PermissionError(f"employers.company.profile_updated: {sorted(unknown)}")
    today = reference.today()
    with transaction.atomic():
        locked = Company.objects.select_for_update().get(pk=company.pk)
        before = {name: getattr(locked, name) for name in PROFILE_FIELDS}
        update = [name for name, value in changes.items() if getattr(locked, name) != value]
        for name in update:
            setattr(locked, name, changes[name])
        if "ilga_pledge" in update:
            locked.ilga_pledged_on = today if locked.ilga_pledge else None
            update.append("ilga_pledged_on")
        if "visit_opt_out" in update:
            locked.visit_opt_out_on = today if locked.visit_opt_out else None
            update.append("visit_opt_out_on")
        if not update:
            return locked
        locked.save(update_fields=[*update, "updated_at"])
        record("employers.company.profile_updated", actor=acting_user,
               office=_office_of(locked), subject=locked,
               data={"before": {k: before[k] for k in changes if k in update},
                     "after": {k: changes[k] for k in changes if k in update}})
    return locked
