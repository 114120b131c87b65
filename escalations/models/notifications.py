"""What the desk tells a person: in the bell, and by e-mail after the event commits."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from .cases import Escalation, validate_time_zone


class NotificationQuerySet(models.QuerySet):
    def unread(self) -> NotificationQuerySet:
        return self.filter(read_at__isnull=True)


class Notification(models.Model):
    """One message to one person about one event.

    `key` names the event ("breach:acknowledge:ESC-00042:1", "digest:2026-12-02"): the unique
    (recipient, key) pair is what makes a sweep run twice, or on two workers at once, tell a
    person once. E-mail is an outbox: `emailed_at` is set after the message left, so a worker
    that died between commit and send leaves the row for the next sweep to send.
    """

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    escalation = models.ForeignKey(
        Escalation,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notifications",
    )
    key = models.CharField(max_length=120)
    subject = models.CharField(max_length=200)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=300, blank=True)
    # The case's severity when the event happened: what the Sev-4 e-mail mute reads.
    severity = models.PositiveSmallIntegerField(null=True, blank=True)
    created_at = models.DateTimeField()
    read_at = models.DateTimeField(null=True, blank=True)
    email_wanted = models.BooleanField(default=True)
    email_claimed_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["recipient", "key"], name="notification_once")
        ]
        indexes = [
            models.Index(fields=["recipient", "-created_at", "-id"], name="notification_list"),
            # The bell's unread count on every page.
            models.Index(
                fields=["recipient"],
                name="notification_unread",
                condition=Q(read_at__isnull=True),
            ),
            # The outbox: e-mails still to send (a worker died before sending them).
            models.Index(
                fields=["created_at"],
                name="notification_outbox",
                condition=Q(email_wanted=True, emailed_at__isnull=True),
            ),
        ]

    def __str__(self) -> str:
        return self.subject


class Preferences(models.Model):
    """A person's own settings: e-mail mutes and the time zone their digest arrives in."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="desk_preferences"
    )
    mute_sev4_email = models.BooleanField(
        "no e-mail for Sev-4 cases",
        default=False,
        help_text="Sev-4 notifications still reach the bell.",
    )
    time_zone = models.CharField(
        max_length=60,
        default="UTC",
        validators=[validate_time_zone],
        help_text="IANA name (Europe/Berlin): the daily digest arrives at 08:00 here.",
    )

    class Meta:
        verbose_name = "preferences"
        verbose_name_plural = "preferences"

    def __str__(self) -> str:
        return f"Preferences of {self.user}"
