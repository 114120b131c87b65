"""The desk's fixed vocabularies. Labels are what managers read; values are stable keys."""

from __future__ import annotations

from django.db import models


class EntryPoint(models.TextChoices):
    EXECUTIVE_EMAIL = "executive_email", "Executive e-mail"
    CC_EXECUTIVE = "cc_executive", "Executive CC'd"
    CSM = "csm", "CSM / AE escalation"
    TICKET_FLAG = "ticket_flag", "Flagged ticket"
    SOCIAL_PUBLIC = "social_public", "Public social post"
    AI_HANDOFF = "ai_handoff", "AI hand-off"


class Category(models.TextChoices):
    TECHNICAL = "technical", "Technical"
    BILLING = "billing", "Billing"
    COMPLIANCE = "compliance", "Compliance"
    RELATIONSHIP = "relationship", "Relationship"


class Status(models.TextChoices):
    NEW = "new", "New"
    ACKNOWLEDGED = "acknowledged", "Acknowledged"
    DIAGNOSE = "diagnose", "Diagnose"
    AWAITING_APPROVAL = "awaiting_approval", "Awaiting approval"
    EXECUTE = "execute", "Execute"
    WAITING_ON_CUSTOMER = "waiting_on_customer", "Waiting on customer"
    RESOLVED = "resolved", "Resolved"
    CLOSED = "closed", "Closed"


CLOSED_STATUSES = (Status.RESOLVED, Status.CLOSED)
OPEN_STATUSES = tuple(s for s in Status.values if s not in CLOSED_STATUSES)


class Severity(models.IntegerChoices):
    SEV1 = 1, "Sev-1 critical"
    SEV2 = 2, "Sev-2 high"
    SEV3 = 3, "Sev-3 medium"
    SEV4 = 4, "Sev-4 low"


class Lane(models.TextChoices):
    AUTONOMOUS = "autonomous", "Autonomous"
    GUARDRAILED = "guardrailed", "Guardrailed"
    HUMAN_FIRST = "human_first", "Human-first"


class SlaLevel(models.TextChoices):
    STANDARD = "standard", "Standard"
    PREMIUM = "premium", "Premium"
    PLATINUM = "platinum", "Platinum"


class Channel(models.TextChoices):
    EMAIL = "email", "E-mail"
    CALL = "call", "Call"
    CHAT = "chat", "Chat"
    MEETING = "meeting", "Meeting"
    TICKET = "ticket", "Ticket"
    SOCIAL = "social", "Social post"


class Direction(models.TextChoices):
    INBOUND = "inbound", "From the customer"
    OUTBOUND = "outbound", "To the customer"


class ArtifactKind(models.TextChoices):
    LOG = "log", "Log excerpt"
    LINK = "link", "Link"
    SCREENSHOT = "screenshot", "Screenshot link"
    OTHER = "other", "Other"


# Category-specific required fields of the brief (DESIGN.md "Case brief").
CATEGORY_REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {
    Category.TECHNICAL: ("environment", "reproduction_steps"),
    Category.BILLING: ("invoice_reference", "amount_in_dispute"),
    Category.COMPLIANCE: ("regulation_concerned",),
    Category.RELATIONSHIP: (),
}
