"""`manage.py seed_report_demo --now ISO`: the demo's action items and last month's snapshot.

seed_demo runs it at its end (by name: nothing imports reports); it can also run alone on a
desk that already has closed cases. What it does is reports/demo.py. A second run changes
nothing. E-mail (the executives' snapshot message, the owners' notices) goes to the in-memory
backend, as seed_demo's does: the demo's people are invented.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.test.utils import override_settings

from escalations.management.now import parse_now
from reports.demo import seed_reports

MEMORY_EMAIL = "django.core.mail.backends.locmem.EmailBackend"


class Command(BaseCommand):
    help = "Demo action items for the latest systemic problems and last month's snapshot."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--now", help="The demo's instant, ISO 8601 (default: now).")
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Run with DEBUG off, for a throwaway demo site.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["allow_production"]:
            raise CommandError(
                "seed_report_demo refuses to run with DEBUG off: it writes demo action items "
                "and tells people about them. Run it with DEBUG=1, or pass --allow-production."
            )
        now = parse_now(options["now"], naive_is_local=True)  # bare: the desk's time zone
        with override_settings(EMAIL_BACKEND=MEMORY_EMAIL), transaction.atomic():
            lines = seed_reports(now)
        for line in lines:
            self.stdout.write(f"seed_report_demo: {line}")
