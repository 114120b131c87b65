"""Start the web server and a django-q2 cluster side by side; Ctrl-C or SIGTERM stops both.

`make run` calls this after migrating and seeding, so a laptop needs nothing but Python.

Each child runs in its own process group, and this script alone stops them. A process manager's
SIGTERM goes to the whole group of `make run` (as `systemctl stop` and `docker stop` do); if it
reached the cluster's sentinel and workers at the same moment as its main process, the main
process waited for children that were already gone and stayed behind, orphaned, ignoring a
second SIGTERM. Now the main cluster process alone gets one SIGTERM and stops its own workers;
whatever still runs after GRACE seconds is killed with its whole group.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO_USERS = ("agent", "manager", "executive", "deskadmin")
TRUE = {"true", "on", "ok", "y", "yes", "1"}  # what django-environ reads as DEBUG on
GRACE = 5.0  # seconds a child has to stop after SIGTERM before its group is killed


def _stop(signum, frame) -> None:
    raise KeyboardInterrupt


def main() -> int:
    # `kill` (SIGTERM) stops both processes the same way Ctrl-C does.
    signal.signal(signal.SIGTERM, _stop)
    host = os.environ.get("HOST", "127.0.0.1")
    port = os.environ.get("PORT", "8000")
    python = sys.executable
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    if not static_files_ready(python, env):
        return 1
    web = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
        [python, "manage.py", "runserver", f"{host}:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    worker = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
        [python, "manage.py", "qcluster"], cwd=ROOT, env=env, start_new_session=True
    )
    time.sleep(1.5)
    print()
    print(f"  Escalation Desk is running at http://{host}:{port}/")
    print(f"  Demo logins (local demos only): {', '.join(DEMO_USERS)} — password 'demo'")
    print("  The django-q2 cluster runs beside it. Press Ctrl-C to stop both.")
    print()
    processes = (web, worker)
    try:
        while all(p.poll() is None for p in processes):
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        # A second signal while stopping must not cut the clean-up short.
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        stop(processes)
    return 0


def static_files_ready(python: str, env: dict[str, str]) -> bool:
    """With DEBUG off the web server serves only collected static files (config/checks.py):
    say so and start nothing, rather than a web server that fails on every page."""
    if env.get("DEBUG", "").strip().lower() in TRUE:
        return True
    check = subprocess.run(  # noqa: S603 - fixed argv, no shell
        [python, "manage.py", "check", "--deploy", "--tag", "desk_static"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if check.returncode == 0:
        return True
    sys.stderr.write(check.stderr)
    sys.stderr.write(
        "\nNot starting: with DEBUG off, run `python manage.py collectstatic` first "
        "(or start with DEBUG=1 for a local desk).\n"
    )
    return False


def stop(processes) -> None:
    """SIGTERM to each child, then SIGKILL to the process group of any that outlives GRACE."""
    for process in processes:
        if process.poll() is None:
            process.terminate()
    deadline = time.monotonic() + GRACE
    for process in processes:
        try:
            process.wait(timeout=max(deadline - time.monotonic(), 0.1))
        except subprocess.TimeoutExpired:
            pass
    for process in processes:
        # The group also holds the cluster's workers, which must not outlive their main process.
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait()


if __name__ == "__main__":
    raise SystemExit(main())
