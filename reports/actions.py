"""Raising and editing action items: what a manager decided to do about a systemic problem.

raise_item(...)   one item for a systemic problem of a quarter; its owner is told.
update_item(...)  an edit, saved only if nobody saved the item since the form was drawn.

The forms check the rules a person can fix (reports/forms.py); these functions write, tell the
owner after commit (escalations/notifications.py) and guard the one race a form cannot see.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import transaction
from django.db.models import F

from escalations.models import RootCause
from escalations.notifications import notify

from .models import ActionItem
from .periods import Period

# What an edit may change; root cause and quarter say which problem the item answers.
EDITABLE = ("title", "function", "owner", "due_date", "status", "outcome")


class Stale(Exception):
    """Somebody saved the item after this form was drawn: nothing of this edit was saved."""

    def __init__(self, current: ActionItem) -> None:
        self.current = current
        who = current.updated_by or current.created_by
        name = who.get_full_name() or who.username
        super().__init__(
            f"{name} saved this action item while you were editing it, so yours was not saved. "
            "It now reads as below; your changes are still in the form: check them against "
            "theirs and save again."
        )


@transaction.atomic
def raise_item(
    *,
    period: Period,
    root_cause: RootCause,
    title: str,
    function: str,
    owner,
    due_date,
    status: str = ActionItem.Status.OPEN,
    outcome: str = "",
    by,
    now: datetime,
) -> ActionItem:
    item = ActionItem.objects.create(
        root_cause=root_cause,
        quarter=period.label,
        starts_at=period.start,
        ends_at=period.end,
        title=title,
        function=function,
        owner=owner,
        due_date=due_date,
        status=status,
        outcome=outcome,
        created_by=by,
        created_at=now,
        updated_by=by,
        updated_at=now,
    )
    _tell_owner(item, by=by, now=now)
    return item


@transaction.atomic
def update_item(
    item: ActionItem, values: dict[str, Any], *, seen_version: int, by, now: datetime
) -> ActionItem:
    """Save `values` if the item is still at `seen_version`; else raise Stale, changing nothing.

    One conditional UPDATE: of two managers saving the same version, exactly one row changes
    for exactly one of them. On PostgreSQL the second UPDATE waits for the first to commit and
    then finds the version moved on; SQLite runs one writer at a time.
    """
    fields = {name: values[name] for name in EDITABLE if name in values}
    changed = ActionItem.objects.filter(pk=item.pk, version=seen_version).update(
        **fields, version=F("version") + 1, updated_by=by, updated_at=now
    )
    if changed != 1:
        raise Stale(
            ActionItem.objects.select_related("owner", "updated_by", "created_by").get(pk=item.pk)
        )
    previous_owner = item.owner_id
    item = ActionItem.objects.select_related("owner", "root_cause").get(pk=item.pk)
    if item.owner_id != previous_owner:
        _tell_owner(item, by=by, now=now)
    return item


def _tell_owner(item: ActionItem, *, by, now: datetime) -> None:
    if item.owner_id == by.pk:
        return  # they know: they just did it
    notify(
        [item.owner],
        escalation=None,
        key=f"action-item:{item.pk}:owner",
        subject=f"You own an action item: {item.title}",
        body=(
            f"{by.get_full_name() or by.username} made you the owner of an action item for "
            f"the systemic problem {item.root_cause.name} ({item.quarter}), "
            f"due {item.due_date:%d %b %Y}."
        ),
        url=item.get_absolute_url(),
        now=now,
    )
