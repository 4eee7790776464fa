"""Who may see and do what with vacancies and employer self-service.

Staff (HQ and office roles) see every posted vacancy and the drafts of companies under their
offices (HQ: all drafts). Employer users see and manage only their own companies' vacancies.
Other signed-in roles (local government, reviewers, partners) see open vacancies only.
Out of scope answers 404 like missing (views fetch through `vacancies_visible_to`)."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from goyong.accounts.choices import Role
from goyong.accounts.policies import is_hq, is_office_staff, office_codes_of
from goyong.employers.models import Company, EmployerUser, Vacancy
from goyong.employers.vacancies.choices import VacancyStatus


def _signed_in(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False))


def is_employer(user: Any) -> bool:
    return _signed_in(user) and user.role == Role.EMPLOYER


def employer_company_ids(user: Any) -> QuerySet[Any]:
    """Ids of the companies an employer user acts for (the hook companies_visible_to uses)."""
    if not is_employer(user):
        return Company.objects.none().values_list("pk", flat=True)
    return EmployerUser.objects.filter(user=user).values_list("company_id", flat=True)


def employer_companies(user: Any) -> QuerySet[Company]:
    return Company.objects.filter(pk__in=employer_company_ids(user)).order_by("name", "pk")


def vacancies_visible_to(user: Any) -> QuerySet[Vacancy]:
    """Vacancies whose record `user` may open."""
    if not _signed_in(user):
        return Vacancy.objects.none()
    if is_hq(user):
        return Vacancy.objects.all()
    if is_office_staff(user):
        return Vacancy.objects.filter(
            ~Q(status=VacancyStatus.DRAFT) | Q(company__office_code__in=office_codes_of(user)))
    if is_employer(user):
        return Vacancy.objects.filter(company_id__in=employer_company_ids(user))
    return Vacancy.objects.filter(status=VacancyStatus.OPEN)


def can_post_for(user: Any, company: Company) -> bool:
    """Post and edit the company's vacancies: HQ, staff of the company's office, and the
    company's own employer users."""
    if not _signed_in(user):
        return False
    if is_hq(user):
        return True
    if is_office_staff(user):
        return company.office_code in office_codes_of(user)
    if is_employer(user):
        return EmployerUser.objects.filter(user=user, company=company).exists()
    return False


def can_post_vacancies(user: Any) -> bool:
    """Whether the user may post for any company at all (menus and the new-vacancy page)."""
    return is_hq(user) or is_office_staff(user) or (
        is_employer(user) and EmployerUser.objects.filter(user=user).exists())


def can_edit_vacancy(user: Any, vacancy: Vacancy) -> bool:
    return can_post_for(user, vacancy.company)


def can_edit_company_profile(user: Any, company: Company) -> bool:
    """Employer self-service: the company's own employer users edit its profile fields."""
    return is_employer(user) and EmployerUser.objects.filter(user=user, company=company).exists()


def can_link_employer(user: Any, company: Company) -> bool:
    """Link a user to a company: HQ and the task-force staff of the company's office."""
    return is_hq(user) or (_signed_in(user) and user.role in {Role.OFFICE_LEAD,
                                                              Role.OFFICE_MEMBER}
                           and company.office_code in office_codes_of(user))
