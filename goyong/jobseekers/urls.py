from django.urls import include, path

from goyong.jobseekers.package import urls as package_urls

app_name = "jobseekers"
urlpatterns = [
    path("", include(package_urls)),  # the package part, in package/urls.py
]
