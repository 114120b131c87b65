"""The life of a demo case after intake, lived through the workflow.

1. `raise_draft()` raises the draft through `workflow.raise_escalation`: triaged at intake,
   the matrix's three suggestions pending, its SLA clocks started.
2. For a case that plays no clock state (escalations/demo_plays.py plays every open one),
   `plan()` then decides from the seeded rng where it ends (resolved or closed, by age), the
   road it takes there (the moves of escalations/transitions.py), when each of its three
   people answers, what the customer and the comms lead write, and the notes, steps and
   files in between. Every instant lies between the case's raise and `now`, in the order the
   road needs; acknowledgement and resolution are timed from the case's own windows
   (`windows()`), so most meet them and some miss.
3. `perform()` plays the events in time order with the calls the case page makes —
   `workflow` for roles, moves, approvals, the customer's words and our updates, the close
   with its close-out (escalations/demo_closeouts.py: a trigger and root cause that fit the
   story, "within SLA" computed by the close event), `escalations.actions` for notes, steps and
   files — each with its instant as `now`.

Nothing here writes a timeline row, a status or a role itself.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import User

from matrix.actions import Handoff, may_decide, suggested_template, template_values
from matrix.calendar import ALWAYS
from matrix.calendars import hours_for
from matrix.clocks import sla_verdict
from matrix.models import (
    Approval,
    Assignment,
    BusinessCalendar,
    Clock,
    ClockKind,
    RoleKind,
    RosterEntry,
    UpdateTemplate,
)
from matrix.roster import holders
from matrix.tasks import REPEAT_WINDOW
from triage.config import active_config, rules_for
from triage.models import TriageRun

from . import actions, demo_closeouts, demo_data, demo_scenarios, workflow
from .choices import ArtifactKind, Category, Channel, Direction, Status
from .demo_briefs import Draft, pick
from .demo_people import Cast
from .models import Artifact, Escalation, Interaction, RootCause, Trigger, TroubleshootingStep

# Final status by age of the cases that play no clock state (escalations/demo_plays.py plays
# every open case): done, and the older the case the likelier it is closed as well.
STATUS_BY_AGE: tuple[tuple[float, dict[str, int]], ...] = (
    (2, {Status.RESOLVED: 1}),
    (7, {Status.RESOLVED: 70, Status.CLOSED: 30}),
    (30, {Status.RESOLVED: 40, Status.CLOSED: 60}),
    (90, {Status.RESOLVED: 15, Status.CLOSED: 85}),
    (float("inf"), {Status.RESOLVED: 6, Status.CLOSED: 94}),
)
APPROVE_SHARE = 0.75
MAX_WORDS = 5  # interactions per case: triage and the stalled check read five as a loop
DECLINES = 3  # cases where a suggested person declines and a manager reassigns warm
# Shares of done cases acknowledged and resolved within their windows.
ACKNOWLEDGED_IN_TIME = 0.85
RESOLVED_IN_TIME = 0.75


def final_status(rng: random.Random, age_days: float) -> str:
    for limit, weights in STATUS_BY_AGE:
        if age_days < limit:
            return pick(rng, weights)
    raise AssertionError("unreachable: the last age limit is infinite")


def age_in_days(draft: Draft, now: datetime) -> float:
    return (now - draft.created).total_seconds() / 86_400


def asks_for_approval(brief: Escalation) -> bool:
    return brief.refund_amount is not None or brief.policy_exception_requested


@dataclass
class Special:
    """What the desk-wide picks (seed_demo's `choose_specials`) give this one case."""

    decline: str = ""  # the role kind whose suggested holder declines


def choose_specials(rng: random.Random, drafts: list[Draft], now: datetime) -> list[Special]:
    """Pick the few recent cases where a suggested person declines and a manager reassigns.

    (The one case awaiting a decision is a clock-state play: escalations/demo_plays.py.)
    """
    specials = [Special() for _ in drafts]
    candidates = [i for i, d in enumerate(drafts) if age_in_days(d, now) < 30]
    for i in rng.sample(candidates, k=min(DECLINES, len(candidates))):
        specials[i].decline = rng.choice((RoleKind.OWNER, RoleKind.COMMS))
    return specials


# --- 1. The plan ---------------------------------------------------------------------------


@dataclass(order=True)
class Event:
    at: datetime
    seq: int
    action: str = field(compare=False)
    args: dict[str, Any] = field(compare=False, default_factory=dict)


@dataclass
class Plan:
    draft: Draft
    final: str
    events: list[Event] = field(default_factory=list)

    def add(self, at: datetime, action: str, /, **args: Any) -> None:
        self.events.append(Event(at, len(self.events), action, args))


@dataclass(frozen=True)
class Window:
    """One of a case's SLA windows as it was raised: its working hours and its length."""

    hours: Any  # matrix.calendar.WorkingHours, or ALWAYS for 24×7
    seconds: float

    def at(self, start: datetime, share: float) -> datetime:
        """The instant `share` of the window is used, counted from `start`."""
        return self.hours.add(start, share * self.seconds)


# A case without a clock of that kind (no matrix cell): Sev-2's targets.
FALLBACK_WINDOWS = {ClockKind.ACKNOWLEDGE: 3600, ClockKind.RESOLVE: 8 * 3600}


def windows(case: Escalation, desk: Desk) -> dict[str, Window]:
    """The acknowledge and resolve windows the case was raised with (one query)."""
    clocks = Clock.objects.filter(escalation=case).values_list("kind", "target_minutes", "calendar")
    found = {
        kind: Window(desk.hours.get(calendar, ALWAYS), minutes * 60)
        for kind, minutes, calendar in clocks
    }
    return {kind: found.get(kind, Window(ALWAYS, s)) for kind, s in FALLBACK_WINDOWS.items()}


def _share(rng: random.Random, met: float) -> float:
    """How much of a window a done case used: within it `met` of the time, else up to 3×."""
    return rng.uniform(0.15, 0.95) if rng.random() < met else rng.uniform(1.05, 3.0)


def plan(
    now: datetime,
    rng: random.Random,
    draft: Draft,
    final: str,
    special: Special,
    cast: Cast,
    windows: dict[str, Window],
) -> Plan:
    """The life of a case that ends resolved or closed (`final`) before `now`.

    `windows` are the case's own (after intake: its severity is triage's): most cases are
    acknowledged and resolved within them, some miss, as on a real desk.
    """
    ctx = draft.ctx
    created = draft.created
    result = Plan(draft, final)
    road = _road(rng, final, draft, age_in_days(draft, now))

    available = now - created - timedelta(minutes=1)
    resolving = windows[ClockKind.RESOLVE].at(created, _share(rng, RESOLVED_IN_TIME))
    span = min(available, resolving - created)
    # The owner accepts (acknowledges) first; later moves spread over the rest, the last
    # resolution at the end; a closure follows it.
    acknowledging = windows[ClockKind.ACKNOWLEDGE].at(created, _share(rng, ACKNOWLEDGED_IN_TIME))
    ack = min(span / 2, acknowledging - created)
    closing = final == Status.CLOSED
    fractions = sorted(rng.random() for _ in road[1 : len(road) - closing])
    fractions[-1] = 1.0
    offsets = [ack] + [ack + (span - ack) * f for f in fractions]
    if closing:
        offsets.append(min(available, span + timedelta(hours=rng.uniform(2, 96))))
    # A second apart at least, so the timeline shows the moves in the order they were made.
    moments = [created + offset + timedelta(seconds=i + 1) for i, offset in enumerate(offsets)]
    # By step, moves by their own name ("resolve", "close"); a second resolution wins.
    at_step = dict(zip([args.get("name", name) for name, args in road], moments, strict=True))
    resolved = at_step["resolve"]
    work_end = resolved

    def during() -> datetime:
        return created + (work_end - created) * rng.uniform(0.05, 0.98)

    def before_ack(share: float) -> datetime:
        return created + (moments[0] - created) * share

    # Roles: the matrix suggested all three at intake; each person answers.
    for kind in (RoleKind.AUTHORITY, RoleKind.COMMS):
        if special.decline == kind:
            continue  # declines below; the replacement accepts
        result.add(before_ack(rng.uniform(0.2, 0.9)), "accept", kind=kind)
    if special.decline:
        manager = rng.choice(cast.managers).username
        result.add(
            before_ack(0.2),
            "decline",
            kind=special.decline,
            reason=rng.choice(demo_data.DECLINE_REASONS),
        )
        result.add(
            before_ack(0.45),
            "reassign",
            kind=special.decline,
            by=manager,
            note=rng.choice(demo_data.HANDOFF_NOTES),
        )
        if special.decline == RoleKind.COMMS:
            result.add(before_ack(0.7), "accept", kind=RoleKind.COMMS)

    # The road: the owner accepting is the acknowledgement; then the moves.
    for (name, args), moment in zip(road, moments, strict=True):
        result.add(moment, name, **args)

    # Words: the customer's and our updates, within five interactions in all.
    room = MAX_WORDS - len(draft.interactions) - ("reply" in at_step)
    fills = update_fills(rng, draft)
    if room > 0:
        soon = timedelta(minutes=rng.uniform(10, 120))
        first = moments[0] + max(timedelta(0), min(soon, (work_end - moments[0]) / 2))
        result.add(first, "update", fills=fills)
        room -= 1
    after = at_step.get("close", min(now - timedelta(seconds=1), resolved + timedelta(days=2)))
    if room > 0:
        result.add(resolved + (after - resolved) * 0.3, "update", fills=fills)
        room -= 1
    # The stalled sweep reads any message within 72 h of a recent resolution as a repeat
    # contact (it cannot tell a thank-you from a complaint): the recent ones stay unthanked.
    if room > 0 and rng.random() < 0.3 and resolved < now - 2 * REPEAT_WINDOW:
        thanks = rng.choice(demo_data.THANKS)
        result.add(resolved + (after - resolved) * 0.6, "inbound", text=thanks)
        room -= 1
    extra = rng.randint(0, max(0, min(1, room)))
    for _ in range(extra):
        moment = during()
        if moment > moments[0] and rng.random() < 0.5:
            result.add(moment, "update", fills=fills)
        else:
            text = rng.choice(demo_data.CHASERS).format_map(ctx)
            result.add(moment, "inbound", text=text, call=rng.random() < 0.25)

    for action, outcome in draft.later_steps:
        result.add(during(), "step", action=action, result=outcome)
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        result.add(during(), "note", **note(rng, draft, cast))
    for kind, label, url, content in artifacts(rng, draft):
        result.add(during(), "artifact", kind=kind, label=label, url=url, content=content)
    return result


def update_fills(rng: random.Random, draft: Draft) -> dict[str, list[str]]:
    """What the comms lead writes into the templates' "…" gaps, by template purpose."""
    return {
        UpdateTemplate.Purpose.PROGRESS: [rng.choice(demo_data.UPDATES[draft.brief.category])],
        UpdateTemplate.Purpose.CLOSURE: [
            draft.brief.desired_outcome,
            rng.choice(demo_data.PREVENTION).capitalize(),
        ],
    }


def note(rng: random.Random, draft: Draft, cast: Cast) -> dict[str, str]:
    """An internal note, by the owner ("") or a manager on duty."""
    pool = demo_data.NOTES[draft.brief.category] + demo_data.NOTES["any"]
    by = rng.choice(["", *[m.username for m in cast.managers]])
    return {"text": rng.choice(pool).format_map(draft.ctx), "by": by}


def _road(
    rng: random.Random, final: str, draft: Draft, age_days: float
) -> list[tuple[str, dict[str, Any]]]:
    """The steps after intake to resolved or closed: ("ack"), moves, waits, proposals, decisions."""
    road: list[tuple[str, dict[str, Any]]] = [("ack", {}), ("move", {"name": "diagnose"})]
    if rng.random() < 0.25:
        road += [
            ("wait", {"note": rng.choice(demo_data.WAIT_NOTES)}),
            ("reply", {"text": rng.choice(demo_data.REPLIES)}),
        ]
    if asks_for_approval(draft.brief):
        approve = rng.random() < APPROVE_SHARE
        reasons = demo_data.APPROVE_REASONS if approve else demo_data.REJECT_REASONS
        road += [
            ("propose", proposal(rng, draft)),
            ("decide", {"approve": approve, "reason": rng.choice(reasons)}),
        ]
        if not approve:
            road.append(("move", {"name": "execute"}))
    else:
        road.append(("move", {"name": "execute"}))
    road.append(("move", {"name": "resolve", "resolution": _resolution(rng, draft)}))
    if age_days > 10 and rng.random() < 0.1:
        # The fix did not hold: reopened, fixed again.
        road += [
            ("move", {"name": "reopen", "note": rng.choice(demo_data.REOPEN_NOTES)}),
            ("move", {"name": "execute"}),
            ("move", {"name": "resolve", "resolution": _resolution(rng, draft)}),
        ]
    if final == Status.CLOSED:
        road.append(("close", {"story": closeout_story(draft)}))
    return road


def closeout_story(draft: Draft) -> demo_closeouts.Story:
    brief = draft.brief
    routine = any(draft.scenario is s for s in demo_scenarios.ROUTINE_SCENARIOS[brief.category])
    return demo_closeouts.story_of(brief.product_area, brief.category, routine=routine)


def proposal(rng: random.Random, draft: Draft) -> dict[str, Any]:
    brief = draft.brief
    if brief.refund_amount is not None:
        kind = Approval.Kind.REFUND if brief.category == Category.BILLING else Approval.Kind.CREDIT
        amount: Decimal | None = brief.refund_amount
    else:
        kind, amount = Approval.Kind.POLICY_EXCEPTION, None
    values = {
        **draft.ctx,
        "amount": f"${amount:,.2f}" if amount is not None else "",
        "area": brief.product_area,
    }
    return {
        "kind": kind,
        "amount": amount,
        "reason": rng.choice(demo_data.APPROVAL_REASONS[kind]).format_map(values),
        "customer_message": rng.choice(demo_data.CUSTOMER_TOLD[kind]).format_map(values),
    }


def _resolution(rng: random.Random, draft: Draft) -> str:
    text = f"{rng.choice(demo_data.RESOLUTION_OPENERS)} {draft.brief.desired_outcome}"
    cause = draft.scenario.get("root_cause")
    return f"{text} Cause: {cause}" if cause else text


def artifacts(rng: random.Random, draft: Draft) -> list[tuple[str, str, str, str]]:
    scenario, ctx, category = draft.scenario, draft.ctx, draft.brief.category
    wanted = []
    if scenario.get("log") and rng.random() < 0.5:
        log = scenario["log"].format_map(ctx)
        wanted.append((ArtifactKind.LOG, f"{scenario['area']} log excerpt", "", log))
    if rng.random() < 0.35:
        label, url = rng.choice(demo_data.LINKS[category])
        kind = ArtifactKind.SCREENSHOT if url.endswith(".mp4") else ArtifactKind.LINK
        wanted.append((kind, label, url.format_map(ctx), ""))
    return wanted


# --- 2. Living it --------------------------------------------------------------------------


@dataclass
class Desk:
    """What every case's life reads and does not change: people, roster, templates."""

    cast: Cast
    roster: list[RosterEntry]
    templates: dict[str, UpdateTemplate]
    engine: dict[str, Any]  # the active triage configuration, loaded once for every case
    hours: dict[int, Any]  # each business calendar's working hours, by id (None: 24×7)
    triggers: dict[str, Trigger]  # the close-out's lists, by slug
    causes: dict[str, RootCause]

    @classmethod
    def load(cls, cast: Cast) -> Desk:
        roster = list(RosterEntry.objects.select_related("person", "role"))
        templates = {t.purpose: t for t in UpdateTemplate.objects.all()}
        config = active_config()
        calendars = BusinessCalendar.objects.prefetch_related("holidays")
        hours = {calendar.pk: hours_for(calendar) for calendar in calendars}
        engine = {"config": config, "rules": rules_for(config)}
        triggers = {t.slug: t for t in Trigger.objects.filter(active=True)}
        causes = {c.slug: c for c in RootCause.objects.filter(active=True)}
        return cls(cast, roster, templates, engine, hours, triggers, causes)


def raise_draft(draft: Draft, desk: Desk) -> Escalation:
    """Intake: the brief is recorded, triaged, given the matrix's people and its clocks."""
    return workflow.raise_escalation(
        draft.brief,
        steps=draft.steps,
        interactions=draft.interactions,
        by=draft.brief.created_by,
        now=draft.created,
        trigger=TriageRun.Trigger.SEED,
        **desk.engine,
    )


def perform(case: Escalation, events: list[Event], desk: Desk, rng: random.Random) -> None:
    """The plan's events in time order, each through the workflow with its instant as `now`."""
    life = _Life(case, desk, rng)
    for event in sorted(events):
        getattr(life, event.action)(event.at, **event.args)


class _Life:
    """One case being worked: the people holding its roles as the story goes on."""

    def __init__(self, case: Escalation, desk: Desk, rng: random.Random) -> None:
        self.case, self.desk, self.rng = case, desk, rng
        self.roles: dict[str, Assignment] = {}
        for assignment in case.assignments.current().select_related("person", "role"):
            self._hold(assignment)
        self.approval: Approval | None = None
        self.last_sent: datetime | None = None  # our latest customer update

    def _hold(self, assignment: Assignment) -> None:
        assignment.escalation = self.case  # the workflow moves this very object
        self.roles[assignment.kind] = assignment

    def _owner(self) -> User:
        """Who works the case: its owner once accepted, until then whoever raised it."""
        owner = self.roles.get(RoleKind.OWNER)
        if owner is not None and owner.status == Assignment.Status.ACCEPTED:
            return owner.person
        return self.case.created_by

    # Roles.
    def accept(self, at: datetime, *, kind: str) -> None:
        assignment = self.roles.get(kind)
        if assignment is not None and assignment.status == Assignment.Status.PENDING:
            workflow.accept_assignment(assignment, by=assignment.person, now=at)

    def ack(self, at: datetime) -> None:
        self.accept(at, kind=RoleKind.OWNER)

    def decline(self, at: datetime, *, kind: str, reason: str) -> None:
        assignment = self.roles.get(kind)
        if assignment is not None and assignment.status == Assignment.Status.PENDING:
            workflow.decline_assignment(assignment, reason=reason, by=assignment.person, now=at)

    def reassign(self, at: datetime, *, kind: str, by: str, note: str) -> None:
        declined = self.roles.get(kind)
        if declined is None or declined.status != Assignment.Status.DECLINED:
            return
        person, role, direction = self._replacement(declined)
        if person is None:
            return
        text = note.format(
            declined=declined.person_name,
            reason=declined.decline_reason.rstrip("."),
            new=person.get_full_name() or person.username,
        )
        # Warm always: the note says the two talked; Sev-1/2 and frustrated customers need it.
        handoff = Handoff(text, Assignment.Temperature.WARM, direction)
        made = workflow.assign_roles(
            self.case,
            {kind: (person, role, declined.pk)},
            handoff=handoff,
            by=self.desk.cast[by],
            now=at,
        )
        for assignment in made:
            self._hold(assignment)

    def _replacement(self, declined: Assignment) -> tuple[User | None, Any, str]:
        """Sideways to another holder of the role, else up the chain to the role above."""
        region = self.case.customer.region
        role = declined.role
        entries = self.desk.roster
        if role is not None:
            others = [p for p in holders(role, region, entries) if p.pk != declined.person_id]
            if others:
                return others[0], role, Assignment.Direction.FUNCTIONAL
            above = role.escalates_to
            if above is not None:
                people = [p for p in holders(above, region, entries) if p.pk != declined.person_id]
                if people:
                    return people[0], above, Assignment.Direction.HIERARCHICAL
        return None, None, ""

    # Moves.
    def move(self, at: datetime, *, name: str, note: str = "", resolution: str = "") -> None:
        workflow.change_status(
            self.case, name, by=self._owner(), now=at, note=note, resolution=resolution
        )

    def close(self, at: datetime, *, story: demo_closeouts.Story) -> None:
        """The owner closes the case with its close-out; the close event computes "within SLA".

        The choices come from a generator of this case's own (seeded by what the case is, not
        its id), so the main one draws exactly as before and the rest of the desk is unchanged.
        """
        case = self.case
        seed = f"closeout|{case.created_at.isoformat()}|{case.title}"
        rng = random.Random(seed)  # noqa: S311 - demo data, not a secret
        within = sla_verdict(case, now=at).within
        trigger, cause, avoidable = demo_closeouts.choose(rng, story, within_sla=within)
        values = {
            "trigger": self.desk.triggers[trigger],
            "root_cause": self.desk.causes[cause],
            "avoidable": avoidable,
            "resolution_summary": case.resolution_summary,
            "exit_criteria_met": True,
        }
        workflow.close_escalation(case, values, by=self._owner(), now=at)

    def wait(self, at: datetime, *, note: str) -> None:
        self.move(at, name="wait", note=note)

    def reply(self, at: datetime, *, text: str) -> None:
        """The customer answers what we waited for: the workflow resumes the case."""
        self.inbound(at, text=text, resume=True)

    def propose(self, at: datetime, **proposal: Any) -> None:
        self.approval = workflow.propose_approval(self.case, by=self._owner(), now=at, **proposal)

    def decide(self, at: datetime, *, approve: bool, reason: str) -> None:
        approval = self.approval
        if approval is None:
            return
        decider = self._decider(approval)
        workflow.decide_approval(approval, approve=approve, reason=reason, by=decider, now=at)
        # The workflow decided on a fresh copy of the case; carry its new state over.
        actions.refresh(self.case, approval.escalation)
        approval.escalation = self.case

    def _decider(self, approval: Approval) -> User:
        """The case's authority when they may decide, else a holder of the role it needs, else
        the least senior role above that covers the amount (matrix.actions.may_decide)."""
        authority = self.roles.get(RoleKind.AUTHORITY)
        people = [authority.person] if authority is not None else []
        ranked = sorted(
            self.desk.roster,
            key=lambda e: (e.role_id != approval.decider_role_id, e.role.seniority, e.order),
        )
        people += [e.person for e in ranked if not e.away]
        for person in people:
            if person.pk != approval.proposed_by_id and may_decide(approval, person):
                return person
        raise AssertionError(f"Nobody on the demo roster may decide {approval}.")

    # Words.
    def inbound(self, at: datetime, *, text: str, call: bool = False, resume: bool = False) -> None:
        if self.case.status == Status.WAITING_ON_CUSTOMER and not resume:
            return  # any inbound message ends a wait; only the planned reply may
        customer = self.case.customer
        interaction = Interaction(
            occurred_at=max(self.case.created_at, at - timedelta(minutes=self.rng.randint(0, 30))),
            channel=Channel.CALL if call else Channel.EMAIL,
            direction=Direction.INBOUND,
            contact_name=customer.primary_contact_name,
            body=text,
        )
        workflow.customer_wrote(
            self.case, interaction, by=self._owner(), now=at, **self.desk.engine
        )

    def update(self, at: datetime, *, fills: dict[str, list[str]]) -> None:
        """The comms lead writes from the template the desk suggests, filled from the case."""
        lead = self.roles.get(RoleKind.COMMS)
        if lead is None or lead.status != Assignment.Status.ACCEPTED:
            return
        purpose = suggested_template(self.case, lead=lead, last_sent=self.last_sent)
        template = self.desk.templates.get(purpose)
        if template is None:
            return
        values = template_values(self.case, sender=lead.person, now=at)
        subject, body = template.fill(values)
        for text in fills.get(purpose, []):
            # The shipped templates leave "…" for what the comms lead writes in.
            body = body.replace("…", text, 1)
        workflow.send_customer_update(
            self.case, subject=subject, body=body, template=template, by=lead.person, now=at
        )
        self.last_sent = at

    # Work on the case.
    def note(self, at: datetime, *, text: str, by: str) -> None:
        author = self.desk.cast[by] if by else self._owner()
        actions.add_note(self.case, text, by=author, now=at)

    def step(self, at: datetime, *, action: str, result: str) -> None:
        step = TroubleshootingStep(action=action, result=result, performed_at=at)
        actions.add_troubleshooting_step(self.case, step, by=self._owner(), now=at)

    def artifact(self, at: datetime, *, kind: str, label: str, url: str, content: str) -> None:
        artifact = Artifact(kind=kind, label=label, url=url, content=content)
        actions.add_artifact(self.case, artifact, by=self._owner(), now=at)
