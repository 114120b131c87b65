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


def main() -> None:
    import django

    django.setup()
    from django.db import connection

    from matrix.models import Clock
    from matrix.tasks import sla_sweep

    parser = argparse.ArgumentParser()
    parser.add_argument("--now", required=True)
    parser.add_argument("--hold", required=True, type=Path)
    parser.add_argument("--at", choices=["begin", "claim"], required=True)
    args = parser.parse_args()
    claim = f"UPDATE {Clock._meta.db_table} SET breached_at"  # noqa: S608 - a prefix to spot
    seen = {"claims": 0, "held": False}

    def hold() -> None:
        seen["held"] = True
        backend = connection.connection.info.backend_pid if connection.vendor == "postgresql" else 0
        ready = {"pid": os.getpid(), "backend": backend}
        (args.hold / "ready").write_text(json.dumps(ready))
        deadline = time.monotonic() + 60
        while not (args.hold / "go").exists():
            if time.monotonic() > deadline:
                raise SystemExit("the test never said go")
            time.sleep(0.05)

    def wrapper(execute, sql, params, many, context):
        if args.at == "begin" and sql.startswith("BEGIN") and seen["claims"] and not seen["held"]:
            hold()
        result = execute(sql, params, many, context)
        if sql.startswith(claim):
            seen["claims"] += 1
            if args.at == "claim" and seen["claims"] == 2 and not seen["held"]:
                hold()
        return result

    with connection.execute_wrapper(wrapper):
        print(json.dumps(sla_sweep(datetime.fromisoformat(args.now))))


if __name__ == "__main__":
    main()
