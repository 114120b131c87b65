"""The roster of the matrix tests: named people holding the shipped roles (matrix/migrations/0002).

The shipped matrix gives a technical Sev-3/4 case the Engineering lead (Tier 2) as owner, the
Support manager on duty as decision authority and the customer's regional Customer success
manager as comms lead; Sev-1/2 cases get the VP Customer Success as authority and the regional
CSM manager as comms lead; executive escalations are owned by the Support manager on duty.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pytest
from django.contrib.auth.models import Group, User

from escalations.models import Escalation
from matrix.actions import assign_suggested
from matrix.models import Assignment, Role, RoleKind, RosterEntry
from tests.conftest import NOW


def desk_person(username: str, group: str, first: str, last: str) -> User:
    user = User.objects.create_user(
        username, f"{username}@desk.test", "pw", first_name=first, last_name=last
    )
    user.groups.add(Group.objects.get(name=group))
    return user


def role(name: str) -> Role:
    return Role.objects.get(name=name)


def hold(person: User, role_name: str, *, region: str = "", order: int = 0) -> RosterEntry:
    return RosterEntry.objects.create(
        role=role(role_name), person=person, region=region, order=order
    )


@dataclass
class Roster:
    duty: User  # Support manager on duty (the `manager` fixture, Molly), first in order
    duty2: User  # Support manager on duty, second in order
    engineer: User  # Engineering lead (Tier 2)
    billing: User  # Billing lead
    csm_emea: User  # Customer success manager, EMEA
    csm_na: User  # Customer success manager, NA (North America)
    rcm_emea: User  # Regional CSM manager, EMEA
    rcm_na: User  # Regional CSM manager, NA (North America)
    director: User  # Support director ($10,000)
    vpcs: User  # VP Customer Success ($25,000)
    cro: User  # CRO (any amount)


@pytest.fixture
def roster(manager) -> Roster:
    people = Roster(
        duty=manager,
        duty2=desk_person("sam", "Support Manager", "Sam", "Second"),
        engineer=desk_person("eli", "Agent", "Eli", "Engineer"),
        billing=desk_person("bea", "Agent", "Bea", "Billing"),
        csm_emea=desk_person("cora", "Agent", "Cora", "Csm"),
        csm_na=desk_person("carl", "Agent", "Carl", "Csm"),
        rcm_emea=desk_person("rhea", "Support Manager", "Rhea", "Regional"),
        rcm_na=desk_person("rick", "Support Manager", "Rick", "Regional"),
        director=desk_person("dora", "Support Manager", "Dora", "Director"),
        vpcs=desk_person("vic", "Executive", "Vic", "Vpcs"),
        cro=desk_person("cruz", "Executive", "Cruz", "Cro"),
    )
    hold(people.duty, "Support manager on duty", order=0)
    hold(people.duty2, "Support manager on duty", order=1)
    hold(people.engineer, "Engineering lead (Tier 2)")
    hold(people.billing, "Billing lead")
    hold(people.csm_emea, "Customer success manager", region="EMEA")
    hold(people.csm_na, "Customer success manager", region="NA")
    hold(people.rcm_emea, "Regional CSM manager", region="EMEA")
    hold(people.rcm_na, "Regional CSM manager", region="NA")
    hold(people.director, "Support director")
    hold(people.vpcs, "VP Customer Success")
    hold(people.cro, "CRO")
    return people


def staff(escalation: Escalation, *, now: datetime = NOW) -> dict[str, Assignment]:
    """Give the case the matrix's three suggested people (pending), keyed by role kind."""
    assign_suggested(escalation, now=now)
    return current_roles(escalation)


def current_roles(escalation: Escalation) -> dict[str, Assignment]:
    return {
        a.kind: a
        for a in Assignment.objects.current()
        .filter(escalation=escalation)
        .select_related("person", "role")
    }


def current(escalation: Escalation, kind: str) -> Assignment | None:
    return current_roles(escalation).get(kind)


OWNER, AUTHORITY, COMMS = RoleKind.OWNER, RoleKind.AUTHORITY, RoleKind.COMMS


def raise_case(
    customer,
    *,
    by: User,
    now: datetime = NOW,
    entry_point: str = "csm",
    words: str = "Could you look at the export settings when you have a moment? Thanks.",
    **fields,
) -> Escalation:
    """A technical brief raised through the workflow (intake: triage, then the matrix)."""
    from escalations import workflow
    from escalations.models import Interaction, TroubleshootingStep

    values = {
        "customer": customer,
        "title": "Export settings reset after upgrade",
        "summary": "The export settings were reset after the upgrade. The team re-enters them.",
        "entry_point": entry_point,
        "category": "technical",
        "product_area": "Reporting",
        "desired_outcome": "Settings survive upgrades.",
        "recommended_next_step": "Engineering to check the settings migration.",
        "target_team": "Engineering / Tier 2",
        "environment": "EU production",
        "reproduction_steps": "Upgrade a workspace and open the export settings.",
    }
    values.update(fields)
    return workflow.raise_escalation(
        Escalation(**values),
        steps=[
            TroubleshootingStep(action="Re-entered the settings", result="Works until next upgrade")
        ],
        interactions=[
            Interaction(occurred_at=now, contact_name="Pat Contact", channel="email", body=words)
        ],
        by=by,
        now=now,
    )
