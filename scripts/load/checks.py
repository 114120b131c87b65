"""After a load run: did the desk keep everything it was sent, once, and record every breach once?

Run by run_load.py once every process has stopped (Django set up on the scratch database), or
by hand: `python -m scripts.load.checks LEDGER --run ID --since ISO --swept-until ISO --json`.

The ledger (locustfile.py) lists what Locust sent, each write with a marker unique to the run,
and what the desk answered: "ok" (the page said it was done), "conflict" (the desk refused
because another tab was first), "unknown" (no clear answer) or only "sent" (the run ended while
it was in flight). The checks:

1. Intakes: every intake the desk confirmed exists exactly once; one without a clear answer at
   most once; and no marked case exists that Locust did not send.
2. Notes: every confirmed note is on its case's timeline exactly once (none lost, none doubled).
3. Customer updates: every confirmed update is stored once and on the timeline once.
4. Acceptances: every confirmed acceptance left its assignment accepted, and the run wrote as
   many "accepted the … role" timeline rows as assignments were accepted in it.
5. Sweeps: no CheckEvent twice for one (case, clock, kind, key), the unique constraint present;
   every running clock due by the last sweep's instant has its breach recorded; every clock
   marked breached has its CheckEvent for its cycle.
6. Notifications: no (recipient, key) twice, the constraint present; every event the run's
   sweeps recorded on a case the manager on duty may read told them exactly once; no sweep
   notification without its event; the e-mail outbox empty.
7. E-mail: every notification e-mailed in the run went out exactly once. The desk's console
   backend writes each message to the log of the process that sent it, with the row's own
   Message-ID (`<notification-ID@host>`), so the logs show a second copy if there was one.
8. django-q2: no task failed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

FINAL = ("ok", "conflict", "unknown")
# `since` is the desk's now when the run began: what the seed wrote is dated at it or before
# (its own sweep included), what the run writes strictly after.
SWEEP_KEY = re.compile(r"^([a-z_]+):([a-z_]+):(\d+):(.+)$")
MESSAGE_ID = re.compile(r"^Message-ID: <notification-(\d+)@", re.MULTILINE)


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    figures: dict = field(default_factory=dict)


def read_ledger(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def outcomes(entries: list[dict], kind: str) -> dict[str, dict]:
    """Each marker of `kind` with its facts and its last word ("sent" when none came)."""
    sent: dict[str, dict] = {}
    for entry in entries:
        if entry["kind"] != kind:
            continue
        known = sent.setdefault(entry["marker"], {"outcome": "sent"})
        known.update(
            {k: v for k, v in entry.items() if k not in ("kind", "marker", "at", "outcome")}
        )
        if entry["outcome"] in FINAL:
            known["outcome"] = entry["outcome"]
    return sent


def _markers(values, pattern: re.Pattern[str]) -> Counter:
    found: Counter = Counter()
    for value in values:
        found.update(pattern.findall(value or ""))
    return found


def _pattern(run: str, what: str) -> re.Pattern[str]:
    return re.compile(re.escape(f"[load {run} {what}") + r"\d+\]")


def _kept_once(
    name: str, sent: dict[str, dict], stored: Counter, *, where: str, extra_ok: bool = True
) -> Check:
    confirmed = [m for m, facts in sent.items() if facts["outcome"] == "ok"]
    unclear = [m for m, facts in sent.items() if facts["outcome"] != "ok"]
    lost = [m for m in confirmed if stored[m] == 0]
    doubled = [m for m, n in stored.items() if n > 1]
    stray = [m for m in stored if m not in sent]
    ok = not lost and not doubled and not stray and extra_ok
    problems = []
    if lost:
        problems.append(f"{len(lost)} confirmed but missing from {where} (e.g. {lost[0]})")
    if doubled:
        problems.append(f"{len(doubled)} stored more than once (e.g. {doubled[0]})")
    if stray:
        problems.append(f"{len(stray)} stored that Locust never sent (e.g. {stray[0]})")
    stored_unclear = sum(1 for m in unclear if stored[m])
    detail = "; ".join(problems) or (
        f"{len(confirmed)} confirmed, each once in {where}; {len(unclear)} without a clear "
        f"answer, {stored_unclear} of them stored (once)"
    )
    return Check(
        name,
        ok,
        detail,
        {
            "sent": len(sent),
            "confirmed": len(confirmed),
            "unclear": len(unclear),
            "lost": len(lost),
            "doubled": len(doubled),
            "stray": len(stray),
        },
    )


def check_intakes(entries: list[dict], run: str) -> Check:
    from escalations.models import Escalation

    pattern = _pattern(run, "intake")
    titles = Escalation.objects.filter(title__contains=f"[load {run} intake").values_list(
        "title", flat=True
    )
    return _kept_once(
        "every intake exists once",
        outcomes(entries, "intake"),
        _markers(titles, pattern),
        where="the escalations",
    )


def check_notes(entries: list[dict], run: str) -> Check:
    from escalations.models import TimelineEvent

    pattern = _pattern(run, "note")
    sent = outcomes(entries, "note")
    rows = list(
        TimelineEvent.objects.filter(
            kind=TimelineEvent.Kind.NOTE, body__contains=f"[load {run} note"
        ).values_list("escalation_id", "body")
    )
    stored = _markers((body for _case, body in rows), pattern)
    on_case = {m: case for case, body in rows for m in pattern.findall(body)}
    wrong = [m for m, facts in sent.items() if m in on_case and on_case[m] != facts.get("case")]
    check = _kept_once(
        "every note is on the timeline once", sent, stored, where="the timeline", extra_ok=not wrong
    )
    if wrong:
        check.detail += f"; {len(wrong)} on another case than sent (e.g. {wrong[0]})"
    return check


def check_updates(entries: list[dict], run: str) -> Check:
    from escalations.models import TimelineEvent
    from matrix.models import CustomerUpdate

    pattern = _pattern(run, "update")
    like = f"[load {run} update"
    sent = outcomes(entries, "update")
    stored = _markers(
        CustomerUpdate.objects.filter(subject__contains=like).values_list("subject", flat=True),
        pattern,
    )
    lines = _markers(
        TimelineEvent.objects.filter(
            kind=TimelineEvent.Kind.CUSTOMER_UPDATE, summary__contains=like
        ).values_list("summary", flat=True),
        pattern,
    )
    check = _kept_once(
        "every customer update is stored and on the timeline once",
        sent,
        stored,
        where="the customer updates",
        extra_ok=lines == stored,
    )
    if lines != stored:
        differ = sorted(set(lines) ^ set(stored) | {m for m in lines if lines[m] != stored[m]})
        check.detail += f"; timeline and updates disagree on {len(differ)} (e.g. {differ[0]})"
    return check


def check_acceptances(entries: list[dict], since: datetime) -> Check:
    from escalations.models import TimelineEvent
    from matrix.models import Assignment

    sent = outcomes(entries, "accept")
    confirmed = {facts["assignment"] for facts in sent.values() if facts["outcome"] == "ok"}
    accepted = set(
        Assignment.objects.filter(pk__in=confirmed, status=Assignment.Status.ACCEPTED).values_list(
            "pk", flat=True
        )
    )
    in_run = Assignment.objects.filter(
        status=Assignment.Status.ACCEPTED, responded_at__gt=since
    ).count()
    lines = TimelineEvent.objects.filter(
        kind=TimelineEvent.Kind.ASSIGNMENT, summary__contains=" accepted the ", at__gt=since
    ).count()
    not_accepted = confirmed - accepted
    ok = not not_accepted and lines == in_run
    conflicts = sum(1 for facts in sent.values() if facts["outcome"] == "conflict")
    if ok:
        detail = (
            f"{len(confirmed)} confirmed, all accepted; {in_run} accepted in the run and "
            f"{lines} timeline rows for them; {conflicts} refused because another tab was first"
        )
    else:
        detail = (
            f"{len(not_accepted)} confirmed but not accepted; {in_run} accepted in the run, "
            f"{lines} 'accepted' timeline rows"
        )
    figures = {
        "confirmed": len(confirmed),
        "accepted_in_run": in_run,
        "timeline_rows": lines,
        "conflicts": conflicts,
    }
    return Check("every acceptance is kept, with one timeline row", ok, detail, figures)


def _constraint(model, name: str) -> bool:
    from django.db import connection

    with connection.cursor() as cursor:
        found = connection.introspection.get_constraints(cursor, model._meta.db_table)
    return name in found and found[name].get("unique", False)


def check_sweep_events(since: datetime, swept_until: datetime) -> Check:
    from django.db.models import Count

    from matrix.models import CheckEvent, Clock

    duplicates = (
        CheckEvent.objects.values("escalation_id", "clock", "kind", "key")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
        .count()
    )
    constrained = _constraint(CheckEvent, "check_event_once")
    unrecorded = Clock.objects.filter(
        due_at__isnull=False, due_at__lte=swept_until, breached_at__isnull=True
    ).count()
    marked = list(
        Clock.objects.filter(breached_at__gt=since).values_list("escalation_id", "kind", "cycle")
    )
    events = set(
        CheckEvent.objects.filter(kind=CheckEvent.Kind.BREACH).values_list(
            "escalation_id", "clock", "key"
        )
    )
    without_event = [m for m in marked if (m[0], m[1], str(m[2])) not in events]
    recorded = CheckEvent.objects.filter(at__gt=since)
    by_kind = dict(Counter(recorded.values_list("kind", flat=True)))
    ok = not duplicates and constrained and not unrecorded and not without_event
    detail = (
        f"{by_kind.get('breach', 0)} breaches and {sum(by_kind.values())} events in all recorded "
        f"in the run; {unrecorded} clocks due by {swept_until.isoformat()} unrecorded; "
        f"{len(without_event)} clocks marked breached without their event; {duplicates} "
        f"duplicate keys; unique constraint {'present' if constrained else 'MISSING'}"
    )
    figures = {
        "recorded_by_kind": by_kind,
        "due_unrecorded": unrecorded,
        "marked_without_event": len(without_event),
        "duplicate_keys": duplicates,
        "constraint": constrained,
    }
    if without_event:
        figures["marked_without_event_examples"] = without_event[:5]
    return Check("every breach recorded once", ok, detail, figures)


def check_notifications(since: datetime) -> Check:
    from django.db.models import Count

    from escalations.models import Escalation, Notification
    from matrix.models import CheckEvent
    from matrix.sweep_record import duty_managers

    duplicates = (
        Notification.objects.values("recipient_id", "key")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
        .count()
    )
    constrained = _constraint(Notification, "notification_once")
    events = list(
        CheckEvent.objects.filter(at__gt=since).values_list("escalation_id", "clock", "kind", "key")
    )
    keys = {f"{kind}:{clock or 'case'}:{case}:{key}": case for case, clock, kind, key in events}
    duty = duty_managers()
    sev1 = set(
        Escalation.objects.filter(pk__in={c for c in keys.values()}, severity=1).values_list(
            "pk", flat=True
        )
    )
    told = Counter(
        Notification.objects.filter(key__in=list(keys), recipient_id__in=duty).values_list(
            "key", flat=True
        )
    )
    readable = [k for k, case in keys.items() if case not in sev1]
    untold = [k for k in readable if told[k] == 0]
    kinds = set(CheckEvent.Kind.values)
    orphans = [
        key
        for key in Notification.objects.filter(created_at__gt=since).values_list("key", flat=True)
        if (m := SWEEP_KEY.match(key)) and m.group(1) in kinds and key not in keys
    ]
    unsent = Notification.objects.filter(
        created_at__gt=since, email_wanted=True, emailed_at__isnull=True
    ).count()
    sent_in_run = Notification.objects.filter(created_at__gt=since).count()
    ok = not duplicates and constrained and not untold and not orphans and not unsent
    detail = (
        f"{sent_in_run} notifications in the run; {len(readable)} events on cases the manager on "
        f"duty reads, {len(untold)} of them not told; {len(orphans)} sweep notifications without "
        f"their event; {duplicates} duplicate (recipient, key); {unsent} e-mails left unsent; "
        f"unique constraint {'present' if constrained else 'MISSING'}"
    )
    figures = {
        "notifications_in_run": sent_in_run,
        "events_duty_reads": len(readable),
        "untold": len(untold),
        "orphans": len(orphans),
        "duplicate_pairs": duplicates,
        "unsent_email": unsent,
        "constraint": constrained,
    }
    return Check("every event notified once", ok, detail, figures)


def check_emails(since: datetime, mail_logs: list[str]) -> Check:
    from escalations.models import Notification

    copies = Counter(int(pk) for text in mail_logs for pk in MESSAGE_ID.findall(text))
    in_run = Notification.objects.filter(created_at__gt=since)
    emailed = set(in_run.filter(emailed_at__isnull=False).values_list("pk", flat=True))
    unmarked = set(
        Notification.objects.filter(pk__in=list(copies), emailed_at__isnull=True).values_list(
            "pk", flat=True
        )
    )
    doubled = sorted(pk for pk, n in copies.items() if n > 1)
    missing = sorted(emailed - set(copies))
    ok = not doubled and not missing and not unmarked
    detail = (
        f"{len(emailed)} notifications e-mailed in the run; {len(doubled)} sent more than once, "
        f"{len(missing)} marked sent but not in the mail logs, {len(unmarked)} in the logs but "
        "not marked sent"
    )
    figures = {
        "emailed": len(emailed),
        "doubled": len(doubled),
        "missing": len(missing),
        "unmarked": len(unmarked),
    }
    return Check("every notification e-mailed once", ok, detail, figures)


def check_tasks(since: datetime) -> Check:
    from django_q.models import Task

    failed = list(
        Task.objects.filter(started__gt=since, success=False).values_list("func", flat=True)
    )
    done = Task.objects.filter(started__gt=since, success=True).count()
    detail = f"{done} tasks succeeded, {len(failed)} failed" + (
        f" ({', '.join(sorted(set(failed)))})" if failed else ""
    )
    return Check(
        "no django-q2 task failed", not failed, detail, {"ok": done, "failed": len(failed)}
    )


def run_checks(
    entries: list[dict],
    *,
    run: str,
    since: datetime,
    swept_until: datetime,
    mail_logs: list[str] | None = None,
) -> list[Check]:
    found = [
        check_intakes(entries, run),
        check_notes(entries, run),
        check_updates(entries, run),
        check_acceptances(entries, since),
        check_sweep_events(since, swept_until),
        check_notifications(since),
        check_tasks(since),
    ]
    if mail_logs is not None:
        found.insert(-1, check_emails(since, mail_logs))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ledger", type=Path)
    parser.add_argument("--run", required=True)
    parser.add_argument("--since", required=True, type=datetime.fromisoformat)
    parser.add_argument("--swept-until", required=True, type=datetime.fromisoformat)
    parser.add_argument("--mail-log", type=Path, action="append", help="a sender's log")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    import django

    django.setup()
    checks = run_checks(
        read_ledger(args.ledger),
        run=args.run,
        since=args.since,
        swept_until=args.swept_until,
        mail_logs=[p.read_text(errors="replace") for p in args.mail_log] if args.mail_log else None,
    )
    if args.json:
        print(json.dumps([asdict(c) for c in checks], indent=2))
    else:
        for check in checks:
            print(f"{'ok ' if check.ok else 'FAIL'} {check.name}: {check.detail}")
    return 0 if all(c.ok for c in checks) else 1


if __name__ == "__main__":
    raise SystemExit(main())
