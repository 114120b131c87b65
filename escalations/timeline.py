"""Writing the append-only timeline. Every change to a case lands here."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal

from django.db import models
from django.utils.text import capfirst

from .models import Escalation, TimelineEvent


def display_value(instance: models.Model, field_name: str) -> str:
    """A field's value as a manager reads it: choice labels, plain numbers, '' for empty."""
    field = instance._meta.get_field(field_name)
    value = getattr(instance, field.attname)
    if value in (None, ""):
        return ""
    if field.choices:
        return str(getattr(instance, f"get_{field_name}_display")())
    if isinstance(field, models.ForeignKey):
        return str(getattr(instance, field_name))
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    return str(value)


def diff(before: dict[str, str], instance: models.Model, fields: Iterable[str]) -> list[dict]:
    changes = []
    for name in fields:
        new = display_value(instance, name)
        if before[name] != new:
            label = capfirst(str(instance._meta.get_field(name).verbose_name))
            changes.append({"field": name, "label": label, "old": before[name], "new": new})
    return changes


def snapshot(instance: models.Model, fields: Iterable[str]) -> dict[str, str]:
    return {name: display_value(instance, name) for name in fields}


def record(
    escalation: Escalation,
    kind: str,
    summary: str,
    *,
    by,
    now: datetime,
    body: str = "",
    changes: list[dict] | None = None,
) -> TimelineEvent:
    return TimelineEvent.objects.create(
        escalation=escalation,
        at=now,
        actor=by,
        kind=kind,
        summary=summary[:300],
        body=body,
        changes=changes or [],
    )
