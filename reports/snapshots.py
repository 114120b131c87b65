"""Telling executives that a month's snapshot is in: the headline numbers and a link.

Through the desk's notifications (escalations/notifications.py): a row in each executive's
bell keyed `report:<month>`, unique per person, and the e-mail after the transaction that
stored the snapshot commits, with the outbox sending whatever a killed worker left unsent.
So each executive is told once per month, however many workers take the snapshot.
"""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import User
from django.template.loader import render_to_string
from django.urls import reverse

from escalations.access import EXECUTIVE
from escalations.notifications import notify

from .models import Snapshot
from .periods import parse


def executives():
    return User.objects.filter(groups__name=EXECUTIVE, is_active=True).distinct().order_by("pk")


def tell_executives(snapshot: Snapshot, *, now: datetime) -> int:
    """Each active executive's bell row (and e-mail after commit); how many were told."""
    period = parse(snapshot.month)
    context = {
        "snapshot": snapshot,
        "period": period,
        "headlines": snapshot.figures.get("headlines", []),
        "time_zone": snapshot.figures.get("time_zone", ""),
        "previous_title": period.previous().title,
    }
    told = notify(
        executives(),
        escalation=None,
        key=f"report:{snapshot.month}",
        subject=render_to_string("emails/report-snapshot-subject.txt", context),
        body=render_to_string("emails/report-snapshot-body.txt", context).strip(),
        url=reverse("reports:report", kwargs={"period": snapshot.month}),
        now=now,
    )
    # Only emailed_at may change on a stored snapshot (Snapshot.save, migration 0002).
    Snapshot.objects.filter(pk=snapshot.pk).update(emailed_at=now)
    return len(told)
