from django.urls import path

from goyong.core import pages, views

app_name = "core"
urlpatterns = [
    path("", pages.home, name="home"),
    path("jobs/<uuid:job_uuid>/", views.job, name="job"),
]
