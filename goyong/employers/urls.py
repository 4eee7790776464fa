from django.urls import include, path

from goyong.employers import views
from goyong.employers.vacancies import urls as vacancies_urls

app_name = "employers"
urlpatterns = [
    path("companies/", views.company_list, name="companies"),
    path("companies/<uuid:uuid>/", views.company_detail, name="company"),
    path("companies/<uuid:uuid>/opt-out/", views.company_opt_out, name="company-opt-out"),
    path("screening/", views.screening_report, name="screening"),
    path("screening/run/", views.screening_start, name="screening-run"),
    path("youth/", views.youth_ranking, name="youth"),
    path("potential/", views.potential_runs, name="potential"),
    path("visits/", views.visit_list, name="visits"),
    path("visits/new/", views.visit_new, name="visit-new"),
    path("to-visit/", views.to_visit, name="to-visit"),
    path("", include(vacancies_urls)),  # the vacancies part, in vacancies/urls.py
]
