"""A snapshot scenario shared by a test and the worker processes it starts.

`python -m tests.reports.snapshot_scenario seed | take ISO | summary` against the database in
DATABASE_URL. `take` runs the schedule's own function, as a django-q2 worker would.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from decimal import Decimal

TAKEN = datetime.fromisoformat("2026-11-01T00:05:00+00:00")
EXECUTIVES = ("erin", "ezra", "esme")


def seed() -> None:
    """Three executives, a manager and two cases raised in October."""
    from django.contrib.auth.models import Group, User

    from escalations.models import Customer, Escalation

    for name in EXECUTIVES:
        user = User.objects.create_user(name, f"{name}@desk.test", "pw")
        user.groups.add(Group.objects.get(name="Executive"))
    manager = User.objects.create_user("molly", "molly@desk.test", "pw")
    manager.groups.add(Group.objects.get(name="Support Manager"))
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
    for day in (6, 20):
        at = datetime(2026, 10, day, 9, tzinfo=TAKEN.tzinfo)
        Escalation.objects.create(
            customer=customer,
            title=f"Exports fail ({day} October)",
            summary="Exports fail.",
            entry_point="csm",
            category="technical",
            product_area="Reporting",
            desired_outcome="Exports run.",
            recommended_next_step="Look.",
            target_team="Engineering / Tier 2",
            environment="EU",
            reproduction_steps="Run it.",
            created_by=manager,
            created_at=at,
            updated_at=at,
        )


def take(now: str) -> str:
    from reports.tasks import monthly_snapshot

    return monthly_snapshot(datetime.fromisoformat(now))


def summary() -> dict:
    from escalations.models import Notification
    from reports.models import Snapshot

    told = Notification.objects.filter(key="report:2026-10")
    return {
        "snapshots": list(Snapshot.objects.values_list("month", flat=True)),
        "volume": [
            h["value"]
            for s in Snapshot.objects.all()
            for h in s.figures["headlines"]
            if h["key"] == "volume"
        ],
        "told": sorted(told.values_list("recipient__username", flat=True)),
        "emailed": told.filter(emailed_at__isnull=False).count(),
    }


if __name__ == "__main__":
    import django

    django.setup()
    if sys.argv[1] == "seed":
        seed()
    elif sys.argv[1] == "take":
        print(json.dumps(take(sys.argv[2])))
    else:
        print(json.dumps(summary()))
