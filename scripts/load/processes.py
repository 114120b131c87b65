"""`make load`'s processes: started in their own sessions, stopped by SIGTERM and then
by killing their group, all under the run's deadline (run_load.py)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GRACE = 8.0  # seconds a process has to stop after SIGTERM


def say(text: str) -> None:
    print(f"load: {text}", flush=True)


class Stopped(Exception):
    """Ctrl-C, SIGTERM or the deadline: stop everything and fail."""


class Run:
    """The run's processes, its deadline and where its logs go."""

    def __init__(self, run_dir: Path, deadline: float) -> None:
        self.dir = run_dir
        self.deadline = deadline
        self.seconds = deadline - time.monotonic()
        self.children: dict[str, subprocess.Popen] = {}
        self.expired = threading.Event()
        self._timer = threading.Timer(max(deadline - time.monotonic(), 0), self._expire)
        self._timer.daemon = True
        self._timer.start()

    def _expire(self) -> None:
        self.expired.set()
        for process in self.children.values():
            _kill_group(process)

    def left(self) -> float:
        if self.expired.is_set():
            raise Stopped(f"the run passed its {self.seconds:.0f} s deadline")
        return self.deadline - time.monotonic()

    def start(self, name: str, argv: list[str], env: dict[str, str]) -> subprocess.Popen:
        log = (self.dir / f"{name}.log").open("ab")
        # Its own session: a signal to this script's group never reaches it; we stop it.
        process = subprocess.Popen(  # noqa: S603 - our own programs, fixed arguments
            argv, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        log.close()
        self.children[name] = process
        return process

    def stop(self, *names: str) -> None:
        """SIGTERM to each main process alone; its whole group is killed after GRACE."""
        processes = [self.children[n] for n in names if n in self.children]
        for process in processes:
            if process.poll() is None:
                process.terminate()
        until = time.monotonic() + GRACE
        for process in processes:
            try:
                process.wait(timeout=max(until - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                say(f"pid {process.pid} outlived {GRACE:.0f} s after SIGTERM; killing its group")
        for process in processes:
            _kill_group(process)
            process.wait()

    def stop_all(self) -> None:
        self._timer.cancel()
        self.stop(*self.children)


def _kill_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def leftovers(run_id: str, groups: list[int]) -> list[str]:
    """Processes of this run still alive: in a child's process group or carrying its marker."""
    found = []
    marker = f"LOAD_RUN={run_id}".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            stat = (entry / "stat").read_text()
            fields = stat.rsplit(")", 1)[1].split()
            if fields[0] == "Z":
                continue
            pgrp = int(fields[2])
            environ = (entry / "environ").read_bytes()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, ValueError, IndexError):
            continue
        if pgrp in groups or marker in environ.split(b"\0"):
            found.append(f"{entry.name} {cmdline.strip()}")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, run: Run, web: subprocess.Popen) -> None:
    while True:
        if web.poll() is not None:
            raise Stopped(f"gunicorn exited with {web.returncode}: see {run.dir}/web.log")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback
                if response.status == 200:
                    return
        except OSError:
            pass
        if run.left() < 0:
            raise Stopped("gunicorn did not answer in time")
        time.sleep(0.2)
