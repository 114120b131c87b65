"""`make bench` still runs: every measurement once over a small scratch database.

The benchmark is not part of the suite (it takes minutes over 100,000 cases), so a change to
a view or a helper it imports could break it unseen until the next `make bench`; this runs
`bench/run.py --smoke` (2,000 cases, one request each, nothing written) in its own process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.xdist_group("bench_smoke")


def test_every_measurement_of_the_benchmark_runs(tmp_path):
    results = ROOT / "bench" / "results.json"
    before = results.read_bytes() if results.exists() else None
    env = {**os.environ, "BENCH_DB": str(tmp_path / "smoke.sqlite3")}
    env.pop("DATABASE_URL", None)  # the benchmark names its own database
    run = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "bench/run.py", "--smoke"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "bench: smoke run of 18 measurements over 2,000 escalations: ok" in run.stdout
    for name in ("queue_page", "case_page", "my_work", "sla_sweep", "quarterly_report"):
        assert f"bench: {name} " in run.stdout
    # The figures of the last real run are left as they were.
    assert (results.read_bytes() if results.exists() else None) == before
