from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.actions import delete_selected as django_delete_selected
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.main import SEARCH_VAR
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, ProtectedError
from django.shortcuts import redirect
from django.urls import reverse

from .models import (
    Artifact,
    CloseOut,
    Customer,
    Escalation,
    Interaction,
    Notification,
    Preferences,
    RootCause,
    TimelineEvent,
    Trigger,
    TroubleshootingStep,
)


class CheckedLookupsAdmin(admin.ModelAdmin):
    """A changelist whose filter parameters cannot make the page a 500.

    Django hands a list filter's value (`?status__exact=…`, a date hierarchy's `?…__year=…`)
    to the queryset as it came. PostgreSQL refuses a NUL byte in any text parameter
    (DataError) and a year past Python's datetime is an OverflowError, both raised while the
    changelist counts its rows. Either is refused here the way Django refuses any other
    lookup it cannot use, IncorrectLookupParameters: the list again, unfiltered (`?e=1`).
    The search box (`?q=`) needs nothing: Django's own search form refuses a NUL with a
    message.
    """

    def get_changelist_instance(self, request):
        for name, values in request.GET.lists():
            if name != SEARCH_VAR and any("\x00" in value for value in values):
                raise IncorrectLookupParameters(f"A NUL character in the {name} filter.")
        try:
            return super().get_changelist_instance(request)
        except OverflowError as error:
            raise IncorrectLookupParameters(error) from error


class IdAutocompleteSelect(AutocompleteSelect):
    """Django's autocomplete widget, drawing only values that could be a row's key.

    When the admin shows a refused form again, AutocompleteSelect looks the submitted value up
    to label it (`pk__in=[value]`); a forged value that is no number makes that lookup a
    ValueError, a 500 instead of the field's "Select a valid choice". The form has already
    said the value is wrong; the widget draws no option for it (the field is empty again).
    """

    def optgroups(self, name, value, attr=None):
        remote = self.field.remote_field
        target = remote.model._meta.get_field(remote.field_name)
        return super().optgroups(name, [v for v in value if _is_value_of(target, v)], attr)


def _is_value_of(field: models.Field, value) -> bool:
    """Could `value` be in the column? ("abc" is no id; 2**64 no column's either.)"""
    try:
        field.run_validators(field.to_python(value))
    except ValidationError:
        return False
    return True


@admin.register(Customer)
class CustomerAdmin(CheckedLookupsAdmin):
    list_display = ("name", "arr", "tier", "plan", "region", "renewal_date", "sla_level")
    list_filter = ("tier", "region", "sla_level")
    search_fields = ("name", "primary_contact_name", "primary_contact_email")
    readonly_fields = ("tier", "created_at")


class ReadOnlyInline(admin.TabularInline):
    # No max_num/absolute_max here, unlike the desk's formsets (escalations/forms.py): the admin
    # refuses a POST without change permission before it builds any inline formset, so this one
    # is never bound and only renders the rows that exist.
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


class TimelineInline(ReadOnlyInline):
    model = TimelineEvent
    fields = ("at", "actor", "kind", "summary")
    readonly_fields = fields


class VisibleCasesAdmin(CheckedLookupsAdmin):
    """Admin lists and change pages apply the desk's Sev-1 rule (DESIGN.md "Visibility").

    A staff user sees in the admin only the case records they may see on the desk: a Sev-1
    case they are not on is absent from the list and its count, and its change page sends
    them back to the admin index as for a missing row. `case_path` is the lookup from this
    model to its escalation ("" for the escalation itself).
    """

    case_path = "escalation"

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if not self.case_path:
            return queryset.visible_to(request.user)
        visible = Escalation.objects.visible_to(request.user)
        return queryset.filter(**{f"{self.case_path}__in": visible})


class ReadOnlyAdmin(CheckedLookupsAdmin):
    """Visible in the admin, changed only through the desk, where every change is one action
    that writes the case's timeline (and re-triages it). An admin edit would bypass both."""

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Escalation)
class EscalationAdmin(VisibleCasesAdmin, ReadOnlyAdmin):
    case_path = ""
    list_display = (
        "id",
        "title",
        "customer",
        "category",
        "severity",
        "lane",
        "status",
        "created_at",
    )
    list_filter = ("status", "severity", "lane", "category", "entry_point")
    search_fields = ("title", "summary", "customer__name")
    list_select_related = ("customer",)
    inlines = [TimelineInline]


@admin.register(TimelineEvent)
class TimelineEventAdmin(VisibleCasesAdmin, ReadOnlyAdmin):
    list_display = ("at", "escalation", "actor", "kind", "summary")
    list_filter = ("kind",)
    list_select_related = ("escalation", "actor")
    search_fields = ("summary", "body")


@admin.register(Interaction, TroubleshootingStep, Artifact)
class CasePartAdmin(VisibleCasesAdmin, ReadOnlyAdmin):
    list_display = ("__str__", "escalation", "created_by", "created_at")
    list_select_related = ("escalation", "created_by")


@admin.register(Notification)
class NotificationAdmin(ReadOnlyAdmin):
    """What the desk told whom, and whether the e-mail left: read-only, for looking into
    "I never got it". Written only by escalations/notifications.py."""

    list_display = ("created_at", "recipient", "subject", "read_at", "email_wanted", "emailed_at")
    list_filter = ("email_wanted", ("read_at", admin.EmptyFieldListFilter))
    list_select_related = ("recipient",)
    search_fields = ("subject", "key", "recipient__username", "recipient__email")
    date_hierarchy = "created_at"

    def get_queryset(self, request):
        # The Sev-1 rule as in VisibleCasesAdmin; a digest (no case) is visible to staff.
        visible = Escalation.objects.visible_to(request.user)
        return (
            super()
            .get_queryset(request)
            .filter(models.Q(escalation__isnull=True) | models.Q(escalation__in=visible))
        )


@admin.register(Preferences)
class PreferencesAdmin(CheckedLookupsAdmin):
    list_display = ("user", "mute_sev4_email", "time_zone")
    list_select_related = ("user",)
    search_fields = ("user__username", "user__email")
    autocomplete_fields = ("user",)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "user":
            # Django's autocomplete for it, but safe to show a forged value again.
            kwargs["widget"] = IdAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


# --- Close-out lists (root causes, triggers) and the close-outs themselves ------------------


class ChoiceRowForm(forms.ModelForm):
    """A root cause or trigger: a name nobody could mistake for another, and never the last
    offered row retired (no case could be closed)."""

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise ValidationError("Give it a name.")
        model = self._meta.model
        clash = model.objects.filter(name__iexact=name).exclude(pk=self.instance.pk).first()
        if clash is not None:
            raise ValidationError(
                f"“{clash.name}” already exists: names must differ by more than capitals."
            )
        return name

    def clean_active(self) -> bool:
        active = self.cleaned_data["active"]
        if not active and not _others_offered(self._meta.model, exclude=[self.instance.pk]):
            raise ValidationError(_LAST_ONE.format(self._meta.model._meta.verbose_name))
        return active


_LAST_ONE = "At least one {} must stay offered, or no case could be closed."


def _others_offered(model, *, exclude) -> bool:
    return model.objects.filter(active=True).exclude(pk__in=[pk for pk in exclude if pk]).exists()


class ChoiceRowAdmin(CheckedLookupsAdmin):
    """A list the close-out offers. A row close-outs use is never deleted (the reports count
    those cases under it): it is retired, and stays on the cases that have it."""

    form = ChoiceRowForm
    list_display = ("name", "active", "order", "used")
    list_editable = ("order",)
    list_filter = ("active",)
    search_fields = ("name", "description")
    actions = ["retire", "offer_again", "delete_selected"]
    fields = ("name", "slug", "description", "active", "order")
    prepopulated_fields = {"slug": ("name",)}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(used_count=Count("closeouts"))

    def get_readonly_fields(self, request, obj=None):
        # The slug is how the demo and the reports' fixtures name a row: fixed once made.
        return ("slug",) if obj is not None else ()

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj is not None else self.prepopulated_fields

    @admin.display(description="close-outs", ordering="used_count")
    def used(self, row) -> int:
        return row.used_count

    @admin.action(
        description="Retire selected (no longer offered at close-out)", permissions=["change"]
    )
    def retire(self, request, queryset) -> None:
        chosen = list(queryset.values_list("pk", flat=True))
        if not _others_offered(self.model, exclude=chosen):
            self.message_user(
                request, _LAST_ONE.format(self.model._meta.verbose_name), messages.ERROR
            )
            return
        count = queryset.update(active=False)
        self.message_user(
            request,
            f"{count} retired: no longer offered at close-out; the cases that have them keep them.",
            messages.SUCCESS,
        )

    @admin.action(description="Offer selected again at close-out", permissions=["change"])
    def offer_again(self, request, queryset) -> None:
        count = queryset.update(active=True)
        self.message_user(request, f"{count} offered again at close-out.", messages.SUCCESS)

    @admin.action(
        description="Delete selected (only those no close-out uses)", permissions=["delete"]
    )
    def delete_selected(self, request, queryset):
        used = [row.name for row in queryset.filter(closeouts__isnull=False).distinct()]
        if used:
            self._refuse(request, used)
            return None
        try:
            return django_delete_selected(self, request, queryset)
        except ProtectedError:  # a close-out chose one between the check and the delete
            self._refuse(request, [row.name for row in queryset])
            return None

    def delete_view(self, request, object_id, extra_context=None):
        row = self.get_object(request, unquote(object_id))
        change = reverse(
            f"admin:{self.model._meta.app_label}_{self.model._meta.model_name}_change",
            args=[object_id],
        )
        if row is not None and row.closeouts.exists():
            self._refuse(request, [row.name])
            return redirect(change)
        try:
            return super().delete_view(request, object_id, extra_context)
        except ProtectedError:
            self._refuse(request, [row.name] if row else [])
            return redirect(change)

    def _refuse(self, request, names: list[str]) -> None:
        self.message_user(
            request,
            f"Not deleted: close-outs use {', '.join(f'“{n}”' for n in names)}, and the reports "
            "count those cases under it. Retire it instead (untick Active): it is no longer "
            "offered at close-out and stays on the cases that have it.",
            messages.ERROR,
        )


@admin.register(RootCause)
class RootCauseAdmin(ChoiceRowAdmin):
    list_display = ("name", "function", "active", "order", "used")
    list_filter = ("active", "function")
    fields = ("name", "slug", "function", "description", "active", "order")


@admin.register(Trigger)
class TriggerAdmin(ChoiceRowAdmin):
    pass


@admin.register(CloseOut)
class CloseOutAdmin(VisibleCasesAdmin, ReadOnlyAdmin):
    """Written only by the close event (workflow.close_escalation); read here."""

    list_display = (
        "escalation",
        "closed_at",
        "trigger",
        "root_cause",
        "avoidable",
        "within_sla",
        "exit_criteria_met",
        "closed_by",
    )
    list_filter = ("root_cause", "trigger", "avoidable", "within_sla")
    list_select_related = ("escalation", "trigger", "root_cause", "closed_by")
    search_fields = ("escalation__title", "resolution_summary")
    date_hierarchy = "closed_at"
