from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils.translation import gettext as _

from goyong.reference.loader import load_reference_data


class Command(BaseCommand):
    help = "기준정보(행정구역·관서·관할·분류)를 불러옵니다. (Load reference data.)"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("load", help="기준정보 불러오기 (여러 번 실행해도 결과가 같습니다)")

    def handle(self, *args: Any, **options: Any) -> None:
        counts = load_reference_data()
        summary = ", ".join(f"{name} {count}" for name, count in counts.items())
        self.stdout.write(_("기준정보를 불러왔습니다: %(summary)s") % {"summary": summary})
