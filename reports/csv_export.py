"""Every table of a report as CSV, from the figures a reader may read (reports.figures.for_viewer).

Text cells are neutralised against CSV (formula) injection: a cell that a spreadsheet would
run as a formula — beginning with = + - @, a tab or a carriage return — gets a leading
apostrophe. Product areas and case titles are typed by people, so this is not theoretical.
Numbers the desk computed are written as numbers (a negative change stays -0.25).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Table = tuple[list[str], list[list]]


def neutralise(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _headlines(figures: dict) -> Table:
    rows = [
        [h["label"], h["unit"], h["value"], h["previous"], h["change"], h["change_unit"]]
        for h in figures["headlines"]
    ]
    return ["headline", "unit", "value", "previous", "change", "change_unit"], rows


def _breakdown(name: str) -> Callable[[dict], Table]:
    def table(figures: dict) -> Table:
        found = next(b for b in figures["breakdowns"] if b["name"] == name)
        if name == "root_cause":
            header = [found["title"].lower(), "count", "function", "accounts", "arr_at_risk"]
            rows = [
                [r["label"], r["count"], r["function_label"], r["accounts"], r["arr_at_risk"]]
                for r in found["rows"]
            ]
            return header, rows
        return [found["title"].lower(), "count"], [[r["label"], r["count"]] for r in found["rows"]]

    return table


def _sla(figures: dict) -> Table:
    rows = [
        [r["kind_label"], r["severity_label"], r["met"], r["breached"], r["attainment"]]
        for r in figures["sla"]["rows"]
    ]
    return ["clock", "severity", "met", "breached", "attainment"], rows


def _times(figures: dict) -> Table:
    rows = []
    for measure in ("acknowledge", "resolve"):
        found = figures["times"][measure]
        for r in [*found["rows"], {"severity_label": "All", **found["overall"]}]:
            rows.append([found["label"], r["severity_label"], r["count"], r["median"], r["p90"]])
    return ["measure", "severity", "cases", "median_seconds", "p90_seconds"], rows


def _agents(figures: dict) -> Table:
    rows = [[a["name"], a["count"], a["ratio"]] for a in figures["agents"]["flagged"]]
    return ["agent", "escalations_raised", "times_team_median"], rows


def _feedback(figures: dict) -> Table:
    rows = [[r["label"], r["count"], r["share"]] for r in figures["triage"]["feedback"]["rows"]]
    return ["verdict", "count", "share"], rows


def _trend(figures: dict) -> Table:
    rows = [
        [m["label"], m["volume"], m["met"], m["breached"], m["attainment"]]
        for m in figures["trend"]
    ]
    return ["month", "escalations_raised", "clocks_met", "clocks_breached", "attainment"], rows


def _sev1(figures: dict) -> Table:
    rows = [
        [c["reference"], c["title"] or "", c["customer"] or "", c["arr"]]
        for c in figures["sev1"]["cases"]
    ]
    return ["reference", "title", "customer", "arr"], rows


TABLES: dict[str, Callable[[dict], Table]] = {
    "headlines": _headlines,
    **{
        name: _breakdown(name)
        for name in ("severity", "category", "root_cause", "trigger", "product_area", "entry_point")
    },
    "sla": _sla,
    "times": _times,
    "agents": _agents,
    "triage_feedback": _feedback,
    "trend": _trend,
    "sev1_cases": _sev1,
}


def _write(out: io.StringIO, header: list[str], rows: Iterable[list]) -> None:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise("" if cell is None else cell) for cell in row])


def table_csv(name: str, figures: dict) -> str:
    header, rows = TABLES[name](figures)
    out = io.StringIO()
    _write(out, header, rows)
    return out.getvalue()


def all_tables_csv(figures: dict) -> str:
    """Every table, each after a `# name` line and a blank line between them (the command)."""
    return "\r\n".join(f"# {name}\r\n{table_csv(name, figures)}" for name in TABLES)
