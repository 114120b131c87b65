"""Forms validate and convert; the actions in actions.py do the work."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.forms import inlineformset_factory
from django.forms.formsets import INITIAL_FORM_COUNT, ManagementForm

from . import closeout
from .actions import BRIEF_FIELDS
from .choices import CATEGORY_REQUIRED_FIELDS, Category, Lane, Severity, Status
from .models import (
    Artifact,
    Customer,
    Escalation,
    Interaction,
    RootCause,
    Trigger,
    TroubleshootingStep,
)

TEXTAREA_SMALL = forms.Textarea(attrs={"rows": 2})
TEXTAREA = forms.Textarea(attrs={"rows": 3})
DATETIME_LOCAL = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")

# Which category each conditional field belongs to, so the intake page can show only the
# fields the chosen category needs (static/js/intake.js reads data-category).
FIELD_CATEGORY = {
    field: category for category, fields in CATEGORY_REQUIRED_FIELDS.items() for field in fields
}


# The largest id every database here stores: SQLite's INTEGER and PostgreSQL's bigint are signed
# 64-bit, and a bigger number in a lookup is an OverflowError (a 500), not "no such row".
MAX_ID = 2**63 - 1


def parse_id(value: str | None) -> int | None:
    """The object id written in `value` (a query-string parameter), or None if it is not one.

    The one place ids from a URL are read. Only ASCII digits: str.isdigit() also accepts "²" and
    "①", which int() refuses, and int() itself accepts Arabic-Indic and other Unicode digits that
    no link of ours writes. Then 1..MAX_ID, checked on at most 19 digits so a huge number is never
    converted at all.
    """
    if not value or len(value) > len(str(MAX_ID)) or not (value.isascii() and value.isdigit()):
        return None
    number = int(value)
    return number if 1 <= number <= MAX_ID else None


class IdField(forms.CharField):
    """An object's id in a query string, read by parse_id; anything else is invalid."""

    def to_python(self, value) -> int | None:
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        number = parse_id(value)
        if number is None:
            raise ValidationError("Not an id.", code="invalid")
        return number


class EscalationForm(forms.ModelForm):
    """The case brief. Model validation (Escalation.clean) adds the per-category rules."""

    class Meta:
        model = Escalation
        fields = BRIEF_FIELDS
        widgets = {
            "summary": TEXTAREA,
            "desired_outcome": TEXTAREA_SMALL,
            "recommended_next_step": TEXTAREA_SMALL,
            "reproduction_steps": TEXTAREA,
            "suspected_root_cause": TEXTAREA_SMALL,
            "emotional_signals": TEXTAREA_SMALL,
        }
        error_messages = {
            "customer": {"required": "Choose the customer account."},
            "title": {"required": "Give the escalation a title."},
            "summary": {"required": "Summarise the case in one to three sentences."},
            "entry_point": {"required": "Say how the escalation reached us."},
            "category": {"required": "Choose a category."},
            "product_area": {"required": "Name the affected product area."},
            "desired_outcome": {"required": "Say what outcome the customer wants."},
            "recommended_next_step": {"required": "Recommend a next step."},
            "target_team": {"required": "Name the team that should take it."},
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["customer"].queryset = Customer.objects.order_by("name")
        for name, category in FIELD_CATEGORY.items():
            field = self.fields[name]
            field.widget.attrs["data-category"] = category
            label = Category(category).label.lower()
            field.help_text = " ".join(filter(None, [field.help_text, f"Required for {label}."]))
        self.fields["title"].widget.attrs["autofocus"] = True


class BriefEditForm(EscalationForm):
    """The brief on its edit page, with the fingerprint of the brief it was drawn from.

    `drawn` (actions.brief_fingerprint) is the edit's optimistic lock: kept as posted when the
    form comes back with errors, replaced by the current one on the "changed meanwhile" page.
    """

    drawn = forms.RegexField(
        regex=r"^[0-9a-f]{40}$",
        widget=forms.HiddenInput,
        error_messages={
            "required": "This form came without the version of the brief it showed; reload the "
            "page (copy what you typed first).",
            "invalid": "This form came without the version of the brief it showed; reload the "
            "page (copy what you typed first).",
        },
    )


class StepForm(forms.ModelForm):
    class Meta:
        model = TroubleshootingStep
        fields = ("action", "result", "performed_at")
        widgets = {
            "action": TEXTAREA_SMALL,
            "result": TEXTAREA_SMALL,
            "performed_at": DATETIME_LOCAL,
        }
        error_messages = {
            "action": {"required": "Describe what was tried."},
            "result": {"required": "Say what came of it."},
        }


class InteractionForm(forms.ModelForm):
    """One exchange; at intake these are the customer's own words."""

    occurred_at = forms.DateTimeField(
        label="When", required=False, widget=DATETIME_LOCAL, help_text="Leave empty for now."
    )

    class Meta:
        model = Interaction
        fields = ("contact_name", "channel", "direction", "occurred_at", "body")
        widgets = {"body": forms.Textarea(attrs={"rows": 3})}
        error_messages = {
            "contact_name": {"required": "Say who said it."},
            "body": {"required": "Quote the customer's words."},
        }


class IntakeInteractionForm(InteractionForm):
    class Meta(InteractionForm.Meta):
        fields = ("contact_name", "channel", "occurred_at", "body")


CHANGED_OUTSIDE = (
    "The {what} part of this form was changed outside the desk, so nothing was saved. "
    "Your entries are kept below: check them and submit again."
)
# Without a readable form count not even the typed entries can be read back.
UNREADABLE = (
    "The {what} part of this form was changed outside the desk and could not be read, so "
    "nothing was saved: reload the page and enter them again."
)


class _AtLeastOne(forms.BaseInlineFormSet):
    required_message = ""
    what = ""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # The hidden INITIAL_FORMS count says how many of the forms are rows already saved.
        # Only a changed page claims more than exist (any on a new brief); Django would then
        # demand each of those forms' hidden id and report "Step 1, None: This field is
        # required.". Count them as the new rows they are, keep the typed values, and say
        # what happened instead (clean below); the page re-renders with the true count.
        self.changed_outside = False
        if not self.is_bound:
            return
        management = ManagementForm(self.data, prefix=self.prefix)
        if not management.is_valid():
            return  # Django reports it as missing_management_form
        existing = self.get_queryset().count() if self.instance.pk else 0
        key = management.add_prefix(INITIAL_FORM_COUNT)
        if management.cleaned_data[INITIAL_FORM_COUNT] > existing:
            self.data = self.data.copy()
            self.data[key] = str(existing)
            self.changed_outside = True

    def clean(self) -> None:
        super().clean()
        if not self.management_form.is_valid():
            return  # an error raised here would replace Django's missing_management_form
        if self.changed_outside:
            raise forms.ValidationError(CHANGED_OUTSIDE.format(what=self.what))
        if not any(form.has_changed() for form in self.forms):
            raise forms.ValidationError(self.required_message)


class StepFormSet(_AtLeastOne):
    required_message = "Add at least one troubleshooting step with its result."
    what = "troubleshooting steps"
    default_error_messages = {
        "too_many_forms": "A brief holds at most %(num)d troubleshooting steps: "
        "keep the ones that matter and submit again.",
        "missing_management_form": UNREADABLE.format(what="troubleshooting steps"),
    }


class InteractionFormSet(_AtLeastOne):
    required_message = "Add at least one interaction in the customer's own words."
    what = "customer's words"
    default_error_messages = {
        "too_many_forms": "A brief holds at most %(num)d interactions with the customer: "
        "keep the ones that matter and submit again.",
        "missing_management_form": UNREADABLE.format(what="customer's words"),
    }


# A brief carries a handful of steps and quotes; 20 of each is more than any real one needs.
# absolute_max is what bounds the work: Django builds min(TOTAL_FORMS, absolute_max) forms and
# its default is max_num + 1,000, so a forged TOTAL_FORMS used to build and render over a
# thousand forms. Equal to max_num, the formset builds at most 20 and refuses the rest.
MAX_PER_BRIEF = 20


IntakeSteps = inlineformset_factory(
    Escalation,
    TroubleshootingStep,
    form=StepForm,
    formset=StepFormSet,
    extra=1,
    min_num=1,
    max_num=MAX_PER_BRIEF,
    absolute_max=MAX_PER_BRIEF,
    validate_max=True,
    can_delete=False,
)
IntakeInteractions = inlineformset_factory(
    Escalation,
    Interaction,
    form=IntakeInteractionForm,
    formset=InteractionFormSet,
    extra=1,
    min_num=1,
    max_num=MAX_PER_BRIEF,
    absolute_max=MAX_PER_BRIEF,
    validate_max=True,
    can_delete=False,
)


def brief_problems(form: forms.Form, *formsets: forms.BaseFormSet) -> list[str]:
    """Every problem of a refused intake, named, for the summary above the form."""
    problems = []
    for name, errors in form.errors.items():
        label = form.fields[name].label if name in form.fields else None
        prefix = f"{label}: " if label else ""
        problems.extend(f"{prefix}{error}" for error in errors)
    for formset, what in zip(formsets, ("Troubleshooting step", "Interaction"), strict=False):
        problems.extend(str(error) for error in formset.non_form_errors())
        for index, subform in enumerate(formset.forms, start=1):
            for name, errors in subform.errors.items():
                label = subform.fields[name].label if name in subform.fields else None
                where = f"{what} {index}, {label}" if label else f"{what} {index}"
                problems.extend(f"{where}: {error}" for error in errors)
    return problems


class NoteForm(forms.Form):
    text = forms.CharField(
        label="Internal note",
        max_length=5000,
        widget=TEXTAREA,
        error_messages={"required": "Write the note first."},
    )


class ArtifactForm(forms.ModelForm):
    url = forms.URLField(label="Link", max_length=500, required=False, assume_scheme="https")

    class Meta:
        model = Artifact
        fields = ("kind", "label", "url", "content")
        widgets = {"content": forms.Textarea(attrs={"rows": 4, "class": "font-monospace"})}
        error_messages = {"label": {"required": "Give the artifact a label."}}


SORTS = {
    "newest": ("-created_at", "-id"),
    "oldest": ("created_at", "id"),
    "severity": ("severity", "-created_at", "-id"),
    "score": ("-triage_score", "-created_at", "-id"),
    "updated": ("-updated_at", "-id"),
    "status": ("status", "-created_at", "-id"),
}
SORT_LABELS = {
    "newest": "Newest first",
    "oldest": "Oldest first",
    "severity": "Severity",
    "score": "Triage score",
    "updated": "Recently updated",
    "status": "Status",
}
ATTENTION, ALL = "attention", "all"
VIEW_LABELS = {ATTENTION: "Needs attention", ALL: "All cases"}
SLA_FILTERS = [("red", "Breached"), ("amber", "At risk (amber)"), ("paused", "Paused")]


class QueueFilterForm(forms.Form):
    """The queue's bookmarkable query parameters. Invalid values are dropped, never a 500."""

    q = forms.CharField(required=False, max_length=200, label="Search")
    status = forms.ChoiceField(
        required=False, choices=[("", "Any status"), ("open", "All open"), *Status.choices]
    )
    severity = forms.TypedChoiceField(
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", "Any severity"), *[(str(v), label) for v, label in Severity.choices]],
    )
    lane = forms.ChoiceField(required=False, choices=[("", "Any lane"), *Lane.choices])
    category = forms.ChoiceField(required=False, choices=[("", "Any category"), *Category.choices])
    owner = forms.ChoiceField(
        required=False, choices=[("", "Anyone"), ("me", "Mine"), ("none", "Unassigned")]
    )
    customer = IdField(required=False, widget=forms.HiddenInput)
    sort = forms.ChoiceField(required=False, choices=list(SORT_LABELS.items()))
    # "Needs attention" (issue 9): the default view, and the clock filters of either view.
    view = forms.ChoiceField(required=False, choices=list(VIEW_LABELS.items()))
    sla = forms.ChoiceField(
        required=False, label="Clock", choices=[("", "Any clock"), *SLA_FILTERS]
    )
    stalled = forms.ChoiceField(required=False, choices=[("", "Stalled or not"), ("1", "Stalled")])
    mine = forms.ChoiceField(required=False, choices=[("", "Anyone's"), ("1", "My roles")])

    # Parameters that narrow or order today's list: given without `view`, they ask for it.
    ALL_VIEW_PARAMS = ("q", "status", "severity", "lane", "category", "owner", "customer", "sort")
    CLOCK_PARAMS = ("view", "sla", "stalled", "mine")

    def __init__(self, *args, owner_label: str = "", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.view = self._view()
        if self.view == ATTENTION:
            # No sort chosen is the clock order; "Newest first" is a choice, not the default.
            self.fields["sort"].choices = [("", "Nearest due clock"), *SORT_LABELS.items()]
        # `owner` may also be a user id ("this person's cases"), labelled with their name.
        owner = self.data.get("owner", "") if self.data else ""
        if parse_id(owner) is not None:
            label = owner_label or "Selected person"
            self.fields["owner"].choices = [*self.fields["owner"].choices, (owner, label)]

    def clean_owner(self) -> str | int:
        """A person's id as an int; "me", "none" and "" as they are."""
        owner = self.cleaned_data["owner"]
        return parse_id(owner) or owner

    def clean_stalled(self) -> bool:
        return self.cleaned_data["stalled"] == "1"

    def clean_mine(self) -> bool:
        return self.cleaned_data["mine"] == "1"

    def cleaned(self) -> dict:
        """Valid values only: a bad parameter is ignored rather than failing the page.

        `view` is always there: the one asked for, else "attention" when nothing narrows or
        orders the list (the queue opened plain, or only with clock filters), else "all".
        """
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        filters = {
            name: value
            for name, value in data.items()
            # An unticked stalled/mine is False: no filter (a severity is never 0).
            if name not in self.errors and value not in (None, "") and value is not False
        }
        filters["view"] = self.view
        return filters

    def ignored(self) -> list[str]:
        """The clock parameters that were given but not understood, to say so on the page."""
        self.is_valid()
        return [
            f"{name}={self.data.get(name, '')[:40]}"
            for name in self.CLOCK_PARAMS
            if name in self.errors
        ]

    def _view(self) -> str:
        asked = self.data.get("view", "") if self.data else ""
        if asked in VIEW_LABELS:
            return asked
        if any(self.data.get(name) for name in self.ALL_VIEW_PARAMS):
            return ALL
        return ATTENTION


# --- Close-out -----------------------------------------------------------------------------

YES_NO = [("yes", "Yes"), ("no", "No")]


def _yes(value: str) -> bool:
    return value == "yes"


class ActiveRowChoice(forms.ModelChoiceField):
    """An admin-edited list's active rows; a retired or unknown id is named, never a 500."""

    def __init__(self, model, name: str, *, label: str) -> None:
        super().__init__(
            queryset=model.objects.filter(active=True),
            label=label,
            empty_label="— pick one —",
            error_messages={
                "required": closeout.MESSAGES[name],
                "invalid_choice": closeout.RETIRED[name],
            },
        )

    def to_python(self, value):
        if value in self.empty_values:
            return None
        # Only a plain id reaches the database ("1e9", "²" or 30 digits are just not a choice).
        if parse_id(str(value)) is None:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


def _yes_no(name: str, *, label: str, help_text: str) -> forms.TypedChoiceField:
    """A required yes/no with nothing chosen until the person chooses (not a checkbox that
    quietly means "no")."""
    return forms.TypedChoiceField(
        label=label,
        choices=YES_NO,
        coerce=_yes,
        empty_value=None,
        widget=forms.RadioSelect,
        help_text=help_text,
        error_messages={
            "required": closeout.MESSAGES[name],
            "invalid_choice": closeout.MESSAGES[name],
        },
    )


class CloseOutForm(forms.Form):
    """The close-out (DESIGN.md "Close-out"). "Within SLA" is computed from the clocks and
    shown beside the form, never typed; the case page passes the verdict."""

    trigger = ActiveRowChoice(Trigger, "trigger", label="Trigger")
    root_cause = ActiveRowChoice(RootCause, "root_cause", label="Root cause")
    avoidable = _yes_no(
        "avoidable", label="Avoidable", help_text="Could we have prevented this escalation?"
    )
    resolution_summary = forms.CharField(
        label="Resolution summary",
        widget=TEXTAREA,
        max_length=closeout.SUMMARY_MAX,
        error_messages={
            "required": closeout.MESSAGES["resolution_summary"],
            "max_length": closeout.SUMMARY_TOO_LONG,
        },
    )
    exit_criteria_met = _yes_no(
        "exit_criteria_met",
        label="Exit criteria met",
        help_text="The outcome the customer asked for is delivered, and they agree.",
    )

    def __init__(self, *args, escalation: Escalation, **kwargs) -> None:
        initial = kwargs.setdefault("initial", {})
        initial.setdefault("resolution_summary", escalation.resolution_summary)
        super().__init__(*args, **kwargs)

    def clean(self):
        data = super().clean()
        # The close event's own rule (a "no" to exit criteria, a row retired meanwhile), in
        # its words, next to the field it is about.
        for name, message in closeout.problems(data).items():
            if name not in self.errors:
                self.add_error(name, message)
        return data
