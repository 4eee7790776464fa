from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from goyong.core.health import Heartbeat


class Command(BaseCommand):
    help = "백그라운드 작업 처리기를 시작합니다. (Start a task worker.)"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--queue-name", default="*")
        parser.add_argument("--interval", type=float, default=1.0)
        parser.add_argument("--max-tasks", type=int, default=None)

    def handle(self, *args: Any, **options: Any) -> None:
        heartbeat = Heartbeat()
        heartbeat.start()
        try:
            extra = ["--max-tasks", str(options["max_tasks"])] if options["max_tasks"] else []
            # db_worker stops cleanly on SIGINT/SIGTERM after the task in hand.
            call_command("db_worker", "--queue-name", options["queue_name"],
                         "--interval", str(options["interval"]), "--no-startup-delay", "--no-reload",
                         *extra,
                         verbosity=options["verbosity"])
        finally:
            heartbeat.stop()
