"""Forms of the case's roles, approvals and customer updates: they validate and convert."""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.contrib.auth.models import User
from django.db.models import Q

from escalations.access import DESK_GROUPS

from .actions import Handoff, Seen
from .models import Approval, Assignment, RoleKind, UpdateTemplate

TEXTAREA = forms.Textarea(attrs={"rows": 3})


def desk_people():
    """Active people with a desk role: the only ones a role can go to."""
    return (
        User.objects.filter(is_active=True)
        .filter(Q(groups__name__in=DESK_GROUPS) | Q(is_superuser=True))
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


class PersonChoice(forms.TypedChoiceField):
    """A desk person by id. The people are read once per form, not once per select."""

    def __init__(self, *, label: str) -> None:
        super().__init__(label=label, coerce=int, empty_value=None)
        # Django's select in one template (matrix/jinja2/matrix/person_select.html), same HTML:
        # Django's draws each option through two includes (select_option.html, attrs.html),
        # and with the desk's ~40 people in each of three selects that was most of the case
        # page's roles panel. Still a Select, so the page's classes for it are a select's.
        self.widget.template_name = "matrix/person_select.html"
        self.people: dict[int, User] = {}

    def offer(self, people: list[User]) -> None:
        self.people = {p.pk: p for p in people}
        self.choices = [("", "—")] + [(p.pk, p.get_full_name() or p.username) for p in people]

    def clean(self, value):
        pk = super().clean(value)
        return self.people.get(pk)


class RolesForm(forms.Form):
    """The three people in one form; a hand-off section for any role that changes hands."""

    owner = PersonChoice(label="Owner")
    authority = PersonChoice(label="Decision authority")
    comms = PersonChoice(label="Comms lead")
    # The assignment each role had when the page was drawn (0: vacant): a change made by
    # somebody else in between is refused instead of silently overwritten.
    seen_owner = forms.IntegerField(widget=forms.HiddenInput, min_value=0, required=False)
    seen_authority = forms.IntegerField(widget=forms.HiddenInput, min_value=0, required=False)
    seen_comms = forms.IntegerField(widget=forms.HiddenInput, min_value=0, required=False)
    # And that assignment's status then: an answer given since is refused the same way.
    seen_owner_status = forms.CharField(widget=forms.HiddenInput, max_length=10, required=False)
    seen_authority_status = forms.CharField(widget=forms.HiddenInput, max_length=10, required=False)
    seen_comms_status = forms.CharField(widget=forms.HiddenInput, max_length=10, required=False)
    handoff_note = forms.CharField(
        label="Hand-off note",
        required=False,
        max_length=2000,
        widget=TEXTAREA,
        help_text="Needed when a role changes hands: what the new holder must know.",
    )
    handoff_temperature = forms.ChoiceField(
        label="Hand-off",
        required=False,
        choices=[("", "—"), *Assignment.Temperature.choices],
        help_text="Warm is required for Sev-1/2 and for a frustrated customer.",
    )
    handoff_direction = forms.ChoiceField(
        label="Direction",
        required=False,
        choices=[("", "—"), *Assignment.Direction.choices],
    )

    def __init__(self, *args, current: dict[str, Assignment], suggestions: dict, **kwargs):
        initial = kwargs.setdefault("initial", {})
        for kind in RoleKind.values:
            held = current.get(kind)
            suggested = suggestions.get(kind)
            person = (
                held.person_id
                if held
                else (suggested.person.pk if suggested and suggested.person else None)
            )
            initial.setdefault(kind, person)
            initial.setdefault(f"seen_{kind}", held.pk if held else 0)
            initial.setdefault(f"seen_{kind}_status", held.status if held else "")
        super().__init__(*args, **kwargs)
        people = list(desk_people())
        for kind in RoleKind.values:
            self.fields[kind].offer(people)
        self.current = current

    def clean(self):
        data = super().clean()
        changing = [
            kind
            for kind in RoleKind.values
            if (held := self.current.get(kind))
            and data.get(kind)
            and (data[kind].pk != held.person_id or held.status == Assignment.Status.DECLINED)
            and not (held.assigned_by_id is None and held.status == Assignment.Status.PENDING)
        ]
        self.handing_off = changing
        if changing:
            if not data.get("handoff_note", "").strip():
                self.add_error("handoff_note", "A role changes hands: write the hand-off note.")
            if not data.get("handoff_temperature"):
                self.add_error("handoff_temperature", "Choose warm or cold.")
            if not data.get("handoff_direction"):
                self.add_error("handoff_direction", "Choose functional or hierarchical.")
        return data

    def handoff(self) -> Handoff | None:
        data = self.cleaned_data
        if not data.get("handoff_note"):
            return None
        return Handoff(
            note=data["handoff_note"],
            temperature=data.get("handoff_temperature", ""),
            direction=data.get("handoff_direction", ""),
        )

    def seen(self, kind: str) -> Seen | None:
        value = self.cleaned_data.get(f"seen_{kind}")
        if value is None:
            return None
        return Seen(value, self.cleaned_data.get(f"seen_{kind}_status", ""))


class DeclineForm(forms.Form):
    reason = forms.CharField(
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Who should take it instead, or what is missing.",
    )


class MoveForm(forms.Form):
    transition = forms.CharField(max_length=40, widget=forms.HiddenInput)
    note = forms.CharField(max_length=2000, required=False, widget=TEXTAREA, label="Why")
    resolution = forms.CharField(
        max_length=3000, required=False, widget=TEXTAREA, label="Resolution summary"
    )


class ProposalForm(forms.Form):
    kind = forms.ChoiceField(choices=Approval.Kind.choices, label="What")
    amount = forms.DecimalField(
        label="Amount (USD)",
        required=False,
        min_value=Decimal("0.01"),
        max_digits=14,
        decimal_places=2,
        help_text="Required for refunds and credits.",
    )
    reason = forms.CharField(max_length=2000, widget=TEXTAREA, label="Why")
    customer_message = forms.CharField(
        max_length=2000, widget=TEXTAREA, label="What the customer is told"
    )

    def clean(self):
        data = super().clean()
        if data.get("kind") in Approval.MONEY_KINDS and data.get("amount") is None:
            if "amount" not in self.errors:
                self.add_error("amount", "A refund or credit needs its amount.")
        return data


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("approve", "Approve"), ("reject", "Reject")], widget=forms.RadioSelect
    )
    reason = forms.CharField(max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))


class UpdateForm(forms.Form):
    template = forms.ModelChoiceField(
        queryset=UpdateTemplate.objects.all(), required=False, widget=forms.HiddenInput
    )
    subject = forms.CharField(max_length=200)
    body = forms.CharField(max_length=5000, widget=forms.Textarea(attrs={"rows": 14}))
