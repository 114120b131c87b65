"""A report's figures as plain text: what `monthly_report` prints by default."""

from __future__ import annotations

from datetime import datetime

from .templatetags.report_format import change_text, duration, headline_value, money, percent


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]

    def line(cells) -> str:
        return "  ".join(
            f"{cell!s:<{w}}" if i == 0 else f"{cell!s:>{w}}"
            for i, (cell, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    return [line(header), *(line(row) for row in rows)]


def as_text(figures: dict, *, taken_at: datetime | None = None) -> str:
    period = figures["period"]
    kind = "Monthly" if period["kind"] == "month" else "Quarterly"
    lines = [f"{kind} escalations report: {period['title']}"]
    if taken_at is not None:
        lines.append(f"Snapshot as of {taken_at.isoformat()}")
    else:
        lines.append(f"Live figures, as of {figures['computed_at']}")
    if not figures["complete"]:
        lines.append("(period in progress)")
    against = figures["previous"]["title"]
    if published := figures["previous"].get("published_at"):
        against += f" as published {published}"
    lines += ["", f"Headlines (change against {against})"]
    lines += _table(
        ["", "value", "before", "change"],
        [
            [h["label"], headline_value(h), headline_value(h, "previous"), change_text(h)]
            for h in figures["headlines"]
        ],
    )
    for found in figures["breakdowns"]:
        basis = "close-outs" if found["basis"] == "closed" else "raised"
        lines += ["", f"By {found['title'].lower()} ({found['total']} {basis})"]
        lines += _table(
            [found["title"], "count"], [[r["label"], r["count"]] for r in found["rows"]]
        )
    sla = figures["sla"]
    lines += ["", f"SLA attainment: {percent(sla['overall']['attainment'])}"]
    lines += _table(
        ["clock", "met", "breached", "attainment"],
        [
            [r["kind_label"], r["met"], r["breached"], percent(r["attainment"])]
            for r in sla["by_kind"]
        ],
    )
    for measure in ("acknowledge", "resolve"):
        found = figures["times"][measure]
        lines += ["", found["label"]]
        lines += _table(
            ["severity", "cases", "median", "p90"],
            [
                [r["severity_label"], r["count"], duration(r["median"]), duration(r["p90"])]
                for r in [*found["rows"], {"severity_label": "All", **found["overall"]}]
            ],
        )
    arr, closed = figures["arr"], figures["closeouts"]
    lines += [
        "",
        f"ARR at risk, open at period end: {money(arr['open']['amount'])} "
        f"({arr['open']['accounts']} accounts)",
        f"ARR escalated in the period: {money(arr['escalated']['amount'])} "
        f"({arr['escalated']['accounts']} accounts)",
        f"Close-outs: {closed['total']}, avoidable {closed['avoidable']} "
        f"({percent(closed['avoidable_share'])})",
    ]
    agents = figures["agents"]
    lines += ["", f"Agents at twice the team median ({agents['median']}) or more:"]
    lines += [f"  {a['name']}: {a['count']}" for a in agents["flagged"]] or ["  nobody"]
    triage = figures["triage"]
    lines += [
        "",
        f"Triage overridden: {triage['overridden']} of {triage['cases']} "
        f"({percent(triage['override_rate'])})",
        "Triage feedback: "
        + ", ".join(f"{r['label'].lower()} {r['count']}" for r in triage["feedback"]["rows"]),
        "",
        f"Sev-1 cases raised: {figures['sev1']['count']}",
    ]
    lines += [
        f"  {c['reference']} {c['title'] or '(title hidden)'}" for c in figures["sev1"]["cases"]
    ]
    return "\n".join(lines) + "\n"
