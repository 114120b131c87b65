"""Action items and snapshots (of a month, of a quarter) in the admin: read-only there.

Action items are raised and edited on the desk (/reports/actions/), where the edit goes
through the optimistic lock and the owner is told; an admin form would bypass both. A
snapshot never changes once taken (Snapshot.save and the database refuse it).
"""

from __future__ import annotations

import json

from django.contrib import admin
from django.utils.html import format_html

from escalations.admin import CheckedLookupsAdmin

from .models import ActionItem, QuarterSnapshot, Snapshot


class ReadOnly(CheckedLookupsAdmin):
    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(ActionItem)
class ActionItemAdmin(ReadOnly):
    list_display = ("title", "root_cause", "quarter", "function", "owner", "due_date", "status")
    list_filter = ("status", "function", "quarter", "root_cause")
    search_fields = ("title", "outcome")
    list_select_related = ("root_cause", "owner")
    readonly_fields = ("on_the_desk",)

    @admin.display(description="Edit")
    def on_the_desk(self, obj: ActionItem) -> str:
        return format_html('<a href="{}">Edit it on the desk</a>', obj.get_absolute_url())


@admin.register(Snapshot)
class SnapshotAdmin(ReadOnly):
    list_display = ("month", "taken_at", "emailed_at")
    fields = ("month", "taken_at", "emailed_at", "figures_shown")
    readonly_fields = fields

    @admin.display(description="Figures")
    def figures_shown(self, obj: Snapshot) -> str:
        # format_html escapes the JSON: titles in it are user text.
        return format_html("<pre>{}</pre>", json.dumps(obj.figures, indent=2, sort_keys=True))


@admin.register(QuarterSnapshot)
class QuarterSnapshotAdmin(ReadOnly):
    list_display = ("quarter", "taken_at")
    fields = ("quarter", "taken_at", "figures_shown")
    readonly_fields = fields

    @admin.display(description="Figures")
    def figures_shown(self, obj: QuarterSnapshot) -> str:
        return format_html("<pre>{}</pre>", json.dumps(obj.figures, indent=2, sort_keys=True))
