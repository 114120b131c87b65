from __future__ import annotations

from django.contrib import admin

from .models import Artifact, Customer, Escalation, Interaction, TimelineEvent, TroubleshootingStep


@admin.register(Customer)
class CustomerAdmin(admin.ModelAdmin):
    list_display = ("name", "arr", "tier", "plan", "region", "renewal_date", "sla_level")
    list_filter = ("tier", "region", "sla_level")
    search_fields = ("name", "primary_contact_name", "primary_contact_email")
    readonly_fields = ("tier", "created_at")


class ReadOnlyInline(admin.TabularInline):
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


@admin.register(Escalation)
class EscalationAdmin(admin.ModelAdmin):
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
    raw_id_fields = ("customer", "owner", "created_by")
    readonly_fields = ("created_at", "updated_at", "resolved_at", "closed_at")
    inlines = [TimelineInline]

    def has_delete_permission(self, request, obj=None) -> bool:
        # A case and its audit trail are kept; close it instead.
        return False


@admin.register(TimelineEvent)
class TimelineEventAdmin(admin.ModelAdmin):
    """Read-only: the timeline is append-only for everyone, admins included."""

    list_display = ("at", "escalation", "actor", "kind", "summary")
    list_filter = ("kind",)
    list_select_related = ("escalation", "actor")
    search_fields = ("summary", "body")
    raw_id_fields = ("escalation", "actor")

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


for model in (Interaction, TroubleshootingStep, Artifact):
    admin.site.register(model, raw_id_fields=("escalation", "created_by"))
