"""The desk `make load` works on: the demo desk, seeded once, restored fresh for every run.

1. Seeding the demo desk (`seed_demo`, 400 escalations lived through the workflow) takes
   60–100 s on this machine, more than the whole load run may. So it is seeded once, at a
   fixed instant (SEED_NOW), and kept as a pg_dump in the cache directory under a key made of
   everything that decides what the seed writes: the migrations, the demo seed's own modules
   and the installed packages (whose migrations make tables too: django-axes, django-q2). A
   change to any of them seeds again; `--reseed` forces it.
2. Each run restores that dump into a scratch database (~1 s) and moves every instant in it
   forward by the time since SEED_NOW, so the desk stands at "now" as the demo does when it is
   freshly seeded: cases green, amber, red, paused and stalled, pending assignments, the bell.
   The move runs with triggers off (the timeline is append-only for the desk, not for this
   copy) and leaves period bounds and calendar dates alone. Two things keep their seed-time
   instants: the text of each clock's history, and the dates inside report figures.
3. ANALYZE, as a production database has planner statistics.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PG = "postgres://postgres@127.0.0.1:5432"
PG_ARGS = ["-h", "127.0.0.1", "-p", "5432", "-U", "postgres"]
SEED_NOW = datetime.fromisoformat("2026-12-01T15:00:00+00:00")  # a Tuesday, NA and EMEA at work
SEED_ARGS = ["--now", SEED_NOW.isoformat(), "--seed", "20261101", "--escalations", "400"]
SEED_VERSION = "2"  # bump when the way the dump is made changes

# What the seed writes depends on these; the rest of the code shapes data the same way.
SEED_INPUTS = (
    "*/migrations/*.py",
    "escalations/demo_*.py",
    "escalations/demo_scenarios/*.py",
    "escalations/management/commands/seed_demo.py",
)
# Instants not to move: a period's bounds are calendar facts, not moments of the story.
KEEP = {("reports_actionitem", "starts_at"), ("reports_actionitem", "ends_at")}
# Dates that are relative to the seed's day (renewal in N days, customer for N days).
MOVE_DATES = {("escalations_customer", "renewal_date"), ("escalations_customer", "customer_since")}
APP_TABLES = ("escalations_", "matrix_", "triage_", "reports_", "django_q_schedule")

Say = Callable[[str], None]


def seed_key() -> str:
    digest = hashlib.sha256(f"{SEED_VERSION} {' '.join(SEED_ARGS)}".encode())
    for pattern in SEED_INPUTS:
        for path in sorted(ROOT.glob(pattern)):
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    # Installed packages bring migrations of their own (axes, django_q, auth): their versions.
    packages = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())
    digest.update(" ".join(packages).encode())
    return digest.hexdigest()[:16]


def pg(*argv: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - the PostgreSQL client tools, fixed arguments
        [argv[0], *PG_ARGS, *argv[1:]], check=True, capture_output=True, text=True, **kwargs
    )


def seeded_dump(cache: Path, *, reseed: bool, say: Say) -> tuple[Path, float]:
    """The cached dump of the seeded desk, made first when missing; and the seconds spent."""
    dump = cache / f"desk-{seed_key()}.dump"
    if dump.exists() and not reseed:
        return dump, 0.0
    started = time.monotonic()
    cache.mkdir(parents=True, exist_ok=True)
    name = f"desk_load_seed_{os.getpid()}"
    say(f"seeding the demo desk once into {name} (seed_demo {' '.join(SEED_ARGS)}) …")
    pg("dropdb", "--if-exists", name)
    pg("createdb", name)
    env = {
        **os.environ,
        "DATABASE_URL": f"{PG}/{name}",
        "DEBUG": "1",
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "REDIS_URL": "",
    }
    try:
        for command in (["migrate", "--noinput", "-v0"], ["seed_demo", *SEED_ARGS]):
            subprocess.run(  # noqa: S603 - our own manage.py
                [str(ROOT / ".venv/bin/python"), "manage.py", *command],
                cwd=ROOT,
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
        partial = dump.with_suffix(".partial")
        pg("pg_dump", "-Fc", "-f", str(partial), name)
        for old in cache.glob("desk-*.dump"):
            old.unlink()  # made for migrations or seed code that are no longer here
        partial.rename(dump)
    finally:
        pg("dropdb", "--if-exists", name)
    return dump, time.monotonic() - started


def restore(dump: Path, name: str) -> None:
    """A fresh scratch database `name` from the dump (the previous run's is dropped)."""
    pg("dropdb", "--if-exists", "--force", name)
    pg("createdb", name)
    pg("pg_restore", "--no-owner", "--exit-on-error", "-d", name, str(dump))


def move_to(now: datetime) -> timedelta:
    """Move the restored desk's instants forward so that SEED_NOW becomes `now` (Django set up)."""
    from django.db import connection, transaction

    delta = now - SEED_NOW
    days = round(delta / timedelta(days=1))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'public' AND data_type IN ('timestamp with time zone', 'date')"
        )
        columns: dict[str, list[tuple[str, str]]] = {}
        for table, column, kind in cursor.fetchall():
            if not table.startswith(APP_TABLES) or (table, column) in KEEP:
                continue
            if kind == "date" and (table, column) not in MOVE_DATES:
                continue
            columns.setdefault(table, []).append((column, kind))
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        # Triggers off for this copy only: the timeline refuses UPDATE, the snapshots too.
        cursor.execute("SET LOCAL session_replication_role = replica")
        for table, cols in sorted(columns.items()):
            # A date moves by whole days (date + integer), an instant by the exact delta.
            sets = ", ".join(
                f"{quote(c)} = {quote(c)} + %s" + ("::integer" if kind == "date" else "")
                for c, kind in cols
            )
            values = [days if kind == "date" else delta for _c, kind in cols]
            cursor.execute(f"UPDATE {quote(table)} SET {sets}", values)  # noqa: S608 - our names
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return delta


def schedules_due(now: datetime) -> int:
    """The desk's schedules fire at the clusters' first scheduler pass (~30 s after start)."""
    from django_q.models import Schedule

    return Schedule.objects.exclude(repeats=0).update(next_run=now - timedelta(seconds=1))
