"""Reading one escalation's signals out of the database for the pure engine."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db.models import Count, Max, Q
from django.utils import timezone

from escalations.choices import Direction
from escalations.models import Escalation

from .engine import Message, Signals

TICKET_WINDOW = timedelta(hours=48)
PRIOR_WINDOW = timedelta(days=90)


def signals_for(escalation: Escalation, *, now: datetime, at_intake: bool = False) -> Signals:
    """The case as triage sees it at `now` (two queries).

    With `at_intake`, only what was known when the case was raised counts: the backtest
    replays a configuration as if it had triaged the case on arrival.
    """
    customer = escalation.customer
    raised = escalation.created_at
    history = (
        Escalation.objects.filter(customer_id=customer.pk, created_at__lt=raised)
        .exclude(pk=escalation.pk)
        .aggregate(
            prior_90d=Count("pk", filter=Q(created_at__gte=raised - PRIOR_WINDOW)),
            prior_total=Count("pk"),
            recent=Count("pk", filter=Q(created_at__gte=raised - TICKET_WINDOW)),
            last_resolved=Max("resolved_at", filter=Q(resolved_at__lt=raised)),
        )
    )
    interactions = escalation.interactions.all()
    if at_intake:
        interactions = interactions.filter(created_at__lte=raised)
    rows = list(
        interactions.values_list("direction", "occurred_at", "body").order_by("occurred_at", "id")
    )
    today = timezone.localdate(now)
    last_resolved = history["last_resolved"]
    return Signals(
        title=escalation.title,
        summary=escalation.summary,
        category=escalation.category,
        source=escalation.entry_point,
        messages=tuple(
            Message(at=at, body=body)
            for direction, at, body in rows
            if direction == Direction.INBOUND
        ),
        arr=customer.arr,
        days_to_renewal=customer.days_to_renewal(today),
        tenure_days=customer.tenure_days(today),
        prior_escalations_90d=history["prior_90d"],
        prior_escalations_total=history["prior_total"],
        refund_amount=escalation.refund_amount,
        policy_exception=escalation.policy_exception_requested,
        interactions_count=0 if escalation.resolved_at else len(rows),
        reopened_count=escalation.reopened_count,
        tickets_48h=history["recent"] + 1 + _ticket_ids(escalation.external_ticket_ids),
        hours_since_last_resolution=(
            (raised - last_resolved).total_seconds() / 3600 if last_resolved else None
        ),
    )


def _ticket_ids(text: str) -> int:
    # The brief's own ticket ids beyond the first: "ZD-1, ZD-2, ZD-3" is three tickets.
    ids = [part for part in text.replace(";", ",").split(",") if part.strip()]
    return max(len(ids) - 1, 0)
