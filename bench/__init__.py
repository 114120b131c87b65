"""Benchmarks: `make bench` (bench/run.py) on a scratch SQLite database of 100,000 escalations.

Shared here: where the files live and how Django is pointed at the scratch database. This must
run before anything imports Django models, which is why the scripts call `setup_django()` first.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# BENCH_DB: another copy, so that two people measuring at once do not lock each other out
# (the queue's measurements hold a write transaction while they run, bench/build_clocks.py).
SCRATCH_DB = Path(os.environ.get("BENCH_DB") or ROOT / "bench" / "scratch.sqlite3")
RESULTS = ROOT / "bench" / "results.json"
DOCS = ROOT / "docs" / "benchmarks.md"
# The floor every page is compared with (bench/urls.py); bench/run.py makes that the URLconf.
FLOOR_PATH = "/bench/floor/"
BENCH_URLCONF = "bench.urls"


def setup_django(db_path: Path = SCRATCH_DB) -> None:
    """Configure Django for measuring: the scratch database, DEBUG off, test-client host allowed."""
    import django

    os.environ["DATABASE_URL"] = f"sqlite:///{db_path.resolve()}"
    # DEBUG on would record every query in memory and time that too; production runs with it off.
    os.environ["DEBUG"] = "0"
    # The test settings bring a fixed SECRET_KEY (needed with DEBUG off) and plain static file
    # storage (the manifest storage needs `collectstatic`, which a benchmark should not).
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings_test"
    # django.test.Client sends Host: testserver; without the test runner nobody allows it.
    os.environ["ALLOWED_HOSTS"] = "testserver,localhost"
    django.setup()
