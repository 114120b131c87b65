"""The case layer's models: the case brief and its parts, the timeline, notifications."""

from .cases import (
    MONEY,
    Artifact,
    Customer,
    Escalation,
    EscalationQuerySet,
    Interaction,
    SubmissionToken,
    TimelineEvent,
    TimelineQuerySet,
    TroubleshootingStep,
    validate_time_zone,
)
from .notifications import Notification, NotificationQuerySet, Preferences

__all__ = [
    "MONEY",
    "Artifact",
    "Customer",
    "Escalation",
    "EscalationQuerySet",
    "Interaction",
    "Notification",
    "NotificationQuerySet",
    "Preferences",
    "SubmissionToken",
    "TimelineEvent",
    "TimelineQuerySet",
    "TroubleshootingStep",
    "validate_time_zone",
]
