"""Writing to the customer: the templates admins edit and the updates comms leads sent."""

from __future__ import annotations

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models

from escalations.models import Escalation, Interaction

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
PLACEHOLDERS = {
    "contact": "the customer's contact name",
    "customer": "the account's name",
    "reference": "the case reference (ESC-00042)",
    "title": "the case title",
    "sender": "the comms lead's name (you)",
    "owner": "the owner's name",
    "next_step": "the recommended next step",
    "committed_time": "the next committed update, in the customer's time zone",
    "previous_lead": "the previous comms lead (hand-off)",
}


def template_problems(text: str) -> list[str]:
    unknown = sorted({name for name in PLACEHOLDER.findall(text) if name not in PLACEHOLDERS})
    return [f"Unknown placeholder {{{name}}}." for name in unknown]


class UpdateTemplate(models.Model):
    """A customer update the comms lead starts from; admins edit the words."""

    class Purpose(models.TextChoices):
        EXECUTIVE_FIRST = "executive_first", "Personal first response (executive escalation)"
        HANDOFF = "handoff", "Hand-off"
        EMPATHETIC = "empathetic", "Empathetic reply (negative tone)"
        PROGRESS = "progress", "Progress update"
        CLOSURE = "closure", "Closure"

    purpose = models.CharField(max_length=20, choices=Purpose.choices, unique=True)
    subject = models.CharField(max_length=200)
    body = models.TextField(validators=[MaxLengthValidator(5000)])

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.get_purpose_display()

    def clean(self) -> None:
        errors = {}
        for field in ("subject", "body"):
            text = getattr(self, field) or ""
            # Also "{Contact}" or "{next step}": the desk would send them to the customer as typed.
            loose = sorted(
                {
                    f"Unknown placeholder {{{name}}}."
                    for name in re.findall(r"\{([^{}\n]{1,40})\}", text)
                    if name not in PLACEHOLDERS and not PLACEHOLDER.fullmatch(f"{{{name}}}")
                }
            )
            if problems := template_problems(text) + loose:
                errors[field] = [
                    *problems,
                    "Use one of: " + ", ".join(f"{{{p}}}" for p in PLACEHOLDERS) + ".",
                ]
        if errors:
            raise ValidationError(errors)

    def fill(self, values: dict[str, str]) -> tuple[str, str]:
        def sub(text: str) -> str:
            return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)

        return sub(self.subject), sub(self.body)


class CustomerUpdate(models.Model):
    """An update the comms lead sent: what the SLA clocks count as "our update"."""

    escalation = models.ForeignKey(
        Escalation, on_delete=models.PROTECT, related_name="customer_updates"
    )
    interaction = models.OneToOneField(Interaction, on_delete=models.PROTECT, related_name="+")
    template = models.ForeignKey(
        UpdateTemplate, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    to_email = models.EmailField(max_length=254)
    subject = models.CharField(max_length=200)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    sent_at = models.DateTimeField()

    class Meta:
        ordering = ["-sent_at", "-id"]
        indexes = [models.Index(fields=["escalation", "-sent_at"], name="update_case")]

    def __str__(self) -> str:
        return self.subject
