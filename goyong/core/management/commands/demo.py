"""`goyong demo`: one command from a fresh install to a running, loaded platform."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connections
from django.utils.translation import gettext as _

from goyong.accounts.choices import Role
from goyong.core import demo_data
from goyong.reference.loader import load_reference_data


class Command(BaseCommand):
    help = "데모를 준비하고 웹 서버와 작업 처리기를 함께 시작합니다. (Load and run the demo.)"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--reset", action="store_true",
                            help="기존 데모 데이터베이스를 지우고 처음부터 만듭니다.")
        parser.add_argument("--no-serve", action="store_true",
                            help="데이터만 준비하고 종료합니다.")

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.monotonic()
        if options["reset"]:
            self._reset()
        self.stdout.write(_("데이터베이스를 준비하는 중…"))
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write(_("기준정보(행정구역·관서·분류)를 불러오는 중…"))
        reference_counts = load_reference_data()
        self.stdout.write(_("데모 데이터를 만드는 중…"))
        demo_counts = demo_data.generate(scale=1)
        self._print_summary(reference_counts, demo_counts)
        self.stdout.write(_("준비 완료: %(seconds).1f초") % {"seconds": time.monotonic() - started})
        if options["no_serve"]:
            return
        connections.close_all()
        self._serve(options["host"], options["port"], started)

    def _reset(self) -> None:
        db = settings.DATABASES["default"]
        if db["ENGINE"] != "django.db.backends.sqlite3":
            # A server database may hold more than the demo: empty it rather than drop it.
            call_command("flush", interactive=False, verbosity=0)
            return
        path = Path(db["NAME"])
        connections.close_all()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)

    def _print_summary(self, reference: dict[str, int], demo: dict[str, Any]) -> None:
        self.stdout.write(_("기준정보: %(counts)s") % {
            "counts": ", ".join(f"{k} {v}" for k, v in reference.items())})
        self.stdout.write("")
        self.stdout.write(_("데모 계정 (비밀번호는 모두 %(password)s):") % {
            "password": demo_data.DEMO_PASSWORD})
        for account in demo_data.DEMO_ACCOUNTS:
            where = account.office_name or account.region_name or account.organisation
            label = Role(account.role).label
            self.stdout.write(f"  {account.username:<12} {label} · {where}")
        self.stdout.write("")

    def _serve(self, host: str, port: int, started: float) -> None:
        env = {**os.environ, "GOYONG_DEMO": "1"}
        goyong = [sys.executable, "-m", "goyong"]
        # Own sessions: Ctrl-C reaches only this process, which then stops each child once.
        web = subprocess.Popen(  # noqa: S603
            [*goyong, "serve", "--bind", f"{host}:{port}"], env=env, start_new_session=True)
        worker = subprocess.Popen(  # noqa: S603
            [*goyong, "worker"], env=env, start_new_session=True)
        children = [web, worker]
        stopping = False

        def stop(signum: int, frame: Any) -> None:
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        url = f"http://{host}:{port}/"
        try:
            ready = False
            while not stopping:
                if any(child.poll() is not None for child in children):
                    raise CommandError(_("웹 서버나 작업 처리기가 예기치 않게 종료되었습니다. "
                                         "위의 오류 메시지를 확인하세요. 포트 %(port)s를 다른 "
                                         "프로그램이 쓰고 있다면 --port로 바꾸세요.") % {"port": port})
                if not ready and _healthy(url):
                    ready = True
                    self.stdout.write(self.style.SUCCESS(
                        _("고용 데모가 %(url)s 에서 실행 중입니다 (%(seconds).1f초). "
                          "끝내려면 Ctrl-C를 누르세요.") % {
                            "url": url, "seconds": time.monotonic() - started}))
                time.sleep(0.3)
        finally:
            self.stdout.write(_("웹 서버와 작업 처리기를 멈추는 중…"))
            for child in children:
                if child.poll() is None:
                    child.send_signal(signal.SIGTERM)
            for child in children:
                try:
                    child.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    child.kill()
                    child.wait()
            self.stdout.write(_("멈췄습니다."))


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "healthz", timeout=2) as response:  # noqa: S310
            return response.status == 200
    except OSError:
        return False
