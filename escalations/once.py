"""One-time form tokens: a double click or a resubmitted page creates one thing, not two.

Every form that creates something carries a token issued when the page was drawn. The view
spends it in the same transaction as the change; the second submission of the same page finds
it spent and is sent to what the first one created.
"""

from __future__ import annotations

import re
import secrets
from datetime import datetime

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from .models import SubmissionToken

FIELD = "once"
_SHAPE = re.compile(r"[A-Za-z0-9_-]{32}")
MISSING = (
    "This form had no valid one-time token (it may come from an old page). Nothing was saved; "
    "check what you typed and submit again."
)


class AlreadySubmitted(Exception):
    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.url = url


def issue() -> str:
    return secrets.token_urlsafe(24)


def token_from(request: HttpRequest) -> str | None:
    token = request.POST.get(FIELD, "")
    return token if _SHAPE.fullmatch(token) else None


def spend(token: str, *, user, now: datetime) -> SubmissionToken:
    """Spend `token` inside the caller's transaction, or raise AlreadySubmitted.

    On PostgreSQL a second request with the same token waits on the unique index until the
    first commits, then fails here and reads the first one's result.
    """
    try:
        with transaction.atomic():
            return SubmissionToken.objects.create(token=token, user=user, used_at=now)
    except IntegrityError:
        spent = SubmissionToken.objects.filter(token=token, user=user).first()
        raise AlreadySubmitted(spent.result_url if spent else "") from None


def done(spent: SubmissionToken, url: str) -> None:
    SubmissionToken.objects.filter(pk=spent.pk).update(result_url=url[:300])


def create(token: str, *, user, now: datetime, make, url_of=None):
    """Spend `token` and run `make()` in one transaction; return what it made.

    `url_of(result)` is where a repeated submission is sent (default: the result's page).
    """
    with transaction.atomic():
        spent = spend(token, user=user, now=now)
        result = make()
        done(spent, (url_of or (lambda r: r.get_absolute_url()))(result))
        return result


def already(request: HttpRequest, duplicate: AlreadySubmitted, fallback: str) -> HttpResponse:
    messages.info(request, "That form was already submitted; this is what it did.")
    return redirect(duplicate.url or fallback)
