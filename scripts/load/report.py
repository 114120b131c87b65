"""What a load run measured, read back from Locust's CSV and gunicorn's access log.

Locust times each request from the client (queueing for a free gunicorn worker included);
the access log's last field is the time the worker spent on it (`%(M)s`, milliseconds). The
difference between the two is time spent waiting, not working.
"""

from __future__ import annotations

import csv
import math
import re
from collections import defaultdict
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ACCESS_FORMAT = '%(h)s %(t)s "%(r)s" %(s)s %(b)s %(M)s'
_LINE = re.compile(r'"(?P<method>[A-Z]+) (?P<target>\S+) [^"]*" (?P<status>\d{3}) \S+ (?P<ms>\d+)$')
_QUEUE_NAMES = (
    ("q", "queue: q= search"),
    ("page", "queue: view=all&page=N"),
    ("mine", "queue: mine=1"),
    ("stalled", "queue: stalled=1"),
    ("sla", "queue: sla={sla}"),
    ("view", "queue: view=all"),
)
_ROUTES = (
    (re.compile(r"^/login/$"), {"GET": "login page", "POST": "login (POST)"}),
    (re.compile(r"^/escalations/new/$"), {"GET": "intake form", "POST": "intake (POST)"}),
    (re.compile(r"^/escalations/\d+/$"), {"GET": "case page"}),
    (re.compile(r"^/escalations/\d+/notes/$"), {"POST": "note (POST)"}),
    (re.compile(r"^/escalations/\d+/assignments/\d+/accept/$"), {"POST": "accept (POST)"}),
    (
        re.compile(r"^/escalations/\d+/updates/new/$"),
        {"GET": "update from a template", "POST": "update (POST)"},
    ),
    (re.compile(r"^/my/$"), {"GET": "my work"}),
    (re.compile(r"^/notifications/$"), {"GET": "notifications"}),
)


def route(method: str, target: str) -> str:
    """The access log line's page, named as the locustfile names it."""
    parts = urlsplit(target)
    if parts.path == "/" and method == "GET":
        query = parse_qs(parts.query)
        for key, name in _QUEUE_NAMES:
            if key in query:
                return name.format(sla=query[key][0])
        return "queue: needs attention (default)"
    for pattern, names in _ROUTES:
        if pattern.match(parts.path):
            return names.get(method, f"{method} {pattern.pattern}")
    return f"{method} other"


def nearest_rank(values: list[int], share: float) -> int:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def server_times(access_log: Path) -> list[dict]:
    """Per page: requests, statuses >= 500, and the workers' own time (median, p95, p99)."""
    times: dict[str, list[int]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    if access_log.exists():
        for line in access_log.read_text(errors="replace").splitlines():
            match = _LINE.search(line)
            if not match:
                continue
            name = route(match["method"], match["target"])
            times[name].append(int(match["ms"]))
            errors[name] += int(match["status"]) >= 500
    rows = []
    for name in sorted(times):
        values = times[name]
        rows.append(
            {
                "page": name,
                "requests": len(values),
                "status_5xx": errors[name],
                "server_p50_ms": nearest_rank(values, 0.50),
                "server_p95_ms": nearest_rank(values, 0.95),
                "server_p99_ms": nearest_rank(values, 0.99),
            }
        )
    return rows


def locust_stats(stats_csv: Path) -> list[dict]:
    """Locust's per-page rows and its Aggregated row, in milliseconds and requests per second."""
    rows = []
    with stats_csv.open(newline="") as handle:
        for row in csv.DictReader(handle):
            rows.append(
                {
                    "method": row["Type"],
                    "page": row["Name"],
                    "requests": int(row["Request Count"]),
                    "failures": int(row["Failure Count"]),
                    "rps": round(float(row["Requests/s"]), 2),
                    "p50_ms": _ms(row["50%"]),
                    "p95_ms": _ms(row["95%"]),
                    "p99_ms": _ms(row["99%"]),
                    "max_ms": _ms(row["Max Response Time"]),
                }
            )
    return rows


def _ms(value: str) -> int | None:
    return None if value in ("", "N/A") else round(float(value))


def write_server_csv(rows: list[dict], path: Path) -> None:
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]) if rows else ["page"])
        writer.writeheader()
        writer.writerows(rows)


def table(pages: list[dict], server: list[dict], target_ms: int) -> str:
    """The Markdown table of the docs: Locust's figures per page beside the workers' own."""
    by_page = {row["page"]: row for row in server}
    lines = [
        "| page | requests | failures | req/s | p50 ms | p95 ms | p99 ms | server p50 / p95 ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in pages:
        if not row["requests"]:
            continue  # the sign-in pages: reported apart, before the window
        name = row["page"]
        base = name.removesuffix(" (after POST)")
        own = by_page.get(base) if row["page"] != "Aggregated" else None
        served = f"{own['server_p50_ms']} / {own['server_p95_ms']}" if own else "—"
        p95 = row["p95_ms"]
        mark = f"**{p95}**" if p95 is not None and p95 > target_ms else f"{p95}"
        label = f"{row['method']} {name}".strip() if name != "Aggregated" else "**all requests**"
        lines.append(
            f"| {label} | {row['requests']:,} | {row['failures']} | {row['rps']} | "
            f"{row['p50_ms']} | {mark} | {row['p99_ms']} | {served} |"
        )
    return "\n".join(lines)
