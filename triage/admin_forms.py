"""The admin form for a triage configuration, built from the engine's RulesConfig fields."""

from __future__ import annotations

from decimal import Decimal

from django import forms

from .config import DEFAULTS, TUNABLE_FIELDS, default_values, label, rules_for
from .golden import GoldenError, decode_golden, load_golden
from .models import GoldenSet, TriageConfig
from .rules_config import RulesConfig

MAX_GOLDEN_BYTES = 5 * 1024 * 1024


def _form_field(name: str) -> forms.Field:
    default = getattr(DEFAULTS, name)
    help_text = f"Default {default}."
    if isinstance(default, Decimal):
        return forms.DecimalField(
            label=label(name), max_digits=14, decimal_places=2, help_text=help_text
        )
    if isinstance(default, float):
        return forms.FloatField(
            label=label(name), min_value=-1000, max_value=1000, help_text=help_text
        )
    return forms.IntegerField(
        label=label(name), min_value=-100000, max_value=100000, help_text=help_text
    )


class _TriageConfigForm(forms.ModelForm):
    profanity = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text="Words or phrases counted as profanity, comma-separated.",
    )
    activate = forms.BooleanField(
        required=False,
        label="Make this version active now",
        help_text="Leave unticked to backtest the new version first.",
    )

    class Meta:
        model = TriageConfig
        fields = ("note",)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        values = (self.instance.values if self.instance.pk else None) or default_values()
        for field in TUNABLE_FIELDS:
            self.fields[field.name] = _form_field(field.name)
            self.initial.setdefault(
                field.name, values.get(field.name, getattr(DEFAULTS, field.name))
            )
        self.initial.setdefault("profanity", ", ".join(values.get("profanity", DEFAULTS.profanity)))

    def clean_profanity(self) -> list[str]:
        words = [w.strip().lower() for w in self.cleaned_data["profanity"].split(",")]
        return sorted({w for w in words if w})

    def clean(self) -> dict:
        data = super().clean()
        if any(field.name in self.errors for field in TUNABLE_FIELDS):
            return data
        candidate = RulesConfig(
            **{field.name: data[field.name] for field in TUNABLE_FIELDS},
            profanity=tuple(data.get("profanity", ())),
            phrases=rules_for(TriageConfig(values={})).phrases,
        )
        problems = candidate.validate()
        if problems:
            raise forms.ValidationError(problems)
        return data

    def values(self) -> dict:
        data = self.cleaned_data
        values = {
            field.name: str(data[field.name])
            if isinstance(data[field.name], Decimal)
            else data[field.name]
            for field in TUNABLE_FIELDS
        }
        values["profanity"] = data["profanity"]
        return values


# One declared field per weight or threshold, generated from RulesConfig so the form can never
# drift from the engine. Saving writes the next version (see TriageConfigAdmin.save_model).
TriageConfigForm = type(
    "TriageConfigForm",
    (_TriageConfigForm,),
    {field.name: _form_field(field.name) for field in TUNABLE_FIELDS},
)


class GoldenSetForm(forms.Form):
    """Choose a stored golden set, or upload one (stored for next time)."""

    golden_set = forms.ChoiceField(label="Golden set", required=False)
    upload = forms.FileField(
        label="…or upload a set",
        required=False,
        help_text="A JSON list of {id, brief, expect} (format in triage/golden/README.md), at "
        "most 5 MB. It is stored under the name below.",
    )
    name = forms.CharField(label="Name for the upload", max_length=120, required=False)

    def __init__(self, *args, choices, may_upload: bool, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["golden_set"].choices = [("", "—")] + choices
        if not may_upload:
            del self.fields["upload"], self.fields["name"]

    def clean(self) -> dict:
        data = super().clean()
        upload = data.get("upload")
        if upload is None:
            if not data.get("golden_set") and not self.errors:
                raise forms.ValidationError("Choose a golden set or upload one.")
            return data
        if upload.size > MAX_GOLDEN_BYTES:
            self.add_error("upload", f"The file is {upload.size:,} bytes; at most 5 MB.")
            return data
        try:
            # Decoded once, strictly: the text scored is the text stored.
            text = decode_golden(upload.read())
            data["upload_cases"] = load_golden(text)
        except GoldenError as error:
            self.add_error("upload", str(error))
            return data
        data["upload_text"] = text
        name = (data.get("name") or "").strip() or upload.name.rsplit(".", 1)[0][:120]
        if GoldenSet.objects.filter(name=name).exists():
            self.add_error("name", f"A golden set called “{name}” is stored already; name it.")
        data["name"] = name
        return data
