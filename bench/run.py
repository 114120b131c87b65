"""`make bench`: time the desk's pages in-process against 100,000 escalations.

    .venv/bin/python bench/run.py [--rebuild] [--repeats 30] [--only queue_page,case_page]

1. Point Django at bench/scratch.sqlite3 (DEBUG off) and build it if needed (bench/build_db.py);
   the URLconf is bench/urls.py: the desk's URLs plus the `floor` view. The queue's pages are
   measured with SLA clocks on the open cases, in a transaction rolled back afterwards
   (bench/build_clocks.py).
2. Log a django.test.Client in as a support manager (force_login) and, for each measurement,
   make 3 warm-up requests, then `--repeats` timed ones (time.perf_counter around
   `client.get`, so middleware, session, queries and template rendering are all in, and
   time.process_time for the CPU they cost), then one more inside CaptureQueriesContext to
   count its queries. Every response must be 200. Each timed page request takes turns with a
   request of the `floor` (50 cases through Paginator behind login, a plain template; see
   bench/urls.py), and the page is reported as its median over the floor's median in those
   same turns (`x_floor`): the machine's drift moves both alike (issue 9 item 6). The
   manager is a Support manager on duty on the roster, so the pages carry the navigation's My work counts of a busy person; `my_work`
   is that person's /my/, `case_page` the case with three roles (it also counts the queries
   of its twin with none, `case_page_no_roles`: the two must be equal).
3. Merge the figures into bench/results.json (other scripts' keys survive) and rewrite the
   table in docs/benchmarks.md from the whole file.

Adding measurements: a module listed in PLUGINS defines
`MEASUREMENTS: dict[str, Callable[[Bench], dict]]`; each function returns
{"median_ms", "p95_ms", "queries", "requests"} (plus an optional "target" text), usually via
`bench.time_get(path)` or `bench.time_call(fn)`. A measurement of work rather than of requests
returns its rates instead ("briefs_per_second", "us_per_brief", "texts_per_second",
"us_per_text", "overhead_pct"): the table shows them in its throughput column. A script that
runs on its own can instead call `merge_results({...})` and `write_docs()` from
bench/report.py.

The parts: bench/harness.py times (Bench), bench/pages.py says what is measured and its
targets, bench/report.py writes results.json and the docs table.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    # Run as a script: make the project importable.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import BENCH_URLCONF, DOCS, RESULTS, ROOT, setup_django
from bench.harness import REPEATS, Bench
from bench.pages import MEASUREMENTS
from bench.report import describe, merge_results, meta, short, verdicts, write_docs

# Measurement modules other engineers add; a missing one is skipped.
PLUGINS = ("bench.bench_triage", "bench.bench_sweep", "bench.bench_reports")


def all_measurements(say: Callable[[str], None]) -> dict[str, Callable[[Bench], dict]]:
    measurements = dict(MEASUREMENTS)
    for name in PLUGINS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise  # the plugin exists but something it imports is missing: say so
            say(f"bench: {name} not present; skipped")
            continue
        extra = getattr(module, "MEASUREMENTS", None)
        if not isinstance(extra, dict):
            say(f"bench: {name} defines no MEASUREMENTS dict; skipped")
            continue
        measurements.update(extra)
    return measurements


# The smoke run's database: enough for every measurement to find what it measures.
SMOKE_ROWS = 2_000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="Rebuild the scratch database.")
    parser.add_argument("--repeats", type=int, default=REPEATS, help="Timed requests each.")
    parser.add_argument("--only", default="", help="Comma-separated measurement names.")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="Every measurement once over a small database, nothing written (the test suite's "
        "check that the benchmark still runs; its figures mean nothing).",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()

    # WhiteNoise warns that STATIC_ROOT does not exist: no collectstatic for a benchmark, and
    # no static file is requested.
    warnings.filterwarnings("ignore", message="No directory at", category=UserWarning)
    setup_django()
    from django.test.utils import override_settings

    # The desk's URLs plus the floor view, for this process only (bench/urls.py).
    override_settings(ROOT_URLCONF=BENCH_URLCONF).enable()
    from bench.build_db import BENCH_MANAGER, ensure_database, target_ids

    if args.smoke:
        args.repeats = 1
    target_id = ensure_database(
        rebuild=args.rebuild, **({"rows": SMOKE_ROWS} if args.smoke else {})
    )
    bare_id = target_ids()[1]

    from django.contrib.auth.models import User
    from django.test import Client

    from escalations.models import Escalation

    rows = Escalation.objects.count()
    client = Client()
    client.force_login(User.objects.get(username=BENCH_MANAGER))
    bench = Bench(
        client=client, target_id=target_id, bare_id=bare_id, rows=rows, repeats=args.repeats
    )
    if args.smoke:
        bench.warmups = 0

    measurements = all_measurements(print)
    wanted = [name for name in args.only.split(",") if name] or list(measurements)
    unknown = set(wanted) - set(measurements)
    if unknown:
        parser.error(f"unknown measurement(s): {', '.join(sorted(unknown))}")
    figures: dict[str, dict] = {}

    def measure(names: list[str]) -> None:
        for name in names:
            entry = measurements[name](bench)
            figures[name] = entry
            print(f"bench: {name:<16} {describe(entry)}")

    # The queue's pages run with clocks on the open cases, rolled back afterwards (see
    # bench/build_clocks.py: the sweep's benchmark brings clocks of its own).
    queue = [name for name in wanted if name == "floor" or name.startswith("queue_")]
    if queue:
        from django.utils import timezone

        from bench.build_clocks import running_clocks

        with running_clocks(now=timezone.now()):
            measure(queue)
    measure([name for name in wanted if name not in queue])

    client.logout()  # deletes the session row force_login made: the scratch database stays put
    if args.smoke:
        print(f"bench: smoke run of {len(figures)} measurements over {rows:,} escalations: ok")
        return 0
    results = merge_results({**figures, "meta": meta(rows)})
    write_docs(results)
    summary = ", ".join(f"{name} {short(entry)}" for name, entry in figures.items())
    verdict = "".join(verdicts(figures))
    print(
        f"bench: {rows:,} escalations: {summary}{verdict} "
        f"({time.perf_counter() - started:.0f} s; {RESULTS.relative_to(ROOT)}, "
        f"{DOCS.relative_to(ROOT)})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
