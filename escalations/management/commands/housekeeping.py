from datetime import datetime

from escalations.housekeeping import housekeeping
from escalations.management.now import PassCommand


class Command(PassCommand):
    help = "Delete spent form tokens, expired sessions and sign-in logs past their keeping."

    def run(self, now: datetime) -> dict[str, int]:
        return housekeeping(now)

    def describe(self, now: datetime, counts: dict[str, int]) -> str:
        return (
            f"housekeeping at {now.isoformat()}: deleted {counts['tokens']} spent form "
            f"tokens, {counts['sessions']} expired sessions, {counts['login_logs']} "
            "sign-in log rows."
        )
