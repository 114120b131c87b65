"""The bell's pages: a person's own notifications, marking them read, and their preferences.

Everything here is the signed-in person's own: another person's notification answers 404,
as a row that does not exist would.

A notification keeps what it said when it was created. If its case has since become one the
reader may not see (a Sev-1 they are not on), the list shows that a notification exists but
not its subject or text, and offers no link: the case's title would leak through the bell.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from ..access import desk_view, may_see
from ..models import Escalation, Notification, Preferences

PAGE_SIZE = 50


class PreferencesForm(forms.ModelForm):
    """The person's own settings; the model validates the time zone name."""

    class Meta:
        model = Preferences
        fields = ["mute_sev4_email", "time_zone"]
        widgets = {"time_zone": forms.TextInput(attrs={"placeholder": "Europe/Berlin"})}


@desk_view
def notification_list(request: HttpRequest) -> HttpResponse:
    """Newest first, 50 a page: a COUNT and one page query (the notification_list index)."""
    user = request.user
    rows = Notification.objects.filter(recipient=user).annotate(
        # Correlated, so only this page's cases are looked at.
        case_visible=Q(escalation__isnull=True)
        | Exists(Escalation.objects.visible_to(user).filter(pk=OuterRef("escalation_id")))
    )
    page = Paginator(rows.order_by("-created_at", "-id"), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "escalations/notifications.html", {"page": page, "querystring": ""})


@desk_view
@require_POST
def mark_read(request: HttpRequest, notification_id: int) -> HttpResponse:
    """Mark one read; then open what it is about, or go back to the list."""
    notification = get_object_or_404(
        Notification.objects.select_related("escalation"),
        pk=notification_id,
        recipient=request.user,
    )
    if notification.read_at is None:
        # Conditional: a second click (or a second tab) keeps the first reading's time.
        Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(
            read_at=timezone.now()
        )
    if request.POST.get("then") == "open" and _may_open(request, notification):
        return redirect(notification.url)
    return redirect(_back(request))


@desk_view
@require_POST
def mark_all_read(request: HttpRequest) -> HttpResponse:
    marked = (
        Notification.objects.filter(recipient=request.user).unread().update(read_at=timezone.now())
    )
    if marked:
        messages.success(request, f"{marked} marked read.")
    else:
        messages.info(request, "Nothing was unread.")
    return redirect(_back(request))


@desk_view
def notification_settings(request: HttpRequest) -> HttpResponse:
    # Nothing is written until the person saves: the defaults hold without a row.
    preferences = Preferences.objects.filter(user=request.user).first() or Preferences(
        user=request.user
    )
    if request.method == "POST":
        form = PreferencesForm(request.POST, instance=preferences)
        if form.is_valid():
            form.save()
            messages.success(request, "Notification settings saved.")
            return redirect("escalations:notification_settings")
        messages.error(request, "Not saved: see the highlighted fields.")
        status = 400
    else:
        form = PreferencesForm(instance=preferences)
        status = 200
    return render(request, "escalations/notification_settings.html", {"form": form}, status=status)


def _may_open(request: HttpRequest, notification: Notification) -> bool:
    """Only our own paths, and a case only while the reader may still see it."""
    if not notification.url or not url_has_allowed_host_and_scheme(
        notification.url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return False
    return notification.escalation is None or may_see(request.user, notification.escalation)


def _back(request: HttpRequest) -> str:
    back = reverse("escalations:notifications")
    page = request.POST.get("page", "")
    if page.isascii() and page.isdigit() and page != "1":
        back = f"{back}?page={int(page)}"
    return back
