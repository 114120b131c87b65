"""Action item pages: the list, raising one from a systemic problem, its page and its edit.

Readers of reports (executives, support managers, desk admins) see them; agents get 404, as
for every report. Support managers and desk admins raise and edit them; an executive who tries
is told so (403). Each view parses its form and calls reports/actions.py.
"""

from __future__ import annotations

import copy
import re

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from escalations import once
from escalations.access import desk_view, is_manager, reads_reports
from escalations.models import RootCause

from . import actions, systemic
from .forms import ActionItemForm, RaiseItemForm
from .models import ActionItem
from .periods import parse

MANAGERS_ONLY = (
    "Support managers and desk admins raise and edit action items; executives read them."
)
DONE_SHOWN = 100  # finished items on the list, most recently updated first
SLUG = re.compile(r"[-a-zA-Z0-9_]{1,60}")


def _reader(request: HttpRequest) -> None:
    if not reads_reports(request.user):
        raise Http404("Reports are for executives and support managers.")


def _manager(request: HttpRequest) -> None:
    _reader(request)
    if not is_manager(request.user):
        raise PermissionDenied(MANAGERS_ONLY)


@desk_view
def action_list(request: HttpRequest) -> HttpResponse:
    """Open items most ARR at risk first, then the latest finished ones (two queries)."""
    _reader(request)
    now = timezone.now()
    items = systemic.ranked_open_items()
    done = (
        ActionItem.objects.select_related("root_cause", "owner")
        .exclude(status__in=ActionItem.OPEN_STATUSES)
        .order_by("-updated_at", "-id")[:DONE_SHOWN]
    )
    context = {
        "open_items": systemic.with_overdue(items, now),
        "done_items": systemic.with_overdue(done, now),
    }
    return render(request, "reports/action_list.html", context)


@desk_view
def action_new(request: HttpRequest) -> HttpResponse:
    """The form for a systemic problem (?quarter=2026-Q4&root_cause=product-bug), and its POST."""
    _manager(request)
    now = timezone.now()
    today = systemic.today(now)
    if request.method != "POST":
        form = RaiseItemForm(initial=_initial(request), today=today)
        return _form_page(request, form, once.issue())
    form = RaiseItemForm(request.POST, today=today)
    token = once.token_from(request)
    if token is None:
        messages.error(request, once.MISSING)
        return _form_page(request, form, once.issue(), status=400)
    if not form.is_valid():
        messages.error(request, "Not saved: see the highlighted fields.")
        return _form_page(request, form, token, status=400)
    data = form.cleaned_data
    try:
        item = once.create(
            token,
            user=request.user,
            now=now,
            make=lambda: actions.raise_item(
                period=data["quarter"],
                root_cause=data["root_cause"],
                title=data["title"],
                function=data["function"],
                owner=data["owner"],
                due_date=data["due_date"],
                status=data["status"],
                outcome=data["outcome"],
                by=request.user,
                now=now,
            ),
        )
    except once.AlreadySubmitted as duplicate:
        return once.already(request, duplicate, "reports:actions")
    messages.success(request, f"Action item raised and routed to {item.get_function_display()}.")
    return redirect(item)


def _initial(request: HttpRequest) -> dict:
    """Prefill from the problem's link: its quarter, root cause and that cause's function."""
    initial = {}
    period = parse(request.GET.get("quarter", ""))
    if period is not None and not period.is_month:
        initial["quarter"] = period.label
    slug = request.GET.get("root_cause", "")
    # A slug's shape only: anything else (a NUL byte, which PostgreSQL refuses) finds nothing.
    cause = RootCause.objects.filter(slug=slug).first() if SLUG.fullmatch(slug) else None
    if cause is not None:
        initial["root_cause"] = cause.slug
        initial["function"] = cause.function
        when = f" in {period.title}" if "quarter" in initial else ""
        initial["title"] = f"Fewer escalations from {cause.name.lower()}{when}"[:200]
    return initial


def _form_page(request: HttpRequest, form, token: str, status: int = 200) -> HttpResponse:
    context = {"form": form, "once_token": token}
    return render(request, "reports/action_new.html", context, status=status)


@desk_view
def action_detail(request: HttpRequest, item_id: int) -> HttpResponse:
    """The item; for managers its edit form, saved only over the version they saw."""
    _reader(request)
    item = get_object_or_404(
        ActionItem.objects.select_related("root_cause", "owner", "created_by", "updated_by"),
        pk=item_id,
    )
    now = timezone.now()
    today = systemic.today(now)
    manages = is_manager(request.user)
    if request.method != "POST":
        form = ActionItemForm(instance=item, today=today) if manages else None
        return _detail_page(request, item, form, item.version, today)
    if not manages:
        raise PermissionDenied(MANAGERS_ONLY)
    form = ActionItemForm(request.POST, instance=_copy(item), today=today)
    seen = _seen_version(request)
    if not form.is_valid() or seen is None:
        if seen is None:
            messages.error(request, "This form came without its version; reload the page.")
        else:
            messages.error(request, "Not saved: see the highlighted fields.")
        return _detail_page(request, item, form, seen or item.version, today, status=400)
    try:
        actions.update_item(item, form.cleaned_data, seen_version=seen, by=request.user, now=now)
    except actions.Stale as stale:
        if _same_save(stale.current, form.cleaned_data, request.user):
            # A double click: the first click saved exactly this.
            messages.info(request, "Action item saved.")
            return redirect(item)
        messages.error(request, str(stale))
        # The current item above, this person's typing in the form, and the new version, so a
        # second save (after checking) goes through.
        return _detail_page(request, stale.current, form, stale.current.version, today, status=409)
    messages.success(request, "Action item saved.")
    return redirect(item)


def _copy(item: ActionItem) -> ActionItem:
    # The form writes the typed values onto its instance while validating; the page above the
    # form must still show the item as stored.
    return copy.copy(item)


def _same_save(current: ActionItem, values: dict, user) -> bool:
    if current.updated_by_id != user.pk:
        return False
    return all(getattr(current, name) == values[name] for name in actions.EDITABLE)


def _seen_version(request: HttpRequest) -> int | None:
    seen = request.POST.get("version", "")
    if seen.isascii() and seen.isdigit() and len(seen) < 10:
        return int(seen)
    return None


def _detail_page(request, item, form, version, today, status: int = 200) -> HttpResponse:
    item.overdue = item.is_overdue(today)
    context = {"item": item, "form": form, "version": version, "today": today}
    return render(request, "reports/action_detail.html", context, status=status)
