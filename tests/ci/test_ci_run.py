"""`.ci/run` when PostgreSQL does not answer: a failure under CI, a skip on a laptop.

The script runs from a copy in a temporary directory, with stand-ins for `make` (so it does not
run the suite inside the suite), `pg_isready` and the virtualenv's python, which both say
"nothing on 5432" whatever this machine runs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _stub(path: Path, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)


@pytest.fixture
def run_ci(tmp_path):
    (tmp_path / ".ci").mkdir()
    shutil.copy(ROOT / ".ci" / "run", tmp_path / ".ci" / "run")
    bin_dir = tmp_path / "bin"
    _stub(bin_dir / "make", 'echo "make $*"')
    _stub(bin_dir / "pg_isready", "exit 2")
    _stub(tmp_path / ".venv" / "bin" / "python", "cat >/dev/null; echo 0")

    def run(**env: str) -> subprocess.CompletedProcess[str]:
        base = {k: v for k, v in os.environ.items() if k != "CI"}
        return subprocess.run(  # noqa: S603 - fixed argv
            [str(tmp_path / ".ci" / "run")],
            env={**base, "PATH": f"{bin_dir}:{os.environ['PATH']}", **env},
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )

    return run


def test_under_ci_a_silent_postgresql_fails_the_run_and_says_how_to_start_it(run_ci):
    result = run_ci(CI="true")
    assert result.returncode != 0
    assert "make test" in result.stdout  # the SQLite run still came first
    assert "CI (CI=true) requires the PostgreSQL run" in result.stderr
    assert "pg_ctlcluster --skip-systemctl-redirect" in result.stderr
    assert "skipped" not in result.stdout


def test_outside_ci_a_silent_postgresql_is_skipped_with_a_message(run_ci):
    result = run_ci()
    assert result.returncode == 0
    assert "skipped the PostgreSQL run" in result.stdout
