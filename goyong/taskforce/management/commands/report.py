"""`goyong report office CODE --period P --format xlsx|pdf -o FILE`,
`goyong report national --period P --format xlsx|pdf -o FILE` and
`goyong report scheduled [--period P] [--format xlsx]` (queues every office's and the
national report for the background worker, for a weekly or monthly cron entry)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from goyong.labourstats.errors import PeriodError
from goyong.labourstats.periods import Period
from goyong.reference import queries as reference
from goyong.taskforce import actions, queries, reports
from goyong.taskforce.errors import TaskForceError


class Command(BaseCommand):
    help = _("추진단 관서·전국 보고서를 엑셀이나 PDF로 만듭니다.")

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="scope", required=True)
        for scope in ("office", "national"):
            p = sub.add_parser(scope)
            if scope == "office":
                p.add_argument("code", help=_("관서 코드 또는 관서명"))
            p.add_argument("--period", required=True, help=_("기간: 2026, 2026H1, 2026-03"))
            p.add_argument("--format", choices=["xlsx", "pdf"], default="xlsx")
            p.add_argument("--as-of", dest="as_of", help=_("기준일 (YYYY-MM-DD, 기본: 오늘)"))
            p.add_argument("-o", "--output", required=True, help=_("저장할 파일"))
        s = sub.add_parser("scheduled")
        s.add_argument("--period", help=_("기간 (기본: 올해)"))
        s.add_argument("--format", choices=["xlsx", "pdf"], default="xlsx")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            if options["scope"] == "scheduled":
                self._scheduled(options)
                return
            as_of = dt.date.fromisoformat(options["as_of"]) if options.get("as_of") else (
                reference.today())
            period = Period.parse(options["period"])
            if options["scope"] == "office":
                try:
                    office = reference.find_office(options["code"], as_of)
                except reference.NotFoundError:
                    office = actions.office_of(options["code"])
                cockpit = queries.office_cockpit(office.code, period, as_of)
            else:
                cockpit = queries.national_cockpit(period, as_of)
        except (PeriodError, TaskForceError, ValueError) as error:
            raise CommandError(str(error)) from error
        data, _type = reports.render(cockpit, options["format"])
        Path(options["output"]).write_bytes(data)
        self.stdout.write(_("%(name)s 보고서를 %(file)s에 저장했습니다 (%(size)s바이트).") % {
            "name": cockpit.name, "file": options["output"], "size": f"{len(data):,}"})

    def _scheduled(self, options: dict[str, Any]) -> None:
        day = reference.today()
        period = str(Period.parse(options["period"])) if options.get("period") else str(
            queries.default_period(day))
        count = 0
        for code in sorted(queries.office_names(day)):
            actions.request_report(scope="office", office_code=code, period=period,
                                   fmt=options["format"], scheduled=True, acting_user=None)
            count += 1
        actions.request_report(scope="national", office_code="", period=period,
                               fmt=options["format"], scheduled=True, acting_user=None)
        self.stdout.write(_("보고서 %(count)s건을 작업 처리기에 맡겼습니다. 진행 상황은 보고서 목록에서 "
                            "확인하세요.") % {"count": count + 1})
