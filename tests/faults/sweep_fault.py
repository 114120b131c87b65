"""A real sweep that stops at a chosen point and waits for the test to break its database.

`python -m tests.faults.sweep_fault --now ISO --hold DIR --at begin|claim` runs
matrix.tasks.sla_sweep (the function the schedule calls) with an execute wrapper on its
connection. At the chosen statement it writes DIR/ready (its process id and, on PostgreSQL, its
backend's) and waits for DIR/go, then carries on against whatever the test did meanwhile:

- begin: before the second chunk's BEGIN (SQLite: the first chunk has committed and its e-mails
  are sent). The test takes the write lock from another connection: the BEGIN IMMEDIATE fails
  with "database is locked".
- claim: right after the second chunk's claim UPDATE ran, inside its open transaction
  (PostgreSQL). The test terminates this backend: the transaction dies with the connection.

Chunks of settings.SWEEP_CHUNK units (the test sets 5).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from datetime import datetime
from pathlib import Path


def run(now: datetime, hold: Path, at: str) -> dict:
    """sla_sweep(now), held at `at` until the test writes hold/go (see the module docstring)."""
    from django.db import connection

    from matrix.models import Clock
    from matrix.tasks import sla_sweep

    claim = f"UPDATE {Clock._meta.db_table} SET breached_at"  # noqa: S608 - a prefix to spot
    seen = {"claims": 0, "held": False}

    def pause() -> None:
        seen["held"] = True
        backend = connection.connection.info.backend_pid if connection.vendor == "postgresql" else 0
        ready = {"pid": os.getpid(), "backend": backend}
        (hold / "ready.tmp").write_text(json.dumps(ready))
        (hold / "ready.tmp").rename(hold / "ready")
        deadline = time.monotonic() + 60
        while not (hold / "go").exists():
            if time.monotonic() > deadline:
                raise SystemExit("the test never said go")
            time.sleep(0.05)

    def wrapper(execute, sql, params, many, context):
        if at == "begin" and sql.startswith("BEGIN") and seen["claims"] and not seen["held"]:
            pause()
        result = execute(sql, params, many, context)
        if sql.startswith(claim):
            seen["claims"] += 1
            if at == "claim" and seen["claims"] == 2 and not seen["held"]:
                pause()
        return result

    with connection.execute_wrapper(wrapper):
        return sla_sweep(now)


def held_sweep(now: datetime, hold: str, at: str = "begin") -> dict:
    """The same, as a django-q2 task (tests/faults/test_queue_faults.py)."""
    return run(now, Path(hold), at)


def main() -> None:
    import django

    django.setup()
    parser = argparse.ArgumentParser()
    parser.add_argument("--now", required=True)
    parser.add_argument("--hold", required=True, type=Path)
    parser.add_argument("--at", choices=["begin", "claim"], required=True)
    args = parser.parse_args()
    print(json.dumps(run(datetime.fromisoformat(args.now), args.hold, args.at)))


if __name__ == "__main__":
    main()
