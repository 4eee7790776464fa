from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LabourstatsConfig(AppConfig):
    name = "goyong.labourstats"
    label = "labourstats"
    verbose_name = _("고용 통계")
