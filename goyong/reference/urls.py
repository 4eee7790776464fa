from django.urls import path

from goyong.reference import views

app_name = "reference"
urlpatterns = [
    path("offices/", views.offices, name="offices"),
    path("offices/<str:code>/", views.office, name="office"),
    path("regions/", views.regions, name="regions"),
    path("regions.csv", views.regions_csv, name="regions-csv"),
    path("map/", views.jurisdiction_map, name="map"),
    path("map/table/", views.jurisdiction_table, name="map-table"),
    path("map/data.json", views.map_data, name="map-data"),
]
