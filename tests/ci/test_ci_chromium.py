"""`.ci/run` installs Debian's chromium for the browser tests when it is missing, and only then.

The script runs from a copy in a temporary directory with a PATH of its own: a few real tools,
and stand-ins for `apt-get` (which records how it was called), `make`, `pg_isready` and the
virtualenv's python. Whether `chromium` is on that PATH is up to each test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("bash", "env", "id", "mktemp", "tail", "rm", "cat", "dirname")


def _stub(path: Path, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)


@pytest.fixture
def ci(tmp_path):
    (tmp_path / ".ci").mkdir()
    shutil.copy(ROOT / ".ci" / "run", tmp_path / ".ci" / "run")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in TOOLS:
        (bin_dir / tool).symlink_to(shutil.which(tool))
    calls = tmp_path / "apt-calls"
    _stub(bin_dir / "make", 'echo "make $*"')
    _stub(bin_dir / "pg_isready", "exit 2")
    _stub(tmp_path / ".venv" / "bin" / "python", "cat >/dev/null; echo 0")

    def run(*, chromium: bool, apt_works: bool = True, **env: str):
        if chromium:
            _stub(bin_dir / "chromium", "exit 0")
        _stub(
            bin_dir / "apt-get",
            f'echo "$*" >> {calls}\n' + ("exit 0" if apt_works else "exit 100"),
        )
        base = {k: v for k, v in os.environ.items() if k != "CI"}
        result = subprocess.run(  # noqa: S603 - fixed argv
            [str(bin_dir / "bash"), str(tmp_path / ".ci" / "run")],
            env={**base, "PATH": str(bin_dir), **env},
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        apt = calls.read_text().splitlines() if calls.exists() else []
        return result, apt

    return run


@pytest.mark.skipif(os.geteuid() != 0, reason="the stand-in apt-get is called without sudo as root")
def test_a_missing_chromium_is_installed_quietly_before_the_suite(ci):
    result, apt = ci(chromium=False)
    assert result.returncode == 0, result.stderr
    assert apt == ["install -y -qq chromium"]
    assert "Installing Debian's chromium" in result.stdout
    assert result.stdout.index("Installing") < result.stdout.index("make test")


def test_a_present_chromium_is_left_alone(ci):
    result, apt = ci(chromium=True)
    assert result.returncode == 0, result.stderr
    assert apt == []
    assert "chromium" not in result.stdout


@pytest.mark.skipif(os.geteuid() != 0, reason="the stand-in apt-get is called without sudo as root")
def test_under_ci_a_chromium_that_cannot_be_installed_fails_the_run(ci):
    result, apt = ci(chromium=False, apt_works=False, CI="true")
    assert result.returncode != 0
    assert apt[0] == "install -y -qq chromium" and "update -qq" in apt
    assert "Could not install chromium, and CI runs the browser tests." in result.stderr
    assert "make test" not in result.stdout


@pytest.mark.skipif(os.geteuid() != 0, reason="the stand-in apt-get is called without sudo as root")
def test_outside_ci_a_chromium_that_cannot_be_installed_skips_the_browser_tests(ci):
    result, _ = ci(chromium=False, apt_works=False)
    assert result.returncode == 0
    assert "the browser tests will be skipped" in result.stderr
    assert "make test" in result.stdout
