"""A sweep scenario shared by a test and the worker processes it starts.

`python -m tests.matrix.sweep_scenario seed N` (or `summary`) against the database in
DATABASE_URL; the crash settings (tests/matrix/crash_settings.py) give a worker an e-mail
backend that kills the process after a number of messages, mid-pass.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from django.core.mail.backends.filebased import EmailBackend

T0 = datetime.fromisoformat("2026-11-02T10:00:00+00:00")  # Monday
# Sev-2 acknowledges within 1 h: at T0 + 61 min every case's acknowledge clock is breached.
SWEEP_AT = T0 + timedelta(minutes=61)


def seed(count: int) -> None:
    """`count` Sev-2 cases raised at T0, each owned (pending) by the engineer, one duty manager."""
    from django.contrib.auth.models import Group, User

    from escalations.models import Customer, Escalation
    from matrix import clocks
    from matrix.actions import assign_suggested
    from matrix.models import Role, RosterEntry

    def person(username: str, group: str) -> User:
        user = User.objects.create_user(username, f"{username}@desk.test", "pw")
        user.groups.add(Group.objects.get(name=group))
        return user

    engineer, duty = person("eli", "Agent"), person("molly", "Support Manager")
    RosterEntry.objects.create(
        role=Role.objects.get(name="Engineering lead (Tier 2)"), person=engineer
    )
    RosterEntry.objects.create(role=Role.objects.get(name="Support manager on duty"), person=duty)
    customer = Customer.objects.create(
        name="Northwind",
        arr=Decimal(120_000),
        plan="Enterprise",
        region="EMEA",
        renewal_date=date(2027, 6, 1),
        customer_since=date(2020, 1, 1),
        sla_level="gold",
        primary_contact_name="Pat",
        primary_contact_email="pat@northwind.example",
    )
    for n in range(count):
        case = Escalation.objects.create(
            customer=customer,
            title=f"Exports fail {n}",
            summary="Exports fail.",
            entry_point="csm",
            category="technical",
            product_area="Reporting",
            desired_outcome="Exports run.",
            recommended_next_step="Look.",
            target_team="Engineering / Tier 2",
            environment="EU",
            reproduction_steps="Run it.",
            severity=2,
            created_by=duty,
            created_at=T0,
            updated_at=T0,
        )
        assign_suggested(case, now=T0)
        clocks.start(case, now=T0)


def summary() -> dict:
    from django.db.models import Count

    from escalations.models import Notification
    from matrix.models import CheckEvent

    doubled = (
        CheckEvent.objects.values("escalation", "clock", "kind", "key")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
        .count()
    )
    return {
        "events": CheckEvent.objects.filter(kind="breach").count(),
        "doubled_events": doubled,
        "notifications": Notification.objects.count(),
        "emailed": Notification.objects.filter(emailed_at__isnull=False).count(),
    }


def messages_in(folder: Path) -> list[tuple[str, str]]:
    """(To, Subject) of every e-mail the file backend wrote (messages end with a dashed line)."""
    found = []
    for path in sorted(folder.glob("*.log")):
        for block in path.read_text().split("-" * 79):
            headers = dict(
                line.split(": ", 1) for line in block.strip().splitlines() if ": " in line
            )
            if "Subject" in headers:
                found.append((headers.get("To", ""), headers["Subject"]))
    return found


class CrashingBackend(EmailBackend):
    """Writes messages like the file backend, then kills the process after CRASH_AFTER of them."""

    sent = 0

    def send_messages(self, email_messages):
        limit = int(os.environ.get("CRASH_AFTER", "0"))
        for message in email_messages:
            if limit and CrashingBackend.sent >= limit:
                os._exit(9)  # no cleanup, no commit: as if the worker were killed
            super().send_messages([message])
            CrashingBackend.sent += 1
        return len(email_messages)


if __name__ == "__main__":
    import django

    django.setup()
    if sys.argv[1] == "seed":
        seed(int(sys.argv[2]))
    else:
        print(json.dumps(summary()))
