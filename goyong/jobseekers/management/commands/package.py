"""`goyong package allowances SCENARIO.json [--rules 2014] [--format json|table]` computes a
participant's Employment Success Package allowances from a scenario file;
`goyong package rules [--check FILE]` lists the shipped rule sets or validates a new file.
The computation is `package.allowances` (docs/package.md describes both formats)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from goyong.jobseekers.package import allowances, rules
from goyong.jobseekers.package.errors import PackageError


class Command(BaseCommand):
    help = "취업성공패키지 수당 계산과 규칙 확인 (Employment Success Package allowances and rules.)"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        calc = sub.add_parser("allowances", help="시나리오 파일로 참여자의 수당 계산")
        calc.add_argument("scenario", help="시나리오 JSON 파일")
        calc.add_argument("--rules", help="규칙 (예: 2014). 없으면 초기상담일에 맞는 규칙")
        calc.add_argument("--format", default="table", choices=["table", "json"])
        check = sub.add_parser("rules", help="규칙 목록 보기 또는 새 규칙 파일 검사")
        check.add_argument("--check", help="검사할 규칙 JSON 파일")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            if options["action"] == "allowances":
                self._allowances(options)
            else:
                self._rules(options)
        except PackageError as error:
            for problem in error.problems:
                self.stderr.write(problem)
            raise CommandError(error.message) from error

    def _allowances(self, options: dict[str, Any]) -> None:
        path = Path(options["scenario"])
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as error:
            raise CommandError(_("시나리오 파일 %(name)s을(를) 열 수 없습니다. 경로를 확인하세요.")
                               % {"name": path}) from error
        except ValueError as error:
            raise CommandError(_("시나리오 파일 %(name)s이(가) 올바른 JSON이 아닙니다. (%(error)s)")
                               % {"name": path, "error": error}) from error
        scenario = allowances.scenario_from_dict(data)
        rule_set = (rules.load(options["rules"]) if options["rules"]
                    else rules.rule_set_for(scenario.intake))
        statement = allowances.compute(scenario, rule_set)
        if options["format"] == "json":
            self.stdout.write(json.dumps(statement.as_json(), ensure_ascii=False, indent=2))
            return
        self.stdout.write(_("규칙 %(rules)s, %(type)s, 기준일 %(as_of)s") % {
            "rules": rule_set.name, "type": rule_set.type(scenario.type).label,
            "as_of": scenario.as_of.isoformat()})
        header = [_("종류"), _("금액"), _("지급일"), _("적용 규칙")]
        self._table(header, statement.payments)
        self.stdout.write(_("합계 %(total)s") % {"total": allowances.won(statement.total)})
        if statement.upcoming:
            self.stdout.write("")
            self.stdout.write(_("기준일 이후 지급 예정 (조건이 유지될 때):"))
            self._table(header, statement.upcoming)
        for note in statement.notes:
            self.stdout.write(_("참고: %(note)s") % {"note": note})

    def _table(self, header: list[str], payments: list[allowances.Payment]) -> None:
        rows = [[allowances.kind_label(p.kind) + (f" {p.period}" if p.period else ""),
                 allowances.won(p.amount), p.due.isoformat(), p.rule] for p in payments]
        widths = [max(_width(r[i]) for r in [header, *rows]) for i in range(len(header))]
        for row in [header, *rows]:
            cells = [_pad(c, widths[i]) if i != 1 else _rpad(c, widths[i])
                     for i, c in enumerate(row)]
            self.stdout.write("  ".join(cells).rstrip())

    def _rules(self, options: dict[str, Any]) -> None:
        if options["check"]:
            rule_set = rules.load_path(Path(options["check"]))
            self.stdout.write(_("규칙 파일이 올바릅니다: %(name)s") % {"name": rule_set.name})
            return
        for rule_id in rules.available():
            rule_set = rules.load(rule_id)
            end = rule_set.applies_to.isoformat() if rule_set.applies_to else "…"
            self.stdout.write(f"{rule_set.id}  {rule_set.applies_from.isoformat()}~{end}  "
                              f"{rule_set.name}")


def _width(text: str) -> int:
    """Display width: Hangul and other wide characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _rpad(text: str, width: int) -> str:
    return " " * (width - _width(text)) + text
