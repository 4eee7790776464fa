"""Django's deployment checklist passes with production settings (HTTPS, no debug, a real
secret key, a real host name): `goyong check --deploy --fail-level WARNING`."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path


def production_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("GOYONG_", "DJANGO_")) and k not in {"SECRET_KEY", "DATABASE_URL"}}
    env.update({
        "GOYONG_SECURE": "1",
        "GOYONG_DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "goyong.example.kr",
        "CSRF_TRUSTED_ORIGINS": "https://goyong.example.kr",
        "GOYONG_DATA_DIR": str(data_dir),
    })
    return env


def test_deploy_checklist_is_clean_with_production_settings(tmp_path: Path) -> None:
    # given production settings
    env = production_env(tmp_path)
    assert len(env["SECRET_KEY"]) >= 50
    # when Django runs its deployment checks, warnings included
    result = subprocess.run(
        [str(Path(sys.executable).with_name("goyong")), "check", "--deploy",
         "--fail-level", "WARNING"],
        env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
        cwd=tmp_path, check=False,
    )
    # then nothing is reported
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues" in output, output


def test_deploy_checklist_catches_a_debug_server(tmp_path: Path) -> None:
    """The check is live: the same command fails when debug is on in production."""
    env = production_env(tmp_path) | {"GOYONG_DEBUG": "1"}
    result = subprocess.run(
        [str(Path(sys.executable).with_name("goyong")), "check", "--deploy",
         "--fail-level", "WARNING"],
        env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
        cwd=tmp_path, check=False,
    )
    assert result.returncode != 0
    assert "security.W018" in result.stdout + result.stderr
