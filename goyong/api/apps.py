from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "goyong.api"
    label = "api"
    verbose_name = "API"
