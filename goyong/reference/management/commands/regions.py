from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from goyong.reference import queries
from goyong.reference.choices import RegionLevel
from goyong.reference.management.output import check_format, parse_day, render

COLUMNS = [
    "kostat_code", "mois_code", "name", "full_name", "level", "parent", "valid_from",
    "valid_to", "data_quality",
]


class Command(BaseCommand):
    help = "행정구역(시도·시군구·일반구)을 날짜 기준으로 보여 줍니다. (List regions on a date.)"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        listing = sub.add_parser("list", help="날짜 기준 행정구역 목록")
        listing.add_argument("--level", default="", help="sido, sigungu 또는 gu (기본: 전체)")
        listing.add_argument("--date", default="", help="기준일 YYYY-MM-DD (기본: 오늘)")
        listing.add_argument("--format", default="table", help="table, csv 또는 json")

    def handle(self, *args: Any, **options: Any) -> None:
        day = parse_day(options["date"])
        fmt = check_format(options["format"])
        level = options["level"]
        if level and level not in RegionLevel.values:
            raise CommandError(
                _("수준 '%(value)s'은(는) 없습니다. sido, sigungu, gu 중 하나를 고르세요.")
                % {"value": level}
            )
        rows = [
            {
                "kostat_code": r.kostat_code, "mois_code": r.mois_code, "name": r.name,
                "full_name": r.full_name, "level": r.level,
                "parent": r.parent.full_name if r.parent else "",
                "valid_from": r.valid_from, "valid_to": r.valid_to,
                "data_quality": r.data_quality,
            }
            for r in queries.regions_on(day, level or None)
        ]
        headers = [
            _("통계청 코드"), _("행안부 코드"), _("이름"), _("전체 이름"), _("수준"), _("상위 구역"),
            _("시작일"), _("종료일"), _("자료 품질"),
        ]
        self.stdout.write(render(rows, COLUMNS, headers, fmt), ending="")
