"""Build the benchmark database: 100,000 escalations over 2,000 customers in bench/scratch.sqlite3.

    .venv/bin/python bench/build_db.py [--rebuild]

1. Reuse the scratch database when it already holds the wanted number of escalations (it is
   still migrated, so new indexes from new migrations reach it); otherwise delete and migrate.
2. Users: one support manager (the benchmark's viewer), managers and agents who own cases.
3. Customers with ARR spread over the four tiers.
4. Escalations oldest first, in batches of 5,000 per transaction, each with one or two
   interactions and its `created` timeline event.
5. The matrix layer (bench/build_matrix.py): a roster on the shipped roles, three roles on
   every triaged case, a pending proposal on every case awaiting approval, our replies.
6. The two newest escalations are the case-page benchmark's twins, each with 10 interactions,
   5 troubleshooting steps, 3 artifacts and 30 timeline events, Sev-2 technical: the newest
   (`case_page`) worked through the real code — three people from the roster (owner and comms
   lead accepted, the decision authority pending), a warm hand-off, a credit waiting for a
   decision and one customer update (its e-mail is one of the 10 interactions) — the other
   (`case_page_no_roles`) with no roles, proposal or update.
7. Who wrote last on each case (`Escalation.note_interactions`), which the bulk inserts skip.

Escalations, interactions, events, assignments and approvals go in through one `executemany`
per batch (see `_Inserter`); users, customers, the roster and the targets' rows through
`bulk_create` or the desk's own functions. No ANALYZE is run: a desk in production has no
planner statistics unless someone adds them, and the benchmark should see the plans production
sees.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

if __package__ in (None, ""):
    # Run as a script: make the project importable.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import SCRATCH_DB, build_matrix, setup_django

ROWS = 100_000
CUSTOMERS = 2_000
BATCH = 5_000
HISTORY_DAYS = 730
SEED = 100_000
BENCH_MANAGER = "bench.manager"

Say = Callable[[str], None]


def ensure_database(
    *, rebuild: bool = False, rows: int = ROWS, path: Path = SCRATCH_DB, say: Say = print
) -> int:
    """Make sure the scratch database is ready; return the id of the rich target escalation.

    Django must already be set up for `path` (bench.setup_django).
    """
    from django.core.management import call_command

    if rebuild:
        _delete(path)
    call_command("migrate", interactive=False, verbosity=0)
    existing = _escalation_count()
    if existing >= rows and _has_roster():
        say(f"build_db: reusing {path.name} ({existing:,} escalations; --rebuild to start over)")
        return _target_id()
    if existing:
        why = f"holds only {existing:,} escalations" if existing < rows else "has no roster"
        say(f"build_db: {path.name} {why}; rebuilding")
        from django.db import connections

        connections.close_all()
        _delete(path)
        call_command("migrate", interactive=False, verbosity=0)
    return build(rows=rows, say=say)


def _delete(path: Path) -> None:
    from django.db import connections

    connections.close_all()
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _escalation_count() -> int:
    from escalations.models import Escalation

    return Escalation.objects.count()


def _has_roster() -> bool:
    # A database built before the matrix layer (issue 8) has cases but nobody on the roster.
    from matrix.models import RosterEntry

    return RosterEntry.objects.exists()


def _target_id() -> int:
    return target_ids()[0]


def target_ids() -> tuple[int, int]:
    """(the case with roles, its twin with none): the two newest escalations."""
    from escalations.models import Escalation

    rich, bare = Escalation.objects.order_by("-created_at", "-id").values_list("pk", flat=True)[:2]
    return rich, bare


def build(*, rows: int = ROWS, customers: int = CUSTOMERS, say: Say = print) -> int:
    from django.db import connection, transaction
    from django.utils import timezone

    started = time.perf_counter()
    rng = random.Random(SEED)
    now = timezone.now().replace(microsecond=0)
    with connection.cursor() as cursor:
        # A scratch file that is rebuilt on any failure needs no fsync per commit.
        cursor.execute("PRAGMA synchronous=OFF")
    with transaction.atomic():
        staff = _users()
        accounts = _customers(rng, now, customers)
    say(f"build_db: {len(staff.everyone)} users, {len(accounts):,} customers")
    texts = _Texts(rng)
    created = sorted(now - timedelta(days=HISTORY_DAYS * rng.random() ** 1.2) for _ in range(rows))
    created[-1] = now - timedelta(minutes=5)  # the rich target is the newest case
    for start in range(0, rows, BATCH):
        with transaction.atomic():
            batch = created[start : start + BATCH]
            # Ids follow arrival order, as they do when cases are raised one by one.
            _escalations(rng, now, start + 1, batch, accounts, staff, texts)
        done = start + len(batch)
        rate = done / (time.perf_counter() - started)
        say(f"build_db: {done:>7,}/{rows:,} escalations ({rate:,.0f}/s)")
    rich, bare = target_ids()
    matrix_rng = random.Random(SEED + 1)  # the cases above stay as they were before the matrix
    matrix_started = time.perf_counter()
    with transaction.atomic():
        people = build_matrix.roster(staff)
        build_matrix.populate(
            matrix_rng, now, people, texts, skip={rich, bare}, inserter=_Inserter, say=say
        )
    with transaction.atomic():
        target = _enrich_target(matrix_rng, now, staff, texts, rich, people)
        _enrich_target(matrix_rng, now, staff, texts, bare, None)
    with transaction.atomic():
        from escalations.models import Escalation

        # Who wrote last, as the desk keeps it (Escalation.customer_wrote_last_at): the
        # interactions above went in by executemany and bulk_create, which skip
        # Interaction.save. One UPDATE over every case (~1 s).
        Escalation.objects.note_interactions()
    say(f"build_db: matrix layer and targets in {time.perf_counter() - matrix_started:.1f} s")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    from escalations.models import Interaction, TimelineEvent

    seconds = time.perf_counter() - started
    say(
        f"build_db: {rows:,} escalations, {len(accounts):,} customers, "
        f"{Interaction.objects.count():,} interactions, "
        f"{TimelineEvent.objects.count():,} timeline events; "
        f"target ESC-{target:05d}; built in {seconds:.1f} s"
    )
    return target


class _Staff:
    def __init__(self, manager, managers: list, agents: list) -> None:
        self.manager = manager
        self.managers = managers
        self.agents = agents
        self.everyone = [manager, *managers, *agents]


def _users() -> _Staff:
    from django.contrib.auth.models import Group, User

    from escalations.access import AGENT, SUPPORT_MANAGER

    def person(username: str, first: str, last: str) -> User:
        user = User(username=username, first_name=first, last_name=last, is_active=True)
        user.set_unusable_password()  # the benchmark logs in with force_login
        return user

    manager = person(BENCH_MANAGER, "Bench", "Manager")
    managers = [person(f"manager{i:02d}", "Manager", f"No. {i}") for i in range(1, 6)]
    agents = [person(f"agent{i:02d}", "Agent", f"No. {i}") for i in range(1, 25)]
    User.objects.bulk_create([manager, *managers, *agents])
    groups = dict(Group.objects.values_list("name", "pk"))
    Membership = User.groups.through
    Membership.objects.bulk_create(
        [Membership(user=u, group_id=groups[SUPPORT_MANAGER]) for u in [manager, *managers]]
        + [Membership(user=u, group_id=groups[AGENT]) for u in agents]
    )
    return _Staff(manager, managers, agents)


def _customers(rng: random.Random, now: datetime, count: int) -> list:
    from escalations import demo_data
    from escalations.models import Customer
    from escalations.tiers import tier_for_arr

    names: set[str] = set()
    words, kinds = demo_data.COMPANY_WORDS, demo_data.COMPANY_KINDS
    while len(names) < count:
        parts = [rng.choice(words)]
        if rng.random() < 0.5:
            parts.append(rng.choice(words))
        names.add(" ".join([*dict.fromkeys(parts), rng.choice(kinds)]))
    today = now.date()
    customers = []
    for name in sorted(names):
        # Log-normal ARR: median ~$30k, a long tail of strategic accounts.
        arr = Decimal(min(3_000_000, max(1_000, round(math.exp(rng.gauss(10.3, 1.4)), -2))))
        customers.append(
            Customer(
                name=name,
                arr=arr,
                tier=tier_for_arr(arr).value,  # bulk_create skips Customer.save()
                plan=rng.choice(("Starter", "Growth", "Business", "Enterprise", "Enterprise Plus")),
                region=rng.choice(("NA", "NA", "EMEA", "EMEA", "APAC", "LATAM")),
                renewal_date=today + timedelta(days=rng.randint(-30, 540)),
                customer_since=today - timedelta(days=rng.randint(90, 3_300)),
                sla_level=rng.choice(("standard", "standard", "premium", "platinum")),
                primary_contact_name="Pat Contact",
                primary_contact_email="pat.contact@customer.example",
            )
        )
    return Customer.objects.bulk_create(customers, batch_size=BATCH)


class _Texts:
    """Pre-formatted titles, summaries and customer words, so 100k rows format nothing."""

    def __init__(self, rng: random.Random) -> None:
        from escalations import demo_data, demo_scenarios

        ctx = {
            "customer": "the customer",
            "product": demo_data.PRODUCT,
            "region": "EMEA",
            "weekday": "Monday",
            "month_name": "March",
            "date": "2026-03-02",
            "days": 9,
            "hours": 4,
            "users": 260,
            "pct": 18,
            "invoice": "INV-2026-48213",
            "amount": "$18,400.00",
            "exec_title": "CFO",
            "pid": 4242,
            "job": "9f3c2a77b1d0",
            "acct": "t-4821",
            "n": 48213,
        }
        self.by_category: dict[str, list[dict]] = {}
        for category, scenarios in demo_scenarios.SCENARIOS.items():
            self.by_category[category] = [
                {
                    "titles": [t.format_map(ctx) for t in s["titles"]],
                    "summary": s["summary"].format_map(ctx),
                    "area": s["area"],
                    "outcome": s["outcome"],
                    "next_step": s["next_step"],
                    "words": [
                        " ".join(
                            (rng.choice(t["openers"]), c, rng.choice(t["closers"]))
                        ).format_map(ctx)
                        for c in s["complaints"]
                        for t in demo_data.TONES.values()
                    ],
                    "steps": [(a.format_map(ctx), r.format_map(ctx)) for a, r in s["steps"]],
                    "log": s.get("log", "").format_map(ctx),
                    "repro": s.get("repro", "").format_map(ctx),
                    "regulation": (s.get("regulations") or ("",))[0],
                }
                for s in scenarios
            ]
        self.teams = demo_data.TARGET_TEAMS
        self.replies = [
            o.format_map({"first": "Pat", "update": u, "next_update": "Tuesday 10:00 UTC"})
            for o in demo_data.OUTBOUND
            for group in demo_data.UPDATES.values()
            for u in group
        ]
        self.chasers = [c.format_map(ctx) for c in demo_data.CHASERS]


# Severity -> (score range, lane) as the triage defaults would set them (DESIGN.md "Triage").
SEVERITY_SCORES = {1: (90, 100), 2: (75, 89), 3: (50, 74), 4: (5, 49)}
SEVERITY_LANES = {1: "human_first", 2: "human_first", 3: "guardrailed", 4: "autonomous"}
CATEGORIES = ("technical", "technical", "technical", "billing", "billing", "compliance")
CATEGORIES += ("relationship", "relationship")
ENTRY_POINTS = ("executive_email", "cc_executive", "csm", "ticket_flag", "social_public")
ENTRY_POINTS += ("ai_handoff", "csm", "ticket_flag")
OPEN_STATUSES = ("new", "acknowledged", "diagnose", "awaiting_approval", "execute")
OPEN_STATUSES += ("waiting_on_customer",)


def _status(rng: random.Random, age_days: float) -> str:
    if age_days < 14:
        return rng.choice((*OPEN_STATUSES, "new", "diagnose", "resolved"))
    if age_days < 60:
        return rng.choice((*OPEN_STATUSES, "resolved", "resolved", "closed", "closed", "closed"))
    return "closed" if rng.random() < 0.93 else rng.choice(("resolved", "diagnose", "execute"))


class _Inserter:
    """INSERT many rows of one model with a single `executemany`.

    `bulk_create` spends ~80 % of its time compiling SQL for batches of ~30 rows (SQLite's
    999-parameter limit) and preparing each value; that made the build take 40 s. Here the
    caller gives database-ready values for the columns it sets, and every other column gets
    its field default, prepared once, so a field added later with a default still works.
    """

    def __init__(self, model, columns: tuple[str, ...]) -> None:
        from django.db import connection

        fields = [f for f in model._meta.concrete_fields if f.attname not in columns]
        self.defaults = tuple(
            f.get_db_prep_save(f.get_default(), connection) for f in fields if not f.primary_key
        )
        names = [*columns, *(f.column for f in fields if not f.primary_key)]
        quote = connection.ops.quote_name
        self.sql = (
            f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(map(quote, names))}) "  # noqa: S608 - identifiers from model metadata
            f"VALUES ({', '.join(['%s'] * len(names))})"
        )
        self.rows: list[tuple] = []

    def add(self, *values) -> None:
        self.rows.append(values + self.defaults)

    def flush(self) -> int:
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.executemany(self.sql, self.rows)
        count, self.rows = len(self.rows), []
        return count


ESCALATION_COLUMNS = (
    "id", "customer_id", "title", "summary", "entry_point", "category", "product_area",
    "desired_outcome", "recommended_next_step", "target_team", "environment",
    "reproduction_steps", "invoice_reference", "amount_in_dispute", "regulation_concerned",
    "status", "severity", "lane", "triage_score", "owner_id", "created_by_id", "created_at",
    "updated_at", "resolved_at", "closed_at",
)  # fmt: skip
INTERACTION_COLUMNS = (
    "escalation_id", "occurred_at", "channel", "direction", "contact_name", "body",
    "created_by_id", "created_at",
)  # fmt: skip
EVENT_COLUMNS = ("escalation_id", "at", "actor_id", "kind", "summary", "body")


def _escalations(
    rng: random.Random,
    now: datetime,
    first_id: int,
    created_list: list[datetime],
    accounts: list,
    staff: _Staff,
    texts: _Texts,
) -> None:
    from django.db import connection

    from escalations.models import Escalation, Interaction, TimelineEvent

    db_time = connection.ops.adapt_datetimefield_value
    cases = _Inserter(Escalation, ESCALATION_COLUMNS)
    words = _Inserter(Interaction, INTERACTION_COLUMNS)
    events = _Inserter(TimelineEvent, EVENT_COLUMNS)
    owners = [u.pk for u in staff.managers + staff.agents]
    agents = [u.pk for u in staff.agents]
    customer_ids = [c.pk for c in accounts]
    for pk, created in enumerate(created_list, start=first_id):
        age_days = (now - created).total_seconds() / 86_400
        category = rng.choice(CATEGORIES)
        scenario = rng.choice(texts.by_category[category])
        status = _status(rng, age_days)
        severity = rng.choices((None, 1, 2, 3, 4), (3, 5, 15, 37, 40))[0]
        if status == "new" and rng.random() < 0.5:
            severity = None  # not triaged yet
        low, high = SEVERITY_SCORES.get(severity, (0, 0))
        lane = SEVERITY_LANES.get(severity, "")
        if lane and rng.random() < 0.1:
            lane = rng.choice(("autonomous", "guardrailed", "human_first"))  # hard rules, overrides
        done = status in ("resolved", "closed")
        last = db_time(min(now, created + timedelta(hours=rng.uniform(1, 24 * 20))))
        at = db_time(created)
        creator = rng.choice(agents)
        cases.add(
            pk,
            rng.choice(customer_ids),
            rng.choice(scenario["titles"]),
            scenario["summary"],
            rng.choice(ENTRY_POINTS),
            category,
            scenario["area"],
            scenario["outcome"],
            scenario["next_step"],
            texts.teams[category],
            "EU production, v4.12" if category == "technical" else "",
            scenario["repro"],
            "INV-2026-48213" if category == "billing" else "",
            str(rng.randint(100, 90_000)) if category == "billing" else None,
            scenario["regulation"],
            status,
            severity,
            lane,
            rng.randint(low, high) if severity else None,
            rng.choice(owners) if status != "new" or rng.random() < 0.2 else None,
            creator,
            at,
            last,
            last if done else None,
            last if status == "closed" else None,
        )
        for i in range(rng.choice((1, 1, 2))):
            words.add(
                pk,
                db_time(created - timedelta(minutes=30 - i)),
                "email",
                "inbound",
                "Pat Contact",
                rng.choice(scenario["words"]),
                creator,
                at,
            )
        events.add(
            pk, at, creator, "created", f"Escalation raised ({category})", scenario["summary"]
        )
    cases.flush()
    words.flush()
    events.flush()


TARGET_EVENTS = 30


def _enrich_target(
    rng: random.Random,
    now: datetime,
    staff: _Staff,
    texts: _Texts,
    pk: int,
    people: build_matrix.Roster | None,
) -> int:
    """Make case `pk` a rich one: 10 interactions, 5 steps, 3 artifacts, 30 timeline events.

    With `people`, its roles, hand-off, proposal and update come through the desk's own code
    (build_matrix.work_target), and its update's e-mail is the tenth interaction; without, it
    is the same page with no roles.
    """
    from escalations.models import (
        Artifact,
        Escalation,
        Interaction,
        TimelineEvent,
        TroubleshootingStep,
    )

    # Sev-2: visible to the benchmark's manager (Sev-1 would be hidden from a non-assignee).
    Escalation.objects.filter(pk=pk).update(
        category="technical",
        severity=2,
        lane="human_first",
        triage_score=84,
        status="diagnose",
        owner=None,
        updated_at=now,
    )
    case = Escalation.objects.get(pk=pk)
    scenario = texts.by_category["technical"][0]
    start = case.created_at
    worker = staff.manager
    Interaction.objects.filter(escalation=case).delete()
    words = [
        Interaction(
            escalation=case,
            occurred_at=start + timedelta(minutes=20 * i),
            channel=rng.choice(("email", "call", "chat")),
            direction="outbound" if i % 3 == 2 else "inbound",
            contact_name="Pat Contact",
            body=rng.choice(texts.replies if i % 3 == 2 else scenario["words"] + texts.chasers),
            created_by=worker,
            created_at=start,
        )
        for i in range(10 if people is None else 9)
    ]
    Interaction.objects.bulk_create(words)
    TroubleshootingStep.objects.bulk_create(
        [
            TroubleshootingStep(
                escalation=case,
                action=action,
                result=result,
                performed_at=start,
                created_by=worker,
                created_at=start,
            )
            for action, result in (scenario["steps"] * 2)[:5]
        ]
    )
    Artifact.objects.bulk_create(
        [
            Artifact(
                escalation=case,
                kind="log",
                label="Export worker log",
                content=scenario["log"],
                created_by=worker,
                created_at=start,
            ),
            Artifact(
                escalation=case,
                kind="link",
                label="Engineering ticket",
                url="https://tickets.brightwave.example/browse/ENG-4821",
                created_by=worker,
                created_at=start,
            ),
            Artifact(
                escalation=case,
                kind="link",
                label="Status page incident",
                url="https://status.brightwave.example/incidents/311",
                created_by=worker,
                created_at=start,
            ),
        ]
    )
    if people is not None:
        build_matrix.work_target(pk, start, people, by=staff.manager)
    # Notes, steps and status lines up to 30 events, whatever the real code wrote above.
    kinds = ("interaction", "note", "status", "step", "artifact", "note")
    events = []
    for i in range(TARGET_EVENTS - case.timeline.count()):
        kind = kinds[i % len(kinds)]
        changes = []
        if kind == "status":
            changes = [{"field": "status", "label": "status", "old": "New", "new": "Diagnose"}]
        events.append(
            TimelineEvent(
                escalation=case,
                at=start + timedelta(minutes=10 + i),
                actor=worker,
                kind=kind,
                summary=f"Bench event {i + 1}: {kind}",
                body=rng.choice(scenario["words"]),
                changes=changes,
            )
        )
    TimelineEvent.objects.bulk_create(events)
    return case.pk


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="Delete and build from scratch.")
    parser.add_argument("--rows", type=int, default=ROWS, help=f"Escalations (default {ROWS:,}).")
    args = parser.parse_args(argv)
    setup_django()
    target = ensure_database(rebuild=args.rebuild, rows=args.rows)
    print(f"build_db: ready; case-page target is /escalations/{target}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
