"""`make load`'s people: who plays the managers and the agents, and the managers' sessions."""

from __future__ import annotations

import json
from pathlib import Path


def accounts() -> tuple[list[str], list[str]]:
    """The demo's support managers sign in as the managers, its case creators as the agents."""
    from django.contrib.auth.models import User

    from escalations.access import AGENT, SUPPORT_MANAGER
    from escalations.demo_people import Cast

    managers = list(
        User.objects.filter(groups__name=SUPPORT_MANAGER, is_active=True)
        .order_by("username")
        .values_list("username", flat=True)
    )
    creators = {u.username for u in Cast({u.username: u for u in User.objects.all()}).creators}
    agents = sorted(
        User.objects.filter(groups__name=AGENT, username__in=creators).values_list(
            "username", flat=True
        )
    )
    return managers, agents


def signed_in_sessions(managers: list[str], count: int, path: Path) -> None:
    """A session per simulated manager, as the desk's own login would leave it, into `path`.

    A desk's managers are signed in all day; what is measured is their work, not 50 password
    hashes at once (~0.3-0.9 s of CPU each, by design), which on two cores would fill the
    window. The agents still sign in through the login page, so that path is measured too.
    """
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.models import User
    from django.utils.module_loading import import_string

    store = import_string(f"{settings.SESSION_ENGINE}.SessionStore")
    backend = settings.AUTHENTICATION_BACKENDS[-1]  # the one that checks passwords
    people = {u.username: u for u in User.objects.filter(username__in=managers)}
    rows = []
    for n in range(count):
        user = people[managers[n % len(managers)]]
        session = store()
        session[SESSION_KEY] = user._meta.pk.value_to_string(user)
        session[BACKEND_SESSION_KEY] = backend
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        rows.append([user.username, session.session_key])
    path.write_text(json.dumps(rows))
