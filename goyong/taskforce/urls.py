from django.urls import path

from goyong.taskforce import views

app_name = "taskforce"
urlpatterns = [
    path("", views.home, name="home"),
    path("national/", views.national, name="national"),
    path("national/derive/", views.derive, name="derive"),
    path("offices/<str:code>/", views.office, name="office"),
    path("offices/<str:code>/targets/", views.target_propose, name="target-propose"),
    path("offices/<str:code>/meetings/", views.meeting_create, name="meeting-create"),
    path("targets/<int:pk>/decide/", views.target_decide, name="target-decide"),
    path("practices/", views.practices, name="practices"),
    path("reports/", views.report_list, name="reports"),
    path("reports/request/", views.report_request, name="report-request"),
    path("reports/<uuid:uuid>/download/", views.report_download, name="report-download"),
]
