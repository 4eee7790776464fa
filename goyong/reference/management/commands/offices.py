from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from goyong.reference import queries
from goyong.reference.management.output import check_format, parse_day, render

OFFICE_COLUMNS = [
    "code", "name", "kind", "parent", "sigungu_count", "valid_from", "valid_to", "data_quality",
]
JURIS_COLUMNS = [
    "kostat_code", "mois_code", "full_name", "valid_from", "valid_to", "data_quality", "note",
]


class Command(BaseCommand):
    help = "고용노동관서와 관할구역을 보여 줍니다. (List offices, their jurisdiction and coverage.)"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        listing = sub.add_parser("list", help="날짜 기준 관서 목록")
        show = sub.add_parser("show", help="관서 하나와 그 관할 시군구")
        show.add_argument("office", help="관서 코드 또는 관서명 (예: 15000, 서울강남지청)")
        cover = sub.add_parser("cover", help="시군구를 관할하는 관서")
        cover.add_argument("sigungu", help="시군구 코드(통계청·행안부·KOSIS 4자리) 또는 전체 이름")
        for p in (listing, show, cover):
            p.add_argument("--date", default="", help="기준일 YYYY-MM-DD (기본: 오늘)")
            p.add_argument("--format", default="table", help="table, csv 또는 json")

    def handle(self, *args: Any, **options: Any) -> None:
        day = parse_day(options["date"])
        fmt = check_format(options["format"])
        action = options["action"]
        if action == "list":
            self._list(day, fmt)
        elif action == "show":
            self._show(options["office"], day, fmt)
        else:
            self._cover(options["sigungu"], day, fmt)

    def _list(self, day: Any, fmt: str) -> None:
        counts = queries.jurisdiction_counts(day)
        rows = [
            {
                "code": o.code, "name": o.name, "kind": o.kind,
                "parent": o.parent.name if o.parent else "", "sigungu_count": counts.get(o.pk, 0),
                "valid_from": o.valid_from, "valid_to": o.valid_to,
                "data_quality": o.data_quality,
            }
            for o in queries.offices_on(day)
        ]
        headers = [
            _("관서 코드"), _("관서명"), _("구분"), _("상급 관서"), _("관할 시군구 수"), _("시작일"),
            _("종료일"), _("자료 품질"),
        ]
        self.stdout.write(render(rows, OFFICE_COLUMNS, headers, fmt), ending="")

    def _show(self, wanted: str, day: Any, fmt: str) -> None:
        try:
            office = queries.find_office(wanted, day)
        except queries.NotFoundError:
            raise CommandError(
                _("%(date)s에 '%(value)s' 관서가 없습니다. 'goyong offices list --date %(date)s'로 "
                  "관서 코드나 관서명을 확인하세요.") % {"value": wanted, "date": day.isoformat()}
            ) from None
        rows = [
            {
                "kostat_code": j.region.kostat_code, "mois_code": j.region.mois_code,
                "full_name": j.region.full_name, "valid_from": j.valid_from,
                "valid_to": j.valid_to, "data_quality": j.data_quality, "note": j.note,
            }
            for j in queries.jurisdiction_of(office, day)
        ]
        centres = [c.name for c in queries.centres_of(office, day)]
        if fmt == "json":
            payload = {
                "code": office.code, "name": office.name, "kind": office.kind,
                "parent": office.parent.name if office.parent else "",
                "valid_from": office.valid_from.isoformat(),
                "valid_to": office.valid_to.isoformat() if office.valid_to else "",
                "data_quality": office.data_quality, "evidence": office.evidence,
                "centres": centres, "jurisdiction": json.loads(render(rows, JURIS_COLUMNS, [], "json")),
            }
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        headers = [
            _("통계청 코드"), _("행안부 코드"), _("시군구"), _("시작일"), _("종료일"), _("자료 품질"),
            _("비고"),
        ]
        if fmt == "table":
            parent = office.parent.name if office.parent else "-"
            self.stdout.write(
                _("%(name)s (%(code)s) · 상급 관서: %(parent)s · 자료 품질: %(quality)s")
                % {"name": office.name, "code": office.code, "parent": parent,
                   "quality": office.get_data_quality_display()}
            )
            self.stdout.write(_("고용센터: %(centres)s") % {"centres": ", ".join(centres) or "-"})
            self.stdout.write(_("관할 시군구 %(n)d곳 (%(date)s 기준)") % {"n": len(rows), "date": day})
        self.stdout.write(render(rows, JURIS_COLUMNS, headers, fmt), ending="")

    def _cover(self, wanted: str, day: Any, fmt: str) -> None:
        try:
            region = queries.find_sigungu(wanted, day)
            row = queries.office_covering(region, day)
        except queries.NotFoundError:
            raise CommandError(
                _("%(date)s에 '%(value)s'에 해당하는 시군구를 하나로 정할 수 없습니다. 전체 이름"
                  "(예: 서울특별시 중구)이나 통계청·행안부 코드로 입력하세요.")
                % {"value": wanted, "date": day.isoformat()}
            ) from None
        office = row.office
        data = [{
            "kostat_code": region.kostat_code, "mois_code": region.mois_code,
            "sigungu": region.full_name, "office_code": office.code, "office": office.name,
            "regional_office": office.parent.name if office.parent else office.name,
            "valid_from": row.valid_from, "valid_to": row.valid_to,
            "data_quality": row.data_quality, "note": row.note,
        }]
        columns = list(data[0])
        headers = [
            _("통계청 코드"), _("행안부 코드"), _("시군구"), _("관서 코드"), _("관할 관서"),
            _("지방청"), _("시작일"), _("종료일"), _("자료 품질"), _("비고"),
        ]
        self.stdout.write(render(data, columns, headers, fmt), ending="")
