from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    name = "goyong.matching"
    label = "matching"
    verbose_name = _("취업알선·매칭")
