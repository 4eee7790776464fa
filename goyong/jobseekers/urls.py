from django.urls import include, path

from goyong.jobseekers import views
from goyong.jobseekers.package import urls as package_urls

app_name = "jobseekers"
urlpatterns = [
    path("", views.seeker_list, name="list"),
    path("new/", views.seeker_register, name="register"),
    path("<uuid:seeker>/", views.seeker_detail, name="detail"),
    path("<uuid:seeker>/edit/", views.seeker_edit, name="edit"),
    path("<uuid:seeker>/career/new/", views.career_add, name="career-add"),
    path("<uuid:seeker>/placements/new/", views.placement_new, name="placement-new"),
    path("<uuid:seeker>/placements/<uuid:placement>/retention/<int:month>/",
         views.retention_check, name="retention"),
    path("", include(package_urls)),  # the package part, in package/urls.py
]
