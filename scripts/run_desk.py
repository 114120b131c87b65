"""Start the web server and a django-q2 cluster side by side; Ctrl-C stops both.

`make run` calls this after migrating and seeding, so a laptop needs nothing but Python.
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


def _stop(signum, frame) -> None:
    raise KeyboardInterrupt


def main() -> int:
    # `kill` (SIGTERM) stops both processes the same way Ctrl-C does.
    signal.signal(signal.SIGTERM, _stop)
    host = os.environ.get("HOST", "127.0.0.1")
    port = os.environ.get("PORT", "8000")
    python = sys.executable
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    web = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
        [python, "manage.py", "runserver", f"{host}:{port}", "--noreload"], cwd=ROOT, env=env
    )
    worker = subprocess.Popen([python, "manage.py", "qcluster"], cwd=ROOT, env=env)  # noqa: S603
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
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGINT)
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
