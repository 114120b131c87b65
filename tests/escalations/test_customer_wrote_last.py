"""Escalation.customer_wrote_last_at: when the customer wrote, while nobody has answered since.

It is stored so that My work counts the cases waiting for an answer through an index; these
tests hold it to what the interactions say, through every way the desk writes them.
"""

from __future__ import annotations

from datetime import timedelta

from escalations import workflow
from escalations.models import Escalation, Interaction
from tests.conftest import NOW, make_escalation


def stored(case: Escalation):
    return Escalation.objects.values_list("customer_wrote_last_at", flat=True).get(pk=case.pk)


def words(case, at, *, direction="inbound", body="Any news on this?"):
    return Interaction(
        escalation=case,
        occurred_at=at,
        contact_name="Pat Contact",
        channel="email",
        direction=direction,
        body=body,
    )


def test_a_case_raised_with_the_customers_words_waits_since_they_wrote(agent):
    case = make_escalation(by=agent)  # its one interaction: the customer's, at NOW
    assert stored(case) == NOW


def test_our_reply_clears_it_and_the_customers_next_message_sets_it_again(agent):
    case = make_escalation(by=agent)
    later = NOW + timedelta(hours=1)
    workflow.customer_wrote(case, words(case, later, direction="outbound"), by=agent, now=later)
    assert stored(case) is None
    again = NOW + timedelta(hours=3)
    workflow.customer_wrote(case, words(case, again), by=agent, now=again)
    assert stored(case) == again


def test_a_back_dated_message_from_before_our_reply_leaves_the_reply_last(agent):
    case = make_escalation(by=agent)
    reply = NOW + timedelta(hours=2)
    workflow.customer_wrote(case, words(case, reply, direction="outbound"), by=agent, now=reply)
    # Logged afterwards, but the call happened an hour before our reply.
    logged = NOW + timedelta(hours=3)
    workflow.customer_wrote(case, words(case, NOW + timedelta(hours=1)), by=agent, now=logged)
    assert stored(case) is None


def test_two_interactions_at_the_same_instant_are_ordered_by_their_id(agent):
    case = make_escalation(by=agent)
    at = NOW + timedelta(hours=1)
    Interaction.objects.create(
        **_fields(case, at, direction="inbound"), created_by=agent, created_at=at
    )
    Interaction.objects.create(
        **_fields(case, at, direction="outbound"), created_by=agent, created_at=at
    )
    assert stored(case) is None  # the later row, ours, is the latest interaction


def test_editing_or_deleting_an_interaction_keeps_it_right(agent):
    case = make_escalation(by=agent)
    reply = Interaction.objects.create(
        **_fields(case, NOW + timedelta(hours=1), direction="outbound"),
        created_by=agent,
        created_at=NOW,
    )
    assert stored(case) is None
    reply.direction = "inbound"  # it was the customer's call after all
    reply.save()
    assert stored(case) == NOW + timedelta(hours=1)
    reply.delete()
    assert stored(case) == NOW  # the words the case was raised with are the latest again


def test_interactions_written_in_bulk_are_noted_for_the_cases_asked(agent):
    waiting = make_escalation(by=agent)
    answered = make_escalation(by=agent)
    Interaction.objects.bulk_create(
        [
            Interaction(
                **_fields(answered, NOW + timedelta(hours=1), direction="outbound"),
                created_by=agent,
                created_at=NOW,
            )
        ]
    )
    assert stored(answered) == NOW  # bulk_create skips save(): not noted yet
    assert Escalation.objects.filter(pk__in=[waiting.pk, answered.pk]).note_interactions() == 2
    assert (stored(waiting), stored(answered)) == (NOW, None)


def test_a_case_without_interactions_has_nobody_waiting(agent):
    case = make_escalation(by=agent)
    case.interactions.all().delete()  # a queryset delete: no Interaction.delete()
    Escalation.objects.filter(pk=case.pk).note_interactions()
    assert stored(case) is None


def _fields(case, at, *, direction):
    return {
        "escalation": case,
        "occurred_at": at,
        "contact_name": "Pat Contact",
        "channel": "email",
        "direction": direction,
        "body": "On the phone.",
    }
