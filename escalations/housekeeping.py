"""What the desk keeps only for a while: spent form tokens, expired sessions, old login logs.

Run daily by the `housekeeping` schedule (escalations/schedules.py) and by
`python manage.py housekeeping [--now ISO] [--json]`; nothing else deletes these rows, and each
of them grows with every form sent or every sign-in.

- A spent one-time token (escalations/once.py) only matters while the page that drew it can
  still be sent. A page belongs to a session, and signing in again rotates the CSRF token, so
  once the session's age (SESSION_COOKIE_AGE) has passed the old page is refused before its
  token is looked at: the token is kept a day longer than that, and then deleted.
- Expired sessions: Django leaves them in the table (its `clearsessions` does the same).
- django-axes' sign-in logs (every sign-in, every failure) are the audit trail of who signed in
  from where: kept LOGIN_LOG_DAYS, then deleted. Its lockout counters clean themselves.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import transaction

from .models import SubmissionToken

TOKEN_GRACE = timedelta(days=1)


def housekeeping(now: datetime) -> dict[str, int]:
    """Delete what has outlived its use at `now`; how many rows of each kind went."""
    from axes.models import AccessFailureLog, AccessLog

    tokens_before = now - timedelta(seconds=settings.SESSION_COOKIE_AGE) - TOKEN_GRACE
    logs_before = now - timedelta(days=settings.LOGIN_LOG_DAYS)
    with transaction.atomic():
        tokens, _ = SubmissionToken.objects.filter(used_at__lt=tokens_before).delete()
        sessions, _ = Session.objects.filter(expire_date__lt=now).delete()
        logins, _ = AccessLog.objects.filter(attempt_time__lt=logs_before).delete()
        failures, _ = AccessFailureLog.objects.filter(attempt_time__lt=logs_before).delete()
    return {"tokens": tokens, "sessions": sessions, "login_logs": logins + failures}
