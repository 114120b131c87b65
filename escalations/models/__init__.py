"""The case layer's models: accounts, the case brief and its parts, the timeline, one-time
tokens, notifications, close-out."""

from .cases import Artifact, Escalation, EscalationQuerySet, Interaction, TroubleshootingStep
from .closeout import CloseOut, Function, RootCause, Trigger
from .customers import MONEY, Customer, validate_time_zone
from .notifications import Notification, NotificationQuerySet, Preferences
from .timeline import TimelineEvent, TimelineQuerySet
from .tokens import SubmissionToken

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
