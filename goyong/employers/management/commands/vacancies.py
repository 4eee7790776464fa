"""`goyong vacancies expire [--date YYYY-MM-DD]`: expire stale open vacancies (run daily);
`goyong vacancies minimum-wage YEAR`: print that year's minimum wage and its monthly amount."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from goyong.employers.vacancies import actions, rules
from goyong.employers.vacancies.choices import WageBasis


class Command(BaseCommand):
    help = "구인 관리: 기간이 지난 구인 만료, 연도별 최저임금. (Vacancies: expiry, minimum wage.)"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        expire = sub.add_parser("expire", help="접수 마감일이 지났거나 오래된 구인을 만료")
        expire.add_argument("--date", help="기준일 (YYYY-MM-DD, 기본: 오늘)")
        wage = sub.add_parser("minimum-wage", help="연도별 최저임금")
        wage.add_argument("year", type=int)

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "expire":
            day = None
            if options.get("date"):
                try:
                    day = dt.date.fromisoformat(options["date"])
                except ValueError:
                    raise CommandError(_(
                        "기준일 '%(value)s'을(를) 읽을 수 없습니다. 2014-06-30처럼 쓰세요.")
                        % {"value": options["date"]}) from None
            count = actions.expire_stale_vacancies(day=day)
            self.stdout.write(_("만료한 구인: %(count)s건") % {"count": count})
            return
        year = options["year"]
        try:
            wage = rules.minimum_wage_on(dt.date(year, 7, 1))
        except rules.NoMinimumWageError as error:
            raise CommandError(str(error)) from None
        monthly = rules.minimum_amount(WageBasis.MONTHLY, 40, wage.valid_from)
        self.stdout.write(_(
            "%(year)s년 최저임금: 시간당 %(hourly)s원, 월 %(monthly)s원 (주 40시간, 월 209시간 "
            "기준). 출처: %(source)s") % {"year": year, "hourly": f"{wage.hourly:,}",
                                      "monthly": f"{monthly:,}", "source": wage.source})
