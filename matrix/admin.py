"""The matrix in Django admin: roles and their roster, cells, the executive row, templates.

Only desk admins edit (their group's permissions ship in matrix/migrations/0002_defaults.py);
other staff may at most view. Validation lives on the models' clean() so every field's message
shows next to it. Assignments, approvals and customer updates are not here: they change only
through the desk, where each change writes the case's timeline.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.auth.models import User
from django.db.models import Count, Q
from django.template.defaultfilters import linebreaksbr
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from escalations.access import DESK_GROUPS
from escalations.admin import CheckedLookupsAdmin

from . import clocks
from .grid import spoken
from .models import (
    PLACEHOLDERS,
    BusinessCalendar,
    ExecutiveRow,
    Holiday,
    MatrixCell,
    Role,
    RosterEntry,
    UpdateTemplate,
)

# What the preview fills a template with (the desk fills it from the case when sending).
SAMPLE_VALUES = {
    "contact": "Pat Jordan",
    "customer": "Northwind Logistics",
    "reference": "ESC-00042",
    "title": "Nightly exports fail for the finance team",
    "sender": "Robin Comms",
    "owner": "Eli Engineer",
    "next_step": "Engineering is replaying last night's export with extra logging.",
    "committed_time": "Tuesday 3 November, 17:00 (Europe/Berlin)",
    "previous_lead": "Sam Previous",
}


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: User) -> str:
        name = obj.get_full_name()
        return f"{name} ({obj.username})" if name else obj.username


class RosterEntryForm(forms.ModelForm):
    """A person is picked by name among the desk's people.

    A plain select rather than autocomplete or raw id: both go through the user admin, which
    desk admins may not open (they hold no auth permissions). The current holder stays a choice
    even after leaving the desk's groups, so the entry can still be edited or marked away.
    """

    class Meta:
        model = RosterEntry
        fields = ("role", "person", "region", "away", "order")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "person" not in self.fields:
            return
        people = Q(is_active=True, groups__name__in=DESK_GROUPS)
        if self.instance.person_id:
            people |= Q(pk=self.instance.person_id)
        self.fields["person"] = PersonChoiceField(
            queryset=User.objects.filter(people).distinct().order_by("first_name", "last_name"),
            help_text="People in a desk group (agent, support manager, executive, desk admin).",
        )


class RosterInline(admin.TabularInline):
    model = RosterEntry
    form = RosterEntryForm
    fields = ("person", "region", "away", "order")
    extra = 1
    verbose_name = "holder"
    verbose_name_plural = "held by (the roster)"


@admin.register(Role)
class RoleAdmin(CheckedLookupsAdmin):
    list_display = ("name", "seniority", "approves", "regional", "escalates_to", "holder_count")
    list_filter = ("regional", "seniority", "approves_any_amount")
    list_select_related = ("escalates_to",)
    search_fields = ("name",)
    fieldsets = (
        (None, {"fields": ("name", "seniority", "regional", "escalates_to")}),
        (
            "Approvals",
            {
                "fields": ("approval_limit", "approves_any_amount"),
                "description": "A refund or credit above this limit goes to the least senior "
                "role whose limit covers it. Leave the limit empty and tick “any amount” for "
                "the top of the ladder.",
            },
        ),
    )
    inlines = [RosterInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(holder_total=Count("holders"))

    @admin.display(description="approves")
    def approves(self, role: Role) -> str:
        if role.approves_any_amount:
            return "any amount"
        if role.approval_limit is None:
            return "none"
        return f"up to ${role.approval_limit:,.0f}"

    @admin.display(description="holders", ordering="holder_total")
    def holder_count(self, role: Role) -> int:
        return role.holder_total


@admin.register(RosterEntry)
class RosterEntryAdmin(CheckedLookupsAdmin):
    form = RosterEntryForm
    list_display = ("person_name", "role", "region", "away", "order")
    list_filter = ("role", "region", "away")
    list_editable = ("away",)
    list_select_related = ("role", "person")
    search_fields = ("person__first_name", "person__last_name", "person__username", "role__name")
    ordering = ("role__seniority", "role__name", "order", "id")

    @admin.display(description="person", ordering="person__last_name")
    def person_name(self, entry: RosterEntry) -> str:
        return entry.person.get_full_name() or entry.person.username


@admin.register(MatrixCell)
class MatrixCellAdmin(CheckedLookupsAdmin):
    list_display = (
        "__str__",
        "target_team",
        "owner_role",
        "authority_role",
        "comms_role",
        "acknowledge",
        "resolve",
    )
    list_display_links = ("__str__",)
    list_filter = ("severity", "category")
    list_select_related = ("owner_role", "authority_role", "comms_role")
    fieldsets = (
        (
            "Team and roles",
            {
                "fields": (
                    "severity",
                    "category",
                    "target_team",
                    "owner_role",
                    "authority_role",
                    "comms_role",
                )
            },
        ),
        (
            "Targets",
            {
                "fields": (
                    "acknowledge_minutes",
                    "investigate_minutes",
                    "resolve_minutes",
                    "update_minutes",
                    "auto_escalate_minutes",
                    "auto_escalation",
                ),
                "description": "In minutes (60 = 1 h, 1440 = 1 day, 10080 = 1 week). "
                "Acknowledge comes first, then investigate, then resolve; auto-escalation "
                "fires when the acknowledge target is missed.",
            },
        ),
        ("Communication", {"fields": ("update_cadence", "involve", "protocol")}),
    )

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        _retarget_open_cases(request, obj, form, change)

    def get_readonly_fields(self, request, obj=None):
        # A cell is a place in the grid: its severity and category are fixed once it exists.
        return ("severity", "category") if obj else ()

    def has_delete_permission(self, request, obj=None) -> bool:
        # Every severity × category needs its cell; a case without one has no team or clocks.
        return False

    @admin.display(description="acknowledge", ordering="acknowledge_minutes")
    def acknowledge(self, cell: MatrixCell) -> str:
        return spoken(cell.acknowledge_minutes)

    @admin.display(description="resolve", ordering="resolve_minutes")
    def resolve(self, cell: MatrixCell) -> str:
        return spoken(cell.resolve_minutes)


@admin.register(ExecutiveRow)
class ExecutiveRowAdmin(CheckedLookupsAdmin):
    list_display = ("__str__", "owner_role", "acknowledge", "full_update", "follow_up_days")
    list_select_related = ("owner_role",)
    fields = (
        "owner_role",
        "acknowledge_minutes",
        "full_update_minutes",
        "follow_up_days",
        "guidance",
    )

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        _retarget_open_cases(request, obj, form, change)

    def has_add_permission(self, request) -> bool:
        # One row: edit it rather than add a second.
        return super().has_add_permission(request) and not ExecutiveRow.objects.exists()

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description="acknowledge")
    def acknowledge(self, row: ExecutiveRow) -> str:
        return spoken(row.acknowledge_minutes)

    @admin.display(description="full update after acknowledgement")
    def full_update(self, row: ExecutiveRow) -> str:
        return spoken(row.full_update_minutes)


def _retarget_open_cases(request, obj, form, change: bool) -> None:
    """Open cases take a changed target from now; their timelines say so (issue 9 item 1)."""
    if not change:
        return
    count = clocks.after_matrix_change(obj, form.changed_data, now=timezone.now(), by=request.user)
    if count:
        messages.info(
            request, f"{count} open case{'s' if count != 1 else ''} re-targeted from now."
        )


def _placeholder_help() -> str:
    return format_html(
        "Placeholders the desk fills from the case: <ul>{}</ul>"
        "Anything else in braces is refused when you save.",
        format_html_join("", "<li><code>{{{}}}</code> — {}</li>", PLACEHOLDERS.items()),
    )


@admin.register(UpdateTemplate)
class UpdateTemplateAdmin(CheckedLookupsAdmin):
    list_display = ("__str__", "subject")
    readonly_fields = ("preview",)

    def get_fieldsets(self, request, obj=None):
        fieldsets = [
            (None, {"fields": ("purpose", "subject", "body"), "description": _placeholder_help()})
        ]
        if obj is not None:
            fieldsets.append(
                (
                    "Preview (as saved, with sample values)",
                    {"fields": ("preview",)},
                )
            )
        return fieldsets

    def has_delete_permission(self, request, obj=None) -> bool:
        # The desk offers each purpose's template (hand-off, closure…); removing one leaves
        # comms leads without it.
        return False

    @admin.display(description="filled")
    def preview(self, template: UpdateTemplate) -> str:
        subject, body = template.fill(SAMPLE_VALUES)
        # The admin's text, escaped before our own <br> are added: nothing typed is trusted.
        return format_html(
            "<p><strong>{}</strong></p><p>{}</p>", subject, linebreaksbr(body, autoescape=True)
        )


# --- business-hours calendars (Sev-3/4 clocks count them; Sev-1/2 run 24×7) -----------------

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class BusinessCalendarForm(forms.ModelForm):
    class Meta:
        model = BusinessCalendar
        fields = ("name", "region", "time_zone", "day_starts", "day_ends", "working_days")
        help_texts = {
            "region": "Spelled as on the customers it serves (NA, EMEA, APAC…). Leave it empty "
            "for the default calendar, used by every region without its own.",
            "time_zone": "An IANA name such as Europe/Berlin or America/Chicago. Working hours "
            "are read on its wall clock, so daylight-saving changes are followed.",
            "day_starts": "Local time the working day begins (09:00).",
            "day_ends": "Local time it ends (17:00); the last working second is just before.",
            "working_days": "ISO weekday digits: 1 Monday … 7 Sunday. 12345 is Monday to Friday.",
        }


class HolidayFormSet(forms.BaseInlineFormSet):
    def validate_unique(self) -> None:
        # Django's own check refuses a repeated date with "Please correct the duplicate data"
        # above the table; say which date, and which row had it, next to the second one.
        seen: dict = {}
        repeated = False
        for form in self.forms:
            if not form.has_changed() and not form.instance.pk:
                continue
            if self.can_delete and self._should_delete_form(form):
                continue
            day = form.cleaned_data.get("date")
            if day is None:
                continue
            if day in seen:
                repeated = True
                form.add_error(
                    "date",
                    f"{day:%Y-%m-%d} is already a holiday here ({seen[day] or 'row above'}).",
                )
            else:
                seen[day] = form.cleaned_data.get("name", "")
        if not repeated:
            super().validate_unique()


class HolidayInline(admin.TabularInline):
    model = Holiday
    formset = HolidayFormSet
    fields = ("date", "weekday", "name")
    readonly_fields = ("weekday",)
    extra = 1

    @admin.display(description="weekday")
    def weekday(self, holiday: Holiday) -> str:
        # A holiday on a non-working day costs nothing; the weekday shows which ones matter.
        return WEEKDAYS[holiday.date.weekday()] if holiday.date else ""


@admin.register(BusinessCalendar)
class BusinessCalendarAdmin(CheckedLookupsAdmin):
    form = BusinessCalendarForm
    list_display = ("name", "region_label", "time_zone", "hours", "days", "holiday_count")
    search_fields = ("name", "region")
    fieldsets = (
        (None, {"fields": ("name", "region", "time_zone")}),
        (
            "Working hours",
            {
                "fields": ("day_starts", "day_ends", "working_days"),
                "description": "Sev-3 and Sev-4 clocks count only these hours, outside the "
                "holidays below; Sev-1 and Sev-2 clocks run around the clock. A running clock "
                "keeps the due time it was given; a change counts from its next start, pause, "
                "resume or re-target.",
            },
        ),
    )
    inlines = [HolidayInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(holiday_total=Count("holidays"))

    @admin.display(description="region", ordering="region")
    def region_label(self, calendar: BusinessCalendar) -> str:
        return calendar.region or "(default for other regions)"

    @admin.display(description="hours")
    def hours(self, calendar: BusinessCalendar) -> str:
        return f"{calendar.day_starts:%H:%M}–{calendar.day_ends:%H:%M}"

    @admin.display(description="working days")
    def days(self, calendar: BusinessCalendar) -> str:
        return ", ".join(WEEKDAYS[int(d) - 1] for d in calendar.working_days if d in "1234567")

    @admin.display(description="holidays", ordering="holiday_total")
    def holiday_count(self, calendar: BusinessCalendar) -> int:
        return calendar.holiday_total
