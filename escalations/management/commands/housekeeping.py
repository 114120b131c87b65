import json

from django.core.management.base import BaseCommand

from escalations.housekeeping import housekeeping
from escalations.management.now import parse_now


class Command(BaseCommand):
    help = "Delete spent form tokens, expired sessions and sign-in logs past their keeping."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--now", help="Run the pass at this ISO instant (default: now).")
        parser.add_argument("--json", action="store_true", help="Print the counts as JSON.")

    def handle(self, *args, **options) -> None:
        now = parse_now(options["now"])
        counts = housekeeping(now)
        if options["json"]:
            self.stdout.write(json.dumps(counts))
        else:
            self.stdout.write(
                f"housekeeping at {now.isoformat()}: deleted {counts['tokens']} spent form "
                f"tokens, {counts['sessions']} expired sessions, {counts['login_logs']} "
                "sign-in log rows."
            )
