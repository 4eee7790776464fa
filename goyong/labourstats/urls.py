from django.urls import path

from goyong.labourstats import views

app_name = "stats"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("areas/<str:code>/", views.area, name="area"),
    path("sido/<str:code>/", views.sido, name="sido"),
    path("gap/", views.gap, name="gap"),
    path("offices/", views.offices, name="offices"),
    path("datasets/", views.datasets, name="datasets"),
    path("datasets/upload/", views.upload, name="upload"),
    path("datasets/upload/<uuid:upload_uuid>/", views.upload_preview, name="upload-preview"),
]
