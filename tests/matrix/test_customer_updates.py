"""Only the comms lead writes to the customer; what is sent is recorded as "our update".

Issue 8 item 6 (sending half): templates filled from the case, the committed time in the
customer's time zone, Django's e-mail backend, an outbound interaction and a timeline entry.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.core import mail
from django.db import transaction

from escalations import actions, workflow
from escalations.models import Interaction, TimelineEvent
from escalations.refusals import Refused
from matrix.actions import Handoff, suggested_template, template_values
from matrix.models import CustomerUpdate, UpdateTemplate
from tests.conftest import NOW, assert_timeline_has, make_customer, make_escalation
from tests.matrix.conftest import COMMS, OWNER, current, staff

SUBJECT = "ESC: progress update"
BODY = "Dear Pat,\n\nThe export worker is fixed in staging; production follows tonight."


@pytest.fixture
def case(roster, agent):
    """Sev-3 technical at an EMEA account: Cora (Customer success manager) is the comms lead."""
    customer = make_customer(
        name="Northwind Logistics",
        region="EMEA",
        primary_contact_name="Pat Contact",
        primary_contact_email="pat@northwind.example",
    )
    case = make_escalation(by=agent, severity=3, customer=customer)
    staff(case)
    workflow.accept_assignment(current(case, COMMS), by=roster.csm_emea, now=NOW)
    return case


def send(case, by, *, subject=SUBJECT, body=BODY, template=None, now=NOW):
    return workflow.send_customer_update(
        case, subject=subject, body=body, template=template, by=by, now=now
    )


def test_only_the_comms_lead_sends_and_the_refusal_names_the_lead(case, roster):
    for someone in (roster.engineer, roster.duty, roster.vpcs):
        with pytest.raises(Refused, match=r"comms lead \(Cora Csm\)"):
            send(case, someone)

    assert not CustomerUpdate.objects.exists()
    assert mail.outbox == []


def test_without_a_comms_lead_nobody_sends(roster, agent):
    case = make_escalation(by=agent, severity=3)

    with pytest.raises(Refused, match="comms lead"):
        send(case, roster.duty)


def test_sending_mails_the_primary_contact_after_commit_and_records_our_update(
    case, roster, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        update = send(case, roster.csm_emea)
        assert mail.outbox == []  # nothing leaves before the transaction commits

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["pat@northwind.example"]
    assert message.subject == SUBJECT
    assert message.body == BODY
    assert message.reply_to == ["cora@desk.test"]

    assert (update.to_email, update.subject, update.sent_by, update.sent_at) == (
        "pat@northwind.example",
        SUBJECT,
        roster.csm_emea,
        NOW,
    )
    outbound = update.interaction
    assert outbound.direction == "outbound"
    assert outbound.body == BODY
    assert outbound.contact_name == "Pat Contact"
    assert Interaction.objects.filter(escalation=case, direction="outbound").count() == 1
    event = assert_timeline_has(
        case, TimelineEvent.Kind.CUSTOMER_UPDATE, SUBJECT, actor=roster.csm_emea
    )
    assert event.body == BODY


def test_a_failed_transaction_sends_nothing(case, roster, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            send(case, roster.csm_emea)
            raise RuntimeError("the page failed after sending")

    assert mail.outbox == []
    assert not CustomerUpdate.objects.filter(escalation=case).exists()
    assert not Interaction.objects.filter(escalation=case, direction="outbound").exists()


def test_an_internal_note_is_not_a_customer_update(
    case, roster, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        actions.add_note(case, "Called Pat; they are calmer now.", by=roster.csm_emea, now=NOW)

    assert not CustomerUpdate.objects.filter(escalation=case).exists()
    assert mail.outbox == []


def test_a_template_is_filled_with_the_cases_names(
    case, roster, django_capture_on_commit_callbacks
):
    workflow.accept_assignment(current(case, OWNER), by=roster.engineer, now=NOW)
    template = UpdateTemplate.objects.get(purpose=UpdateTemplate.Purpose.EXECUTIVE_FIRST)

    subject, body = template.fill(template_values(case, sender=roster.csm_emea, now=NOW))

    assert subject.startswith(f"{case.reference}:")
    assert body.startswith("Dear Pat Contact,")
    assert "My name is Cora Csm" in body
    assert case.title in body
    assert "Northwind Logistics" in body
    assert "Eli Engineer leads the work" in body
    assert case.recommended_next_step in body
    assert "{" not in subject + body  # every placeholder was filled

    with django_capture_on_commit_callbacks(execute=True):
        update = send(case, roster.csm_emea, subject=subject, body=body, template=template)
    assert update.template == template
    assert "My name is Cora Csm" in mail.outbox[0].body


def test_the_comms_lead_edits_the_filled_template_before_sending(
    case, roster, django_capture_on_commit_callbacks
):
    template = UpdateTemplate.objects.get(purpose=UpdateTemplate.Purpose.PROGRESS)
    subject, body = template.fill(template_values(case, sender=roster.csm_emea, now=NOW))
    body = body.replace("Done since my last update: …", "Done since my last update: a hotfix.")

    with django_capture_on_commit_callbacks(execute=True):
        send(case, roster.csm_emea, subject=subject, body=body, template=template)

    assert "Done since my last update: a hotfix." in mail.outbox[0].body


def committed_line(case, sender, now) -> str:
    template = UpdateTemplate.objects.get(purpose=UpdateTemplate.Purpose.PROGRESS)
    _subject, body = template.fill(template_values(case, sender=sender, now=now))
    return next(line for line in body.splitlines() if "My next update" in line)


def test_the_committed_time_is_written_in_the_customers_time_zone_across_the_dst_change(
    roster, agent
):
    # New York leaves daylight saving time on Sunday 1 November 2026 at 02:00 (06:00 UTC).
    # Sev-2's update cadence is every 2 days: written on Saturday 31 October at 08:00 EDT
    # (12:00 UTC), the next update is due Monday 2 November at 12:00 UTC, 07:00 EST.
    customer = make_customer(region="NA", time_zone="America/New_York")
    case = make_escalation(by=agent, severity=2, customer=customer)
    staff(case)
    written = datetime.fromisoformat("2026-10-31T12:00:00+00:00")

    line = committed_line(case, roster.rcm_na, written)

    assert "2 November" in line
    assert "07:00" in line
    assert "08:00" not in line  # a wall-clock "+2 days" would say 08:00
    assert "America/New_York" in line


def test_the_committed_time_follows_each_customers_own_zone(roster, agent):
    # Sev-3: a weekly update. From NOW (Monday 2 November 10:00 UTC) that is 9 November,
    # 19:00 in Tokyo (UTC+9, no DST) and 05:00 in New York (EST, UTC-5).
    tokyo = make_escalation(
        by=agent, severity=3, customer=make_customer(region="EMEA", time_zone="Asia/Tokyo")
    )
    new_york = make_escalation(
        by=agent, severity=3, customer=make_customer(region="EMEA", time_zone="America/New_York")
    )

    tokyo_line = committed_line(tokyo, roster.csm_emea, NOW)
    new_york_line = committed_line(new_york, roster.csm_emea, NOW)

    assert "9 November" in tokyo_line and "19:00" in tokyo_line and "Asia/Tokyo" in tokyo_line
    assert "9 November" in new_york_line and "05:00" in new_york_line


def test_an_update_after_a_hand_off_starts_from_the_hand_off_template_naming_the_previous_lead(
    case, roster
):
    workflow.assign_roles(
        case,
        {COMMS: (roster.csm_na, None, current(case, COMMS).pk)},
        handoff=Handoff(note="Pat prefers calls.", temperature="warm", direction="functional"),
        by=roster.duty,
        now=NOW + timedelta(hours=1),
    )

    assert suggested_template(case) == UpdateTemplate.Purpose.HANDOFF
    template = UpdateTemplate.objects.get(purpose=UpdateTemplate.Purpose.HANDOFF)
    _subject, body = template.fill(template_values(case, sender=roster.csm_na, now=NOW))
    assert "taking over from Cora Csm" in body
