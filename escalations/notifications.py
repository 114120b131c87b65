"""The one way the desk tells a person something: a row in their bell, then an e-mail.

notify(people, *, escalation, key, subject, body, now, url=None) -> list[Notification]
    One event, a few people (views, workflow, the digest). Returns the rows it created.
notify_many(messages, *, now) -> int
    Many events at once (the sweeps): the same rules, set-based, in a number of queries that
    does not grow with the batch. Returns how many rows it created.
send_outbox(now) -> int
    Sends what is still unsent: what a killed worker left behind. The sweeps call it.

Exactly once, in four steps:
1. A row per (recipient, key). The unique constraint `notification_once` is the guarantee,
   not a read before the write: notify's inserts each run in their own savepoint, so the
   IntegrityError of a key told before rolls back that insert only; notify_many's multi-row
   INSERT skips such a key (ON CONFLICT DO NOTHING). On PostgreSQL an insert racing another
   transaction's uncommitted row waits for it and then fails (or succeeds if it rolled back);
   SQLite's IMMEDIATE transactions queue writers, so the other row is already visible.
2. E-mail only after the transaction that recorded the event commits
   (`transaction.on_commit`): a rolled-back sweep sends nothing.
3. Each send claims its row with a conditional UPDATE (`email_claimed_at` empty or older than
   CLAIM_STALE) and goes on only when exactly one row changed, so two workers never both send.
4. `emailed_at` is set once the backend accepted the message. A worker killed after commit
   leaves the row unclaimed (or with a claim that goes stale): `send_outbox` sends it. The one
   window left is between the mail server accepting and our UPDATE; the Message-ID is the
   row's own, so a second copy from that window is recognisable as the same message.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urljoin

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, connection, transaction
from django.db.models import Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from .bulk_insert import insert_rows
from .choices import Severity
from .models import Escalation, Notification, Preferences

logger = logging.getLogger(__name__)

# Longer than any send takes (the SMTP backend's timeout included), so a claim this old means
# the worker that took it died; shorter than anyone would wait for a breach warning.
CLAIM_STALE = timedelta(minutes=10)


def _stale_before(now: datetime) -> datetime:
    """Claims older than this are a dead worker's. A claim guards a send happening now, in the
    machine's time, so it goes stale only once it is old by `now` *and* by the clock: a pass
    run at an instant ahead of time (a replayed or pinned sweep) must not take over a row that
    a live worker claimed a moment ago and is sending (two e-mails, found by `make load`)."""
    return min(now, timezone.now()) - CLAIM_STALE


OUTBOX_BATCH = 500
# Which e-mail templates a row is sent with, by the first part of its key; the rest use
# `emails/notification-*`. The outbox has only the row, so this is read from the key.
TEMPLATES_BY_KEY = {"digest": "digest"}
# The columns notify_many writes, in its rows' order.
NOTIFICATION_FIELDS = (
    "recipient",
    "escalation",
    "key",
    "subject",
    "body",
    "url",
    "severity",
    "created_at",
    "email_wanted",
)


@dataclass(frozen=True)
class Message:
    """One notification to create: what `notify_many` takes (ids, so a sweep loads no users)."""

    recipient_id: int
    key: str
    subject: str
    body: str = ""
    url: str = ""
    escalation_id: int | None = None
    severity: int | None = None


def notify(
    people: Iterable[User | None],
    *,
    escalation: Escalation | None,
    key: str,
    subject: str,
    body: str,
    now: datetime,
    url: str | None = None,
    email: bool = True,
    email_context: dict | None = None,
) -> list[Notification]:
    """Tell each distinct active person once about `key`; their e-mail goes after commit.

    A Sev-1 case is told only to those who may see it (its title is in the subject).
    `email=False` records the bell row only; `email_context` is extra context for the e-mail
    templates when sent right after commit (the outbox has only the stored row).
    """
    seen: dict[int, User] = {}
    for person in people:
        if person is not None and person.is_active and person.pk not in seen:
            seen[person.pk] = person
    recipients = sorted(seen.values(), key=lambda person: person.pk)  # see notify_many
    if escalation is not None and escalation.severity == Severity.SEV1:
        recipients = [p for p in recipients if _may_see(p, escalation)]
    if not recipients:
        return []
    severity = escalation.severity if escalation is not None else None
    muted = _muted(recipients, severity)
    if url is None:
        url = escalation.get_absolute_url() if escalation is not None else ""
    created = []
    for person in recipients:
        row = Notification(
            recipient=person,
            escalation=escalation,
            key=key[:120],
            subject=_one_line(subject)[:200],
            body=body,
            url=url[:300],
            severity=severity,
            created_at=now,
            email_wanted=email and bool(person.email) and person.pk not in muted,
        )
        if _insert(row):
            created.append(row)
    _send_after_commit([row.pk for row in created if row.email_wanted], now, email_context)
    return created


def notify_many(messages: Iterable[Message], *, now: datetime) -> int:
    """Create each (recipient, key) once and send their e-mails after commit; how many rows
    it created.

    The caller decides who may be told (the sweeps check Sev-1 visibility themselves).
    Inactive recipients are skipped; e-mail is wanted unless the person has no address or
    mutes Sev-4 e-mail. Written set-based, because a sweep tells thousands at once: the people
    (1 query), then multi-row INSERTs in which `notification_once` skips a (recipient, key)
    told before or by a concurrent worker (ON CONFLICT DO NOTHING; PostgreSQL waits for that
    worker's transaction) and RETURNING hands back only the rows created here.
    """
    batch: dict[tuple[int, str], Message] = {}
    for message in messages:
        batch.setdefault((message.recipient_id, message.key[:120]), message)
    if not batch:
        return 0
    people = {
        row["pk"]: row
        for row in User.objects.filter(pk__in={pid for pid, _ in batch}, is_active=True)
        .annotate(
            mutes_sev4=Exists(Preferences.objects.filter(user=OuterRef("pk"), mute_sev4_email=True))
        )
        .values("pk", "email", "mutes_sev4")
    }
    at = Notification._meta.get_field("created_at").get_db_prep_save(now, connection)
    rows = []
    # In one order for every worker: two transactions inserting overlapping keys on
    # PostgreSQL then wait for each other in line instead of deadlocking.
    for (pid, key), message in sorted(batch.items()):
        person = people.get(pid)
        if person is None:
            continue
        muted = person["mutes_sev4"] and message.severity == Severity.SEV4
        rows.append(
            (
                pid,
                message.escalation_id,
                key,
                _one_line(message.subject)[:200],
                message.body,
                message.url[:300],
                message.severity,
                at,
                bool(person["email"]) and not muted,
            )
        )
    created = insert_rows(
        Notification,
        NOTIFICATION_FIELDS,
        rows,
        unique=("recipient", "key"),
        returning=("id", "email_wanted"),
    )
    _send_after_commit([pk for pk, wanted in created if wanted], now, None)
    return len(created)


def send_outbox(now: datetime, *, limit: int = OUTBOX_BATCH) -> int:
    """Send every wanted, unsent e-mail whose claim is empty or stale; how many went.

    Ids first, through the partial index `notification_outbox` (wanted and not yet e-mailed:
    a handful of rows however many notifications exist), oldest first, at most `limit`.
    """
    stale = _stale_before(now)
    ids = list(
        Notification.objects.filter(email_wanted=True, emailed_at__isnull=True)
        .filter(Q(email_claimed_at__isnull=True) | Q(email_claimed_at__lt=stale))
        .order_by("created_at", "id")
        .values_list("id", flat=True)[:limit]
    )
    return send_emails(ids, now)


def send_emails(ids: list[int], now: datetime, extra_context: dict | None = None) -> int:
    """Claim, send and mark each row; skip those another worker holds or already sent."""
    if not ids:
        return 0
    rows = Notification.objects.filter(pk__in=ids).select_related("recipient", "escalation")
    by_id = {row.pk: row for row in rows}
    sent = 0
    for pk in ids:
        row = by_id.get(pk)
        if row is None:
            continue
        if not (row.recipient.is_active and row.recipient.email):
            # Left the desk or lost the address since: nobody to send to, keep the bell row.
            Notification.objects.filter(pk=pk).update(email_wanted=False)
            continue
        if not _claim(pk, now):
            continue
        try:
            _message(row, extra_context).send()
        except Exception:
            # The claim stays: the row goes again once it is stale (a natural back-off).
            logger.exception("E-mail for notification %s not sent; the outbox retries it", pk)
            continue
        Notification.objects.filter(pk=pk).update(emailed_at=now)
        sent += 1
    return sent


def absolute_url(path: str) -> str:
    """A link for an e-mail: the desk's base URL (DESK_BASE_URL) joined with a path."""
    base = settings.DESK_BASE_URL.rstrip("/") + "/"
    return urljoin(base, path.lstrip("/")) if path else base


# --- Internals -----------------------------------------------------------------------------


def _may_see(person: User, escalation: Escalation) -> bool:
    return Escalation.objects.visible_to(person).filter(pk=escalation.pk).exists()


def _muted(people: list[User], severity: int | None) -> set[int]:
    if severity != Severity.SEV4:
        return set()
    return set(
        Preferences.objects.filter(
            user__in=[p.pk for p in people], mute_sev4_email=True
        ).values_list("user_id", flat=True)
    )


def _insert(row: Notification) -> bool:
    """True when this call created the row; False when (recipient, key) was told before."""
    try:
        with transaction.atomic():
            row.save(force_insert=True)
    except IntegrityError:
        row.pk = None
        return False
    return True


def _send_after_commit(ids: list[int], now: datetime, extra_context: dict | None) -> None:
    if ids:
        # robust: a mail server that is down must not turn a committed change into an error
        # page; the rows stay in the outbox and the next sweep sends them.
        transaction.on_commit(lambda: send_emails(ids, now, extra_context), robust=True)


def _claim(pk: int, now: datetime) -> bool:
    # Exactly one row changes for exactly one worker: the one that may send it.
    claimed = (
        Notification.objects.filter(pk=pk, email_wanted=True, emailed_at__isnull=True)
        .filter(Q(email_claimed_at__isnull=True) | Q(email_claimed_at__lt=_stale_before(now)))
        .update(email_claimed_at=now)
    )
    return claimed == 1


def _message(row: Notification, extra_context: dict | None) -> EmailMultiAlternatives:
    name = TEMPLATES_BY_KEY.get(row.key.split(":", 1)[0], "notification")
    context = {
        "notification": row,
        "person": row.recipient,
        "url": absolute_url(row.url),
        "settings_url": absolute_url(reverse("escalations:notification_settings")),
        **(extra_context or {}),
    }
    subject = _one_line(render_to_string(f"emails/{name}-subject.txt", context))
    message = EmailMultiAlternatives(
        subject=subject[:200],
        body=render_to_string(f"emails/{name}-body.txt", context),
        to=[row.recipient.email],
        headers={"Message-ID": f"<notification-{row.pk}@{_domain()}>"},
    )
    message.attach_alternative(render_to_string(f"emails/{name}-body.html", context), "text/html")
    return message


def _domain() -> str:
    host = settings.DESK_BASE_URL.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    return host or "localhost"


def _one_line(text: str) -> str:
    # A header injection guard as much as tidiness: Django refuses newlines in a subject.
    return " ".join(text.split())
