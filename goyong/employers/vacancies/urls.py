"""URL patterns of this part, included into the app's urls.py (same namespace)."""

from django.urls import path

from goyong.employers.vacancies import views

urlpatterns = [
    path("vacancies/", views.vacancy_list, name="vacancies"),
    path("vacancies/new/", views.vacancy_new, name="vacancy-new"),
    path("vacancies/<uuid:uuid>/", views.vacancy_detail, name="vacancy"),
    path("vacancies/<uuid:uuid>/edit/", views.vacancy_edit, name="vacancy-edit"),
    path("vacancies/<uuid:uuid>/status/", views.vacancy_status, name="vacancy-status"),
    path("vacancies/companies/<uuid:uuid>/profile/", views.company_profile,
         name="company-profile"),
]
