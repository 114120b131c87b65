"""The desk as production runs it: config/settings.py with DEBUG off, in a subprocess.

Settings are read at import from the environment, so the only faithful way to see what
production gets is to import them with production's environment. The in-process tests then
apply those very values with override_settings and exercise Django's real middleware.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECRET = "x7!kq2#v9Lm@4pZr8sT1wYb6nE3uJ0cHdFgA5-QeW8rTy2uIo4pAs6dFg"
HOST = "desk.example.com"

# What this process's environment may hold that production would not.
INHERITED = {
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "CSRF_TRUSTED_ORIGINS",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "STATIC_ROOT",
}

SECURITY_SETTINGS = (
    "DEBUG",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_HTTPONLY",
    "CSRF_COOKIE_SAMESITE",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "X_FRAME_OPTIONS",
    "CONTENT_SECURITY_POLICY",
    "PERMISSIONS_POLICY",
    "AXES_ENABLED",
    "TRUST_X_FORWARDED_FOR",
)


def production_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """os.environ without the test run's settings, plus what a production host sets."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_", "SECURE_", "TRUST_X_")) and k not in INHERITED
    }
    return {
        **clean,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DEBUG": "0",
        "SECRET_KEY": SECRET,
        "ALLOWED_HOSTS": HOST,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'prod.sqlite3'}",
        **extra,
    }


def run(args: list[str], env: dict[str, str], *, stdin: bytes | None = None):
    return subprocess.run(  # noqa: S603 - our own interpreter and scripts
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        input=stdin,
        timeout=180,
    )


def security_settings(env: dict[str, str]) -> dict[str, object]:
    """The security settings config/settings.py produces under `env`."""
    code = (
        "import json, django\n"
        "django.setup()\n"
        "from django.conf import settings\n"
        f"print(json.dumps({{k: getattr(settings, k) for k in {SECURITY_SETTINGS!r}}}))\n"
    )
    result = run(["-c", code], env)
    assert result.returncode == 0, result.stderr.decode()
    values = json.loads(result.stdout.decode().strip().splitlines()[-1])
    if values["SECURE_PROXY_SSL_HEADER"] is not None:
        values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])
    return values
