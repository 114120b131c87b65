from __future__ import annotations

from datetime import date

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Max
from django.http import HttpRequest, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone

from escalations.admin import CheckedLookupsAdmin, ReadOnlyAdmin, VisibleCasesAdmin

from .admin_forms import GoldenSetForm, TriageConfigForm
from .backtest import backtest
from .config import TUNABLE_FIELDS, label, rules_for
from .golden import score_golden
from .golden_sets import all_sets, find_set
from .models import (
    GoldenSet,
    TriageConfig,
    TriageFeedback,
    TriageOverride,
    TriageRun,
    TriggerPhrase,
)


@admin.register(TriggerPhrase)
class TriggerPhraseAdmin(CheckedLookupsAdmin):
    list_display = (
        "label",
        "category",
        "weight",
        "forced_lane",
        "min_severity",
        "is_active",
        "pattern",
        "unless",
    )
    list_filter = ("category", "is_active", "forced_lane")
    list_editable = ("weight", "is_active")
    search_fields = ("label", "pattern")
    fields = (
        "label",
        "pattern",
        "unless",
        "category",
        "weight",
        "forced_lane",
        "min_severity",
        "is_active",
    )


@admin.register(TriageConfig)
class TriageConfigAdmin(CheckedLookupsAdmin):
    """Saving never edits a version: it writes the next one, inactive unless asked."""

    form = TriageConfigForm
    list_display = ("version", "is_active", "note", "created_by", "created_at")
    list_display_links = ("version",)
    readonly_fields = ("version", "is_active", "created_by", "created_at")
    change_form_template = "admin/triage/triageconfig/change_form.html"

    def get_fieldsets(self, request, obj=None):
        names = [f.name for f in TUNABLE_FIELDS]
        bands = ["sev1_threshold", "sev2_threshold", "sev3_threshold"]
        floors = [n for n in names if n.startswith("floor_")] + [
            "churn_renewal_days",
            "very_negative_below",
        ]
        raises = [n for n in names if n.startswith("raise_")]
        tiers = [n for n in names if n.startswith("tier_") and n.endswith("_arr")]
        grouped = set(bands + floors + raises + tiers)
        return [
            (
                None,
                {
                    "fields": ("note", "activate")
                    + (("version", "is_active", "created_by", "created_at") if obj else ())
                },
            ),
            (
                "Impact floors (1 = Sev-1 … 4 = no floor)",
                {
                    "fields": floors,
                    "description": "The least severe severity each kind of signal allows, "
                    "whatever the score. A trigger phrase row may name its own floor.",
                },
            ),
            (
                "Commercial raise",
                {
                    "fields": raises,
                    "description": "Applied only when a signal set a floor above Sev-4.",
                },
            ),
            ("Score → severity", {"fields": bands}),
            ("ARR tiers", {"fields": tiers}),
            ("Weights and windows", {"fields": [n for n in names if n not in grouped]}),
            ("Profanity", {"fields": ("profanity",)}),
        ]

    def has_delete_permission(self, request, obj=None) -> bool:
        # Runs name the version that produced them; a version is never removed.
        return False

    @transaction.atomic
    def save_model(self, request, obj, form, change) -> None:
        now = timezone.now()
        latest = TriageConfig.objects.select_for_update().aggregate(v=Max("version"))["v"] or 0
        new = TriageConfig(
            version=latest + 1,
            values=form.values(),
            note=form.cleaned_data.get("note", ""),
            created_by=request.user,
            created_at=now,
        )
        new.save()
        if form.cleaned_data.get("activate"):
            activate(new)
        # The admin's "saved" message and redirect use `obj`: point them at the new version.
        obj.pk, obj.version, obj.is_active = new.pk, new.version, new.is_active
        form.instance = new
        messages.info(
            request,
            f"Saved as version {new.version}"
            + (
                " and made active." if new.is_active else ". Run its backtest, then make it active."
            ),
        )

    def get_urls(self):
        return [
            path(
                "<int:pk>/backtest/",
                self.admin_site.admin_view(self.backtest_view),
                name="triage_triageconfig_backtest",
            ),
            path(
                "<int:pk>/golden/",
                self.admin_site.admin_view(self.golden_view),
                name="triage_triageconfig_golden",
            ),
            path(
                "<int:pk>/activate/",
                self.admin_site.admin_view(self.activate_view),
                name="triage_triageconfig_activate",
            ),
            *super().get_urls(),
        ]

    def backtest_view(self, request: HttpRequest, pk: int):
        config = get_object_or_404(TriageConfig, pk=pk)
        if not self.has_view_permission(request, config):
            raise PermissionDenied
        since, error = None, ""
        if request.GET.get("since"):
            try:
                since = date.fromisoformat(request.GET["since"])
            except ValueError:
                error = "Enter the date as YYYY-MM-DD."
        report = backtest(config, since=since)
        active = TriageConfig.objects.active()
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": f"Backtest of configuration v{config.version}",
            "config": config,
            "active": active,
            "report": report,
            "since": request.GET.get("since", ""),
            "since_error": error,
            "differences": _differences(config, active),
        }
        return TemplateResponse(request, "admin/triage/triageconfig/backtest.html", context)

    def golden_view(self, request: HttpRequest, pk: int):
        """Score this version against a golden set: a shipped or stored one, or an upload."""
        config = get_object_or_404(TriageConfig, pk=pk)
        if not self.has_view_permission(request, config):
            raise PermissionDenied
        sets = all_sets()
        form = GoldenSetForm(
            request.POST or None,
            request.FILES or None,
            choices=[(s.key, s.name) for s in sets],
            may_upload=self.has_change_permission(request, config),
        )
        report = None
        if request.method == "POST" and form.is_valid():
            if form.cleaned_data.get("upload_cases") is not None:
                stored = GoldenSet.objects.create(
                    name=form.cleaned_data["name"],
                    briefs=form.cleaned_data["upload_text"],
                    cases=len(form.cleaned_data["upload_cases"]),
                    uploaded_by=request.user,
                    uploaded_at=timezone.now(),
                )
                cases, name = form.cleaned_data["upload_cases"], stored.name
                messages.success(
                    request, f"Stored the golden set “{name}” ({stored.cases} briefs)."
                )
            else:
                chosen = find_set(form.cleaned_data["golden_set"])
                if chosen is None:
                    form.add_error("golden_set", "Choose one of the listed golden sets.")
                    cases, name = None, ""
                else:
                    cases, name = chosen.cases(), chosen.name
            if cases is not None:
                report = score_golden(cases, rules_for(config), name=name)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": f"Golden sets for configuration v{config.version}",
            "config": config,
            "form": form,
            "report": report,
            "disagreements": [d.as_dict() for d in report.disagreements] if report else [],
        }
        return TemplateResponse(request, "admin/triage/triageconfig/golden.html", context)

    def activate_view(self, request: HttpRequest, pk: int):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        config = get_object_or_404(TriageConfig, pk=pk)
        if not self.has_change_permission(request, config):
            raise PermissionDenied
        activate(config)
        messages.success(request, f"Configuration v{config.version} is now active for new triage.")
        return HttpResponseRedirect(reverse("admin:triage_triageconfig_change", args=[config.pk]))


@transaction.atomic
def activate(config: TriageConfig) -> None:
    # Deactivate first: the partial unique constraint allows one active row at a time.
    TriageConfig.objects.filter(is_active=True).exclude(pk=config.pk).update(is_active=False)
    TriageConfig.objects.filter(pk=config.pk).update(is_active=True)
    config.is_active = True


def _differences(
    config: TriageConfig, other: TriageConfig | None
) -> list[tuple[str, object, object]]:
    if other is None or other.pk == config.pk:
        return []
    return [
        (label(f.name), other.values.get(f.name), config.values.get(f.name))
        for f in TUNABLE_FIELDS
        if other.values.get(f.name) != config.values.get(f.name)
    ]


@admin.register(GoldenSet)
class GoldenSetAdmin(CheckedLookupsAdmin):
    """Uploaded sets, listed and removable; uploads go through a configuration's golden page."""

    list_display = ("name", "cases", "uploaded_by", "uploaded_at")
    readonly_fields = ("name", "briefs", "cases", "uploaded_by", "uploaded_at")

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(TriageRun)
class TriageRunAdmin(VisibleCasesAdmin, ReadOnlyAdmin):
    list_display = ("escalation", "at", "trigger", "score", "severity", "lane", "config")
    list_filter = ("trigger", "severity", "lane", "config")
    list_select_related = ("escalation", "config")
    raw_id_fields = ("escalation",)


@admin.register(TriageOverride)
class TriageOverrideAdmin(VisibleCasesAdmin, ReadOnlyAdmin):
    list_display = (
        "escalation",
        "at",
        "by",
        "old_severity",
        "new_severity",
        "old_lane",
        "new_lane",
        "reason",
    )
    list_select_related = ("escalation", "by")


@admin.register(TriageFeedback)
class TriageFeedbackAdmin(VisibleCasesAdmin, ReadOnlyAdmin):
    case_path = "run__escalation"
    list_display = ("run", "at", "by", "verdict", "note")
    list_filter = ("verdict",)
    list_select_related = ("run__escalation", "by")
