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
   same turns (`x_floor`): the machine's drift moves both alike (issue 9 item 6). The manager is a Support manager on duty on
   the roster, so the pages carry the navigation's My work counts of a busy person; `my_work`
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
runs on its own can instead call `merge_results({...})` and `write_docs()` from this module.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import math
import platform
import sqlite3
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    # Run as a script: make the project importable.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import BENCH_URLCONF, DOCS, FLOOR_PATH, RESULTS, ROOT, setup_django

WARMUPS = 3
REPEATS = 30
# Measurement modules other engineers add; a missing one is skipped.
PLUGINS = ("bench.bench_triage", "bench.bench_sweep")
TARGETS = {
    "floor": "baseline (× floor = 1)",
    "queue_page": "≤ 2× floor, ≤ 10 queries",
    "queue_attention": "≤ 2× floor, ≤ 10 queries",
    "queue_all": "≤ 2× floor, ≤ 10 queries",
    "queue_deep": "≤ 3× floor, ≤ 10 queries",
    "queue_search": "≤ 3× floor, ≤ 10 queries, ranked",
    "queue_search_reference": "≤ 3× floor, ≤ 10 queries, ESC-00042 found",
    "case_page": "queries = `case_page_no_roles`",
    "my_work": "constant queries (pinned in tests)",
}
QUEUE_FILTERED = "/?status=open&severity=2&category=technical"
QUEUE_ATTENTION = "/?view=attention"
QUEUE_ALL = "/?view=all"
QUEUE_DEEP = "/?view=all&page=1900"
# A word of ~16 % of the cases (the scratch data repeats 22 summaries and 50 titles), so the
# rank is computed and sorted for ~16,000 matches: a hard case, not a picked one.
QUEUE_SEARCH = "/?q=invoice"
QUEUE_REFERENCE = "/?q=ESC-00042"
# Every page measurement checks its ratio and its queries against these (issue 9 item 6).
RATIO_TARGETS = {
    "queue_page": 2,
    "queue_attention": 2,
    "queue_all": 2,
    "queue_deep": 3,
    "queue_search": 3,
    "queue_search_reference": 3,
}
MAX_QUERIES = 10


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


def floor(bench: Bench) -> dict:
    """The floor on its own (bench/urls.py); every page is also timed in turns with it."""
    entry = bench.time_get(FLOOR_PATH, expect="ESC-", paired=False)
    return {**entry, "x_floor": 1.0}


def queue_page(bench: Bench) -> dict:
    """The queue as a manager first opens it (its default view), roles shown."""
    entry = bench.time_get("/")
    return {**entry, **_queue_roles(bench)}


def queue_attention(bench: Bench) -> dict:
    """ "Needs attention": open cases by their nearest due clock."""
    return bench.time_get(QUEUE_ATTENTION)


def queue_all(bench: Bench) -> dict:
    """Every case, newest first, page 1 of ~1,900."""
    return bench.time_get(QUEUE_ALL, expect=f"ESC-{bench.target_id:05d}")


def _queue_roles(bench: Bench) -> dict:
    """How many of page 1's rows show an owner from the matrix, and how many not accepted yet."""
    from django.db.models import Exists, OuterRef

    from escalations.queue import queue_queryset
    from escalations.views.queue import QUEUE_PAGE_SIZE
    from matrix.models import Assignment

    user = _bench_user(bench)
    rows = list(
        queue_queryset(user, {})
        .annotate(has_roles=Exists(Assignment.objects.current().filter(escalation=OuterRef("pk"))))
        .values_list("has_roles", "owner_pending")[:QUEUE_PAGE_SIZE]
    )
    if not any(has for has, _ in rows):
        raise AssertionError("the queue's first page shows no roles; rebuild (--rebuild)")
    return {
        "rows": len(rows),
        "rows_with_roles": sum(1 for has, _ in rows if has),
        "owners_not_accepted": sum(1 for _, pending in rows if pending),
    }


def _bench_user(bench: Bench):
    from django.contrib.auth.models import User

    return User.objects.get(pk=bench.client.session["_auth_user_id"])


def queue_filtered(bench: Bench) -> dict:
    """Open Sev-2 technical cases: three filters on an indexed sort."""
    return bench.time_get(QUEUE_FILTERED)


def queue_deep(bench: Bench) -> dict:
    """Page 1900 of every case (escalations/pagination.py: read from the nearer end, ids first)."""
    return bench.time_get(QUEUE_DEEP)


def queue_search(bench: Bench) -> dict:
    """Text search through the full-text index (escalations/search.py), best match first."""
    entry = bench.time_get(QUEUE_SEARCH)
    return {**entry, **_matches(bench, "invoice")}


def queue_search_reference(bench: Bench) -> dict:
    """A reference typed into the search box: the case itself, first."""
    return bench.time_get(QUEUE_REFERENCE, expect="ESC-00042")


def _matches(bench: Bench, text: str) -> dict:
    from escalations.queue import queue_queryset

    return {"matches": queue_queryset(_bench_user(bench), {"q": text}).count()}


def case_page(bench: Bench) -> dict:
    """The rich case with its three people, a hand-off, a proposal and an update.

    10 interactions, 5 steps, 3 artifacts, 30 timeline events; the query count of its twin
    with no roles (`case_page_no_roles`) is counted here too, so the two are compared even
    when only this measurement runs.
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from matrix.models import Approval, Assignment, CustomerUpdate

    entry = bench.time_get(f"/escalations/{bench.target_id}/", expect="Timeline")
    bare = f"/escalations/{bench.bare_id}/"
    with CaptureQueriesContext(connection) as queries:
        if bench.client.get(bare).status_code != 200:
            raise AssertionError(f"GET {bare} did not answer 200")
    current = Assignment.objects.current().filter(escalation_id=bench.target_id)
    return {
        **entry,
        "queries_no_roles": len(queries),
        "roles": current.count(),
        "roles_accepted": current.filter(status=Assignment.Status.ACCEPTED).count(),
        "roles_pending": current.filter(status=Assignment.Status.PENDING).count(),
        "handoffs": Assignment.objects.filter(
            escalation_id=bench.target_id, ended_at__isnull=False
        ).count(),
        "approvals": Approval.objects.filter(escalation_id=bench.target_id).count(),
        "customer_updates": CustomerUpdate.objects.filter(escalation_id=bench.target_id).count(),
        "timeline_events": _events(bench.target_id),
    }


def case_page_no_roles(bench: Bench) -> dict:
    """The rich case's twin: the same interactions, steps, artifacts and 30 events, no roles."""
    from matrix.models import Assignment

    if Assignment.objects.filter(escalation_id=bench.bare_id).exists():
        raise AssertionError("the no-roles twin has roles; rebuild (--rebuild)")
    entry = bench.time_get(f"/escalations/{bench.bare_id}/", expect="Timeline")
    return {**entry, "timeline_events": _events(bench.bare_id)}


def _events(pk: int) -> int:
    from escalations.models import TimelineEvent

    return TimelineEvent.objects.filter(escalation_id=pk).count()


def my_work(bench: Bench) -> dict:
    """My work for the benchmark's manager, a Support manager on duty on the roster.

    Roles waiting for acceptance, proposals the duty managers decide, and cases where the
    customer wrote last; each list shows its oldest 100 (the nav counts all).
    """
    from django.urls import reverse

    from escalations.views.my_work import LIMIT
    from matrix.my_work import counts

    waiting = counts(_bench_user(bench))
    if not all(waiting[name] for name in ("assignments", "approvals", "customers")):
        raise AssertionError(f"My work is missing a list ({waiting}); rebuild (--rebuild)")
    entry = bench.time_get(reverse("escalations:my_work"), expect="My work")
    return {
        **entry,
        "waiting_assignments": waiting["assignments"],
        "waiting_approvals": waiting["approvals"],
        "waiting_customers": waiting["customers"],
        "listed_each": LIMIT,
    }


MEASUREMENTS: dict[str, Callable[[Bench], dict]] = {
    "floor": floor,
    "queue_page": queue_page,
    "queue_attention": queue_attention,
    "queue_all": queue_all,
    "queue_filtered": queue_filtered,
    "queue_deep": queue_deep,
    "queue_search": queue_search,
    "queue_search_reference": queue_search_reference,
    "case_page": case_page,
    "case_page_no_roles": case_page_no_roles,
    "my_work": my_work,
}


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


# --- results.json and docs/benchmarks.md --------------------------------------------------


def load_results(path: Path = RESULTS) -> dict:
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text())
    except json.JSONDecodeError:
        return {}


def merge_results(updates: dict[str, dict], path: Path = RESULTS) -> dict:
    """Write `updates` into results.json, keeping every key this run did not measure."""
    results = load_results(path)
    results.update(updates)
    # meta first, then this module's measurements in their order, then anyone else's by name.
    known = [name for name in MEASUREMENTS if name in results]
    others = sorted(name for name in results if name not in MEASUREMENTS and name != "meta")
    ordered = {"meta": results.get("meta", {}), **{n: results[n] for n in known + others}}
    path.write_text(json.dumps(ordered, indent=2, ensure_ascii=False) + "\n")
    return ordered


def meta(rows: int) -> dict:
    import django

    return {
        "rows": rows,
        "python": platform.python_version(),
        "django": django.get_version(),
        "sqlite": sqlite3.sqlite_version,
        "machine": f"{platform.machine()}, {_cpus()} cores",
        "date": datetime.now(UTC).date().isoformat(),
    }


def _cpus() -> int:
    import os

    return os.cpu_count() or 1


DOC_START = "<!-- bench:table:start -->"
DOC_END = "<!-- bench:table:end -->"
DOC_INTRO = """# Benchmarks

`make bench` (that is, `.venv/bin/python bench/run.py`) times the desk's pages in-process with
`django.test.Client`, logged in as a support manager, against a scratch SQLite database of
100,000 escalations over 2,000 customers (`bench/scratch.sqlite3`, built by
`bench/build_db.py` in about 10 s the first time and reused afterwards; `--rebuild` starts
over). Each measurement makes 3 warm-up requests and 30 timed ones (median and nearest-rank
p95, in milliseconds, whole request through middleware, session, queries and template), plus
one more to count its queries. Settings are production-like: `DEBUG` off, SQLite in WAL mode.

Targets: **the queue page answers in ≤ 30 ms median with ≤ 10 queries at 100,000
escalations; the triage engine costs at most 25 % more than bare VADER; a full intake POST
with its triage takes under 50 ms median.** The other figures are tracked so that a
regression shows; free-text search is a full scan by design and is informational.

| measurement | what it measures |
|---|---|
| `queue_page` | `/` — newest first, page 1 |
| `queue_filtered` | `/?status=open&severity=2&category=technical` |
| `queue_deep` | `/?page=1900` — OFFSET of ~95,000 rows |
| `queue_search` | `/?q=invoice` |
| `case_page` | `/escalations/<id>/` — 10 interactions, 5 steps, 3 artifacts, 30 timeline events, three roles, a hand-off, a pending credit, an update |
| `case_page_no_roles` | its twin: the same, with no roles, proposal or update |
| `my_work` | `/my/` for the benchmark's manager, a Support manager on duty |
| `triage_engine` | `evaluate()` on 2,000 briefs, VADER included (bench/bench_triage.py) |
| `vader_only` | bare VADER `polarity_scores` on the same 4,006 customer messages |
| `intake_post` | POST `/escalations/new/` as an agent: brief, 1 step, 1–2 messages, triage |

The table below is rewritten from `bench/results.json` by every run; figures depend on the
machine (see the line under the table).
"""


def render_table(results: dict) -> str:
    lines = [
        "| measurement | median ms | p95 ms | CPU median ms | × floor | queries "
        "| throughput, other figures | target |",
        "|---|---:|---:|---:|---:|---:|---|---|",
    ]
    for name, entry in results.items():
        if name == "meta" or not isinstance(entry, dict):
            continue
        target = entry.get("target") or TARGETS.get(name, "—")
        verdict = ratio_verdict(name, entry)
        if verdict is not None:
            target = f"{target}: **{'met' if verdict else 'MISSED'}**"
        ratio = entry.get("x_floor")
        lines.append(
            f"| `{name}` | {entry.get('median_ms', '—')} | {entry.get('p95_ms', '—')} | "
            f"{entry.get('cpu_median_ms', '—')} | {'—' if ratio is None else f'{ratio:.2f}×'} | "
            f"{entry.get('queries', '—')} | {throughput(entry)} | {target} |"
        )
    info = results.get("meta", {})
    if info:
        lines.append("")
        lines.append(
            f"Measured {info.get('date', '?')} on {info.get('machine', '?')}: "
            f"{info.get('rows', 0):,} escalations, Python {info.get('python', '?')}, "
            f"Django {info.get('django', '?')}, SQLite {info.get('sqlite', '?')}."
        )
    return "\n".join(lines)


def throughput(entry: dict) -> str:
    """Rates and per-item costs, for entries that measure work rather than requests."""
    parts = []
    for key, unit in (("briefs_per_second", "briefs/s"), ("texts_per_second", "texts/s")):
        if key in entry:
            parts.append(f"{entry[key]:,.0f} {unit}")
    for key, unit in (("us_per_brief", "µs/brief"), ("us_per_text", "µs/text")):
        if key in entry:
            parts.append(f"{entry[key]:,.0f} {unit}")
    if "overhead_pct" in entry:
        parts.append(f"**{entry['overhead_pct']:+.1f} %** over `vader_only`")
    if "own_work_pct" in entry:
        parts.append(f"own work {entry['own_work_pct']:.0f} % of `vader_only`")
    if "bare_inside_overhead_pct" in entry:
        parts.append(f"{entry['bare_inside_overhead_pct']:+.1f} % with bare VADER inside")
    if "stored_compounds_us_per_brief" in entry:
        parts.append(f"{entry['stored_compounds_us_per_brief']:,.0f} µs/brief with stored scores")
    if "queries_no_roles" in entry:
        parts.append(
            f"**{entry['queries_no_roles']} queries with no roles**; {entry['roles']} roles "
            f"({entry['roles_accepted']} accepted, {entry['roles_pending']} pending), "
            f"{entry['handoffs']} hand-off, {entry['approvals']} approval, "
            f"{entry['customer_updates']} update, {entry['timeline_events']} events"
        )
    elif "timeline_events" in entry:
        parts.append(f"{entry['timeline_events']} events, no roles")
    if "rows_with_roles" in entry:
        parts.append(
            f"{entry['rows_with_roles']} of {entry['rows']} rows with roles, "
            f"{entry['owners_not_accepted']} owners not accepted"
        )
    if "floor_median_ms" in entry:
        parts.append(f"floor {entry['floor_median_ms']} ms in the same turns")
    if "matches" in entry:
        parts.append(f"{entry['matches']:,} matches")
    if "waiting_assignments" in entry:
        parts.append(
            f"waiting: {entry['waiting_assignments']:,} roles, "
            f"{entry['waiting_approvals']:,} approvals, {entry['waiting_customers']:,} customers "
            f"({entry['listed_each']} of each listed)"
        )
    return ", ".join(parts) or "—"


def write_docs(results: dict | None = None, path: Path = DOCS) -> None:
    """Rewrite the table between the markers; prose around it is left to whoever wrote it."""
    table = f"{DOC_START}\n{render_table(results or load_results())}\n{DOC_END}"
    text = path.read_text() if path.exists() else ""
    if DOC_START in text and DOC_END in text:
        before, rest = text.split(DOC_START, 1)
        after = rest.split(DOC_END, 1)[1]
        text = f"{before}{table}{after}"
    else:
        text = f"{DOC_INTRO}\n{table}\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


# --- main ---------------------------------------------------------------------------------


def describe(entry: dict) -> str:
    if {"median_ms", "p95_ms", "queries"} <= entry.keys():
        return (
            f"median {entry['median_ms']:>8.2f} ms   p95 {entry['p95_ms']:>8.2f} ms   "
            f"CPU {entry.get('cpu_median_ms', 0):>8.2f} ms   {entry['queries']:>3} queries"
            + (f"   {entry['x_floor']:5.2f}× floor" if "x_floor" in entry else "")
            + (
                f" ({entry['queries_no_roles']} with no roles)"
                if "queries_no_roles" in entry
                else ""
            )
        )
    return json.dumps(entry)  # a plugin's own figures (rates, percentages)


def short(entry: dict) -> str:
    if {"median_ms", "queries"} <= entry.keys():
        ratio = f"/{entry['x_floor']:.2f}×" if "x_floor" in entry else ""
        return f"{entry['median_ms']:.1f} ms/{entry['queries']}q{ratio}"
    return "done"


def ratio_verdict(name: str, entry: dict) -> bool | None:
    """Whether a queue page is within its issue 9 target (× floor and queries); None if none."""
    if name not in RATIO_TARGETS or "x_floor" not in entry:
        return None
    return entry["x_floor"] <= RATIO_TARGETS[name] and entry["queries"] <= MAX_QUERIES


def verdicts(figures: dict[str, dict]) -> list[str]:
    """One "; name within/MISSES its target" per measured figure that has a numeric target."""
    checks = {
        **{name: partial(ratio_verdict, name) for name in RATIO_TARGETS},
        "case_page": lambda e: e["queries"] == e["queries_no_roles"],
        "triage_engine": lambda e: e["overhead_pct"] <= 25,
        "intake_post": lambda e: e["median_ms"] < 50,
    }
    return [
        f"; {name} {'within' if ok(figures[name]) else 'MISSES'} its target"
        for name, ok in checks.items()
        if name in figures
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="Rebuild the scratch database.")
    parser.add_argument("--repeats", type=int, default=REPEATS, help="Timed requests each.")
    parser.add_argument("--only", default="", help="Comma-separated measurement names.")
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

    target_id = ensure_database(rebuild=args.rebuild)
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
