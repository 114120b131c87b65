"""bench/results.json and the table in docs/benchmarks.md, and the one-line verdicts."""

from __future__ import annotations

import json
import platform
import sqlite3
import sys
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

if __package__ in (None, ""):
    # Run as a script: make the project importable.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import DOCS, RESULTS
from bench.pages import MAX_QUERIES, MEASUREMENTS, RATIO_TARGETS, TARGETS


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
