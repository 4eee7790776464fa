from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    name = "goyong.matching"
    label = "matching"
    verbose_name = _("취업알선·매칭")

    def ready(self) -> None:
        # recommendations follow edits: the other apps send signals, matching listens
        from goyong.employers.vacancies.signals import vacancy_changed
        from goyong.jobseekers.signals import seeker_changed
        from goyong.matching import tasks

        seeker_changed.connect(tasks.on_seeker_changed, dispatch_uid="matching.seeker")
        vacancy_changed.connect(tasks.on_vacancy_changed, dispatch_uid="matching.vacancy")
