"""Production settings: refuse to start without a real key, pass `check --deploy`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DEBUG", "SECRET_KEY", "DJANGO_SETTINGS_MODULE"}
    }
    return subprocess.run(  # noqa: S603 - fixed argv
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_refuses_a_short_secret_key():
    result = run_manage("check", SECRET_KEY="short")
    assert result.returncode != 0
    assert "at least 50 characters" in result.stderr


def test_check_deploy_is_clean_with_production_settings(tmp_path, collected_static):
    # With DEBUG off the deploy checks include the desk's own (config/checks.py): the static
    # files must have been collected, as a production host does before it starts.
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY="x7!kq2#v9Lm@4pZr8sT1wYb6nE3uJ0cHdFgA5-QeW8rTy2uIo4pAs6dFg",
        ALLOWED_HOSTS="desk.example.com",
        DATABASE_URL=f"sqlite:///{tmp_path / 'prod.sqlite3'}",
        STATIC_ROOT=str(collected_static),
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_names_collectstatic_when_static_files_are_missing(tmp_path):
    result = run_manage(
        "check",
        "--deploy",
        DEBUG="0",
        SECRET_KEY="x7!kq2#v9Lm@4pZr8sT1wYb6nE3uJ0cHdFgA5-QeW8rTy2uIo4pAs6dFg",
        ALLOWED_HOSTS="desk.example.com",
        DATABASE_URL=f"sqlite:///{tmp_path / 'prod.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "nothing-collected"),
    )
    assert result.returncode != 0
    assert "desk.E001" in result.stderr
    assert "python manage.py collectstatic" in result.stderr


def test_development_mode_runs_without_a_key():
    result = run_manage("check", DEBUG="1")
    assert result.returncode == 0, result.stderr


def test_pages_carry_a_strict_content_security_policy(client):
    response = client.get("/login/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert response["X-Frame-Options"] == "DENY"
