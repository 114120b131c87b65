"""The shell the two sweep commands share: `--now ISO` and `--json` (PassCommand)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from escalations.management.now import PassCommand


class SweepCommand(PassCommand):
    sweep: Callable[[datetime], dict[str, int]]
    label = "sweep"

    def run(self, now: datetime) -> dict[str, int]:
        return type(self).sweep(now)

    def describe(self, now: datetime, counts: dict[str, int]) -> str:
        return (
            f"{self.label} at {now.isoformat()}: {counts['recorded']} recorded, "
            f"{counts['notified']} notified, {counts['escalated']} escalated."
        )
