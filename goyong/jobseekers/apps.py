from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JobseekersConfig(AppConfig):
    name = "goyong.jobseekers"
    label = "jobseekers"
    verbose_name = _("구직자·취업성공패키지")
