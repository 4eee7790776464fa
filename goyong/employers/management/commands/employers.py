"""`goyong employers …`: thin, it parses arguments and calls validators, actions and adapters."""

from __future__ import annotations

import csv
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from goyong.employers import actions, brn, importer, screening
from goyong.employers import potential as potential_adapter
from goyong.employers.errors import EmployersError
from goyong.employers.models import Company
from goyong.reference import queries as reference


class Command(BaseCommand):
    help = "기업 등록부, 강소기업 심사, 채용 가능성 (companies, screening, hiring potential)"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        check = sub.add_parser("validate-brn", help="사업자등록번호 하나를 검사합니다.")
        check.add_argument("number")
        imp = sub.add_parser(
            "import", help="기업 또는 월별 피보험자 파일(CSV/엑셀)을 가져옵니다.",
            description="기업 파일 열: " + ", ".join(importer.COMPANY_COLUMNS)
            + " / 월별 피보험자 파일 열: " + ", ".join(importer.HEADCOUNT_COLUMNS)
            + " (필수: 사업자등록번호, 기업명, 산업분류10차 또는 9차, 기업규모, 시군구코드 / "
            "사업자등록번호, 월, 피보험자수). 오류가 하나라도 있으면 아무것도 저장하지 않습니다.")
        imp.add_argument("file")
        imp.add_argument("--dry-run", action="store_true", help="검사만 하고 저장하지 않습니다.")
        imp.add_argument("--user", help="가져오는 사람의 사용자 이름 (기록용)")
        scr = sub.add_parser("screen", help="모든 기업을 강소기업 기준으로 심사합니다.")
        scr.add_argument("--rules", type=int, help="선정 연도 (기본: 올해)")
        scr.add_argument("--format", default="table", choices=["table", "csv"])
        scr.add_argument("--save", action="store_true", help="결과를 심사 기록으로 저장합니다.")
        bt = sub.add_parser("backtest", help="채용 가능성 모형을 검증합니다.")
        bt.add_argument("--region", help="시도 코드 (예: 11); 없으면 모든 시도")
        pub = sub.add_parser("potential", help="채용 가능성 점수를 계산해 게시합니다.")
        pub.add_argument("--region", help="시도 코드 (예: 11); 없으면 모든 시도")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            getattr(self, "_" + options["action"].replace("-", "_"))(options)
        except EmployersError as error:
            raise CommandError(str(error)) from error

    def _validate_brn(self, options: dict[str, Any]) -> None:
        result = brn.check(options["number"])
        if not result.valid:
            raise CommandError(result.message)
        self.stdout.write(_("%(number)s은(는) 올바른 사업자등록번호입니다.") % {
            "number": brn.format_brn(result.number)})

    def _user(self, username: str | None) -> Any:
        if not username:
            return None
        from goyong.accounts.models import User

        user = User.objects.filter(username=username).first()
        if user is None:
            raise CommandError(_("사용자 '%(name)s'이(가) 없습니다.") % {"name": username})
        return user

    def _import(self, options: dict[str, Any]) -> None:
        try:
            result = actions.import_file(options["file"], acting_user=self._user(
                options["user"]), dry_run=options["dry_run"])
        except FileNotFoundError as error:
            raise CommandError(_("파일 %(file)s을(를) 찾을 수 없습니다.") % {
                "file": options["file"]}) from error
        except PermissionError as error:
            raise CommandError(_("이 사용자는 기업 자료를 가져올 권한이 없습니다.")) from error
        if not result.ok:
            for row_error in result.errors:
                self.stderr.write(str(row_error))
            raise CommandError(_("오류 %(count)s건 때문에 아무것도 저장하지 않았습니다. 고친 뒤 "
                                 "다시 가져오세요.") % {"count": result.error_count})
        kind = _("기업") if result.kind == "companies" else _("월별 피보험자")
        if result.dry_run:
            self.stdout.write(_("%(kind)s %(rows)s행을 검사했습니다. 오류가 없습니다(저장하지 "
                                "않음).") % {"kind": kind, "rows": result.rows})
        else:
            self.stdout.write(_("%(kind)s %(rows)s행을 가져왔습니다: 새로 %(created)s, 갱신 "
                                "%(updated)s.") % {"kind": kind, "rows": result.rows,
                                                  "created": result.created,
                                                  "updated": result.updated})

    def _screen(self, options: dict[str, Any]) -> None:
        year = options["rules"] or reference.today().year
        if options["save"]:
            run = actions.run_screening(year, acting_user=None)
            self.stderr.write(_("심사 기록 %(id)s번으로 저장했습니다.") % {"id": run.pk})
        screened = screening.screen(Company.objects.all(), year)
        outcome = screened.outcome
        names = dict(Company.objects.values_list("pk", "brn"))
        titles = dict(Company.objects.values_list("pk", "name"))
        if options["format"] == "csv":
            codes = [c.code for c in outcome.criteria]
            writer = csv.writer(self.stdout)
            writer.writerow(["사업자등록번호", "기업명", "강소기업", "청년친화", "청년친화점수",
                             *codes])
            for i, pk in enumerate(screened.ids):
                writer.writerow([names[pk], titles[pk], int(outcome.passed[i]),
                                 int(outcome.youth_friendly[i]), int(outcome.youth_points[i]),
                                 *[int(c.passed[i]) for c in outcome.criteria]])
            return
        self.stdout.write(_("%(year)s년 선정 (%(rules)s년 기준, 기준일 %(ref)s)") % {
            "year": year, "rules": screened.rules_year, "ref": screened.reference})
        self.stdout.write(_("심사 %(n)s곳, 적격 %(passed)s곳, 청년친화 %(youth)s곳") % {
            "n": len(screened.ids), "passed": int(outcome.passed.sum()),
            "youth": int(outcome.youth_friendly.sum())})
        for code, count in outcome.failures().items():
            self.stdout.write(f"  {screening.LABELS[code]}: " + _("미충족 %(count)s곳") % {
                "count": count})

    def _regions(self, options: dict[str, Any]) -> list[str]:
        return [options["region"]] if options["region"] else potential_adapter.region_codes()

    def _backtest(self, options: dict[str, Any]) -> None:
        for code in self._regions(options):
            data, result, part = potential_adapter.backtest(code)
            self.stdout.write(_("[지역 %(code)s] 마지막 달 %(month)s") % {
                "code": code, "month": data.last_month.strftime("%Y-%m")})
            for line in potential_adapter.metric_lines(result):
                self.stdout.write("  " + line)
            if part is not None:
                self.stdout.write("  " + _("시간선택제 채용:"))
                for line in potential_adapter.metric_lines(part):
                    self.stdout.write("    " + line)

    def _potential(self, options: dict[str, Any]) -> None:
        for code in self._regions(options):
            run = actions.run_potential(code, acting_user=None)
            self.stdout.write(_("[지역 %(code)s] %(status)s %(refusal)s") % {
                "code": code, "status": run.get_status_display(), "refusal": run.refusal})
