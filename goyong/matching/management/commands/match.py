"""`goyong match batch [--scope local|wide] [--k 20] [--wait|--in-process]` and
`goyong match evaluate [--split 2014-09-01] [--format table|json]`."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from goyong.matching import actions, evaluation
from goyong.matching.errors import InvalidError


class Command(BaseCommand):
    help = "추천 일괄 계산과 평가. (Matching batch and back-test.)"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="what", required=True)
        batch = sub.add_parser("batch", help="전국 추천 일괄 계산")
        batch.add_argument("--scope", default="local", choices=["local", "wide"])
        batch.add_argument("--k", type=int, default=20)
        batch.add_argument("--wait", action="store_true",
                           help="작업을 대기열에 넣고 이 프로세스에서 끝까지 실행")
        batch.add_argument("--in-process", action="store_true",
                           help="대기열 없이 이 프로세스에서 바로 계산")
        ev = sub.add_parser("evaluate", help="취업 이력 시간 분할 백테스트")
        ev.add_argument("--split", default="", help="시험 구간 시작일 (YYYY-MM-DD)")
        ev.add_argument("--format", default="table", choices=["table", "json"])

    def handle(self, *args: Any, **options: Any) -> None:
        if options["what"] == "batch":
            self._batch(options)
        else:
            self._evaluate(options)

    def _batch(self, options: dict[str, Any]) -> None:
        try:
            if options["in_process"]:
                run = actions.run_batch_now(scope=options["scope"], k=options["k"])
            else:
                run = actions.start_batch(scope=options["scope"], k=options["k"],
                                          acting_user=None)
                if options["wait"]:
                    from goyong.core import jobs

                    jobs.run_queued_tasks()
                    run.refresh_from_db()
        except InvalidError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(json.dumps({
            "run": str(run.uuid), "status": run.status, "scope": run.scope, "k": run.k,
            "blocks": run.blocks_total, "blocks_done": run.blocks_done,
            "job": str(run.job.uuid) if run.job else None, "counts": run.counts,
            "gini": run.gini, "never_share": run.never_share, "coverage": run.coverage},
            ensure_ascii=False))

    def _evaluate(self, options: dict[str, Any]) -> None:
        split = None
        if options["split"]:
            try:
                split = dt.date.fromisoformat(options["split"])
            except ValueError as error:
                raise CommandError(_("--split는 2014-09-01처럼 쓰세요.")) from error
        result = evaluation.backtest(split)
        if options["format"] == "json":
            self.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False))
        else:
            self.stdout.write(evaluation.table(result))
