"""A small desk whose November 2026 report was worked out by hand, in Los Angeles time.

The desk's time zone is America/Los_Angeles (the `la_desk` fixture sets it). Daylight saving
ends there on Sunday 1 November 2026 at 09:00 UTC, so October runs 2026-10-01T07:00Z to
2026-11-01T07:00Z and November 2026-11-01T07:00Z to 2026-12-01T08:00Z. The report is computed
at LATER, 2026-12-03 12:00 UTC.

Accounts: A $300,000 · B $100,000 · C $50,000 · D $20,000.

| case | raised (UTC)       | local month | sev | by    | cust | category     | entry point     | product area   | what happened                                   |
|------|--------------------|-------------|-----|-------|------|--------------|-----------------|----------------|-------------------------------------------------|
| c00  | 10-02 12:00        | Oct         | 4   | dave  | D    | technical    | csm             | Reporting      | resolved 10-03 12:00 (1 d)                      |
| c0   | 10-15 12:00        | Oct         | 3   | dave  | C    | technical    | csm             | Reporting      | closed 12-01 07:59Z = Nov 30 23:59 local: kb-gap, avoidable |
| c1   | 11-01 03:00        | Oct (31st)  | 2   | alice | A    | technical    | csm             | Reporting      | ack 11-01 05:00Z (Oct, met); closed 11-05 18:00 product-bug, avoidable; resolve clock met |
| c2   | 11-01 08:00        | Nov         | 1   | bob   | A    | technical    | executive_email | Login          | ack in 10 min (met); resolve clock past due (breached 11-01 12:00); update clock paused overdue; open |
| c3   | 11-10 17:00        | Nov         | 3   | alice | B    | billing      | ticket_flag     | Billing portal | ack in 2 h (met); resolve breached 11-11 17:00, closed 11-12 17:00 product-bug, not avoidable; overridden |
| c4   | 11-20 20:00        | Nov         | 2   | alice | C    | relationship | csm             | Reporting      | ack in 2 h 30 (breached 11-20 21:00); resolve clock paused with 1 h left; closed 12-01 09:00Z (Dec) |
| c5   | 12-01 07:30        | Nov (30th)  | 4   | carol | D    | technical    | ai_handoff      | Reporting      | ack 12-01 08:30Z (Dec); open                     |
| c7   | 11-15 12:00        | Nov         | 3   | alice | A    | technical    | csm             | Login          | open                                            |
| c6   | 12-01 08:30        | Dec         | 3   | alice | B    | technical    | csm             | Reporting      | open                                            |

Triage feedback: Nov: right (c3 by molly), too high (c4 by molly), right (c2 by erin, given
12-01 07:00Z = Nov 30 local); Oct: too low (c1 by molly, 10-20).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.contrib.auth.models import Group, User

from escalations.models import CloseOut, Escalation, RootCause, Trigger
from matrix.models import Clock
from tests.conftest import make_customer, make_escalation
from triage.models import TriageConfig, TriageFeedback, TriageOverride, TriageRun

LA = "America/Los_Angeles"
LATER = datetime.fromisoformat("2026-12-03T12:00:00+00:00")


def at(text: str) -> datetime:
    return datetime.fromisoformat(f"2026-{text}:00+00:00")


@dataclass
class Desk:
    cases: dict[str, Escalation]
    people: dict[str, User]


def person(username: str, group: str) -> User:
    user = User.objects.create_user(
        username, f"{username}@desk.test", "pw", first_name=username.title()
    )
    user.groups.add(Group.objects.get(name=group))
    return user


def close(case: Escalation, when: datetime, cause: str, *, avoidable: bool, by: User) -> None:
    Escalation.objects.filter(pk=case.pk).update(
        status="closed", resolved_at=when, closed_at=when, updated_at=when
    )
    CloseOut.objects.create(
        escalation=case,
        trigger=Trigger.objects.get(slug="outage-or-defect"),
        root_cause=RootCause.objects.get(slug=cause),
        avoidable=avoidable,
        resolution_summary="Fixed and confirmed with the customer.",
        exit_criteria_met=True,
        within_sla=not avoidable,
        closed_by=by,
        closed_at=when,
    )


def clock(case: Escalation, kind: str, minutes: int, **fields) -> Clock:
    return Clock.objects.create(
        escalation=case, kind=kind, target_minutes=minutes, started_at=case.created_at, **fields
    )


def build(manager: User, executive: User) -> Desk:
    people = {name: person(name, "Agent") for name in ("alice", "bob", "carol", "dave")}
    accounts = {
        name: make_customer(name=f"Account {name}", arr=Decimal(arr))
        for name, arr in (("A", 300000), ("B", 100000), ("C", 50000), ("D", 20000))
    }

    def case(name, raised, sev, by, cust, **fields):
        return make_escalation(
            by=people[by],
            customer=accounts[cust],
            at=at(raised),
            severity=sev,
            title=f"Case {name}",
            **fields,
        )

    c = {
        "c00": case("c00", "10-02T12:00", 4, "dave", "D"),
        "c0": case("c0", "10-15T12:00", 3, "dave", "C"),
        "c1": case("c1", "11-01T03:00", 2, "alice", "A"),
        "c2": case(
            "c2", "11-01T08:00", 1, "bob", "A", entry_point="executive_email", product_area="Login"
        ),
        "c3": case(
            "c3",
            "11-10T17:00",
            3,
            "alice",
            "B",
            category="billing",
            entry_point="ticket_flag",
            product_area="Billing portal",
        ),
        "c4": case("c4", "11-20T20:00", 2, "alice", "C", category="relationship"),
        "c5": case("c5", "12-01T07:30", 4, "carol", "D", entry_point="ai_handoff"),
        "c7": case("c7", "11-15T12:00", 3, "alice", "A", product_area="Login"),
        "c6": case("c6", "12-01T08:30", 3, "alice", "B"),
    }
    Escalation.objects.filter(pk=c["c00"].pk).update(
        status="resolved", resolved_at=at("10-03T12:00")
    )
    close(c["c0"], at("12-01T07:59"), "kb-gap", avoidable=True, by=manager)
    close(c["c1"], at("11-05T18:00"), "product-bug", avoidable=True, by=manager)
    close(c["c3"], at("11-12T17:00"), "product-bug", avoidable=False, by=manager)
    close(c["c4"], at("12-01T09:00"), "process-failure", avoidable=True, by=manager)

    # Acknowledge clocks.
    clock(c["c1"], "acknowledge", 60, stopped_at=at("11-01T05:00"), met=True)
    clock(c["c2"], "acknowledge", 15, stopped_at=at("11-01T08:10"), met=True)
    clock(c["c3"], "acknowledge", 240, stopped_at=at("11-10T19:00"), met=True)
    clock(
        c["c4"],
        "acknowledge",
        60,
        stopped_at=at("11-20T22:30"),
        met=False,
        breached_at=at("11-20T21:00"),
    )
    clock(c["c5"], "acknowledge", 1440, stopped_at=at("12-01T08:30"), met=True)
    # Resolve clocks.
    clock(c["c1"], "resolve", 480, stopped_at=at("11-05T18:00"), met=True)
    clock(c["c2"], "resolve", 240, due_at=at("11-01T12:00"), breached_at=at("11-01T12:00"))
    clock(
        c["c3"],
        "resolve",
        1440,
        stopped_at=at("11-12T17:00"),
        met=False,
        breached_at=at("11-11T17:00"),
    )
    # Waiting on the customer with an hour left: neither met nor breached yet.
    clock(c["c4"], "resolve", 480, paused_at=at("11-21T10:00"), remaining_seconds=3600)
    # Update clocks: c2's paused when already ten minutes overdue (counts as breached when
    # paused); c4's running and due after LATER (not counted).
    clock(c["c2"], "update", 1440, paused_at=at("11-02T10:00"), remaining_seconds=-600)
    clock(c["c4"], "update", 2880, due_at=at("12-05T00:00"))

    config = TriageConfig.objects.create(version=99, values={}, created_at=at("10-01T00:00"))

    def run(name):
        return TriageRun.objects.create(
            escalation=c[name],
            config=config,
            at=c[name].created_at,
            trigger="intake",
            score=50,
            severity=c[name].severity,
            lane="guardrailed",
        )

    runs = {name: run(name) for name in ("c1", "c2", "c3", "c4")}
    TriageOverride.objects.create(
        escalation=c["c3"],
        run=runs["c3"],
        by=manager,
        at=at("11-10T18:00"),
        old_severity=4,
        new_severity=3,
        reason="Billing dispute over $20k.",
    )
    for name, who, verdict, when in (
        ("c3", manager, "right", "11-11T12:00"),
        ("c4", manager, "too_high", "11-21T12:00"),
        ("c2", executive, "right", "12-01T07:00"),
        ("c1", manager, "too_low", "10-20T12:00"),
    ):
        TriageFeedback.objects.create(run=runs[name], by=who, at=at(when), verdict=verdict)
    for case_ in c.values():
        case_.refresh_from_db()
    return Desk(cases=c, people=people)
