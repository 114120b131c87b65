from __future__ import annotations

import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from triage import engine
from triage.config import rules_for
from triage.models import TriageConfig


class Command(BaseCommand):
    help = (
        "Score one brief given as JSON (a file, or - for standard input) with the active "
        "configuration. Saves nothing; prints the result as JSON."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", nargs="?", default="-", help="JSON file, or - for stdin.")

    def handle(self, *args: Any, **options: Any) -> None:
        text = self._read(options["file"])
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise CommandError(f"Invalid JSON: {error}", returncode=2) from None
        except RecursionError:
            # The parser recurses per level of nesting: "[[[[…" a hundred thousand deep
            # exhausts the stack before it is found wrong; a real brief nests a few levels.
            raise CommandError(
                "Invalid JSON: nested too deeply (a brief is one object of plain values).",
                returncode=2,
            ) from None
        try:
            signals = engine.signals_from_payload(data, now=timezone.now())
        except engine.PayloadError as error:
            raise CommandError(str(error), returncode=2) from None
        config = TriageConfig.objects.active()
        if config is None:
            raise CommandError("No triage configuration is active.", returncode=2)
        result = engine.evaluate(signals, rules_for(config))
        self.stdout.write(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))

    def _read(self, path: str) -> str:
        if path == "-":
            return sys.stdin.read()
        return read_text_file(path, argument="FILE")


def read_text_file(path: str, *, argument: str) -> str:
    """The UTF-8 text of the file a command argument names; a CommandError naming the
    argument when it cannot be read (missing, a directory, not UTF-8, or no path at all)."""
    shown = repr(path[:200])
    if "\x00" in path:
        # open() raises ValueError for it (no OS path can hold a NUL), not OSError.
        raise CommandError(
            f"{argument} {shown} is not a file path: it contains a NUL character.", returncode=2
        )
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as error:
        raise CommandError(f"Cannot read {argument} {shown}: {error}", returncode=2) from None
