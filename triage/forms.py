from __future__ import annotations

from django import forms

from escalations.choices import Lane, Severity

from .models import TriageFeedback


class OverrideForm(forms.Form):
    severity = forms.TypedChoiceField(
        choices=[("", "Keep severity"), *[(str(v), label) for v, label in Severity.choices]],
        coerce=int,
        empty_value=None,
        required=False,
    )
    lane = forms.ChoiceField(choices=[("", "Keep lane"), *Lane.choices], required=False)
    reason = forms.CharField(
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": "Say why: the reason goes to the decision log."},
    )

    def __init__(self, *args, escalation=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.escalation = escalation

    def clean_reason(self) -> str:
        reason = self.cleaned_data["reason"].strip()
        if len(reason) < 10:
            raise forms.ValidationError(
                "Give a reason a colleague will understand (10 characters or more)."
            )
        return reason

    def clean(self) -> dict:
        data = super().clean()
        severity, lane = data.get("severity"), data.get("lane")
        case = self.escalation
        unchanged_severity = severity is None or (case and severity == case.severity)
        unchanged_lane = not lane or (case and lane == case.lane)
        if unchanged_severity and unchanged_lane and not self.errors:
            raise forms.ValidationError("Choose a different severity or lane to override.")
        return data


CHOOSE_A_VERDICT = "Choose right, too high or too low."


class FeedbackForm(forms.Form):
    verdict = forms.ChoiceField(
        choices=TriageFeedback.Verdict.choices,
        error_messages={"required": CHOOSE_A_VERDICT, "invalid_choice": CHOOSE_A_VERDICT},
    )
    note = forms.CharField(
        max_length=500,
        required=False,
        error_messages={
            "max_length": "The note is too long: keep it to %(limit_value)d characters "
            "(it has %(show_value)d)."
        },
    )

    def problems(self) -> list[str]:
        """Each refusal in one sentence, verdict first, for the message after the redirect."""
        return [error for name in ("verdict", "note") for error in self.errors.get(name, [])]
