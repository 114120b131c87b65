"""A few other open cases, raised through the workflow at different instants before NOW, so
the queue, My work and the bell show clocks in several states around the case a test drives."""

from __future__ import annotations

from datetime import timedelta

from tests.conftest import NOW, make_customer
from tests.matrix.conftest import raise_case

BACKGROUND = (
    # (account, hours before NOW, title, the customer's words)
    (
        "Acme Health",
        20,
        "Scheduled report arrives as an empty file",
        "Could you look at the scheduled report when you have a moment? It arrives empty.",
    ),
    (
        "Globex Retail",
        3.5,
        "Dashboard widgets stay blank for store managers",
        "The dashboard is still broken for our store managers and this is unacceptable.",
    ),
    (
        "Initech Logistics",
        0.5,
        "Route planner times out for large depots",
        "Our planners lose an hour every morning. Please treat this as urgent.",
    ),
)


def busy_desk(agent) -> list:
    cases = []
    for name, hours, title, words in BACKGROUND:
        at = NOW - timedelta(hours=hours)
        customer = make_customer(name=name, primary_contact_name="Sam Rivera")
        cases.append(raise_case(customer, by=agent, now=at, words=words, title=title))
    return cases
