from __future__ import annotations

from django.contrib import admin
from django.db import models

from .models import (
    Artifact,
    Customer,
    Escalation,
    Interaction,
    Notification,
    Preferences,
    TimelineEvent,
    TroubleshootingStep,
)


@admin.register(Customer)
class CustomerAdmin(admin.ModelAdmin):
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


class VisibleCasesAdmin(admin.ModelAdmin):
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


class ReadOnlyAdmin(admin.ModelAdmin):
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
class PreferencesAdmin(admin.ModelAdmin):
    list_display = ("user", "mute_sev4_email", "time_zone")
    list_select_related = ("user",)
    search_fields = ("user__username", "user__email")
    autocomplete_fields = ("user",)
