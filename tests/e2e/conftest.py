"""Browser end-to-end tests: the real `goyong demo` (gunicorn + task worker) on a free port,
driven by Playwright in Debian's chromium.

One server per test process (session scope). Under pytest-xdist, run with `--dist loadgroup`:
every test module here marks itself `e2e` and xdist group "e2e", so one worker runs them all
against one server.

The server gets a fresh data directory. With DATABASE_URL pointing at PostgreSQL, it gets its
own database beside it (`<name>_e2e_<pid>`), created here and dropped at the end; otherwise the
demo's SQLite file in the data directory.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.harness import CHROMIUM_ARGS, log_in

SERVER_START_TIMEOUT = float(os.environ.get("GOYONG_E2E_START_TIMEOUT", "600"))


# ------------------------------------------------------------------ the server


@dataclass
class LiveApp:
    base_url: str
    data_dir: Path
    log_path: Path
    env: dict[str, str]

    def url(self, path: str) -> str:
        return self.base_url + path

    def log_tail(self, lines: int = 60) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no server log)"
        return "\n".join(text.splitlines()[-lines:])

    def goyong(self, *args: str, timeout: float = 120) -> str:
        """Run a `goyong` command against this server's data; return its output."""
        result = subprocess.run(
            [str(_goyong()), *args], env=self.env, capture_output=True, text=True,
            timeout=timeout, stdin=subprocess.DEVNULL, check=False,
        )
        if result.returncode != 0:
            pytest.fail(f"goyong {' '.join(args)} failed ({result.returncode}):\n"
                        f"{result.stdout}\n{result.stderr}")
        return result.stdout


def _goyong() -> Path:
    return Path(sys.executable).with_name("goyong")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _health(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=3) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        body = error.read().decode("utf-8", "replace")
        error.close()
        return error.code, body
    except OSError as error:
        return 0, str(error)


def _children_of(pid: int) -> list[int]:
    """Direct children of `pid` (Linux /proc), so that they can be stopped if `pid` hangs."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                found.append(int(stat.parent.name))
    return found


def _stop(proc: subprocess.Popen[bytes], children: list[int]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=40)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    # The demo starts its web server and worker in their own sessions: make sure they are gone.
    for child in children:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(child, signal.SIGKILL)


@contextlib.contextmanager
def _server_database(env: dict[str, str]) -> Iterator[None]:
    """Give the server its own PostgreSQL database when the tests run on PostgreSQL."""
    url = env.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        env.pop("DATABASE_URL", None)
        yield
        return
    import psycopg

    base, _, name = url.rpartition("/")
    name = name.split("?")[0] or "goyong"
    db_name = f"{name}_e2e_{os.getpid()}"
    admin_url = f"{base}/postgres"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{db_name}"')
    env["DATABASE_URL"] = f"{base}/{db_name}"
    try:
        yield
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')


_RUNNING: list[LiveApp] = []


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """A failing browser test shows the end of the server's log beside its own output."""
    outcome = yield
    report = outcome.get_result()
    if report.failed and _RUNNING and "live_app" in getattr(item, "fixturenames", ()):
        report.sections.append(("goyong demo log (last lines)", _RUNNING[-1].log_tail(40)))


@pytest.fixture(scope="session")
def live_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveApp]:
    """`goyong demo --port P` in a fresh data directory, healthy (/healthz 200)."""
    data_dir = tmp_path_factory.mktemp("goyong-e2e")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("GOYONG_", "DJANGO_", "PYTEST_")) and k != "SECRET_KEY"}
    if "DATABASE_URL" in os.environ:
        env["DATABASE_URL"] = os.environ["DATABASE_URL"]
    env.update({"GOYONG_DATA_DIR": str(data_dir), "GOYONG_SECURE": "0",
                "PYTHONUNBUFFERED": "1", "GOYONG_LOG_LEVEL": "WARNING",
                "GOYONG_ACCESS_LOG": "-"})
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    log_path = data_dir / "server.log"
    app = LiveApp(base_url, data_dir, log_path, env)
    with _server_database(env), log_path.open("wb") as log:
        proc = subprocess.Popen(
            [str(_goyong()), "demo", "--port", str(port)], env=env, stdout=log,
            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=data_dir,
        )
        children: list[int] = []
        try:
            deadline = time.monotonic() + SERVER_START_TIMEOUT
            status, body = 0, ""
            while True:
                if proc.poll() is not None:
                    pytest.fail(f"`goyong demo` exited with {proc.returncode} before it was "
                                f"healthy. Server log:\n{app.log_tail()}")
                status, body = _health(base_url + "/healthz")
                if status == 200:
                    break
                if time.monotonic() > deadline:
                    pytest.fail(f"/healthz did not answer 200 within {SERVER_START_TIMEOUT:.0f}s "
                                f"(last: {status} {body[:300]}). Server log:\n{app.log_tail()}")
                time.sleep(0.5)
            children = _children_of(proc.pid)
            _RUNNING.append(app)
            yield app
        finally:
            if app in _RUNNING:
                _RUNNING.remove(app)
            children = children or _children_of(proc.pid)
            _stop(proc, children)


# ------------------------------------------------------------------ the browser


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    executable = chromium_path()
    if executable is None:
        message = ("Debian's chromium is not installed: apt-get install chromium fonts-noto-cjk "
                   "(the browser tests do not download a browser)")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def new_page(chromium: Any, live_app: LiveApp) -> Iterator[Any]:
    """A factory for pages in fresh browser contexts (Korean locale, desktop size)."""
    contexts: list[Any] = []

    def make(*, width: int = 1280, height: int = 900, locale: str = "ko-KR") -> Any:
        context = chromium.new_context(
            base_url=live_app.base_url, viewport={"width": width, "height": height},
            locale=locale, timezone_id="Asia/Seoul",
        )
        context.set_default_timeout(30_000)
        contexts.append(context)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.js_errors = errors  # type: ignore[attr-defined]
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page_as(new_page: Any) -> Any:
    """`page_as("hq")`: a page logged in as a demo account."""

    def make(username: str, **kwargs: Any) -> Any:
        page = new_page(**kwargs)
        log_in(page, username)
        return page

    return make
