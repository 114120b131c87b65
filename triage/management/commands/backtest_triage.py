from __future__ import annotations

import json
import time
from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from triage.backtest import backtest
from triage.models import TriageConfig


class Command(BaseCommand):
    help = (
        "Replay a triage configuration over closed escalations and compare it with the severity "
        "each case finally had: agreement, Sev-1/2 cases flagged at intake, false alarms and "
        "the confusion table."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--config", type=int, help="Configuration version (default: the active one)."
        )
        parser.add_argument("--since", help="Only cases raised on or after this date (YYYY-MM-DD).")
        parser.add_argument("--json", action="store_true", help="Print the report as JSON.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["config"] is None:
            config = TriageConfig.objects.active()
            if config is None:
                raise CommandError("No triage configuration is active.", returncode=2)
        else:
            config = TriageConfig.objects.filter(version=options["config"]).first()
            if config is None:
                raise CommandError(
                    f"There is no triage configuration version {options['config']}.", returncode=2
                )
        since = None
        if options["since"]:
            try:
                since = date.fromisoformat(options["since"])
            except ValueError:
                raise CommandError(
                    f"--since must be a date like 2026-06-01, not {options['since']!r}.",
                    returncode=2,
                ) from None
        started = time.perf_counter()
        progress = (
            None
            if options["json"]
            else lambda n, total: self.stderr.write(f"  replayed {n}/{total}")
        )
        report = backtest(config, since=since, progress=progress)
        if options["json"]:
            self.stdout.write(json.dumps(report.as_dict(), indent=2))
            return
        self.stdout.write(render_text(report))
        self.stdout.write(
            f"backtest_triage: v{report.config_version} over {report.cases:,} closed cases, "
            f"{report.agreement:.0%} agreement, {report.false_alarms} false alarms "
            f"in {time.perf_counter() - started:.1f} s"
        )


def render_text(report) -> str:
    since = f" raised since {report.since}" if report.since else ""
    lines = [
        f"Configuration v{report.config_version} replayed over {report.cases:,} closed cases{since}",
        f"  Agreement with the final severity: {report.agreed:,} of {report.cases:,} ({report.agreement:.1%})",
        f"  Scored too high: {report.too_high:,}   too low: {report.too_low:,}",
        f"  Sev-1/2 cases flagged Sev-1/2 at intake: {report.high_flagged:,} of {report.high_cases:,}",
        f"  False alarms (flagged Sev-1/2, ended Sev-3/4): {report.false_alarms:,}",
        "",
        "  final \\ predicted   Sev-1  Sev-2  Sev-3  Sev-4   total",
    ]
    for row in report.rows():
        cells = "".join(f"{n:>7,}" for n in row["predicted"])
        lines.append(f"  Sev-{row['final']}              {cells}  {row['total']:>6,}")
    return "\n".join(lines) + "\n"
