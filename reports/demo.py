"""The reports' part of the demo desk: what a manager did about the systemic problems, and the
snapshot the 1st of the month left behind (`manage.py seed_report_demo`, run by seed_demo).

seed_reports(now) -> list[str]
    1. The latest complete quarter before `now` (desk time zone): its systemic problem with the
       most ARR at risk gets an action item routed to its function, in progress, owned by the
       demo person who would hold it, raised five days after the quarter ended.
    2. The quarter before it, if it had a systemic problem too: an item already done, with what
       was done, so the quarterly report shows "what was done with last quarter's".
    3. The previous complete month's snapshot (reports.tasks.take_monthly_snapshot), which
       tells the executives as the schedule would.
Each step is skipped when what it makes is there (an item for that problem, the snapshot), so
a second run changes nothing; each returns a line saying what it did or why not.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.contrib.auth.models import Group, User

from escalations.access import DESK_ADMIN, SUPPORT_MANAGER

from . import actions, systemic
from .models import ActionItem
from .periods import Period, month_of
from .tasks import take_monthly_snapshot

# Who takes an item of each function in the demo desk (escalations/demo_data.py's people).
OWNERS = {
    "engineering": "mei.lin",  # Engineering lead (Tier 2)
    "support_ops": "sarah.okoye",  # Support director
    "support_vp": "executive",  # VP Customer Success
    "training": "victor.hale",  # Global CSM lead
}
RAISED_BY = "manager"
RAISED_AFTER = timedelta(days=5)  # the review after the quarter closed
DUE_AHEAD = timedelta(days=30)

TITLES = {
    "engineering": "Fix the defects behind {quarter}'s {cause} escalations, with regression tests",
    "support_ops": "Close the gaps behind {quarter}'s {cause} escalations: KB articles and routing",
    "support_vp": "Rewrite the policy behind {quarter}'s {cause} escalations",
    "training": "Train the team on what {quarter}'s {cause} cases needed",
}
DONE_OUTCOME = (
    "Shipped fixes for the defects behind most of the {cases} cases and rewrote the KB "
    "articles they sent customers to; the next quarter's report shows whether it held."
)


def seed_reports(now: datetime) -> list[str]:
    latest = month_of(now).quarter().previous()
    raiser = _raiser()
    if raiser is None:
        lines = ["action items: no support manager on the desk to raise them; none added"]
    else:
        lines = [
            _item(latest, raiser, now=now, done=False),
            _item(latest.previous(), raiser, now=now, done=True),
        ]
    snapshot = take_monthly_snapshot(now)
    month = month_of(now).previous().label
    lines.append(
        f"snapshot of {month}: taken, executives told"
        if snapshot is not None
        else f"snapshot of {month}: already there"
    )
    return lines


def _item(quarter: Period, raiser: User, *, now: datetime, done: bool) -> str:
    found = systemic.problem_counts(quarter)  # most ARR at risk first
    problem = found[0] if found else None
    if problem is None:
        return (
            f"action items: no systemic problem in {quarter.title} (no root cause with "
            f"{systemic.THRESHOLD} or more cases closed); none added"
        )
    if ActionItem.objects.filter(quarter=quarter.label, root_cause=problem).exists():
        return f"action items: {problem.name} in {quarter.title} has one already"
    raised_at = min(quarter.end + RAISED_AFTER, now)
    owner = User.objects.filter(username=OWNERS[problem.function], is_active=True).first()
    item = actions.raise_item(
        period=quarter,
        root_cause=problem,
        title=TITLES[problem.function].format(quarter=quarter.title, cause=problem.name.lower()),
        function=problem.function,
        owner=owner or raiser,
        # Done: due two months after it was raised; in progress: due a month from the demo's now.
        due_date=systemic.today((raised_at + timedelta(days=60)) if done else (now + DUE_AHEAD)),
        status=ActionItem.Status.DONE if done else ActionItem.Status.IN_PROGRESS,
        outcome=DONE_OUTCOME.format(cases=problem.cases) if done else "",
        by=raiser,
        now=raised_at,
    )
    return (
        f"action item for {problem.name} in {quarter.title} ({problem.cases} cases, "
        f"${problem.arr_at_risk:,.0f} ARR at risk): {item.get_status_display().lower()}, "
        f"routed to {item.get_function_display()}"
    )


def _raiser() -> User | None:
    found = User.objects.filter(username=RAISED_BY, is_active=True).first()
    if found is not None:
        return found
    managers = Group.objects.filter(name__in=[SUPPORT_MANAGER, DESK_ADMIN])
    return User.objects.filter(is_active=True, groups__in=managers).order_by("pk").first()
