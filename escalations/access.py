"""Who may see and do what. Every view reaches cases through this module."""

from __future__ import annotations

from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from .models import Escalation

AGENT = "Agent"
SUPPORT_MANAGER = "Support Manager"
EXECUTIVE = "Executive"
DESK_ADMIN = "Desk Admin"


def group_names(user) -> frozenset[str]:
    # Cached on the user object so one request asks the database once.
    cached = getattr(user, "_desk_groups", None)
    if cached is None:
        cached = frozenset()
        if user.is_authenticated:
            cached = frozenset(user.groups.values_list("name", flat=True))
        user._desk_groups = cached
    return cached


def sees_all_cases(user) -> bool:
    """Executives and desk admins see every case, Sev-1 included."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or bool(group_names(user) & {EXECUTIVE, DESK_ADMIN})


def can_edit_brief(user) -> bool:
    return user.has_perm("escalations.change_escalation")


def can_add_to_case(user) -> bool:
    return user.has_perm("escalations.add_interaction")


def get_escalation_for_user(request: HttpRequest, pk: int) -> Escalation:
    """The escalation with its customer and owner, or 404 when this user may not see it."""
    queryset = Escalation.objects.select_related("customer", "owner", "created_by")
    return get_object_or_404(queryset.visible_to(request.user), pk=pk)
