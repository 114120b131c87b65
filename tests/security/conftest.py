from __future__ import annotations

from pathlib import Path

import pytest

# The Sev-1 case and the people of the URL walk (tests/test_every_url.py), for walks here.
from tests.test_every_url import world  # noqa: F401

from .production import production_env, run, security_settings


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory) -> Path:
    """Static files collected as production collects them (whitenoise's manifest), once."""
    tmp = tmp_path_factory.mktemp("prod")
    root = tmp / "static"
    result = run(
        ["manage.py", "collectstatic", "--noinput", "-v0"],
        production_env(tmp, STATIC_ROOT=str(root)),
    )
    assert result.returncode == 0, result.stderr.decode()
    assert (root / "staticfiles.json").is_file()
    return root


@pytest.fixture(scope="session")
def production(tmp_path_factory) -> dict[str, object]:
    """The security settings a production host gets (DEBUG off, nothing relaxed)."""
    return security_settings(production_env(tmp_path_factory.mktemp("prod-settings")))
