"""`make run`'s processes stop together, as a process manager or Ctrl-C stops them.

A real start: scripts/run_desk.py with the web server and the django-q2 cluster on a migrated
SQLite file, in its own session as `make run` is under systemd or docker. After the signal,
every process it started (the cluster's sentinel and workers included) must be gone within a
few seconds.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STOP_WITHIN = 8.0  # seconds; the script's own grace period is 5

pytestmark = [
    pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process tree from /proc"),
    pytest.mark.xdist_group("run_desk"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("run") / "desk.sqlite3"
    url = f"sqlite:///{path}"
    subprocess.run(  # noqa: S603 - fixed argv
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": url, "DEBUG": "1"},
        check=True,
    )
    return url


def _children_of() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _descendants(pid: int) -> set[int]:
    tree, found, todo = _children_of(), set(), [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _start(database: str) -> tuple[subprocess.Popen, set[int]]:
    env = {**os.environ, "DATABASE_URL": database, "DEBUG": "1", "PORT": str(_free_port())}
    desk = subprocess.Popen(  # noqa: S603 - fixed argv
        [sys.executable, "scripts/run_desk.py"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    # Wait for the web server and the cluster's main process, sentinel and workers.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        started = _descendants(desk.pid)
        if len(started) >= 4:
            time.sleep(1.0)
            return desk, _descendants(desk.pid)
        time.sleep(0.2)
    desk.kill()
    pytest.fail("run_desk.py did not start its processes within 60 s")


def _all_gone(desk: subprocess.Popen, processes: set[int]) -> list[int]:
    deadline = time.monotonic() + STOP_WITHIN
    while time.monotonic() < deadline:
        desk.poll()
        left = [pid for pid in processes | {desk.pid} if _alive(pid)]
        if not left:
            return []
        time.sleep(0.2)
    for pid in left:  # do not leave them running after a failure
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return left


@pytest.mark.parametrize(
    "how",
    ["sigterm_to_the_group", "sigterm_to_run_desk", "ctrl_c_to_the_group"],
)
def test_everything_stops_within_seconds(database, how):
    desk, processes = _start(database)
    assert len(processes) >= 4  # web server, cluster main, sentinel (or pool), workers
    if how == "sigterm_to_the_group":
        os.killpg(desk.pid, signal.SIGTERM)
    elif how == "sigterm_to_run_desk":
        desk.send_signal(signal.SIGTERM)
    else:
        os.killpg(desk.pid, signal.SIGINT)
    left = _all_gone(desk, processes)
    assert not left, f"still running {STOP_WITHIN} s after {how}: {left}"
