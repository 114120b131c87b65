"""`python manage.py monthly_report YYYY-MM [--json|--csv]`: the figures the report page shows."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from escalations.management.now import parse_now
from reports import csv_export, figures, summary
from reports.periods import latest_complete_month, parse


class Command(BaseCommand):
    help = (
        "Print a month's report (or a quarter's: YYYY-Qn) as the page shows it: the stored "
        "snapshot when there is one, otherwise figures computed now."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("period", help="The month, YYYY-MM (like 2026-11), or YYYY-Qn.")
        shape = parser.add_mutually_exclusive_group()
        shape.add_argument("--json", action="store_true", help="Print the figures as JSON.")
        shape.add_argument("--csv", action="store_true", help="Print every table as CSV.")
        parser.add_argument("--now", help="Compute as at this ISO instant (default: now).")

    def handle(self, *args, **options) -> None:
        now = parse_now(options["now"])
        period = parse(options["period"])
        if period is None:
            raise CommandError(
                f"{options['period']!r} is not a month or a quarter: write YYYY-MM (like "
                f"{latest_complete_month(now).label}) or YYYY-Qn (like 2026-Q4)."
            )
        if period.is_future(now):
            raise CommandError(f"{period.title} has not started yet: there is nothing to report.")
        found, taken_at = figures.for_period(period, now=now)
        if options["json"]:
            self.stdout.write(json.dumps(found, indent=2))
        elif options["csv"]:
            self.stdout.write(csv_export.all_tables_csv(found), ending="")
        else:
            self.stdout.write(summary.as_text(found, taken_at=taken_at), ending="")
