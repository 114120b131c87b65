"""The pages for a request the desk refuses before any view runs: a form whose CSRF token no
longer matches, and a request it cannot read (too large, too many fields, a bad host).

Both say that nothing was saved and how to get the typed text back: the browser's Back button
returns to the form as it was filled in.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import REASON_NO_CSRF_COOKIE
from django.shortcuts import render
from django.template.defaultfilters import filesizeformat


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """CSRF_FAILURE_VIEW: a stale or missing token, in the desk's layout (403)."""
    _ensure_user(request)
    return render(
        request,
        "403_csrf.html",
        {"reason": reason, "cookie_missing": reason == REASON_NO_CSRF_COOKIE},
        status=403,
    )


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """handler400, for the SuspiciousOperation family Django answers with 400."""
    _ensure_user(request)
    if isinstance(exception, RequestDataTooBig):
        problem = "too_big"
    elif isinstance(exception, TooManyFieldsSent | TooManyFilesSent):
        problem = "too_many_fields"
    else:
        problem = "unreadable"
    return render(
        request,
        "400.html",
        {
            "problem": problem,
            "limit": filesizeformat(settings.DATA_UPLOAD_MAX_MEMORY_SIZE),
            "is_post": request.method == "POST",
        },
        status=400,
    )


def _ensure_user(request: HttpRequest) -> None:
    # A request refused before AuthenticationMiddleware ran (a host not in ALLOWED_HOSTS is
    # refused by CommonMiddleware) has no user; the layout and its context processors want one.
    if not hasattr(request, "user"):
        request.user = AnonymousUser()
