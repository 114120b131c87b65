"""Where the demo's open cases stand on their SLA clocks when the demo is loaded.

Every open demo case plays one of these; every other case is resolved or closed. A play says
which states its cases are in at seed_demo's `now` (green, amber, red, paused, stalled, by the
rule of matrix/models/clocks.py and issue 9: amber once 75 % of a window is used, red once it
is due) and how they got there, so a manager who logs in sees a "Needs attention" queue with
something in every state. escalations/demo_plays.py lives them; plain data here.

The severity of a case is triage's to decide, not the demo's, so a play either works whatever
the severity (its instants are set from the case's own resolve window once it is raised) or
picks a product `area` whose impact floor makes it Sev-1 (a complete outage, a security
breach) and is raised by `manager`, so that the manager on duty may see it.

Fields (times in minutes; a pair is a range the seeded rng picks from):
- name, states: what it shows, and the states its cases are in at `now`.
- per_400: how many cases play it on the default desk of 400 (scaled, at least one).
- statuses: the final status of its 1st, 2nd, … case (cycled).
- raised: how long before `now` the case was raised.
- area, creator: the forced scenario and who raised it (else the draft's own).
- pending: the roles whose suggested person has not accepted by `now` (an answer-by time
  that has passed is a stall).
- wait: the share of the resolve window used when the case went to wait on the customer.
- resumed: the share used at `now`, after the customer came back (the owner resumes the case:
  "Customer is back"); None, still waiting.
- quiet: how long nothing has happened on the case before `now`.
"""

from __future__ import annotations

DAY = 24 * 60

PLAYS: tuple[dict, ...] = (
    {
        "name": "a complete outage nobody has acknowledged for 40 minutes",
        # Sev-1: 15 minutes to acknowledge, auto-escalation at 30 — the sla sweep at `now`
        # raises it to the owner role's next level, whose own window then starts.
        "states": ("red",),
        "per_400": 1,
        "statuses": ("new",),
        "raised": (40, 40),
        "area": "Platform availability",
        "creator": "manager",
        "pending": ("owner",),
    },
    {
        "name": "a security incident raised 12 minutes ago, not yet acknowledged",
        # 12 of its 15 minutes used: 80 %.
        "states": ("amber",),
        "per_400": 1,
        "statuses": ("new",),
        "raised": (12, 12),
        "area": "Security",
        "creator": "manager",
        "pending": ("owner",),
    },
    {
        "name": "just raised, well within its acknowledge window",
        # At most 6 minutes: under half of the tightest window (Sev-1's 15 minutes).
        "states": ("green",),
        "per_400": 2,
        "statuses": ("new",),
        "raised": (2, 6),
        "pending": ("owner",),
    },
    {
        "name": "acknowledged within minutes, the comms lead's first update sent",
        # At most 2 h 20 of Sev-1's 4-hour resolve window: under 60 %.
        "states": ("green",),
        "per_400": 5,
        "statuses": ("acknowledged", "diagnose"),
        "raised": (35, 140),
    },
    {
        "name": "the customer is back after a long wait; most of the resolve window is used",
        "states": ("amber",),
        "per_400": 4,
        "statuses": ("diagnose", "execute"),
        # Long enough ago for Sev-4's 72 business hours to be 85 % used with the wait between.
        "raised": (15 * DAY, 20 * DAY),
        "wait": (0.05, 0.1),
        "resumed": (0.8, 0.88),
    },
    {
        "name": "the customer is back; a third of the resolve window is used",
        "states": ("green",),
        "per_400": 4,
        "statuses": ("execute", "diagnose"),
        "raised": (13 * DAY, 18 * DAY),
        "wait": (0.05, 0.1),
        "resumed": (0.3, 0.5),
    },
    {
        "name": "the fix needs the authority's decision; the customer came back first",
        "states": ("green",),
        "per_400": 1,
        "statuses": ("awaiting_approval",),
        "raised": (13 * DAY, 18 * DAY),
        "wait": (0.05, 0.1),
        "resumed": (0.3, 0.45),
    },
    {
        "name": "waiting on the customer",
        "states": ("paused",),
        "per_400": 5,
        "statuses": ("waiting_on_customer",),
        "raised": (1 * DAY, 25 * DAY),
        "wait": (0.25, 0.65),
    },
    {
        "name": "waiting on the customer, and the comms lead never accepted",
        "states": ("paused", "stalled"),
        "per_400": 1,
        "statuses": ("waiting_on_customer",),
        "raised": (3 * DAY, 8 * DAY),
        "wait": (0.25, 0.5),
        "pending": ("comms",),
    },
    {
        "name": "back on track, but the decision authority never accepted",
        "states": ("green", "stalled"),
        "per_400": 1,
        "statuses": ("diagnose",),
        "raised": (13 * DAY, 18 * DAY),
        "wait": (0.05, 0.1),
        "resumed": (0.3, 0.5),
        "pending": ("authority",),
    },
    {
        "name": "acknowledged weeks ago, resolve and update overdue, quiet for days",
        # Sixteen days hold more than Sev-4's 72 business hours; a Sev-1 or Sev-2 quiet for
        # longer than its update cadence (1 or 2 days) is stalled as well.
        "states": ("red",),
        "per_400": 5,
        "statuses": ("diagnose", "execute"),
        "raised": (16 * DAY, 40 * DAY),
        "quiet": (2 * DAY, 6 * DAY),
    },
)
