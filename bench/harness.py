"""What a measurement gets: a logged-in client, the pages to time, and the timing itself."""

from __future__ import annotations

import gc
import math
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    # Run as a script: make the project importable.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import FLOOR_PATH

WARMUPS = 3
REPEATS = 30


@dataclass
class Bench:
    """What a measurement gets: a logged-in client, the rich case, and timing helpers."""

    client: Any  # django.test.Client, logged in as a support manager
    target_id: int  # the rich case with three roles (build_db.target_ids)
    rows: int
    bare_id: int = 0  # its twin with no roles
    warmups: int = WARMUPS
    repeats: int = REPEATS

    def time_get(self, path: str, *, expect: str = "", paired: bool = True) -> dict:
        """Time GET `path`; every response must be 200 (and contain `expect`, if given).

        `paired`: take turns with the floor's request and report the ratio to it (`x_floor`).
        """
        floor = self._getter(FLOOR_PATH, "ESC-") if paired else None
        return {**self.time_call(self._getter(path, expect), floor=floor), "path": path}

    def _getter(self, path: str, expect: str) -> Callable[[], None]:
        def get() -> None:
            response = self.client.get(path)
            if response.status_code != 200:
                raise AssertionError(f"GET {path} answered {response.status_code}, not 200")
            if expect and expect not in response.content.decode():
                raise AssertionError(f"GET {path} does not contain {expect!r}")

        return get

    def time_call(
        self, fn: Callable[[], object], *, floor: Callable[[], object] | None = None
    ) -> dict:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        for _ in range(self.warmups):
            fn()
            if floor:
                floor()
        gc.collect()  # start from a clean heap, so the previous measurement's garbage is not ours
        durations, cpu, floors = [], [], []
        for turn in range(self.repeats):
            # The floor goes first every other turn, so neither side always follows the other.
            if floor and turn % 2 == 0:
                floors.append(_timed(floor)[0])
            took, took_cpu = _timed(fn)
            durations.append(took)
            cpu.append(took_cpu)
            if floor and turn % 2 == 1:
                floors.append(_timed(floor)[0])
        # Counted on a separate call: capturing queries (it forces a debug cursor) costs time.
        with CaptureQueriesContext(connection) as queries:
            fn()
        entry = {
            "median_ms": round(statistics.median(durations), 2),
            "p95_ms": round(percentile(durations, 95), 2),
            # This process's CPU (SQLite runs in it): what the request costs when other work
            # on the machine stretches the wall-clock figures.
            "cpu_median_ms": round(statistics.median(cpu), 2),
            "queries": len(queries),
            "requests": self.repeats,
        }
        if floors:
            entry["floor_median_ms"] = round(statistics.median(floors), 2)
            entry["x_floor"] = round(statistics.median(durations) / statistics.median(floors), 2)
        return entry


def _timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) milliseconds of one call."""
    started, started_cpu = time.perf_counter(), time.process_time()
    fn()
    return (time.perf_counter() - started) * 1000, (time.process_time() - started_cpu) * 1000


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile: the smallest value with at least pct % of values at or below."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]
