from __future__ import annotations

import os
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from gunicorn.app.base import BaseApplication


class _Gunicorn(BaseApplication):  # type: ignore[misc]
    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        from goyong.wsgi import application

        return application


class Command(BaseCommand):
    help = "웹 서버(gunicorn)를 시작합니다. (Start the web server.)"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--bind", default=os.environ.get("GOYONG_BIND", "127.0.0.1:8000"))
        parser.add_argument("--workers", type=int,
                            default=int(os.environ.get("GOYONG_WEB_WORKERS", "2")))
        parser.add_argument("--threads", type=int,
                            default=int(os.environ.get("GOYONG_WEB_THREADS", "4")))
        parser.add_argument("--timeout", type=int, default=60)

    def handle(self, *args: Any, **options: Any) -> None:
        _Gunicorn({
            "bind": options["bind"],
            "workers": options["workers"],
            "threads": options["threads"],
            "timeout": options["timeout"],
            "graceful_timeout": 10,
            "accesslog": os.environ.get("GOYONG_ACCESS_LOG") or None,
            "errorlog": "-",
            "loglevel": "warning",
        }).run()
