"""What every desk page knows: the signed-in person's My work counts and unread notifications
(for the nav bar and its bell, in one query)."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from matrix.my_work import counts

from .access import has_desk_role, reads_reports


def my_work(request: HttpRequest) -> dict:
    # Lazy: one query, only on pages that draw the navigation bar.
    user = request.user
    if not has_desk_role(user):
        return {}
    return {
        "on_the_desk": True,
        "my_work_counts": SimpleLazyObject(lambda: counts(user)),
        # Who sees the Matrix link (and, later, the reports'): managers, executives, admins.
        "reads_reports": reads_reports(user),
    }
