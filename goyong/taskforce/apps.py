from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaskforceConfig(AppConfig):
    name = "goyong.taskforce"
    label = "taskforce"
    verbose_name = _("추진단")

    def ready(self) -> None:
        # Each app registers the indicators it can count (goyong/<app>/indicators.py).
        from goyong.taskforce.indicators import discover

        discover()
