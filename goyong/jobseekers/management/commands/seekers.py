"""`goyong seekers import FILE` and `goyong seekers export`: thin, the work is in actions."""

from __future__ import annotations

import csv
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from goyong.jobseekers import actions
from goyong.jobseekers.errors import SeekerError
from goyong.jobseekers.models import JobSeeker
from goyong.jobseekers.targeting import groups_of
from goyong.reference import queries as ref


class Command(BaseCommand):
    help = "구직자 일괄 등록(CSV/엑셀)과 목록 내보내기"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser("import", help="CSV 또는 .xlsx 파일의 구직자를 모두 등록 (하나라도 "
                                            "틀리면 아무것도 저장하지 않음)")
        imp.add_argument("file")
        imp.add_argument("--centre", default="", help="고용센터 코드 열이 없을 때 쓸 센터 코드")
        imp.add_argument("--dry-run", action="store_true", help="검사만 하고 저장하지 않습니다.")
        imp.add_argument("--user", help="등록하는 사람의 사용자 이름 (권한 확인과 기록용)")
        sub.add_parser("columns", help="가져오기 파일에 쓸 수 있는 열 이름과 값을 보여 줍니다")
        exp = sub.add_parser("export", help="구직자 요약을 CSV로 표준 출력에 씁니다 (기록됨)")
        exp.add_argument("--office", default="", help="관서 코드로 좁히기")
        exp.add_argument("--centre", default="", help="고용센터 코드로 좁히기")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            if options["action"] == "import":
                self._import(options)
            elif options["action"] == "columns":
                self._columns()
            else:
                self._export(options)
        except SeekerError as error:
            raise CommandError(str(error)) from error

    def _user(self, username: str | None) -> Any:
        from goyong.accounts.models import User

        if not username:
            return None  # the operator at the server's command line, audited as such
        user = User.objects.filter(username=username).first()
        if user is None:
            raise CommandError(_("사용자 '%(name)s'이(가) 없습니다.") % {"name": username})
        return user

    def _import(self, options: dict[str, Any]) -> None:
        try:
            result = actions.import_seekers(
                options["file"], acting_user=self._user(options["user"]),
                centre_code=options["centre"], dry_run=options["dry_run"])
        except FileNotFoundError as error:
            raise CommandError(_("파일을 찾을 수 없습니다: %(file)s") % {
                "file": options["file"]}) from error
        if not result.ok:
            for row_error in result.errors[:200]:
                self.stderr.write(str(row_error))
            if len(result.errors) > 200:
                self.stderr.write(_("… 그 밖에 오류 %(count)s개") % {
                    "count": len(result.errors) - 200})
            raise CommandError(_("오류 %(count)s개 때문에 아무것도 저장하지 않았습니다. 고친 뒤 "
                                 "다시 가져오세요.") % {"count": len(result.errors)})
        if result.dry_run:
            self.stdout.write(_("%(rows)s행을 검사했고 문제가 없습니다. 시험 실행이므로 저장하지 "
                                "않았습니다.") % {"rows": result.rows_read})
        else:
            self.stdout.write(_("구직자 %(count)s명을 등록했습니다.") % {"count": result.created})

    def _columns(self) -> None:
        from goyong.jobseekers import importer

        self.stdout.write(_("한국어 열 이름 | 영어 열 이름 | 값"))
        for key, (korean, english) in importer.COLUMNS.items():
            self.stdout.write(f"{korean} | {english} | {importer.describe(key)}")
        self.stdout.write(_("필수 열: 이름, 생년월일, 성별, 거주 시군구, 최종 학력. 고용센터 코드 열이 "
                            "없으면 --centre로 지정하세요. 한 행이라도 틀리면 아무것도 저장하지 "
                            "않습니다."))

    def _export(self, options: dict[str, Any]) -> None:
        day = ref.today()
        qs = JobSeeker.objects.select_related("centre").prefetch_related("career").order_by(
            "office_code", "centre_code", "registered_on", "pk")
        if options["office"]:
            qs = qs.filter(office_code=options["office"])
        if options["centre"]:
            qs = qs.filter(centre_code=options["centre"])
        seekers = list(qs)
        actions.record_seekers_exported(
            seekers, acting_user=None, channel="cli",
            filters={k: options[k] for k in ("office", "centre") if options[k]})
        writer = csv.writer(self.stdout, lineterminator="\n")
        writer.writerow(["uuid", "name", "birth_date", "age", "sex", "office_code",
                         "centre_code", "residence_code", "registered_on", "target_groups"])
        for s in seekers:
            writer.writerow([s.uuid, s.name, s.birth_date.isoformat(), s.age_on(day), s.sex,
                             s.office_code, s.centre_code, s.residence_code,
                             s.registered_on.isoformat(),
                             ";".join(g.code for g in groups_of(s, day))])
