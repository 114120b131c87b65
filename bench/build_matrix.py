"""The matrix layer of the benchmark database (issue 8): a roster, roles, approvals, replies.

Called by bench/build_db.py after the escalations are in:

1. `roster()`: people on the roster of the roles matrix/migrations/0002_defaults.py ships
   (RosterEntry rows; a few more users for the regional CSM managers, the director, the VP CS
   and the CRO). The benchmark's support manager is first of six "Support manager on duty".
2. `populate()`: every triaged case except the two page targets gets its matrix cell's three
   people, picked round-robin among the holders for the case's region (what the desk's
   least-loaded suggestion amounts to over many cases): all pending on a new case, the owner
   accepted once the case was acknowledged, and on open cases one authority or comms lead in
   seven still pending. The case's `owner` is its owner assignment's person, as `assign()`
   keeps it. Every case waiting for approval has its pending proposal, decided by the role
   `matrix.roster.decider_role` picks. Half of the worked open cases got a reply from their
   comms lead after the customer's words, so "the customer wrote last" is not every case.
   These ~290,000 assignments go in with one `executemany` each (build_db's `_Inserter`),
   without timeline entries: no benchmark opens those cases' pages.
3. `work_target()`: the rich case the case-page benchmark opens gets its roles through the
   real code, event by event: `assign_suggested`, two acceptances, a warm hand-off of the
   comms lead and the new lead's acceptance, a credit proposal (the case goes to awaiting
   approval; the VP Customer Success, still pending, decides it) and a customer update sent
   from the progress template.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal

REGIONS = ("NA", "EMEA", "APAC", "LATAM")
# One in seven authority or comms assignments on a worked open case still waits for acceptance.
PENDING_SHARE = 1 / 7
# Share of worked open cases whose latest interaction is our reply, not the customer's.
REPLIED_SHARE = 0.5
APPROVAL_AMOUNTS = (250, 800, 1_500, 2_400, 3_000, 4_800, 7_500, 12_000, 30_000)

Say = Callable[[str], None]


@dataclass
class Roster:
    """Who holds what: (role name, region or "") → people, in roster order."""

    holders: dict[tuple[str, str], list] = field(default_factory=dict)
    people: list = field(default_factory=list)

    def get(self, role: str, region: str = "") -> list:
        return self.holders[(role, region)]


def roster(staff) -> Roster:
    """Put people on the shipped roles; returns who holds what. `staff` is build_db's _Staff."""
    from django.contrib.auth.models import Group, User

    from escalations.access import EXECUTIVE, SUPPORT_MANAGER
    from matrix.models import Role, RosterEntry

    def person(username: str, first: str, last: str) -> User:
        user = User(username=username, first_name=first, last_name=last, is_active=True)
        user.set_unusable_password()
        return user

    managers_by_region = {
        region: [person(f"rcm.{region.lower()}{i}", "Regional", f"{region} {i}") for i in (1, 2)]
        for region in REGIONS
    }
    director = person("director", "Support", "Director")
    global_csm = person("global.csm", "Global", "CSM Lead")
    vpcs = person("vp.cs", "Vera", "VP Customer Success")
    cro = person("cro", "Cruz", "CRO")
    extra_managers = [*itertools.chain(*managers_by_region.values()), director, global_csm]
    User.objects.bulk_create([*extra_managers, vpcs, cro])
    groups = dict(Group.objects.values_list("name", "pk"))
    Membership = User.groups.through
    Membership.objects.bulk_create(
        [Membership(user=u, group_id=groups[SUPPORT_MANAGER]) for u in extra_managers]
        + [Membership(user=u, group_id=groups[EXECUTIVE]) for u in (vpcs, cro)]
    )

    agents = staff.agents
    holders: dict[tuple[str, str], list] = {
        ("Support manager on duty", ""): [staff.manager, *staff.managers],
        ("Engineering lead (Tier 2)", ""): agents[0:6],
        ("Billing lead", ""): agents[6:9],
        ("Compliance lead", ""): agents[9:11],
        ("Support director", ""): [director],
        ("Global CSM lead", ""): [global_csm],
        ("VP Customer Success", ""): [vpcs],
        ("CRO", ""): [cro],
    }
    for i, region in enumerate(REGIONS):
        holders[("Customer success manager", region)] = agents[11 + 3 * i : 14 + 3 * i]
        holders[("Regional CSM manager", region)] = managers_by_region[region]
    roles = dict(Role.objects.values_list("name", "pk"))
    RosterEntry.objects.bulk_create(
        [
            RosterEntry(role_id=roles[name], person=user, region=region, order=order)
            for (name, region), people in holders.items()
            for order, user in enumerate(people)
        ]
    )
    everyone = list({u.pk: u for people in holders.values() for u in people}.values())
    return Roster(holders=holders, people=everyone)


def populate(
    rng: random.Random,
    now: datetime,
    people: Roster,
    texts,
    *,
    skip: set[int],
    inserter: Callable,
    say: Say = print,
) -> dict[str, int]:
    """Three roles on every triaged case but `skip`, proposals and replies, in bulk."""
    from django.db import connection

    from escalations.models import Escalation, Interaction
    from matrix.models import Approval, Assignment, MatrixCell
    from matrix.roster import decider_role

    # Django's SQLite adapter costs ~25 µs a value, ~900,000 values here: the stored text is
    # naive UTC, `str(datetime)` with a space (what the adapter itself returns), read and
    # written as such.
    db_time = str
    now = now.astimezone(UTC).replace(tzinfo=None)
    cells = {
        (c.severity, c.category): c
        for c in MatrixCell.objects.select_related("owner_role", "authority_role", "comms_role")
    }
    turns: dict[tuple[str, str], Iterator] = {
        key: itertools.cycle([u.pk for u in holders]) for key, holders in people.holders.items()
    }

    def next_holder(role, region: str):
        return next(turns[(role.name, region if role.regional else "")])

    assignments = inserter(
        Assignment,
        (
            "escalation_id", "kind", "person_id", "role_id", "status", "assigned_at",
            "respond_by", "responded_at",
        ),
    )  # fmt: skip
    approvals = inserter(
        Approval,
        (
            "escalation_id", "kind", "amount", "reason", "customer_message", "proposed_by_id",
            "proposed_at", "decider_role_id", "status", "resume_status",
        ),
    )  # fmt: skip
    replies = inserter(
        Interaction,
        (
            "escalation_id", "occurred_at", "channel", "direction", "contact_name", "body",
            "created_by_id", "created_at",
        ),
    )  # fmt: skip
    owners: list[tuple[int, int]] = []
    deciders: dict[tuple[int, int | None], int] = {}
    quote = connection.ops.quote_name
    cases_table, customers_table = Escalation._meta.db_table, quote("escalations_customer")
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT e.id, e.severity, e.category, e.status, CAST(e.created_at AS TEXT), c.region "  # noqa: S608 - identifiers from model metadata
            f"FROM {quote(cases_table)} e JOIN {customers_table} c ON c.id = e.customer_id "
            "WHERE e.severity IS NOT NULL ORDER BY e.id"
        )
        cases = cursor.fetchall()
    for pk, severity, category, status, created_text, region in cases:
        if pk in skip:
            continue
        created = datetime.fromisoformat(created_text)
        cell = cells[(severity, category)]
        is_open = status not in ("resolved", "closed")
        assigned = created + timedelta(minutes=2)
        window = timedelta(minutes=cell.acknowledge_minutes)
        picked = {}
        for kind, role in (
            ("owner", cell.owner_role),
            ("authority", cell.authority_role),
            ("comms", cell.comms_role),
        ):
            person = next_holder(role, region)  # a user's id
            picked[kind] = person
            if status == "new":
                answer = "pending"
            elif kind == "owner" or not is_open:
                answer = "accepted"
            else:
                answer = "pending" if rng.random() < PENDING_SHARE else "accepted"
            responded = None
            if answer == "accepted":
                responded = db_time(min(now, assigned + window * rng.uniform(0.05, 0.9)))
            assignments.add(
                pk,
                kind,
                person,
                role.pk,
                answer,
                db_time(assigned),
                db_time(assigned + window),
                responded,
            )
        owners.append((picked["owner"], pk))
        if status == "awaiting_approval":
            money = category == "billing" or rng.random() < 0.7
            amount = rng.choice(APPROVAL_AMOUNTS) if money else None
            key = (cell.authority_role.pk, amount)
            if key not in deciders:
                amount_value = Decimal(amount) if amount is not None else None
                deciders[key] = decider_role(cell.authority_role, amount_value).pk
            proposed = min(now, created + timedelta(hours=rng.uniform(2, 72)))
            approvals.add(
                pk,
                ("refund" if category == "billing" else "credit") if money else "policy_exception",
                str(amount) if amount is not None else None,
                "Goodwill for the days the customer could not work.",
                "We are crediting your account for the disruption.",
                picked["owner"],
                db_time(proposed),
                deciders[key],
                "pending",
                rng.choice(("diagnose", "execute")),
            )
        if is_open and status != "new" and rng.random() < REPLIED_SHARE:
            replied = min(now, created + timedelta(hours=rng.uniform(1, 48)))
            replies.add(
                pk,
                db_time(replied),
                "email",
                "outbound",
                "Pat Contact",
                rng.choice(texts.replies),
                picked["comms"],
                db_time(replied),
            )
    figures = {
        "assignments": assignments.flush(),
        "approvals": approvals.flush(),
        "replies": replies.flush(),
    }
    with connection.cursor() as cursor:
        # The case's owner is its owner assignment's person (matrix.actions.assign keeps both).
        cursor.executemany(
            "UPDATE escalations_escalation SET owner_id = %s WHERE id = %s",  # noqa: S608 - fixed SQL
            owners,
        )
    say(
        f"build_db: matrix: {len(people.people)} people on the roster, "
        f"{figures['assignments']:,} assignments, {figures['approvals']:,} pending approvals, "
        f"{figures['replies']:,} replies"
    )
    return figures


def work_target(pk: int, start: datetime, people: Roster, *, by) -> None:
    """Give the rich case its roles, a hand-off, a proposal and an update through the desk's code.

    `start` is when the case was raised; `by` is the support manager who hands the comms lead
    role off. Afterwards: owner and comms lead accepted, the decision authority pending, a
    credit waiting for the authority's decision, one update sent.
    """
    from escalations import workflow
    from escalations.models import Escalation
    from matrix.actions import Handoff, assign_suggested, template_values
    from matrix.models import RoleKind, UpdateTemplate

    case = Escalation.objects.select_related("customer").get(pk=pk)

    def at(minutes: int) -> datetime:
        return start + timedelta(minutes=minutes)

    def holder(kind: str):
        return case.assignments.current().select_related("role", "person").get(kind=kind)

    assign_suggested(case, now=at(1))
    owner = holder(RoleKind.OWNER)
    workflow.accept_assignment(owner, by=owner.person, now=at(2))
    first_lead = holder(RoleKind.COMMS)
    workflow.accept_assignment(first_lead, by=first_lead.person, now=at(3))
    region = case.customer.region
    successor = next(
        p for p in people.get("Regional CSM manager", region) if p.pk != first_lead.person_id
    )
    workflow.assign_roles(
        case,
        {RoleKind.COMMS: (successor, first_lead.role, first_lead.pk)},
        handoff=Handoff(
            "The CFO prefers a call before each written update; the last one was on Monday.",
            "warm",
            "functional",
        ),
        by=by,
        now=at(4),
    )
    lead = holder(RoleKind.COMMS)
    workflow.accept_assignment(lead, by=lead.person, now=at(5))
    workflow.propose_approval(
        case,
        kind="credit",
        amount=Decimal("2400"),
        reason="Two days without invoice exports during month-end close.",
        customer_message="We are crediting two days of your subscription.",
        by=owner.person,
        now=at(6),
    )
    template = UpdateTemplate.objects.get(purpose=UpdateTemplate.Purpose.PROGRESS)
    subject, body = template.fill(template_values(case, sender=lead.person, now=at(7)))
    workflow.send_customer_update(
        case, subject=subject, body=body, template=template, by=lead.person, now=at(7)
    )
