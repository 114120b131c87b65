"""Whatever pattern a desk admin saves, intake stays fast: patterns run on RE2, whose time is
linear in the text, and what RE2 cannot run is refused in the admin with a message."""

from __future__ import annotations

import contextlib
import signal

import pytest
from django.urls import reverse

from escalations.models import Escalation
from tests.conftest import make_customer
from tests.escalations.intake import intake_post
from triage.models import TriggerPhrase

# Classic catastrophic-backtracking patterns: under a backtracking engine each extra
# character of "aaaa…" doubles the work, and 10,000 of them never finish.
CATASTROPHIC = [r"(a+)+b", r"(\w+\s?)+!", r"(a|aa)+c", r"(.*a){12}x"]


@contextlib.contextmanager
def watchdog(seconds: int):
    """Fail instead of hanging for ever. A bound on a hang, not a speed measurement: RE2
    finishes these in milliseconds, a backtracking engine would not finish at all."""

    def expired(signum, frame):
        raise AssertionError(f"still matching after {seconds} s: the engine backtracks")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def customer(db):
    return make_customer()


def phrase_form(**changes) -> dict[str, str]:
    return {
        "label": "admin pattern",
        "pattern": "our lawyers",
        "unless": "",
        "category": "frustration",
        "weight": "10",
        "forced_lane": "",
        "min_severity": "",
        "is_active": "on",
    } | changes


@pytest.mark.parametrize("pattern", CATASTROPHIC)
def test_an_admin_may_save_a_catastrophic_pattern_and_intake_stays_fast(
    client, deskadmin, agent, customer, pattern
):
    client.force_login(deskadmin)
    response = client.post(
        reverse("admin:triage_triggerphrase_add"), phrase_form(pattern=pattern, unless=pattern)
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert TriggerPhrase.objects.filter(pattern=pattern, is_active=True).exists()

    client.force_login(agent)
    hostile = {
        "summary": "a" * 280,
        "words-0-body": "a" * 9_999,
        "words-1-contact_name": "Pat",
        "words-1-occurred_at": "2026-11-02T08:40",
        "words-1-body": ("ab " * 3_300)[:9_999],
    }
    with watchdog(60):
        response = client.post(reverse("escalations:new"), intake_post(customer, **hostile))
    assert response.status_code == 302
    assert Escalation.objects.get().triage_runs.count() == 1


@pytest.mark.parametrize(
    "pattern",
    [r"(?<!no )lawyers", r"lawyers(?= now)", r"(\w+) \1"],
)
def test_what_re2_cannot_run_is_refused_in_the_admin_with_a_message(client, deskadmin, pattern):
    client.force_login(deskadmin)
    response = client.post(reverse("admin:triage_triggerphrase_add"), phrase_form(pattern=pattern))
    assert response.status_code == 200
    assert "uses a feature the desk does not run" in response.content.decode()
    assert not TriggerPhrase.objects.filter(label="admin pattern").exists()


def test_a_bad_unless_pattern_is_refused_next_to_its_field(client, deskadmin):
    client.force_login(deskadmin)
    response = client.post(
        reverse("admin:triage_triggerphrase_add"), phrase_form(unless="(handled well")
    )
    assert response.status_code == 200
    assert "not a valid regular expression" in response.content.decode()
    assert not TriggerPhrase.objects.filter(label="admin pattern").exists()
