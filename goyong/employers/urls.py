from django.urls import include, path

from goyong.employers.vacancies import urls as vacancies_urls

app_name = "employers"
urlpatterns = [
    path("", include(vacancies_urls)),  # the vacancies part, in vacancies/urls.py
]
