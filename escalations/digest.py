"""The daily digest: at 08:00 in each manager's time zone, what needs them.

send_daily_digests(now) -> int, run every 15 minutes by a django-q2 schedule:
1. Load every active support manager and desk admin (escalations.access.is_manager: superusers
   too) with their groups and preferences, and the digests already told for the local dates
   in play — three queries however many managers there are.
2. A manager whose local time on `now` (Preferences.time_zone, UTC without preferences) is
   08:00 or later and who has no `digest:<local date>` notification is due. So a run at
   08:00–08:15 their time sends it, and a manager whose 08:00 passed while the cluster was
   down gets it at the first run later that day; a day that passed entirely is not sent the
   next morning (that morning has its own digest).
3. For each due manager, in one transaction: the four counts in one query over the open cases
   they may see (Escalation.objects.visible_to: a Sev-1 case they are not on is neither
   counted nor listed), the top TOP of each non-empty section by nearest due clock (one query
   each), then one Notification through escalations.notifications.notify, whose unique
   (recipient, key) makes two workers or two runs send it once. Its e-mail goes after commit.
   A digest with nothing in it reaches the bell but sends no e-mail.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Count, F, Q, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse

from .access import DESK_ADMIN, SUPPORT_MANAGER
from .choices import OPEN_STATUSES
from .models import Escalation, Notification, Preferences
from .notifications import absolute_url, notify

logger = logging.getLogger(__name__)

DIGEST_AT = time(8, 0)
TOP = 10
UTC = ZoneInfo("UTC")


@dataclass(frozen=True)
class DigestCase:
    reference: str
    title: str
    customer: str
    when: str  # why it is in its section, times in the manager's zone: "overdue since Nov 2, 09:30"
    url: str


@dataclass
class Section:
    key: str
    label: str
    count: int
    url: str  # the queue filtered to this section
    cases: list[DigestCase] = field(default_factory=list)

    @property
    def more(self) -> int:
        return max(self.count - len(self.cases), 0)


@dataclass
class Digest:
    day: date
    time_zone: str
    sections: list[Section]
    queue_url: str

    @property
    def total(self) -> int:
        return sum(section.count for section in self.sections)


def send_daily_digests(now: datetime) -> int:
    """Create (and e-mail after commit) today's digest for each manager due; how many."""
    managers = list(
        User.objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__name__in=(SUPPORT_MANAGER, DESK_ADMIN)))
        .distinct()
        .order_by("pk")
        .prefetch_related("groups")
    )
    zones = dict(
        Preferences.objects.filter(user__in=[m.pk for m in managers]).values_list(
            "user_id", "time_zone"
        )
    )
    due: list[tuple[User, tzinfo, date]] = []
    for manager in managers:
        # Cached as escalations.access.group_names would: visible_to asks no further query.
        manager._desk_groups = frozenset(g.name for g in manager.groups.all())
        zone = _zone(zones.get(manager.pk, "UTC"), manager)
        local = now.astimezone(zone)
        if local.time() >= DIGEST_AT:
            due.append((manager, zone, local.date()))
    told = set(
        Notification.objects.filter(
            recipient__in=[m.pk for m, _, _ in due],
            key__in={digest_key(day) for _, _, day in due},
        ).values_list("recipient_id", "key")
    )
    sent = 0
    for manager, zone, day in due:
        if (manager.pk, digest_key(day)) in told:
            continue
        with transaction.atomic():
            digest = build_digest(manager, now=now, day=day, zone=zone)
            sent += len(_record(manager, digest, now=now))
    return sent


def digest_key(day: date) -> str:
    return f"digest:{day.isoformat()}"


def build_digest(user: User, *, now: datetime, day: date, zone: tzinfo) -> Digest:
    """What needs `user` at `now`: one counting query, one query per non-empty section."""
    open_cases = Escalation.objects.visible_to(user).filter(status__in=OPEN_STATUSES)
    conditions = {
        "breached": Q(sla_due_at__lte=now),
        "amber": Q(sla_amber_at__lte=now, sla_due_at__gt=now),
        "paused": Q(sla_paused_at__isnull=False),
        "stalled": Q(stalled_at__isnull=False),
    }
    counts = open_cases.filter(
        # Every section implies one of these: the partial indexes esc_attention, esc_paused
        # and esc_stalled find the rows, not a scan of every open case.
        Q(sla_due_at__isnull=False) | Q(sla_paused_at__isnull=False) | Q(stalled_at__isnull=False)
    ).aggregate(**{name: Count("pk", filter=q) for name, q in conditions.items()})
    queue = reverse("escalations:queue")
    labels = {
        "breached": ("Breached", "sla=red"),
        "amber": ("About to breach (amber)", "sla=amber"),
        "paused": ("Paused, waiting on the customer", "sla=paused"),
        "stalled": ("Stalled", "stalled=1"),
    }
    sections = []
    for name, q in conditions.items():
        label, params = labels[name]
        section = Section(name, label, counts[name], absolute_url(f"{queue}?{params}"))
        if section.count:
            section.cases = [_case(case, name, zone) for case in _top(open_cases.filter(q))]
        sections.append(section)
    return Digest(day, str(zone), sections, absolute_url(queue))


def _top(cases: QuerySet[Escalation]) -> list[Escalation]:
    return list(
        cases.select_related("customer")
        .only("id", "title", "sla_due_at", "sla_paused_at", "stalled_reason", "customer__name")
        .order_by(F("sla_due_at").asc(nulls_last=True), "id")[:TOP]
    )


def _case(case: Escalation, section: str, zone: tzinfo) -> DigestCase:
    if section == "paused":
        when = f"paused since {_local(case.sla_paused_at, zone)}"
    elif section == "stalled":
        when = case.stalled_reason or "stalled"
    elif section == "breached":
        when = f"overdue since {_local(case.sla_due_at, zone)}"
    else:
        when = f"due {_local(case.sla_due_at, zone)}"
    return DigestCase(
        reference=case.reference,
        title=case.title,
        customer=case.customer.name,
        when=when,
        url=absolute_url(case.get_absolute_url()),
    )


def _local(at: datetime, zone: tzinfo) -> str:
    local = at.astimezone(zone)
    return f"{local:%b} {local.day}, {local:%H:%M}"


def _record(manager: User, digest: Digest, *, now: datetime) -> list[Notification]:
    context = {"digest": digest}
    return notify(
        [manager],
        escalation=None,
        key=digest_key(digest.day),
        subject=render_to_string("emails/digest-subject.txt", context),
        body=render_to_string("emails/digest-body.txt", context).strip(),
        now=now,
        url=reverse("escalations:queue"),
        # Nothing needs them: the bell says so, no e-mail to say nothing.
        email=digest.total > 0,
        email_context=context,
    )


def _zone(name: str, manager: User) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        # The form validates it; a row written around it must not stop everyone's digest.
        logger.warning("Time zone %r of %s is not one; their digest runs on UTC", name, manager)
        return UTC
