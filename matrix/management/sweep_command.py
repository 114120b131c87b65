"""The shell the two sweep commands share: `--now ISO` and `--json`."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone


def parse_now(value: str | None) -> datetime:
    if not value:
        return timezone.now()
    try:
        instant = datetime.fromisoformat(value)
    except ValueError:
        raise CommandError(
            f"--now {value!r} is not an ISO instant; use e.g. 2026-12-02T08:00:00+00:00."
        ) from None
    if timezone.is_naive(instant):
        raise CommandError(f"--now {value!r} has no UTC offset; add one (+00:00, Z).")
    return instant


class SweepCommand(BaseCommand):
    sweep: Callable[[datetime], dict[str, int]]
    label = "sweep"

    def add_arguments(self, parser) -> None:
        parser.add_argument("--now", help="Run the pass at this ISO instant (default: now).")
        parser.add_argument("--json", action="store_true", help="Print the counts as JSON.")

    def handle(self, *args, **options) -> None:
        now = parse_now(options["now"])
        counts = type(self).sweep(now)
        if options["json"]:
            self.stdout.write(json.dumps(counts))
        else:
            self.stdout.write(
                f"{self.label} at {now.isoformat()}: {counts['recorded']} recorded, "
                f"{counts['notified']} notified, {counts['escalated']} escalated."
            )
