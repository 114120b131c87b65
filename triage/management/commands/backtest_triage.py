from __future__ import annotations

import json
import time
from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from triage.backtest import backtest
from triage.config import rules_for
from triage.golden import GoldenError, GoldenReport, load_golden, score_golden
from triage.management.commands.triage import read_text_file
from triage.models import TriageConfig


class Command(BaseCommand):
    help = (
        "Replay a triage configuration over closed escalations and compare it with the severity "
        "each case finally had (agreement, Sev-1/2 flagged at intake, false alarms, confusion "
        "table); or, with --golden FILE, score it against a golden set of labelled briefs."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--config", type=int, help="Configuration version (default: the active one)."
        )
        parser.add_argument("--since", help="Only cases raised on or after this date (YYYY-MM-DD).")
        parser.add_argument(
            "--golden",
            metavar="FILE",
            help="Score a golden set (JSON list of {id, brief, expect}) instead of closed cases.",
        )
        parser.add_argument(
            "--min-agreement",
            type=float,
            metavar="SHARE",
            help="With --golden: exit 1 when agreement is below this share (e.g. 0.95) or a hard "
            "rule is missed.",
        )
        parser.add_argument("--json", action="store_true", help="Print the report as JSON.")

    def handle(self, *args: Any, **options: Any) -> None:
        config = self._config(options["config"])
        if options["golden"]:
            self._golden(config, options)
            return
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

    def _config(self, version: int | None) -> TriageConfig:
        if version is None:
            config = TriageConfig.objects.active()
            if config is None:
                raise CommandError("No triage configuration is active.", returncode=2)
            return config
        config = TriageConfig.objects.filter(version=version).first()
        if config is None:
            raise CommandError(f"There is no triage configuration version {version}.", returncode=2)
        return config

    def _golden(self, config: TriageConfig, options: dict[str, Any]) -> None:
        path = options["golden"]
        text = read_text_file(path, argument="--golden")
        try:
            cases = load_golden(text)
        except GoldenError as error:
            raise CommandError(f"{path}: {error}", returncode=2) from None
        started = time.perf_counter()
        report = score_golden(cases, rules_for(config), name=path)
        if options["json"]:
            self.stdout.write(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
        else:
            self.stdout.write(render_golden_text(report))
            self.stdout.write(
                f"backtest_triage: v{report.config_version} on {path}: {report.agreed} of "
                f"{report.cases} agree ({report.agreement:.1%}), hard rules held "
                f"{report.hard_held} of {report.hard_cases} "
                f"in {time.perf_counter() - started:.1f} s"
            )
        minimum = options["min_agreement"]
        if minimum is not None and (report.agreement < minimum or not report.hard_rules_held):
            raise CommandError(
                f"Agreement {report.agreement:.1%} is below {minimum:.1%} or a hard rule was "
                "missed.",
                returncode=1,
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


def render_golden_text(report: GoldenReport) -> str:
    lines = [
        f"Configuration v{report.config_version} on the golden set {report.name}",
        f"  Agreement: {report.agreed} of {report.cases} ({report.agreement:.1%})",
        f"  Hard rules held: {report.hard_held} of {report.hard_cases}"
        + ("" if report.hard_rules_held else "  <-- a hard rule was missed"),
        "",
        "  category               agree",
    ]
    for name, agreed, cases in report.categories():
        lines.append(f"  {name:<20} {agreed:>3} / {cases:<3} {agreed / cases:>6.0%}")
    if report.disagreements:
        lines += ["", f"  Disagreements ({len(report.disagreements)}):"]
    for item in report.disagreements:
        d = item.as_dict()
        hard = " [hard rule]" if d["hard_rule"] else ""
        lines.append(f"  - {d['id']}{hard}: expected {d['expected']}, got {d['got']}")
        lines.append(f"      {d['why']}")
        if d["factors"]:
            lines.append(f"      {'; '.join(d['factors'])}")
    return "\n".join(lines) + "\n"
