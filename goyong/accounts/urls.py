from django.urls import path

from goyong.accounts import views

app_name = "accounts"
urlpatterns = [
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", views.LogoutView.as_view(), name="logout"),
    path("offices/<str:code>/staff/", views.office_staff, name="office-staff"),
    path("users/<uuid:uuid>/", views.user_detail, name="user"),
]
