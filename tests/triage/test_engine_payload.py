"""Reading the JSON a `manage.py triage` user types: what it becomes, and what is refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from triage.engine import Message, PayloadError, Signals, signals_from_payload

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
MINIMAL = {"title": "Exports fail", "summary": "Nightly exports fail."}


def read(**changes):
    return signals_from_payload(MINIMAL | changes, now=NOW)


def test_a_minimal_payload_takes_the_defaults():
    assert read() == Signals(title="Exports fail", summary="Nightly exports fail.")


def test_only_the_summary_is_required():
    brief = signals_from_payload({"summary": "A routine question."}, now=NOW)

    assert brief == Signals(summary="A routine question.")


def test_a_full_payload():
    brief = read(
        category="billing",
        source="executive_email",
        messages=[
            {"at": "2026-03-02T08:00:00+01:00", "body": "Second"},
            {"at": "2026-03-01T12:00:00Z", "body": "First"},
        ],
        customer={
            "arr": "120000.50",
            "renewal_date": "2026-03-23",
            "customer_since": "2022-03-02",
            "prior_escalations_90d": 2,
            "prior_escalations_total": 5,
        },
        refund_amount=12_500,
        policy_exception=True,
        interactions_count=6,
        reopened_count=1,
        tickets_48h=3,
        last_resolved_at="2026-03-01T21:00:00Z",
    )

    assert brief == Signals(
        title="Exports fail",
        summary="Nightly exports fail.",
        category="billing",
        source="executive_email",
        # Oldest first, whatever order they were typed in.
        messages=(
            Message(datetime(2026, 3, 1, 12, tzinfo=UTC), "First"),
            Message(datetime(2026, 3, 2, 7, tzinfo=UTC), "Second"),
        ),
        arr=Decimal("120000.50"),
        days_to_renewal=21,
        tenure_days=4 * 365 + 1,  # 2024 was a leap year
        prior_escalations_90d=2,
        prior_escalations_total=5,
        refund_amount=Decimal("12500"),
        policy_exception=True,
        interactions_count=6,
        reopened_count=1,
        tickets_48h=3,
        hours_since_last_resolution=12.0,
    )


def test_now_in_the_payload_overrides_the_argument():
    brief = read(now="2026-03-12T09:00:00Z", customer={"renewal_date": "2026-03-23"})

    assert brief.days_to_renewal == 11


def test_naive_date_times_are_taken_as_utc():
    brief = read(
        messages=[{"at": "2026-03-02T08:00:00", "body": "Hi"}],
        last_resolved_at="2026-03-02T06:30:00",
    )

    assert brief.messages[0].at == datetime(2026, 3, 2, 8, tzinfo=UTC)
    assert brief.hours_since_last_resolution == 2.5


def test_days_are_counted_from_now_in_utc():
    # 23:30 at UTC-5 on 1 March is already 2 March in UTC.
    late_evening = datetime(2026, 3, 1, 23, 30, tzinfo=timezone(timedelta(hours=-5)))

    brief = signals_from_payload(
        MINIMAL | {"customer": {"renewal_date": "2026-03-03"}}, now=late_evening
    )

    assert brief.days_to_renewal == 1


def test_the_clock_must_be_aware():
    with pytest.raises(ValueError, match="aware"):
        signals_from_payload(MINIMAL, now=datetime(2026, 3, 2))  # noqa: DTZ001


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (["not", "an", "object"], "the payload must be a JSON object"),
        ({"title": "t"}, "summary is required"),
        ({"title": "t", "summary": None}, "summary is required"),
        (MINIMAL | {"title": 42}, "title must be a string"),
        (MINIMAL | {"summary": "   "}, "summary must not be blank"),
        (
            MINIMAL | {"category": "legal"},
            "category must be one of: technical, billing, compliance, relationship",
        ),
        (
            MINIMAL | {"source": "fax"},
            "source must be one of: executive_email, cc_executive, csm, ticket_flag, "
            "social_public, ai_handoff",
        ),
        (MINIMAL | {"customer": "ACME"}, "customer must be an object"),
        (MINIMAL | {"customer": {"arr": "lots"}}, "customer.arr must be a number"),
        (MINIMAL | {"customer": {"arr": True}}, "customer.arr must be a number"),
        (MINIMAL | {"customer": {"arr": float("nan")}}, "customer.arr must be a finite number"),
        (MINIMAL | {"customer": {"arr": -5}}, "customer.arr must not be negative"),
        (
            MINIMAL | {"customer": {"renewal_date": "next spring"}},
            "customer.renewal_date is not an ISO 8601 date",
        ),
        (
            MINIMAL | {"customer": {"customer_since": 2019}},
            "customer.customer_since is not an ISO 8601 date",
        ),
        (
            MINIMAL | {"customer": {"prior_escalations_90d": 1.5}},
            "customer.prior_escalations_90d must be a whole number",
        ),
        (
            MINIMAL | {"customer": {"prior_escalations_90d": -1}},
            "customer.prior_escalations_90d must not be negative",
        ),
        (MINIMAL | {"refund_amount": "10k"}, "refund_amount must be a number"),
        (MINIMAL | {"policy_exception": "yes"}, "policy_exception must be true or false"),
        (MINIMAL | {"interactions_count": True}, "interactions_count must be a whole number"),
        (MINIMAL | {"reopened_count": -2}, "reopened_count must not be negative"),
        (MINIMAL | {"tickets_48h": "3"}, "tickets_48h must be a whole number"),
        (
            MINIMAL | {"last_resolved_at": "yesterday"},
            "last_resolved_at is not an ISO 8601 date-time",
        ),
        (MINIMAL | {"now": 1700000000}, "now is not an ISO 8601 date-time"),
        (MINIMAL | {"messages": "hello"}, "messages must be a list of {at, body} objects"),
        (MINIMAL | {"messages": ["hello"]}, "messages[0] must be an object with at and body"),
        (
            MINIMAL | {"messages": [{"at": "2026-03-01T10:00:00Z", "body": "ok"}, {"body": "x"}]},
            "messages[1].at is required",
        ),
        (
            MINIMAL | {"messages": [{}, {}, {"at": "soon", "body": "x"}]},
            "messages[0].at is required",
        ),
        (
            MINIMAL
            | {
                "messages": [
                    {"at": "2026-03-01T10:00:00Z", "body": "a"},
                    {"at": "2026-03-01T11:00:00Z", "body": "b"},
                    {"at": "03/01/2026", "body": "c"},
                ]
            },
            "messages[2].at is not an ISO 8601 date-time",
        ),
        (
            MINIMAL | {"messages": [{"at": "2026-03-01T10:00:00Z", "body": None}]},
            "messages[0].body must be a string",
        ),
        (
            MINIMAL | {"messages": [{"at": "0001-01-01T00:00:00+05:00", "body": "x"}]},
            "messages[0].at is not an ISO 8601 date-time",
        ),
        (
            MINIMAL | {"customer": {"renewal_dat": "2026-04-01"}},
            "customer has an unknown key 'renewal_dat' (known: arr, customer_since, "
            "prior_escalations_90d, prior_escalations_total, renewal_date)",
        ),
    ],
)
def test_a_bad_payload_names_the_key_and_the_problem(payload, message):
    with pytest.raises(PayloadError) as caught:
        signals_from_payload(payload, now=NOW)

    assert str(caught.value) == message


def test_an_unknown_top_level_key_is_refused_with_the_known_ones():
    with pytest.raises(PayloadError, match=r"^the payload has an unknown key 'refund' \(known: "):
        read(refund=100)


def test_null_means_not_given():
    brief = read(category=None, refund_amount=None, customer={"arr": None}, messages=None)

    assert (brief.category, brief.refund_amount, brief.arr, brief.messages) == (
        "technical",
        None,
        None,
        (),
    )
