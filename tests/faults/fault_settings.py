"""The sweep tests' worker settings (tests/matrix/crash_settings.py: the file e-mail backend),
with a one-second SQLite busy timeout: the desk's own 20 s would wait out a short lock, so a
test holding one for a moment would need to hold it for 20 s to make the write fail."""

from tests.matrix.crash_settings import *  # noqa: F403

if DATABASES["default"]["ENGINE"] == "config.sqlite":  # noqa: F405
    DATABASES["default"]["OPTIONS"]["timeout"] = 1  # noqa: F405
