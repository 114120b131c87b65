"""The shell the two sweep commands share: `--now ISO` and `--json`."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime

from django.core.management.base import BaseCommand

from escalations.management.now import parse_now


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
