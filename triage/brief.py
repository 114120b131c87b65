"""A case brief as triage reads it: plain values, no ORM (built by `triage.signals` from the
database, or by `triage.payload` from the JSON a `manage.py triage` user types)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

CASE_CATEGORIES = ("technical", "billing", "compliance", "relationship")
SOURCES = ("executive_email", "cc_executive", "csm", "ticket_flag", "social_public", "ai_handoff")


@dataclass(frozen=True)
class Message:
    at: datetime
    body: str


@dataclass(frozen=True)
class Signals:
    """Everything triage looks at, as plain values."""

    title: str = ""
    summary: str = ""
    category: str = "technical"
    source: str = "csm"
    messages: tuple[Message, ...] = ()  # the customer's own words, oldest first
    arr: Decimal | None = None
    days_to_renewal: int | None = None
    tenure_days: int | None = None
    prior_escalations_90d: int = 0
    prior_escalations_total: int | None = None  # None: only the 90-day count is known
    refund_amount: Decimal | None = None
    policy_exception: bool = False
    interactions_count: int = 0  # interactions without resolution
    reopened_count: int = 0
    tickets_48h: int = 0
    hours_since_last_resolution: float | None = None
