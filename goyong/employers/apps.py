from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EmployersConfig(AppConfig):
    name = "goyong.employers"
    label = "employers"
    verbose_name = _("기업·구인")
