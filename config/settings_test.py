"""Test settings: the real settings with a fixed key, fast hashing and the locmem mailbox."""

from __future__ import annotations

import os

os.environ.setdefault(
    "SECRET_KEY", "test-only-key-that-is-long-enough-for-djangos-deploy-check-0123456789"
)

from config.settings import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # noqa: S303
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SECURE_SSL_REDIRECT = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if DATABASES["default"]["ENGINE"] == "config.sqlite":  # noqa: F405
    # pytest-django recognises an in-memory SQLite test database by Django's own engine name;
    # the desk's backend (config/sqlite) says so explicitly, so each xdist worker keeps its own.
    DATABASES["default"].setdefault("TEST", {})["NAME"] = ":memory:"  # noqa: F405
# Django's test client logs in with authenticate() and no request, which axes refuses; the
# tests of login throttling (tests/security/test_login_throttling.py) turn it back on.
AXES_ENABLED = False
