"""The demo roster: demo people in every role the matrix ships, regional roles in every region.

The roles are the rows `matrix/migrations/0002_defaults.py` ships (an admin may rename them on
a real desk; the demo expects the shipped names). Entries are fetched or created, so a second
run changes nothing. The roster is what the matrix suggests people from when a demo case is
raised; nothing here assigns anyone to a case.
"""

from __future__ import annotations

from django.core.management.base import CommandError

from matrix.models import Role, RosterEntry

from . import demo_data
from .demo_people import Cast


def seed_roster(cast: Cast) -> int:
    """Fill the roster from demo_data.ROSTER; returns how many entries were new."""
    roles = {role.name: role for role in Role.objects.all()}
    missing = sorted({name for _u, name, _r, _a in demo_data.ROSTER} - set(roles))
    if missing:
        raise CommandError(
            f"The matrix roles {', '.join(missing)} are missing: run migrate first "
            "(the demo roster uses the roles the matrix ships)."
        )
    created_count = 0
    for order, (username, role_name, region, away) in enumerate(demo_data.ROSTER):
        _entry, created = RosterEntry.objects.get_or_create(
            role=roles[role_name],
            person=cast[username],
            region=region,
            defaults={"away": away, "order": order},
        )
        created_count += created
    return created_count
