"""Action item forms: they check what a person can fix and convert it; reports/actions.py writes."""

from __future__ import annotations

from datetime import date

from django import forms
from django.contrib.auth.models import User

from escalations.access import DESK_GROUPS
from escalations.models import RootCause

from . import systemic
from .models import ActionItem
from .periods import Period, parse


class OwnerField(forms.ModelChoiceField):
    def label_from_instance(self, obj: User) -> str:
        return obj.get_full_name() or obj.username


def desk_people():
    """Whoever may own an action item: an active person with a role on the desk."""
    return (
        User.objects.filter(is_active=True, groups__name__in=DESK_GROUPS)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


class ActionItemForm(forms.ModelForm):
    """The fields shared by raising and editing an item; `today` is the desk's date now."""

    owner = OwnerField(queryset=User.objects.none(), help_text="One named person, not a team.")

    class Meta:
        model = ActionItem
        fields = ["title", "function", "owner", "due_date", "status", "outcome"]
        labels = {"function": "Routed to", "outcome": "What was done"}
        widgets = {
            "due_date": forms.DateInput(attrs={"type": "date"}),
            "outcome": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {
            "function": "Where the fix belongs; preset from the root cause.",
            "outcome": "Required once the item is done or dropped: what changed, or why not.",
        }

    def __init__(self, *args, today: date, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.today = today
        self.fields["owner"].queryset = desk_people()

    def clean_due_date(self) -> date:
        due = self.cleaned_data["due_date"]
        # An existing item keeps a due date that has since passed (it is overdue, and a manager
        # recording what was done must not have to move it); a new or changed date is checked.
        unchanged = self.instance.pk is not None and due == self.instance.due_date
        if due < self.today and not unchanged:
            raise forms.ValidationError(
                f"The due date cannot be in the past (today is {self.today:%d %b %Y})."
            )
        return due

    def clean(self) -> dict:
        data = super().clean()
        finished = data.get("status") in (ActionItem.Status.DONE, ActionItem.Status.DROPPED)
        if finished and not (data.get("outcome") or "").strip():
            self.add_error(
                "outcome",
                "Say what was done (or why it was dropped): the next quarterly report shows it.",
            )
        return data


class RaiseItemForm(ActionItemForm):
    """Raise an item for a systemic problem: the quarter and root cause come from its link."""

    quarter = forms.CharField(max_length=7, help_text="Like 2026-Q4.")
    root_cause = forms.ModelChoiceField(
        queryset=RootCause.objects.all(), to_field_name="slug", empty_label=None
    )

    field_order = ["quarter", "root_cause", "title", "function", "owner", "due_date", "status"]

    def clean_quarter(self) -> Period:
        period = parse(self.cleaned_data["quarter"])
        if period is None or period.is_month:
            raise forms.ValidationError("Write a quarter as YYYY-Qn, like 2026-Q4.")
        return period

    def clean(self) -> dict:
        data = super().clean()
        period, cause = data.get("quarter"), data.get("root_cause")
        if period is not None and cause is not None and not systemic.is_systemic(period, cause):
            self.add_error(
                "root_cause",
                f"{cause.name} is not a systemic problem in {period.title}: fewer than "
                f"{systemic.THRESHOLD} cases with it were closed in that quarter.",
            )
        return data
