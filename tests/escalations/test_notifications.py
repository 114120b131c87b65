"""escalations/notifications.py: each (person, key) told once; e-mail only after commit, once.

Issue 9 items 4 and 5. A worker "killed between commit and sending" is staged by creating the
rows in the test's transaction without running its on-commit callbacks: the rows exist, no
e-mail left, exactly what a dead worker leaves. The outbox must then send each once.
"""

from __future__ import annotations

import threading
from datetime import timedelta
from functools import partial

import pytest
from django.core import mail
from django.db import connection, connections, transaction
from django.test.utils import CaptureQueriesContext

from escalations.models import Notification, Preferences
from escalations.notifications import CLAIM_STALE, Message, notify, notify_many, send_outbox
from tests.conftest import NOW, make_escalation


class Boom(Exception):
    pass


def tell(people, case, key="breach:resolve:1", **extra):
    values = {
        "escalation": case,
        "key": key,
        "subject": f"{case.reference}: resolve clock breached",
        "body": "Resolve was due at 09:00.",
        "now": NOW,
    }
    values.update(extra)
    return notify(people, **values)


@pytest.fixture
def case(agent):
    return make_escalation(by=agent, severity=2, title="Exports fail for the finance team")


# --- Once per (recipient, key) -----------------------------------------------------------------


def test_a_key_is_told_once_even_when_notify_runs_twice(agent, manager, case):
    first = tell([agent, manager], case)
    second = tell([agent, manager], case)
    assert {n.recipient for n in first} == {agent, manager}
    assert second == []
    assert Notification.objects.filter(key="breach:resolve:1").count() == 2


def test_the_same_person_twice_none_and_inactive_users_are_told_once_or_not_at_all(
    agent, manager, case
):
    manager.is_active = False
    manager.save(update_fields=["is_active"])
    created = tell([agent, None, agent, manager], case)
    assert [n.recipient for n in created] == [agent]


def test_a_new_key_for_the_same_person_is_a_new_notification(agent, case):
    tell([agent], case, key="breach:resolve:1")
    assert len(tell([agent], case, key="breach:resolve:2")) == 1


def test_the_notification_keeps_the_case_its_severity_and_its_link(agent, case):
    (row,) = tell([agent], case)
    row.refresh_from_db()
    assert (row.escalation, row.severity, row.url) == (case, 2, f"/escalations/{case.pk}/")
    assert row.created_at == NOW and row.read_at is None and row.emailed_at is None


def test_a_sev1_case_is_told_only_to_those_who_may_see_it(agent, manager, executive):
    sev1 = make_escalation(by=agent, severity=1, title="Tenant data exposed")
    created = tell([agent, manager, executive], sev1)
    # The creator and executives see a Sev-1; a manager not on it does not hear its title.
    assert {n.recipient for n in created} == {agent, executive}


# --- E-mail after commit only ------------------------------------------------------------------


def test_no_email_before_commit_then_one_with_subject_body_and_link(
    agent, case, settings, django_capture_on_commit_callbacks
):
    settings.DESK_BASE_URL = "https://desk.example.com/"
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        tell([agent], case)
        assert mail.outbox == []  # the transaction has not committed yet
    assert len(callbacks) == 1
    (message,) = mail.outbox
    link = f"https://desk.example.com/escalations/{case.pk}/"
    assert message.to == ["alice@desk.test"]
    assert message.subject == f"{case.reference}: resolve clock breached"
    assert "Resolve was due at 09:00." in message.body and link in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and f'href="{link}"' in html
    assert Notification.objects.get().emailed_at == NOW


def test_a_rolled_back_transaction_sends_nothing_and_keeps_nothing(
    agent, case, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(Boom), transaction.atomic():
            tell([agent], case)
            raise Boom
    assert callbacks == []
    assert mail.outbox == []
    assert not Notification.objects.exists()


def test_html_in_a_subject_or_body_is_escaped_in_the_html_mail(
    agent, django_capture_on_commit_callbacks
):
    case = make_escalation(by=agent, severity=3, title="<script>x</script>")
    with django_capture_on_commit_callbacks(execute=True):
        tell([agent], case, subject="<b>bold</b>", body="<img src=x>")
    html = mail.outbox[0].alternatives[0][0]
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "<img src=x>" not in html
    assert mail.outbox[0].subject == "<b>bold</b>"  # plain text: as written


def test_sev4_email_mute_keeps_the_bell_but_sends_no_email(
    agent, manager, django_capture_on_commit_callbacks
):
    Preferences.objects.create(user=agent, mute_sev4_email=True)
    sev4 = make_escalation(by=agent, severity=4, title="Typo on the invoice page")
    sev3 = make_escalation(by=agent, severity=3, title="Invoice totals wrong")
    with django_capture_on_commit_callbacks(execute=True):
        tell([agent, manager], sev4, key="sev4")
        tell([agent], sev3, key="sev3")
    muted = Notification.objects.get(recipient=agent, key="sev4")
    assert muted.email_wanted is False and muted.read_at is None  # in the bell, unread
    # The mute is for Sev-4 only, and only for the person who set it.
    assert sorted((m.to[0], m.subject[:9]) for m in mail.outbox) == [
        ("alice@desk.test", sev3.reference),
        ("molly@desk.test", sev4.reference),
    ]


def test_a_person_without_an_email_address_gets_the_bell_only(
    agent, case, django_capture_on_commit_callbacks
):
    agent.email = ""
    agent.save(update_fields=["email"])
    with django_capture_on_commit_callbacks(execute=True):
        (row,) = tell([agent], case)
    assert row.email_wanted is False and mail.outbox == []
    assert send_outbox(NOW) == 0


def test_email_false_records_the_bell_row_only(agent, case, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        (row,) = tell([agent], case, email=False)
    assert row.email_wanted is False and mail.outbox == []


# --- The outbox: what a killed worker left ----------------------------------------------------


def test_send_outbox_sends_what_a_killed_worker_left_exactly_once(agent, manager, case):
    tell([agent, manager], case)  # committed (in effect), the worker died before on-commit
    assert mail.outbox == []
    assert send_outbox(NOW + timedelta(minutes=1)) == 2
    assert sorted(m.to[0] for m in mail.outbox) == ["alice@desk.test", "molly@desk.test"]
    assert send_outbox(NOW + timedelta(minutes=2)) == 0
    assert len(mail.outbox) == 2
    assert set(Notification.objects.values_list("emailed_at", flat=True)) == {
        NOW + timedelta(minutes=1)
    }


def test_the_after_commit_send_skips_what_the_outbox_already_sent(
    agent, case, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        tell([agent], case)
    assert send_outbox(NOW) == 1
    for callback in callbacks:  # the slow worker's on-commit runs after all
        callback()
    assert len(mail.outbox) == 1


def test_a_fresh_claim_by_another_worker_is_not_stolen_a_stale_one_is(clock, agent, case):
    (row,) = tell([agent], case)
    # Another worker claimed it four minutes ago and may be sending it right now.
    Notification.objects.filter(pk=row.pk).update(email_claimed_at=NOW - timedelta(minutes=4))
    assert send_outbox(NOW) == 0 and mail.outbox == []
    # Past the stale limit that worker is taken to be dead: its e-mail goes.
    later = NOW - timedelta(minutes=4) + CLAIM_STALE + timedelta(seconds=1)
    clock.move_to(later)
    assert send_outbox(later) == 1 and len(mail.outbox) == 1
    row.refresh_from_db()
    assert (row.email_claimed_at, row.emailed_at) == (later, later)


def test_someone_who_left_since_the_event_is_not_mailed_and_leaves_the_outbox(agent, case):
    (row,) = tell([agent], case)
    agent.is_active = False
    agent.save(update_fields=["is_active"])
    assert send_outbox(NOW) == 0 and mail.outbox == []
    row.refresh_from_db()
    assert row.email_wanted is False


def test_a_row_sent_by_a_dead_worker_after_claiming_is_not_sent_again(agent, case):
    (row,) = tell([agent], case)
    Notification.objects.filter(pk=row.pk).update(
        email_claimed_at=NOW - timedelta(hours=1), emailed_at=NOW - timedelta(hours=1)
    )
    assert send_outbox(NOW) == 0


def test_send_outbox_sends_oldest_first_and_at_most_its_limit(agent, case):
    for minutes in (3, 1, 2):
        tell(
            [agent],
            case,
            key=f"k{minutes}",
            subject=f"s{minutes}",
            now=NOW + timedelta(minutes=minutes),
        )
    assert send_outbox(NOW + timedelta(minutes=5), limit=2) == 2
    assert [m.subject for m in mail.outbox] == ["s1", "s2"]
    assert send_outbox(NOW + timedelta(minutes=5)) == 1


def test_a_failing_mail_server_leaves_the_row_for_the_outbox(clock, agent, case, settings):
    tell([agent], case)
    settings.EMAIL_BACKEND = "tests.escalations.test_notifications.RefusingBackend"
    assert send_outbox(NOW) == 0
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    clock.move_to(NOW + timedelta(minutes=1))
    assert send_outbox(NOW + timedelta(minutes=1)) == 0  # still claimed: back off
    clock.move_to(NOW + CLAIM_STALE + timedelta(seconds=1))
    assert send_outbox(NOW + CLAIM_STALE + timedelta(seconds=1)) == 1


class RefusingBackend:
    """The outside world failing: an SMTP server that refuses every message."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


def test_the_outbox_query_reads_its_partial_index(agent, case):
    if connection.vendor != "sqlite":
        pytest.skip("the plan is checked on SQLite; PostgreSQL chooses by its statistics")
    tell([agent], case)
    with CaptureQueriesContext(connection) as queries:
        send_outbox(NOW)
    outbox_select = queries.captured_queries[0]["sql"]  # ids first
    assert outbox_select.startswith('SELECT "escalations_notification"."id"')
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {outbox_select}")
        plan = " ".join(str(row[-1]) for row in cursor.fetchall())
    assert "notification_outbox" in plan, plan


# --- notify_many: the sweeps' batch ------------------------------------------------------------


def test_notify_many_creates_each_pair_once_and_counts_what_it_created(
    agent, manager, executive, case, django_capture_on_commit_callbacks
):
    Preferences.objects.create(user=manager, mute_sev4_email=True)
    executive.is_active = False
    executive.save(update_fields=["is_active"])
    messages = [
        Message(recipient_id=agent.pk, key="a", subject="One", escalation_id=case.pk, severity=4),
        Message(recipient_id=agent.pk, key="a", subject="One again", severity=4),
        Message(recipient_id=manager.pk, key="a", subject="One", escalation_id=case.pk, severity=4),
        Message(recipient_id=executive.pk, key="a", subject="One"),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        assert notify_many(messages, now=NOW) == 2
        assert notify_many(messages, now=NOW) == 0
    assert Notification.objects.get(recipient=manager).email_wanted is False
    assert [m.to for m in mail.outbox] == [["alice@desk.test"]]


def test_notify_many_queries_do_not_grow_with_the_batch(
    agent, manager, case, django_assert_num_queries
):
    def batch(n, prefix):
        return [
            Message(recipient_id=p.pk, key=f"{prefix}{i}", subject="s", escalation_id=case.pk)
            for i in range(n)
            for p in (agent, manager)
        ]

    # The people and their mutes, then one INSERT (9 values a row: 80 rows are within
    # SQLite's 999-parameter limit; past it the INSERT splits, one statement per 111 rows).
    with django_assert_num_queries(2):
        assert notify_many(batch(2, "x"), now=NOW) == 4
    with django_assert_num_queries(2):
        assert notify_many(batch(40, "y"), now=NOW) == 80


# --- Two workers at the same moment (PostgreSQL) ----------------------------------------------


def on_postgresql(test):
    """Real commits from two connections; SQLite serialises writers, so no race to stage."""
    test = pytest.mark.django_db(transaction=True, serialized_rollback=True)(test)
    return pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs two concurrent connections to PostgreSQL (DATABASE_URL=postgres://...)",
    )(test)


ROUNDS = 4


def at_once(*actions):
    barrier = threading.Barrier(len(actions))
    results = [None] * len(actions)

    def run(index, action):
        try:
            barrier.wait(timeout=10)
            results[index] = action()
        except Exception as error:  # noqa: BLE001 - handed back to the test
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=pair) for pair in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads), "a worker hung"
    return results


def _notify_in_a_transaction(person_pk, case_pk, key):
    from django.contrib.auth.models import User

    from escalations.models import Escalation

    with transaction.atomic():
        person = User.objects.get(pk=person_pk)
        case = Escalation.objects.get(pk=case_pk)
        return len(tell([person], case, key=key))


def _notify_many_in_a_transaction(messages):
    with transaction.atomic():
        return notify_many(messages, now=NOW)


@on_postgresql
def test_two_workers_notifying_the_same_key_tell_the_person_once(agent, case):
    for round_ in range(ROUNDS):
        key = f"race:{round_}"
        results = at_once(
            partial(_notify_in_a_transaction, agent.pk, case.pk, key),
            partial(_notify_in_a_transaction, agent.pk, case.pk, key),
        )
        assert sorted(results) == [0, 1], results
        assert Notification.objects.filter(key=key).count() == 1
    # Each winner's e-mail went after its commit; the losers sent nothing.
    assert len(mail.outbox) == ROUNDS


@on_postgresql
def test_two_sweeps_notifying_the_same_batch_create_each_row_once(agent, manager, case):
    for round_ in range(ROUNDS):
        messages = [
            Message(
                recipient_id=p.pk, key=f"batch:{round_}:{i}", subject="s", escalation_id=case.pk
            )
            for i in range(20)
            for p in (agent, manager)
        ]
        results = at_once(
            partial(_notify_many_in_a_transaction, messages),
            partial(_notify_many_in_a_transaction, messages),
        )
        assert not any(isinstance(r, Exception) for r in results), results
        assert sum(results) == 40
        assert Notification.objects.filter(key__startswith=f"batch:{round_}:").count() == 40
    assert len(mail.outbox) == 40 * ROUNDS


@on_postgresql
def test_two_workers_draining_the_outbox_send_each_email_once(agent, case):
    with transaction.atomic():
        rows = [
            Notification(recipient=agent, key=f"left:{i}", subject=f"s{i}", created_at=NOW)
            for i in range(30)
        ]
        Notification.objects.bulk_create(rows)  # no on-commit: a dead worker's leftovers
    results = at_once(partial(send_outbox, NOW), partial(send_outbox, NOW))
    assert not any(isinstance(r, Exception) for r in results), results
    assert sum(results) == 30
    assert sorted(m.subject for m in mail.outbox) == sorted(f"s{i}" for i in range(30))


def test_a_pass_run_at_an_instant_ahead_does_not_take_a_claim_a_live_worker_holds(agent, case):
    # `make load` runs the sweeps at instants hours ahead of the clock (so that clocks fall
    # due); their outbox saw every claim made a moment ago as hours old and sent those e-mails
    # a second time. A claim is stale when it is old by the pass's instant and by the clock.
    (row,) = tell([agent], case)
    Notification.objects.filter(pk=row.pk).update(email_claimed_at=NOW - timedelta(seconds=5))
    assert send_outbox(NOW + timedelta(hours=8)) == 0 and mail.outbox == []
    row.refresh_from_db()
    assert row.emailed_at is None  # still the live worker's to send
