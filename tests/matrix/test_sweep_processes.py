"""Exactly once across processes: two workers sweeping the same due cases at the same moment,
and a worker killed in the middle of a pass, on a SQLite file and on PostgreSQL.

Real processes (`manage.py sla_sweep`), a real database and the file e-mail backend; the only
fault injected is the crash, in the e-mail backend (tests/matrix/sweep_scenario.py).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from django.db import connection

from tests.matrix import sweep_scenario
from tests.matrix.sweep_scenario import SWEEP_AT, messages_in

ROOT = Path(__file__).resolve().parents[2]
CASES = 30
# Sev-2: each breached case tells its owner (the engineer) and the duty manager.
TOLD = 2 * CASES


def _env(database_url: str, mail: Path, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "tests.matrix.crash_settings",
        "DEBUG": "1",
        "EMAIL_FILE_PATH": str(mail),
        "CRASH_AFTER": "0",
    }
    env.update(extra)
    return env


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - fixed argv
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def _sweeps_at_once(env: dict[str, str], now: str) -> list[dict]:
    command = [sys.executable, "manage.py", "sla_sweep", "--now", now, "--json"]
    workers = [
        subprocess.Popen(  # noqa: S603 - fixed argv
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    results = []
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def _assert_each_told_once(mail: Path) -> None:
    sent = messages_in(mail)
    doubled = [m for m, n in Counter(sent).items() if n > 1]
    assert doubled == []
    assert len(sent) == TOLD


# --- SQLite: a migrated file shared by the processes --------------------------------------------


@pytest.fixture(scope="module")
def migrated_sqlite(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("sweep") / "template.sqlite3"
    mail = path.parent / "mail"
    done = _run(["manage.py", "migrate", "--noinput", "-v0"], _env(f"sqlite:///{path}", mail))
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture
def sqlite_desk(migrated_sqlite, tmp_path) -> tuple[str, Path]:
    path = tmp_path / "desk.sqlite3"
    shutil.copy(migrated_sqlite, path)
    url, mail = f"sqlite:///{path}", tmp_path / "mail"
    seeded = _run(["-m", "tests.matrix.sweep_scenario", "seed", str(CASES)], _env(url, mail))
    assert seeded.returncode == 0, seeded.stderr
    return url, mail


def _summary(url: str, mail: Path) -> dict:
    done = _run(["-m", "tests.matrix.sweep_scenario", "summary"], _env(url, mail))
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_two_workers_on_sqlite_record_and_tell_each_breach_once(sqlite_desk):
    url, mail = sqlite_desk
    results = _sweeps_at_once(_env(url, mail), SWEEP_AT.isoformat())
    assert sum(r["recorded"] for r in results) == CASES
    assert sum(r["notified"] for r in results) == TOLD
    assert _summary(url, mail) == {
        "events": CASES,
        "doubled_events": 0,
        "notifications": TOLD,
        "emailed": TOLD,
    }
    _assert_each_told_once(mail)


def test_a_worker_killed_mid_pass_loses_nothing_and_doubles_nothing_on_sqlite(sqlite_desk):
    url, mail = sqlite_desk
    _crash_then_recover(_env(url, mail), lambda: _summary(url, mail), mail)


def _crash_then_recover(env: dict[str, str], summary, mail: Path) -> None:
    # Chunks of 5 cases (10 messages): the worker dies at its 8th e-mail, after the first
    # chunk committed and before the second was recorded.
    crash = {**env, "SWEEP_CHUNK": "5", "CRASH_AFTER": "7"}
    dead = subprocess.run(  # noqa: S603 - fixed argv
        [sys.executable, "manage.py", "sla_sweep", "--now", SWEEP_AT.isoformat(), "--json"],
        cwd=ROOT,
        env=crash,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert dead.returncode == 9, dead.stderr
    assert summary() == {"events": 5, "doubled_events": 0, "notifications": 10, "emailed": 7}

    # The next pass, after the dead worker's claim went stale (10 min), does exactly the rest.
    later = SWEEP_AT.replace(minute=SWEEP_AT.minute + 11).isoformat()
    [result] = [json.loads(_run(["manage.py", "sla_sweep", "--now", later, "--json"], env).stdout)]
    assert result["recorded"] == CASES - 5
    assert summary() == {
        "events": CASES,
        "doubled_events": 0,
        "notifications": TOLD,
        "emailed": TOLD,
    }
    _assert_each_told_once(mail)


# --- PostgreSQL: the suite's own test database, committed ---------------------------------------

postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs PostgreSQL (DATABASE_URL=postgres://...)"
)


def _postgres_url() -> str:
    s = connection.settings_dict
    login = f"{s['USER']}:{s['PASSWORD']}" if s.get("PASSWORD") else s["USER"]
    return f"postgres://{login}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


@postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_workers_on_postgres_record_and_tell_each_breach_once(tmp_path):
    sweep_scenario.seed(CASES)
    mail = tmp_path / "mail"
    results = _sweeps_at_once(_env(_postgres_url(), mail), SWEEP_AT.isoformat())
    assert sum(r["recorded"] for r in results) == CASES
    assert sweep_scenario.summary() == {
        "events": CASES,
        "doubled_events": 0,
        "notifications": TOLD,
        "emailed": TOLD,
    }
    _assert_each_told_once(mail)


@postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_worker_killed_mid_pass_loses_nothing_and_doubles_nothing_on_postgres(tmp_path):
    sweep_scenario.seed(CASES)
    mail = tmp_path / "mail"
    _crash_then_recover(_env(_postgres_url(), mail), sweep_scenario.summary, mail)
