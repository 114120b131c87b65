"""`make load`: the desk scaled out on PostgreSQL and Redis, under 50 managers, bounded in time.

    .venv/bin/python scripts/load/run_load.py [--run-time 45] [--managers 50] [--reseed]

Loopback only; every process it starts is stopped before it reports, and the run is bounded:
from the restore to the report at most DEADLINE seconds (a watchdog kills the run's processes
and fails it past that). The one-off seeding of the demo desk, when no cached dump exists yet,
comes before the bound and is timed apart (scratch_db.py says why).

1. The demo desk restored into the scratch database `desk_load` and moved to now
   (scratch_db.py); the desk's schedules made due.
2. Static files collected once into the cache (DEBUG off: whitenoise serves the manifest).
3. gunicorn with 4 sync workers on a free loopback port and two `manage.py qcluster` on Redis
   (db LOAD_REDIS_DB, 11 by default), all on production settings (scripts/load/settings.py:
   DEBUG off, a random SECRET_KEY; only TLS is off, this being plain HTTP on loopback).
4. Locust, headless, for --run-time seconds: the managers and the agents of locustfile.py.
   Meanwhile the sweeps run on the clusters: the schedules (their first pass, ~30 s after the
   clusters start, at the real time) and, at instants pinned ahead of the desk's now so that
   clocks fall due, each sweep enqueued twice at once (PINNED).
5. gunicorn stopped (SIGTERM to its master); then the catch-up pass (FINAL), the same sweeps at
   the last pinned instant twice more: what it still finds was missed under load.
6. The clusters stopped (SIGTERM to each main process alone, as scripts/run_desk.py does; a
   group still alive after GRACE seconds is killed); no process of the run may remain.
7. checks.py on the database; the figures into bench/load/last/ (report.py).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.load import accounts, cpu, report, scratch_db  # noqa: E402
from scripts.load.processes import (  # noqa: E402
    Run,
    Stopped,
    free_port,
    leftovers,
    say,
    wait_until_up,
)

VENV = ROOT / ".venv" / "bin"
CACHE = Path(os.environ.get("LOAD_CACHE", "/tmp/escalation-desk-load"))  # noqa: S108
DB_NAME = "desk_load"
REDIS_DB = int(os.environ.get("LOAD_REDIS_DB", "11"))
DEADLINE = 90.0  # seconds from the restore to the report
TARGET_P95_MS = 300
GUNICORN_WORKERS = 4
CLUSTERS = 2
LOGIN_WAIT = 15  # seconds the users have to sign in before the measured window opens anyway
STOP_RESERVE = 16  # seconds kept for Locust's stop, the final sweeps, stopping and checking
# (seconds into the measured window, task, how far ahead of the desk's now it sweeps)
PINNED = (
    (8, "matrix.tasks.sla_sweep", timedelta(hours=2)),
    (16, "matrix.tasks.stalled_sweep", timedelta(hours=2)),
    (26, "matrix.tasks.sla_sweep", timedelta(hours=12)),
    (34, "matrix.tasks.stalled_sweep", timedelta(hours=12)),
)
FINAL = (
    ("matrix.tasks.sla_sweep", timedelta(hours=12)),
    ("matrix.tasks.stalled_sweep", timedelta(hours=12)),
)
RESULTS = ROOT / "bench" / "load" / "last"


def desk_env(run_id: str, port: int, static_root: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "scripts.load.settings",
            "PYTHONPATH": str(ROOT),
            "PYTHONUNBUFFERED": "1",
            "LOAD_RUN": run_id,
            "DEBUG": "0",
            "SECRET_KEY": secrets.token_urlsafe(48),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            # Plain HTTP on loopback: no TLS to redirect to, so cookies without the Secure flag.
            "SECURE_SSL_REDIRECT": "0",
            "SESSION_COOKIE_SECURE": "0",
            "CSRF_COOKIE_SECURE": "0",
            "SECURE_HSTS_SECONDS": "0",
            "DATABASE_URL": f"{scratch_db.PG}/{DB_NAME}",
            "REDIS_URL": f"redis://127.0.0.1:6379/{REDIS_DB}",
            "LOAD_Q_NAME": f"load-{run_id}",
            "LOAD_STATIC_ROOT": str(static_root),
            "DESK_BASE_URL": f"http://127.0.0.1:{port}",
            "EMAIL_URL": "consolemail://",
        }
    )
    return env


def collected_static(env: dict[str, str]) -> tuple[Path, float]:
    """The collected static files for this checkout's static/ and packages, made once."""
    import hashlib
    from importlib.metadata import version

    digest = hashlib.sha256(
        " ".join(version(p) for p in ("django", "whitenoise", "crispy-bootstrap5")).encode()
    )
    for path in sorted((ROOT / "static").rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(ROOT)).encode() + path.read_bytes())
    target = CACHE / f"static-{digest.hexdigest()[:16]}"
    if (target / "staticfiles.json").exists():
        return target, 0.0
    started = time.monotonic()
    building = target.with_name(target.name + f".{os.getpid()}")
    shutil.rmtree(building, ignore_errors=True)
    subprocess.run(  # noqa: S603 - our own manage.py
        [str(VENV / "python"), "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env={**env, "LOAD_STATIC_ROOT": str(building)},
        check=True,
    )
    for old in CACHE.glob("static-*"):
        if old != building:
            shutil.rmtree(old, ignore_errors=True)  # for static files no longer these
    building.rename(target)
    return target, time.monotonic() - started


def enqueue(func: str, at: datetime, *, copies: int = 2) -> list[str]:
    """`func(now=at)` queued `copies` times at once: two workers sweep the same due cases."""
    from django_q.tasks import async_task

    return [async_task(func, now=at, group="load-pinned") for _ in range(copies)]


def pinned_sweeps(
    opened: Path, desk_now: datetime, log: list[dict], stop: threading.Event, cpu_at, window: float
):
    """While the managers work: each PINNED sweep at its second, twice at once, on the clusters.

    The measured window opens when every user has signed in: locustfile.py then writes the
    sign-in figures to `opened`. `cpu_at()` samples the CPU counters as it opens and closes.
    """
    from django.db import connections

    while not opened.exists():
        if stop.wait(0.05):
            return
    cpu_at()
    start = time.monotonic()
    try:
        for offset, func, ahead in PINNED:
            if stop.wait(max(start + offset - time.monotonic(), 0)):
                return
            at = desk_now + ahead
            log.append({"when": "under load", "func": func, "now": at, "ids": enqueue(func, at)})
        if not stop.wait(max(start + window - time.monotonic(), 0)):
            cpu_at()  # Locust is still running (it quits after the window)
    finally:
        connections.close_all()


def task_results(log: list[dict], run: Run) -> list[dict]:
    """Each pinned task's result, waiting for those still running."""
    from django_q.models import Task

    rows = []
    for item in log:
        results = []
        for task_id in item["ids"]:
            task = None
            while task is None and run.left() > 0:
                task = Task.objects.filter(id=task_id).first()
                if task is None:
                    time.sleep(0.2)
            seconds = (task.stopped - task.started).total_seconds() if task else None
            results.append(
                {
                    "success": task.success if task else None,
                    "result": task.result if task else "not run",
                    "seconds": round(seconds, 3) if seconds is not None else None,
                }
            )
        rows.append(
            {
                "when": item["when"],
                "func": item["func"].rsplit(".", 1)[-1],
                "now": item["now"].isoformat(),
                "results": results,
            }
        )
    return rows


def setup_django(env: dict[str, str]) -> None:
    os.environ.update(env)
    import logging

    import django

    django.setup()
    logging.getLogger("django-q").setLevel(logging.WARNING)  # not a line per task queued


def redis_cleanup(run_id: str) -> int:
    import redis

    client = redis.Redis(host="127.0.0.1", port=6379, db=REDIS_DB)
    keys = list(client.scan_iter(match=f"django_q:load-{run_id}*"))
    if keys:
        client.delete(*keys)
    return len(keys)


def _interrupt(signum, frame) -> None:
    # SIGTERM (a process manager, `kill`) stops the run as Ctrl-C does.
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="make load: the desk under load, bounded.")
    parser.add_argument(
        "--run-time", type=int, default=45, help="seconds measured once all signed in (45)"
    )
    parser.add_argument("--managers", type=int, default=50, help="simulated managers (50)")
    parser.add_argument("--agents", type=int, default=3, help="agents raising cases (3)")
    parser.add_argument("--spawn-rate", type=float, default=20, help="users started per second")
    parser.add_argument("--wait", default="2,6", help="a manager's think time, min,max seconds")
    parser.add_argument("--reseed", action="store_true", help="seed the demo desk again")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _interrupt)

    began = time.monotonic()
    run_id = datetime.now(UTC).strftime("%Y%m%d%H%M%S") + secrets.token_hex(2)
    run_dir = CACHE / "runs" / run_id
    run_dir.mkdir(parents=True, exist_ok=True)
    _prune(CACHE / "runs", keep=3)
    timings: dict[str, float] = {}
    dump, timings["seed_s"] = scratch_db.seeded_dump(CACHE, reseed=args.reseed, say=say)
    if timings["seed_s"]:
        say(f"seeded and cached in {timings['seed_s']:.1f} s: {dump} (reused by the next runs)")

    bounded = time.monotonic()
    run = Run(run_dir, bounded + DEADLINE)
    checks: list = []
    summary: dict = {"run": run_id, "run_dir": str(run_dir)}
    port = free_port()
    env = desk_env(run_id, port, CACHE / "unused")
    ok = False
    load_before = os.getloadavg()
    try:
        step = time.monotonic()
        scratch_db.restore(dump, DB_NAME)
        static_root, timings["static_s"] = collected_static(env)
        env["LOAD_STATIC_ROOT"] = str(static_root)
        setup_django(env)
        desk_now = datetime.now(UTC).replace(microsecond=0)
        scratch_db.move_to(desk_now)
        scratch_db.schedules_due(desk_now)
        managers, agents = accounts.accounts()
        sessions = run_dir / "sessions.json"
        accounts.signed_in_sessions(managers, args.managers, sessions)
        timings["restore_s"] = time.monotonic() - step - timings["static_s"]
        say(f"desk restored into {DB_NAME} and moved to {desk_now.isoformat()}")

        step = time.monotonic()
        url = f"http://127.0.0.1:{port}"
        web = run.start(
            "web",
            [
                str(VENV / "gunicorn"),
                "config.wsgi:application",
                "--config=python:config.gunicorn",
                f"--workers={GUNICORN_WORKERS}",
                f"--bind=127.0.0.1:{port}",
                "--timeout=30",
                "--graceful-timeout=5",
                # Not gunicorn 25+'s control socket in $HOME, which another server may hold.
                "--no-control-socket",
                f"--access-logfile={run_dir / 'access.log'}",
                f"--access-logformat={report.ACCESS_FORMAT}",
            ],
            env,
        )
        for n in range(1, CLUSTERS + 1):
            run.start(f"qcluster{n}", [str(VENV / "python"), "manage.py", "qcluster"], env)
        wait_until_up(f"{url}/login/", run, web)
        timings["start_s"] = time.monotonic() - step
        say(
            f"gunicorn ({GUNICORN_WORKERS} workers) at {url}, {CLUSTERS} qclusters on Redis db {REDIS_DB}"
        )

        ledger = run_dir / "ledger.jsonl"
        logins = run_dir / "logins.json"
        users = args.managers + args.agents
        # What the deadline leaves for signing in once the window and the stop are kept.
        login_wait = int(max(3, min(LOGIN_WAIT, run.left() - args.run_time - STOP_RESERVE)))
        locust_env = {
            **env,
            "LOAD_LEDGER": str(ledger),
            "LOAD_MANAGERS": ",".join(managers),
            "LOAD_AGENTS": ",".join(agents),
            "LOAD_AGENT_USERS": str(args.agents),
            "LOAD_WAIT": args.wait,
            "LOAD_USERS": str(users),
            "LOAD_MEASURE": str(args.run_time),
            "LOAD_LOGIN_WAIT": str(login_wait),
            "LOAD_LOGIN_STATS": str(logins),
            "LOAD_SESSIONS": str(sessions),
        }
        say(f"Locust: {args.managers} managers and {args.agents} agents for {args.run_time} s")
        step = time.monotonic()
        locust = run.start(
            "locust",
            [
                str(VENV / "locust"),
                "-f",
                str(ROOT / "scripts/load/locustfile.py"),
                "--headless",
                f"--users={users}",
                f"--spawn-rate={args.spawn_rate}",
                # The hard bound; locustfile.py quits after the measured window itself.
                f"--run-time={login_wait + args.run_time + 10}s",
                f"--host={url}",
                f"--csv={run_dir / 'locust'}",
                "--only-summary",
                "--stop-timeout=5",
                "--exit-code-on-error=0",
            ],
            locust_env,
        )
        swept: list[dict] = []
        stop_pins = threading.Event()
        groups = {name: p.pid for name, p in run.children.items()}
        samples: list[dict] = []

        def sample_cpu() -> None:
            samples.append(cpu.sample(groups, DB_NAME))

        pins = threading.Thread(
            target=pinned_sweeps,
            args=(logins, desk_now, swept, stop_pins, sample_cpu, args.run_time),
            daemon=True,
        )
        pins.start()
        try:
            locust.wait(timeout=max(run.left(), 1))
        except subprocess.TimeoutExpired as error:
            raise Stopped("Locust did not stop by itself in time") from error
        stop_pins.set()
        pins.join()
        timings["locust_s"] = time.monotonic() - step
        if not (run_dir / "locust_stats.csv").exists():
            raise Stopped(f"Locust wrote no statistics: see {run_dir / 'locust.log'}")
        cpu_used = cpu.used(samples[0], samples[-1]) if len(samples) == 2 else None

        step = time.monotonic()
        run.stop("web")
        last = desk_now + FINAL[0][1]
        for func, ahead in FINAL:
            swept.append(
                {
                    "when": "final",
                    "func": func,
                    "now": desk_now + ahead,
                    "ids": enqueue(func, desk_now + ahead),
                }
            )
        sweeps = task_results(swept, run)
        run.stop(*(f"qcluster{n}" for n in range(1, CLUSTERS + 1)), "locust")
        timings["stop_s"] = time.monotonic() - step
        remaining = leftovers(run_id, [p.pid for p in run.children.values()])
        redis_keys = redis_cleanup(run_id)

        step = time.monotonic()
        from scripts.load import checks as post_run

        senders = ["web", *(f"qcluster{n}" for n in range(1, CLUSTERS + 1))]
        checks = post_run.run_checks(
            post_run.read_ledger(ledger),
            run=run_id,
            since=desk_now,
            swept_until=last,
            mail_logs=[(run_dir / f"{name}.log").read_text(errors="replace") for name in senders],
        )
        timings["checks_s"] = time.monotonic() - step
        timings["bounded_s"] = time.monotonic() - bounded
        timings["total_s"] = time.monotonic() - began
        summary.update(
            _summary(run_dir, args, timings, sweeps, checks, remaining, redis_keys, load_before)
        )
        summary["cpu"] = cpu_used
        summary["setup"]["login_wait_s"] = round(login_wait, 1)
        summary["desk_now"] = desk_now.isoformat()
        summary["scheduled_tasks"] = _scheduled(desk_now)
        ok = _verdict(summary)
    except (KeyboardInterrupt, Stopped) as error:
        say(f"stopped: {error or 'interrupted'}")
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        run.stop_all()
        try:
            from django.db import connections

            connections.close_all()
        except Exception:  # noqa: BLE001, S110 - Django may not be set up yet
            pass
    if "pages" in summary:
        _write(summary)
        _print(summary)
    return 0 if ok else 1


def _summary(run_dir, args, timings, sweeps, checks, remaining, redis_keys, load_before) -> dict:
    import django

    pages = report.locust_stats(run_dir / "locust_stats.csv")
    server = report.server_times(run_dir / "access.log")
    failures = sum(row["failures"] for row in pages if row["page"] != "Aggregated")
    web_log = (run_dir / "web.log").read_text(errors="replace")
    cluster_logs = "".join(
        (run_dir / f"qcluster{n}.log").read_text(errors="replace") for n in range(1, CLUSTERS + 1)
    )
    return {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "load_average_before": [round(x, 2) for x in load_before],
            "load_average_after": [round(x, 2) for x in os.getloadavg()],
            "python": platform.python_version(),
            "django": django.get_version(),
            "postgresql": _server_version(),
        },
        "setup": {
            "managers": args.managers,
            "agents": args.agents,
            "spawn_rate": args.spawn_rate,
            "run_time_s": args.run_time,
            "manager_think_time_s": args.wait,
            "gunicorn_workers": GUNICORN_WORKERS,
            "qclusters": CLUSTERS,
            "redis_db": REDIS_DB,
        },
        "timings_s": {k: round(v, 1) for k, v in timings.items()},
        "pages": pages,
        "server": server,
        "errors": {
            "locust_failures": failures,
            "status_5xx": sum(row["status_5xx"] for row in server),
            "tracebacks_web": web_log.count("Traceback"),
            "tracebacks_qcluster": cluster_logs.count("Traceback"),
        },
        "sign_in": json.loads((run_dir / "logins.json").read_text())
        if (run_dir / "logins.json").exists()
        else None,
        "sweeps": sweeps,
        "checks": [asdict(c) for c in checks],
        "leftover_processes": remaining,
        "redis_keys_removed": redis_keys,
    }


def _scheduled(since: datetime) -> dict[str, int]:
    """The tasks the clusters' schedules ran during the run (the pinned ones are apart)."""
    from django_q.models import Task

    done = Task.objects.filter(started__gte=since).exclude(group="load-pinned")
    return {
        func.rsplit(".", 1)[-1]: count
        for func, count in sorted(Counter(done.values_list("func", flat=True)).items())
    }


def _server_version() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return cursor.fetchone()[0]


def _verdict(summary: dict) -> bool:
    """Correct, complete and clean; the latency target is reported, not enforced here."""
    errors = summary["errors"]
    return (
        all(c["ok"] for c in summary["checks"])
        and not summary["leftover_processes"]
        and not any(errors.values())
        and summary["timings_s"]["bounded_s"] <= DEADLINE
    )


def _write(summary: dict) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    run_dir = Path(summary["run_dir"])
    shutil.copyfile(run_dir / "locust_stats.csv", RESULTS / "locust_stats.csv")
    report.write_server_csv(summary["server"], RESULTS / "server_times.csv")
    public = {k: v for k, v in summary.items() if k != "run_dir"}
    (RESULTS / "summary.json").write_text(json.dumps(public, indent=2, default=str) + "\n")
    (RESULTS / "table.md").write_text(
        report.table(summary["pages"], summary["server"], TARGET_P95_MS) + "\n"
    )


def _print(summary: dict) -> None:
    total = next(r for r in summary["pages"] if r["page"] == "Aggregated")
    print()
    print(report.table(summary["pages"], summary["server"], TARGET_P95_MS))
    print()
    say(
        f"{total['requests']:,} requests, {total['rps']} req/s, p50 {total['p50_ms']} ms, "
        f"p95 {total['p95_ms']} ms, p99 {total['p99_ms']} ms; errors {summary['errors']}"
    )
    if summary.get("sign_in"):
        signed = summary["sign_in"]
        posts = signed["pages"].get("POST login (POST)", {})
        say(
            f"sign-in before the window: {signed['signed_in']} of {signed['expected']} users in "
            f"{signed['seconds']} s; login POST p50 {posts.get('p50_ms')} ms, "
            f"p95 {posts.get('p95_ms')} ms"
        )
    for sweep in summary["sweeps"]:
        results = "; ".join(
            f"{r['result']} in {r['seconds']} s" if r["success"] else f"FAILED {r['result']}"
            for r in sweep["results"]
        )
        say(
            f"{sweep['when']}: {sweep['func']} at {sweep['now']} ×{len(sweep['results'])}: {results}"
        )
    for check in summary["checks"]:
        say(f"{'ok  ' if check['ok'] else 'FAIL'} {check['name']}: {check['detail']}")
    left = summary["leftover_processes"]
    say(f"processes left behind: {len(left)}" + (f" {left}" if left else ""))
    if summary.get("cpu"):
        used = summary["cpu"]
        say(
            f"CPU in the measured window ({used['window_s']} s × {used['cores']} cores): "
            f"{used['core_seconds']}; everything else on the machine "
            f"{used['everything_else']} core-s; machine busy {used['machine_busy_share']:.0%}"
        )
    say(f"tasks the schedules ran: {summary.get('scheduled_tasks')}")
    say(f"timings (s): {summary['timings_s']}")
    say(f"figures in {RESULTS.relative_to(ROOT)}/, logs in {summary['run_dir']}")


def _prune(runs: Path, *, keep: int) -> None:
    for old in sorted(p for p in runs.iterdir() if p.is_dir())[:-keep]:
        shutil.rmtree(old, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
