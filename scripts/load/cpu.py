"""Who used the machine's CPU during the measured window: the desk's processes or others.

The machine has 2 cores and other work may share them. Two samples of /proc, at the window's
start and end, give the CPU seconds of each part of the run (gunicorn, the clusters, Locust,
the PostgreSQL backends serving the scratch database) and of the whole machine; what is left
is everybody else's. A request that waits for a core shows in Locust's times and in the
workers' own times alike, so a slow figure with much "other" CPU beside it is the machine.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")


def _machine_busy() -> float:
    """CPU seconds all cores spent busy since boot (everything but idle and iowait)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / TICK


def sample(groups: dict[str, int], database: str) -> dict:
    """CPU seconds so far of each named process group, of the database's backends, of all."""
    parts = dict.fromkeys([*groups, "postgres"], 0.0)
    by_group = {pgid: name for name, pgid in groups.items()}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            fields = stat.rsplit(")", 1)[1].split()
            seconds = (int(fields[11]) + int(fields[12])) / TICK  # utime + stime
            pgrp = int(fields[2])
            if pgrp in by_group:
                parts[by_group[pgrp]] += seconds
            elif stat.split("(", 1)[1].startswith("postgres"):
                cmdline = (entry / "cmdline").read_bytes()
                if f" {database} ".encode() in cmdline.replace(b"\0", b" "):
                    parts["postgres"] += seconds
        except (OSError, ValueError, IndexError):
            continue
    return {"at": time.monotonic(), "machine": _machine_busy(), "parts": parts}


def used(first: dict, last: dict) -> dict:
    """Core-seconds per part between two samples, the rest of the machine, and the cores."""
    wall = last["at"] - first["at"]
    parts = {k: round(last["parts"][k] - first["parts"].get(k, 0.0), 1) for k in last["parts"]}
    machine = last["machine"] - first["machine"]
    ours = sum(parts.values())
    return {
        "window_s": round(wall, 1),
        "cores": os.cpu_count(),
        "core_seconds": parts,
        "desk_and_locust": round(ours, 1),
        "everything_else": round(max(machine - ours, 0.0), 1),
        "machine_busy_share": round(machine / (wall * (os.cpu_count() or 1)), 2) if wall else None,
    }
