from django.urls import path

from goyong.core import pages

app_name = "core"
urlpatterns = [
    path("", pages.home, name="home"),
]
