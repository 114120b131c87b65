"""A django-q2 worker killed with the sweep in flight, and the broker (Redis) restarted while
sweeps are queued: the next sweep catches up, every due breach recorded and told exactly once
(issue 11 item 4).

Real processes throughout: `manage.py qcluster` on the scenario's database (a SQLite file, or the
suite's PostgreSQL test database when DATABASE_URL points there), a redis-server of
the test's own on a free port (never the shared one on 6379), the queue reached through
django-q2's own async_task (tests/faults/queue_tool.py). Each process is bounded by a timeout and
stopped by the test. A worker killed by the sweep's own code is tests/matrix/test_sweep_processes
(`_crash_then_recover`); here the kill comes from outside, SIGKILL, to a cluster's worker.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import connection

from tests.faults.test_sweep_outage import ALL_ONCE, CHUNK, FIRST_CHUNK, NEXT_PASS
from tests.matrix import sweep_scenario
from tests.matrix.sweep_scenario import SWEEP_AT
from tests.matrix.test_sweep_processes import (
    CASES,
    ROOT,
    _assert_each_told_once,
    _env,
    _postgres_url,
    _run,
    _summary,
)

ON_POSTGRES = connection.vendor == "postgresql"
pytestmark = [
    pytest.mark.xdist_group("queue_faults"),  # one cluster at a time on the machine
    # On PostgreSQL the processes share the suite's test database: real commits, no test
    # transaction around them; serialized_rollback puts the shipped rows back afterwards.
    *([pytest.mark.django_db(transaction=True, serialized_rollback=True)] if ON_POSTGRES else []),
]


@pytest.fixture
def desk(request, tmp_path):
    """(database URL, mail folder, where the held sweep pauses, summary()) of the scenario.

    SQLite: a migrated file of its own; the sweep pauses before its second chunk's BEGIN.
    PostgreSQL: the suite's test database, committed; the sweep pauses inside its second
    chunk's transaction, after the claim (a killed worker's transaction dies with it).
    """
    if not ON_POSTGRES:
        url, mail = request.getfixturevalue("sqlite_desk")
        return url, mail, "begin", lambda: _summary(url, mail)
    sweep_scenario.seed(CASES)
    return _postgres_url(), tmp_path / "mail", "claim", sweep_scenario.summary


def queue(env: dict[str, str], *args: str):
    done = _run(["-m", "tests.faults.queue_tool", *args], env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@contextmanager
def cluster(env: dict[str, str], log: Path):
    """`manage.py qcluster` in its own process group, stopped as scripts/run_desk.py stops it."""
    with log.open("w") as out:
        process = subprocess.Popen(  # noqa: S603 - fixed argv
            [sys.executable, "manage.py", "qcluster"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        yield process
    finally:
        stopped = _stop(process)
        assert stopped, f"qcluster ignored SIGTERM for 20 s:\n{log.read_text()[-3000:]}"


def _stop(process: subprocess.Popen) -> bool:
    # SIGTERM to the main cluster process alone, which stops its own workers; to the whole group
    # at once, the main process waits for children already gone (scripts/run_desk.py).
    if process.poll() is None:
        process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        return False
    finally:
        try:  # anything of the group left behind
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return True


def wait_for(check, *, timeout: float, what: str, every: float = 1.0):
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        assert time.monotonic() < deadline, (
            f"timed out waiting for {what() if callable(what) else what}"
        )
        time.sleep(every)


# --- A worker killed mid-task ------------------------------------------------------------------


def test_a_cluster_worker_killed_with_the_sweep_in_flight_loses_and_doubles_nothing(desk, tmp_path):
    url, mail, pause_at, summary = desk
    env = _env(url, mail, SWEEP_CHUNK=str(CHUNK), Q_WORKERS="1")
    queue(env, "keep-schedules")  # no schedule: only the tasks the test sends run
    hold = tmp_path / "hold"
    hold.mkdir()
    log = tmp_path / "qcluster.log"

    with cluster(env, log) as main:
        queue(
            env,
            "enqueue",
            "tests.faults.sweep_fault.held_sweep",
            SWEEP_AT.isoformat(),
            str(hold),
            pause_at,
        )
        ready = wait_for(
            lambda: (hold / "ready").exists() and json.loads((hold / "ready").read_text()),
            timeout=60,
            what=lambda: f"the worker to reach the second chunk: {queue(env, 'tasks-verbose')}",
            every=0.1,
        )
        assert ready["pid"] != main.pid  # a worker process, not the cluster itself
        os.kill(ready["pid"], signal.SIGKILL)
        # Dead in flight: its first chunk committed and told, nothing of the rest.
        assert summary() == FIRST_CHUNK

        # The next sweep, sent as the schedule would send it: a fresh worker does the rest.
        queue(env, "enqueue", "matrix.tasks.sla_sweep", NEXT_PASS)
        wait_for(lambda: summary() == ALL_ONCE, timeout=60, what="the next sweep")
    assert "reincarnated worker" in log.read_text()
    _assert_each_told_once(mail)


# --- The broker restarted while sweeps are queued ----------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def redis_server(port: int, folder: Path):
    """A redis-server of this test's own that keeps nothing on disk (as a cache-only broker)."""
    folder.mkdir(exist_ok=True)
    command = [
        shutil.which("redis-server") or "redis-server",
        *("--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"),
        *("--dir", str(folder)),
    ]
    server = subprocess.Popen(  # noqa: S603 - fixed argv
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_for(lambda: _pings(port), timeout=10, what="redis-server", every=0.1)
        yield server
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=5)


def _pings(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs redis-server")
def test_queued_sweeps_lost_in_a_broker_restart_are_caught_up_by_the_next_scheduled_one(
    desk, tmp_path
):
    url, mail, _pause_at, summary = desk
    port = _free_port()
    env = _env(
        url,
        mail,
        REDIS_URL=f"redis://127.0.0.1:{port}/0",
        DJANGO_SETTINGS_MODULE="tests.faults.pinned_settings",
        DESK_PINNED_NOW=SWEEP_AT.isoformat(),
        Q_WORKERS="1",
    )
    with redis_server(port, tmp_path / "redis"):
        queue(env, "enqueue", "matrix.tasks.sla_sweep", SWEEP_AT.isoformat())
        queue(env, "enqueue", "matrix.tasks.sla_sweep", SWEEP_AT.isoformat())
        assert queue(env, "queued") == 2
    # Restarted: what was queued is gone (nothing on disk), nothing was recorded.
    with redis_server(port, tmp_path / "redis"):
        assert queue(env, "queued") == 0
        assert summary()["events"] == 0

        # Only the every-minute sla_sweep schedule, due now; the cluster's scheduler sends it
        # (django-q2 looks at its schedules about every 30 s).
        queue(env, "keep-schedules", "sla_sweep")
        with cluster(env, tmp_path / "qcluster.log"):
            wait_for(lambda: summary() == ALL_ONCE, timeout=90, what="the scheduled sweep")
            tasks = queue(env, "tasks")
    assert ["matrix.tasks.sla_sweep", True] in tasks
    _assert_each_told_once(mail)
