"""`--now ISO`: the instant a command runs at, read the same way by every command that takes it.

sla_sweep, stalled_sweep, monthly_report, seed_demo and seed_report_demo replay the desk at
any instant (DESIGN.md "Layout": scheduled work takes `now`). Here, in the case layer that
every app may import, the value is parsed and checked once:

1. empty or absent: the current time;
2. an ISO 8601 date and time (`datetime.fromisoformat`); anything else is refused with an
   example of one;
3. a time without an offset is refused (the sweeps: a bare time would silently mean the
   machine's zone), or, with `naive_is_local`, taken in the desk's own time zone (the demo
   seeds, whose `--now` is typed by hand);
4. the instant must lie in [EARLIEST, LATEST). Python's datetime ends at years 1 and 9999,
   and every command computes windows around `now` (a stall's cadence before it, a clock's
   target after it, a report's twelve months before it): at the edges that arithmetic is an
   OverflowError, a traceback instead of a message. Nothing the desk records happened
   before 1900 or will be due after 9000, and both leave centuries of room for the windows.

Every refusal is a CommandError naming `--now` and quoting (at most 40 characters of) the
value, so a 100,000-character argument does not come back as a 100,000-character message.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
LATEST = datetime(9000, 1, 1, tzinfo=UTC)
EXAMPLE = "2026-12-02T08:00:00+00:00"


def parse_now(value: str | None, *, naive_is_local: bool = False) -> datetime:
    """The aware instant `value` names (steps 1-4 of the module docstring)."""
    if not value:
        return timezone.now()
    shown = repr(value[:40]) + ("…" if len(value) > 40 else "")
    try:
        instant = datetime.fromisoformat(value)
    except ValueError:
        raise CommandError(
            f"--now {shown} is not an ISO instant (ISO 8601, like {EXAMPLE})."
        ) from None
    try:
        if timezone.is_naive(instant):
            if not naive_is_local:
                raise CommandError(f"--now {shown} has no UTC offset; add one (+00:00, Z).")
            instant = timezone.make_aware(instant)
        # Comparing aware datetimes converts them to UTC, which itself overflows at the edges
        # (9999-12-31T23:00-05:00 is in year 10000 in UTC).
        in_range = EARLIEST <= instant < LATEST
    except OverflowError:
        in_range = False
    if not in_range:
        raise CommandError(
            f"--now {shown} is outside the instants the desk works at: give one from "
            f"{EARLIEST:%Y-%m-%d} up to {LATEST - timedelta(seconds=1):%Y-%m-%d %H:%M:%S} (UTC)."
        )
    return instant


class PassCommand(BaseCommand):
    """A command that runs one pass of a scheduled task at `--now` and prints its counts:
    as a line of text, or with `--json` as the task returned them. The sweeps and the
    housekeeping share it; a subclass names the task and how its counts read."""

    def add_arguments(self, parser) -> None:
        parser.add_argument("--now", help="Run the pass at this ISO instant (default: now).")
        parser.add_argument("--json", action="store_true", help="Print the counts as JSON.")

    def run(self, now: datetime) -> dict[str, int]:
        raise NotImplementedError

    def describe(self, now: datetime, counts: dict[str, int]) -> str:
        raise NotImplementedError

    def handle(self, *args, **options) -> None:
        now = parse_now(options["now"])
        counts = self.run(now)
        self.stdout.write(json.dumps(counts) if options["json"] else self.describe(now, counts))
