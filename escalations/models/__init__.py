"""The case layer's models: the case brief and its parts, the timeline, notifications, close-out."""

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
from .closeout import CloseOut, Function, RootCause, Trigger
from .notifications import Notification, NotificationQuerySet, Preferences

__all__ = [
    "MONEY",
    "Artifact",
    "CloseOut",
    "Customer",
    "Escalation",
    "EscalationQuerySet",
    "Function",
    "Interaction",
    "Notification",
    "NotificationQuerySet",
    "Preferences",
    "RootCause",
    "SubmissionToken",
    "TimelineEvent",
    "TimelineQuerySet",
    "Trigger",
    "TroubleshootingStep",
    "validate_time_zone",
]
