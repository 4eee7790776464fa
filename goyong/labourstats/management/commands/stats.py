"""`goyong stats import FILE …`, `goyong stats export --period P --level …`, and the analyst
commands `goyong stats estimate MICRODATA.csv --by area[,sex]`, `goyong stats sae FILE.csv …`
and `goyong stats gap --period P --level …` (reading and shaping in `labourstats.analysis`)."""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from goyong.labourstats import actions, analysis, importers, queries
from goyong.labourstats.choices import AreaLevel, Group, Vintage
from goyong.labourstats.errors import StatisticsError
from goyong.labourstats.periods import Period


class Command(BaseCommand):
    help = "고용 통계를 가져오거나 내보냅니다. (Import and export labour statistics.)"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser("import", help="KOSIS 파일이나 마이크로데이터 가져오기")
        imp.add_argument("file")
        imp.add_argument("--format", default=importers.AUTO, choices=importers.FORMATS)
        imp.add_argument("--vintage", default=Vintage.PUBLISHED, choices=Vintage.values)
        imp.add_argument("--dry-run", action="store_true", help="검사만 하고 저장하지 않습니다.")
        imp.add_argument("--period", help="마이크로데이터에 period 열이 없을 때의 기간")
        imp.add_argument("--release-date", help="공표일 (YYYY-MM-DD)")
        imp.add_argument("--user", help="가져오는 사람의 사용자 이름 (기록용)")
        exp = sub.add_parser("export", help="저장된 통계 내보내기")
        exp.add_argument("--period", required=True)
        exp.add_argument("--level", required=True, choices=[AreaLevel.SIDO, AreaLevel.SIGUNGU,
                                                            AreaLevel.OFFICE])
        exp.add_argument("--group", choices=Group.values)
        exp.add_argument("--format", default="csv", choices=["csv", "table"])
        est = sub.add_parser("estimate", help="마이크로데이터로 15~64세 고용률과 표준오차 추정")
        est.add_argument("file")
        est.add_argument("--by", default="area", help="영역: area 또는 area,sex")
        est.add_argument("--period", help="마이크로데이터에 period 열이 없을 때의 기간")
        est.add_argument("--lonely-psu", default="fail",
                         choices=["fail", "certainty", "remove", "adjust", "average"])
        est.add_argument("--format", default="csv", choices=["csv", "table"])
        sae = sub.add_parser("sae", help="Fay–Herriot 소지역 추정 (EBLUP과 MSE)")
        sae.add_argument("file")
        sae.add_argument("--area", required=True)
        sae.add_argument("--estimate", required=True)
        sae.add_argument("--se", required=True)
        sae.add_argument("--covariate", dest="terms", action="append", default=[],
                         type=lambda name: ("covariate", name))
        sae.add_argument("--factor", dest="terms", action="append",
                         type=lambda name: ("factor", name))
        sae.add_argument("--method", default="reml", choices=list(analysis.SAE_METHODS))
        sae.add_argument("--format", default="csv", choices=["csv", "table"])
        sae.add_argument("--params", help="σ²ᵤ와 β를 쓸 CSV 파일 (없으면 출력 끝의 # 줄)")
        gap = sub.add_parser("gap", help="목표 고용률까지 필요한 취업자 수")
        gap.add_argument("--period", required=True)
        gap.add_argument("--level", required=True, choices=[AreaLevel.SIDO, AreaLevel.SIGUNGU])
        gap.add_argument("--group", default=Group.AGE_15_64, choices=Group.values)
        gap.add_argument("--target", type=float, default=70.0, help="목표 고용률 (%%)")
        gap.add_argument("--format", default="csv", choices=["csv", "table"])

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            if options["action"] == "import":
                self._import(options)
            elif options["action"] == "export":
                self._export(options)
            elif options["action"] == "estimate":
                self._estimate(options)
            elif options["action"] == "sae":
                self._sae(options)
            else:
                self._gap(options)
        except analysis.AnalysisError as error:
            for row_error in error.errors:
                self.stderr.write(str(row_error))
            if error.error_count > len(error.errors):
                self.stderr.write(_("… 그 밖에 오류 %(count)s개") % {
                    "count": error.error_count - len(error.errors)})
            raise CommandError(str(error)) from error
        except StatisticsError as error:
            raise CommandError(str(error)) from error

    def _user(self, username: str | None) -> Any:
        from goyong.accounts.models import User

        if username:
            user = User.objects.filter(username=username).first()
            if user is None:
                raise CommandError(_("사용자 '%(name)s'이(가) 없습니다.") % {"name": username})
            return user
        # Without --user the operator at the server's command line acts (audited as such),
        # as with `goyong tokens`; nobody else's account is borrowed.
        return None

    def _import(self, options: dict[str, Any]) -> None:
        user = self._user(options["user"])
        release = (dt.date.fromisoformat(options["release_date"])
                   if options["release_date"] else None)
        try:
            result = actions.import_statistics(
                options["file"], format=options["format"], vintage=options["vintage"],
                acting_user=user, dry_run=options["dry_run"], release_date=release,
                period=options["period"])
        except PermissionError as error:
            raise CommandError(_("통계를 가져올 권한이 없습니다. 본부나 추진단 총괄팀장 계정으로 "
                                 "실행하세요.")) from error
        except FileNotFoundError as error:
            raise CommandError(_("파일을 찾을 수 없습니다: %(file)s") % {
                "file": options["file"]}) from error
        counts = _("형식 %(format)s: %(rows)s행 읽음, 추정치 %(estimates)s개, 응답자 "
                   "%(persons)s명, 빈 칸 %(missing)s개") % {
            "format": result.format, "rows": result.rows_read, "estimates": result.estimates,
            "persons": result.persons, "missing": result.cells_missing}
        if not result.ok:
            for row_error in result.errors:
                self.stderr.write(str(row_error))
            if result.error_count > len(result.errors):
                self.stderr.write(_("… 그 밖에 오류 %(count)s개") % {
                    "count": result.error_count - len(result.errors)})
            raise CommandError(_("오류 %(count)s개 때문에 아무것도 저장하지 않았습니다. 고친 뒤 "
                                 "다시 가져오세요.") % {"count": result.error_count})
        self.stdout.write(counts)
        if result.dry_run:
            self.stdout.write(_("시험 실행이므로 저장하지 않았습니다."))
        else:
            self.stdout.write(_("저장했습니다 (자료 번호 %(id)s).") % {"id": result.dataset.pk
                                                                   if result.dataset else ""})
            if result.job is not None:
                self.stdout.write(_(
                    "시군구·집단별 추정치를 백그라운드에서 계산합니다 (작업 %(uuid)s). 작업 처리기"
                    "(goyong worker)가 실행 중이어야 하며, 진행 상황은 /jobs/%(uuid)s/ 에서 "
                    "볼 수 있습니다.") % {"uuid": result.job.uuid})

    def _export(self, options: dict[str, Any]) -> None:
        period = Period.parse(options["period"])
        rows = queries.export_rows(period, options["level"], options["group"])
        if not rows:
            raise CommandError(_("%(period)s 기간의 %(level)s 자료가 없습니다. 먼저 `goyong stats "
                                 "import`로 가져오세요.") % {
                "period": period, "level": AreaLevel(options["level"]).label})
        data = [row.as_dict() for row in rows]
        columns = [c for c in queries.EXPORT_COLUMNS
                   if c in {"level", "code", "name", "period", "group", "vintage",
                            "release_date", "source"} or any(r[c] for r in data)]
        if options["format"] == "csv":
            writer = csv.DictWriter(self.stdout, fieldnames=columns, extrasaction="ignore",
                                    lineterminator="\n")
            writer.writeheader()
            writer.writerows(data)
        else:
            widths = {c: max(_width(c), *(_width(r[c]) for r in data)) for c in columns}
            self.stdout.write("  ".join(_pad(c, widths[c]) for c in columns).rstrip())
            for r in data:
                self.stdout.write("  ".join(_pad(r[c], widths[c]) for c in columns).rstrip())
        for row in rows:
            if row.note:
                self.stderr.write(f"{row.code} {row.name}: {row.note}")


    def _read_input(self, name: str) -> bytes:
        try:
            with open(name, "rb") as handle:
                return handle.read()
        except OSError as error:
            raise CommandError(_("파일을 찾을 수 없습니다: %(file)s") % {"file": name}) from error

    def _estimate(self, options: dict[str, Any]) -> None:
        by = [name.strip() for name in options["by"].split(",") if name.strip()]
        table = analysis.direct_estimates(
            self._read_input(options["file"]), by, period=options["period"],
            lonely_psu=options["lonely_psu"])
        self._write_table(table, options["format"])

    def _sae(self, options: dict[str, Any]) -> None:
        table = analysis.small_area_estimates(
            self._read_input(options["file"]), area=options["area"],
            estimate=options["estimate"], se=options["se"], terms=options["terms"],
            method=options["method"])
        if options["params"]:
            try:
                with open(options["params"], "w", encoding="utf-8", newline="") as handle:
                    writer = csv.writer(handle, lineterminator="\n")
                    writer.writerow(["parameter", "value", "std_error"])
                    writer.writerows(table.trailer)
            except OSError as error:
                raise CommandError(_("파일에 쓸 수 없습니다: %(file)s") % {
                    "file": options["params"]}) from error
            table.trailer = []
        self._write_table(table, options["format"])

    def _gap(self, options: dict[str, Any]) -> None:
        period = Period.parse(options["period"])
        table = analysis.gap_rows(period, options["level"], options["group"],
                                  options["target"])
        if not table.rows:
            raise CommandError(_("%(period)s 기간의 %(level)s 자료가 없습니다. 먼저 `goyong stats "
                                 "import`로 가져오세요.") % {
                "period": period, "level": AreaLevel(options["level"]).label})
        self._write_table(table, options["format"])
        for note in table.notes:
            self.stderr.write(note)

    def _write_table(self, table: analysis.Table, format: str) -> None:
        """CSV at full precision with one header row (trailer as `# name,value,se` lines),
        or an aligned table for reading at the terminal."""
        data = [{c: analysis.number_text(row.get(c, "")) for c in table.columns}
                for row in table.rows]
        if format == "csv":
            writer = csv.DictWriter(self.stdout, fieldnames=table.columns,
                                    lineterminator="\n")
            writer.writeheader()
            writer.writerows(data)
            for name, *values in table.trailer:
                self.stdout.write("# " + ",".join([name, *values]).rstrip(","))
            return
        widths = {c: max(_width(c), *(_width(r[c]) for r in data)) for c in table.columns}
        self.stdout.write("  ".join(_pad(c, widths[c]) for c in table.columns).rstrip())
        for r in data:
            self.stdout.write("  ".join(_pad(r[c], widths[c]) for c in table.columns).rstrip())
        for name, *values in table.trailer:
            self.stdout.write("# " + "  ".join([name, *values]).rstrip())


def _width(text: str) -> int:
    """Columns a terminal gives the text: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
