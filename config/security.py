"""Login throttling with django-axes: whose address counts, what a success forgives, and the
page a locked-out person sees.

The rule (settings AXES_*): 10 failed sign-ins for one account, or from one address, lock
that account or address out for 15 minutes after the last attempt; every attempt while locked
restarts the wait, so a guesser who keeps trying stays locked out.
"""

from __future__ import annotations

import ipaddress
from datetime import timedelta

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone


def client_address(request: HttpRequest) -> str:
    """The address a failed sign-in is counted against.

    REMOTE_ADDR, unless the environment says a proxy in front of the desk appends the client's
    address to X-Forwarded-For (TRUST_X_FORWARDED_FOR=1). Then the last entry is the one that
    proxy wrote: anything to its left came from the client and could be made up to dodge the
    per-address limit.
    """
    if settings.TRUST_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        address = _address(forwarded.rsplit(",", 1)[-1])
        if address:
            return address
    return _address(request.META.get("REMOTE_ADDR", "")) or "0.0.0.0"  # noqa: S104 - a label


def _address(text: str) -> str | None:
    # Axes stores it in a GenericIPAddressField (inet on PostgreSQL): a malformed one is a 500.
    try:
        return str(ipaddress.ip_address(text.strip()))
    except ValueError:
        return None


class DeskAxesHandler(AxesDatabaseHandler):
    """Axes' database handler, with a success forgiving only the signed-in account's failures.

    Axes' own reset on success deletes every failure from the address as well, so anyone with
    an account could sign in between guesses at someone else's password and wipe the count
    against both the address and that other account. Here a success clears the rows of the
    account that signed in (from any address), which also takes its own typos off the
    address's count; failures for other accounts stay.
    """

    def reset_user_attempts(self, request: HttpRequest, credentials: dict | None = None) -> int:
        username = get_client_username(request, credentials)
        if not username:
            return 0
        count, _ = AccessAttempt.objects.filter(username=username).delete()
        return count


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None, credentials: dict | None
) -> HttpResponse:
    """The lockout page, in the desk's layout, with the moment sign-in opens again.

    Axes records this very attempt before the page is drawn, and the wait runs from the last
    attempt, so it opens one cool-off after now (AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT).
    """
    cool_off = get_cool_off(request) or timedelta(0)
    attempted = getattr(request, "axes_attempt_time", None) or timezone.now()
    return render(
        request,
        "registration/locked_out.html",
        {
            "until": timezone.localtime(attempted + cool_off),
            "minutes": int(cool_off.total_seconds() // 60),
            "failure_limit": settings.AXES_FAILURE_LIMIT,
            "time_zone": timezone.get_current_timezone_name(),
        },
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
