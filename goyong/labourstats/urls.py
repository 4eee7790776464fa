from django.urls import path

from goyong.labourstats import views

app_name = "stats"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("areas/<str:code>/", views.area, name="area"),
    path("gap/", views.gap, name="gap"),
    path("offices/", views.offices, name="offices"),
]
