"""`goyong demo` as a new user runs it: real processes, a fresh data directory, SQLite."""

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request

import pytest

GOYONG = [sys.executable, "-m", "goyong"]


def _env(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "SECRET_KEY"}}
    env["GOYONG_DATA_DIR"] = str(tmp_path)
    env.pop("GOYONG_DEMO", None)
    return env


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _counts(db_path):
    with sqlite3.connect(db_path) as db:
        return {t: db.execute(f"select count(*) from {t}").fetchone()[0]  # noqa: S608
                for t in ("reference_region", "reference_office", "reference_jurisdiction",
                          "accounts_user", "accounts_membership")}


def test_demo_no_serve_loads_everything_and_is_idempotent(tmp_path):
    # given a fresh data directory
    env = _env(tmp_path)
    # when
    first = subprocess.run([*GOYONG, "demo", "--no-serve"], env=env, capture_output=True,
                           text=True, timeout=180, check=False)
    counts_first = _counts(tmp_path / "goyong.sqlite3")
    again = subprocess.run([*GOYONG, "demo", "--no-serve"], env=env, capture_output=True,
                           text=True, timeout=180, check=False)
    # then
    assert first.returncode == 0, first.stderr
    assert again.returncode == 0, again.stderr
    for username in ("hq", "lead", "member", "counsellor", "counsellor2", "localgov", "reviewer",
                     "partner", "employer"):
        assert f"  {username} " in first.stdout
    assert "goyong-demo-2014" in first.stdout
    assert _counts(tmp_path / "goyong.sqlite3") == counts_first
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_demo_serves_and_stops_cleanly_on_ctrl_c(tmp_path):
    # given
    env = _env(tmp_path)
    port = _free_port()
    started = time.monotonic()
    demo = subprocess.Popen([*GOYONG, "demo", "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        # when: it reports ready
        ready_line = ""
        while time.monotonic() - started < 90:
            line = demo.stdout.readline()
            if not line:
                break
            if f"http://127.0.0.1:{port}/" in line:
                ready_line = line
                break
        elapsed = time.monotonic() - started
        # then: the page and /healthz answer
        assert ready_line, "the demo never printed its URL"
        assert elapsed < 60
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as r:  # noqa: S310
            assert r.status == 200
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as r:  # noqa: S310
            assert r.status == 200
        # when: Ctrl-C
        demo.send_signal(signal.SIGINT)
        demo.wait(timeout=30)
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.wait()
        demo.stdout.close()
    # then: it exited cleanly and nothing listens any more
    assert demo.returncode == 0
    with socket.socket() as s, pytest.raises(OSError):
        s.connect(("127.0.0.1", port))
