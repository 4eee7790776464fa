from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaskforceConfig(AppConfig):
    name = "goyong.taskforce"
    label = "taskforce"
    verbose_name = _("추진단")
