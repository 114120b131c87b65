"""Two workers taking the same month's snapshot at once store one and tell each executive once.

Two threads (two PostgreSQL connections) released together, and two real processes running
the schedule's function (reports.tasks.monthly_snapshot) over a SQLite file and over
PostgreSQL, with the file e-mail backend: exactly one snapshot, one bell row and one e-mail
per executive, whichever worker wins.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from functools import partial
from pathlib import Path

import pytest
from django.core import mail
from django.db import connection

from escalations.models import Notification
from reports.models import Snapshot
from reports.tasks import take_monthly_snapshot
from tests.matrix.sweep_scenario import messages_in
from tests.matrix.test_concurrency import at_once
from tests.reports import snapshot_scenario
from tests.reports.snapshot_scenario import EXECUTIVES, TAKEN

ROOT = Path(__file__).resolve().parents[2]
# Each executive once; the subject names the month and its volume (two cases raised).
SUBJECT = "Escalation report for October 2026: 2 raised"
EXPECTED = {
    "snapshots": ["2026-10"],
    "volume": [2],
    "told": sorted(EXECUTIVES),
    "emailed": len(EXECUTIVES),
}

postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs PostgreSQL (DATABASE_URL=postgres://...)"
)


@postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_connections_at_once_store_one_snapshot_and_tell_each_executive_once():
    snapshot_scenario.seed()

    results = at_once(partial(take_monthly_snapshot, TAKEN), partial(take_monthly_snapshot, TAKEN))

    assert sorted(type(r).__name__ for r in results) == ["NoneType", "Snapshot"]
    assert Snapshot.objects.count() == 1
    assert snapshot_scenario.summary() == EXPECTED
    assert sorted(m.to[0] for m in mail.outbox) == sorted(f"{n}@desk.test" for n in EXECUTIVES)
    assert Notification.objects.count() == len(EXECUTIVES)


# --- Two processes ------------------------------------------------------------------------


def _env(database_url: str, mail_dir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        # The desk's settings with the file e-mail backend (CRASH_AFTER=0: it never crashes).
        "DJANGO_SETTINGS_MODULE": "tests.matrix.crash_settings",
        "DEBUG": "1",
        "EMAIL_FILE_PATH": str(mail_dir),
        "CRASH_AFTER": "0",
    }


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - fixed argv
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def _two_workers(env: dict[str, str]) -> list[str]:
    command = [sys.executable, "-m", "tests.reports.snapshot_scenario", "take", TAKEN.isoformat()]
    workers = [
        subprocess.Popen(  # noqa: S603 - fixed argv
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    done = []
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        done.append(json.loads(out.strip().splitlines()[-1]))
    return sorted(done)


def _assert_each_executive_mailed_once(mail_dir: Path) -> None:
    sent = messages_in(mail_dir)
    assert Counter(sent) == Counter((f"{name}@desk.test", SUBJECT) for name in EXECUTIVES)


def test_two_processes_on_a_sqlite_file_store_one_snapshot_and_mail_once(tmp_path):
    path, mail_dir = tmp_path / "desk.sqlite3", tmp_path / "mail"
    env = _env(f"sqlite:///{path}", mail_dir)
    migrated = _run(["manage.py", "migrate", "--noinput", "-v0"], env)
    assert migrated.returncode == 0, migrated.stderr
    seeded = _run(["-m", "tests.reports.snapshot_scenario", "seed"], env)
    assert seeded.returncode == 0, seeded.stderr

    assert _two_workers(env) == ["2026-10: already taken", "2026-10: taken"]

    summary = _run(["-m", "tests.reports.snapshot_scenario", "summary"], env)
    assert json.loads(summary.stdout) == EXPECTED
    _assert_each_executive_mailed_once(mail_dir)
    shutil.rmtree(mail_dir)


def _postgres_url() -> str:
    s = connection.settings_dict
    login = f"{s['USER']}:{s['PASSWORD']}" if s.get("PASSWORD") else s["USER"]
    return f"postgres://{login}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


@postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_processes_on_postgres_store_one_snapshot_and_mail_once(tmp_path):
    snapshot_scenario.seed()
    mail_dir = tmp_path / "mail"

    assert _two_workers(_env(_postgres_url(), mail_dir)) == [
        "2026-10: already taken",
        "2026-10: taken",
    ]

    assert snapshot_scenario.summary() == EXPECTED
    _assert_each_executive_mailed_once(mail_dir)
