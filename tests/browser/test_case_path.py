"""The whole path of one case in a real browser, from intake to the month's report.

An agent raises a billing escalation with the keyboard only (first incomplete: refused, with
what was typed kept), the duty manager sees its triage and the roles the matrix suggested and
confirms them, the acknowledge clock runs out and the sweep the schedule runs every minute —
called here at a pinned instant just after that clock was due — puts the breach in the owner's
bell; the three assignees accept, the comms lead sends the customer an update from a template,
the owner proposes a refund and the decision authority approves it, the owner resolves and
closes the case with its close-out, and the month's report shows the case in its charts and
hands over a CSV. Every page is checked for console errors and CSP violations (conftest).
"""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

import pytest

from escalations.models import Escalation, Notification
from matrix import tasks
from matrix.models import CheckEvent, Clock, ClockKind
from tests.conftest import NOW, make_customer
from tests.matrix.conftest import AUTHORITY, COMMS, OWNER, current_roles

from .world import busy_desk

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.xdist_group("browser"),
]

TITLE = "Invoices double-charged after plan change"
WORDS = "This is the second time this year. Fix it today or we dispute the charge."


def tab_to(desk, selector: str, *, limit: int = 80) -> None:
    """Press Tab until `selector` has the focus: the element is reachable by keyboard."""
    for _ in range(limit):
        if desk.page.evaluate("s => document.activeElement.matches(s)", selector):
            return
        desk.page.keyboard.press("Tab")
    raise AssertionError(f"{selector} never got the focus after {limit} Tab presses")


def type_into(desk, selector: str, text: str) -> None:
    tab_to(desk, selector)
    if len(text) > 40:
        desk.page.keyboard.insert_text(text)  # one input event for a long text
    else:
        desk.page.keyboard.type(text)  # a key press per character


def choose(desk, selector: str, label: str) -> None:
    """Pick an option of a focused <select> by typing its label, as a keyboard user does."""
    tab_to(desk, selector)
    desk.page.keyboard.type(label)
    chosen = desk.page.evaluate(
        "s => { const e = document.querySelector(s); return e.options[e.selectedIndex].text }",
        selector,
    )
    assert chosen.startswith(label), f"{selector}: typed {label!r}, got {chosen!r}"


def submit_with_keyboard(desk, button: str) -> None:
    tab_to(desk, button)
    with desk.page.expect_navigation():
        desk.page.keyboard.press("Enter")


def test_a_case_from_intake_to_the_months_report(open_desk, roster, agent, clock):
    others = busy_desk(agent)
    customer = make_customer(
        name="Northwind Traders", primary_contact_name="Jordan Lee", region="EMEA"
    )

    # --- Intake, keyboard only: an incomplete brief is refused and keeps what was typed ------
    alice = open_desk(agent)
    alice.visit("/escalations/new/")
    choose(alice, "#id_customer", "Northwind")
    choose(alice, "#id_entry_point", "Executive e-mail")
    type_into(alice, "#id_title", TITLE)
    type_into(
        alice,
        "#id_summary",
        "The customer was billed twice for November. Their CFO wants it fixed today.",
    )
    choose(alice, "#id_category", "Billing")
    type_into(alice, "#id_product_area", "Billing portal")
    type_into(alice, "#id_target_team", "Billing")
    # Desired outcome and the customer's words left out on purpose.
    type_into(alice, "#id_recommended_next_step", "Billing to void invoice INV-2291 and credit it.")
    # Only the chosen category's details are shown (static/js/intake.js): billing ones here.
    assert alice.page.is_hidden("#id_environment")
    type_into(alice, "#id_invoice_reference", "INV-2291")
    type_into(alice, "#id_amount_in_dispute", "18400")
    type_into(alice, "#id_steps-0-action", "Checked the billing ledger")
    type_into(alice, "#id_steps-0-result", "Two charges of $18,400 on Nov 1")
    type_into(alice, "#id_words-0-contact_name", "Jordan Lee (CFO)")
    alice.expect_status("/escalations/new/", 400)
    submit_with_keyboard(alice, "button[type=submit].btn-primary")
    alice.check()
    alice.screenshot("intake")  # the refused brief: what is missing, above what was typed
    problems = alice.page.inner_text("main")
    assert "Desired outcome" in problems
    assert "customer's own words" in problems.lower() or "interaction" in problems.lower()
    assert not Escalation.objects.exclude(pk__in=[c.pk for c in others]).exists()
    # Everything typed is still there.
    assert alice.page.input_value("#id_title") == TITLE
    assert alice.page.input_value("#id_invoice_reference") == "INV-2291"
    assert alice.page.input_value("#id_steps-0-result") == "Two charges of $18,400 on Nov 1"
    assert alice.page.input_value("#id_words-0-contact_name") == "Jordan Lee (CFO)"
    assert alice.page.input_value("#id_customer") == str(customer.pk)

    # Fill the two gaps from the top of the page, still by keyboard, and send it.
    alice.page.evaluate("() => document.activeElement.blur()")
    type_into(
        alice, "#id_desired_outcome", "Refund of the duplicate charge and a corrected invoice."
    )
    type_into(alice, "#id_words-0-body", WORDS)
    submit_with_keyboard(alice, "button[type=submit].btn-primary")
    alice.check()
    case = Escalation.objects.exclude(pk__in=[c.pk for c in others]).get()
    assert alice.page.url == alice.url(case.get_absolute_url())
    assert f"{case.reference} raised for Northwind Traders" in alice.page.inner_text("main")

    # --- Triage with its "why" line, as the duty manager sees it ----------------------------
    # The matrix gave the case its three people (pending): an executive escalation is owned by
    # a support manager on duty (the less loaded of the two), a Sev-2 case's decision
    # authority is the VP Customer Success and its comms lead the EMEA regional CSM manager.
    people = {kind: a.person for kind, a in current_roles(case).items()}
    assert people[OWNER] in (roster.duty, roster.duty2)
    assert (people[AUTHORITY], people[COMMS]) == (roster.vpcs, roster.rcm_emea)
    owner = open_desk(people[OWNER])
    owner.visit(case.get_absolute_url())
    # DESIGN.md: a payment dispute sets a Sev-3 floor; an executive e-mail on top scores
    # high, and the band lifts the case one level above its floor: Sev-2, human-first.
    why = owner.page.inner_text("#triage-why")
    assert why.startswith("Sev-2")
    assert "chargeback or payment dispute" in why
    assert "Human-first" in owner.page.inner_text("#triage")

    # --- Roles: the matrix's suggestions, confirmed by the duty manager ---------------------
    roles = owner.page.inner_text("#roles")
    for person in people.values():
        assert person.get_full_name() in roles
    assert roles.count("waiting for acceptance") == 3
    # By keyboard: open "Confirm or change roles…", keep the suggestions, save.
    tab_to(owner, "#roles details:not(.decline) > summary", limit=200)
    owner.page.keyboard.press("Enter")
    submit_with_keyboard(owner, "#roles form[action$='/roles/'] button[type=submit]")
    owner.check()
    assert "Roles confirmed; nobody changed." in owner.page.inner_text("main")

    # --- Nobody acknowledged in time: the minute sweep puts the breach in the bell ----------
    acknowledge = Clock.objects.get(escalation=case, kind=ClockKind.ACKNOWLEDGE)
    assert acknowledge.due_at == NOW + timedelta(hours=1)  # Sev-2: acknowledge within 1 h
    # The desk lives on at that instant: the sweep runs then, and so does everything after.
    when = acknowledge.due_at + timedelta(minutes=1)
    clock.move_to(when)
    swept = tasks.sla_sweep(now=when)
    assert swept["recorded"] >= 1
    assert CheckEvent.objects.filter(
        escalation=case, kind=CheckEvent.Kind.BREACH, clock=ClockKind.ACKNOWLEDGE
    ).exists()
    unread = Notification.objects.filter(recipient=people[OWNER], read_at__isnull=True).count()
    assert unread >= 1
    owner.visit(case.get_absolute_url())
    bell = owner.page.locator("a.bell")
    assert bell.locator(".badge").inner_text() == str(unread)
    with owner.page.expect_navigation():
        bell.click()
    owner.check()
    listed = owner.page.inner_text(".notification-list")
    assert case.reference in listed and "acknowledge clock breach" in listed.lower()
    owner.screenshot("notifications")
    owner.visit("/")
    assert case.reference in owner.page.inner_text("main")
    owner.screenshot("queue")
    owner.visit("/my/")
    assert case.reference in owner.page.inner_text("#accept-heading + div")
    owner.screenshot("my-work")

    # --- Each assignee accepts (the owner with the keyboard) --------------------------------
    owner.visit(case.get_absolute_url())
    tab_to(owner, "#roles form[action$='/accept/'] button")
    with owner.page.expect_navigation():
        owner.page.keyboard.press("Enter")
    owner.check()
    vic = open_desk(people[AUTHORITY])
    rhea = open_desk(people[COMMS])
    for person in (vic, rhea):
        person.visit(case.get_absolute_url())
        with person.page.expect_navigation():
            person.page.click("#roles form[action$='/accept/'] button")
        person.check()
    owner.visit(case.get_absolute_url())
    assert owner.page.inner_text("#roles").count("accepted") == 3

    # --- The comms lead writes to the customer from a template ------------------------------
    rhea.visit(case.get_absolute_url())
    with rhea.page.expect_navigation():
        rhea.page.click("#updates a.btn-primary")  # the template the desk suggests now
    rhea.check()
    assert "Write to Jordan Lee" in rhea.page.inner_text("h1")
    subject = rhea.page.input_value("#id_subject")
    assert subject and case.reference in subject + rhea.page.input_value("#id_body")
    with rhea.page.expect_navigation():
        rhea.page.click("button:has-text('Send to Jordan Lee')")
    rhea.check()
    assert subject in rhea.page.inner_text("#updates")
    # Our update restarts the update clock: Sev-2 updates are due every 2 days (DESIGN.md).
    update = Clock.objects.get(escalation=case, kind=ClockKind.UPDATE)
    assert update.due_at == when + timedelta(days=2)

    # --- The owner proposes the refund, the decision authority approves it ------------------
    owner.visit(case.get_absolute_url())
    owner.page.click("#approvals summary")
    owner.page.select_option("#id_proposal-kind", "refund")
    owner.page.fill("#id_proposal-amount", "18400")
    owner.page.fill("#id_proposal-reason", "Charged twice for November; the ledger shows both.")
    owner.page.fill(
        "#id_proposal-customer_message", "We are refunding the duplicate charge of $18,400."
    )
    with owner.page.expect_navigation():
        owner.page.click("#approvals button:has-text('Propose')")
    owner.check()
    assert "Awaiting approval" in owner.page.inner_text("#workflow")
    vic.visit(case.get_absolute_url())
    vic.page.check("#approvals input[value=approve]")
    vic.page.fill("#id_decision-reason", "Confirmed in the ledger.")
    with vic.page.expect_navigation():
        vic.page.click("#approvals button:has-text('Record decision')")
    vic.check()
    case.refresh_from_db()
    assert case.status == "execute"

    # --- An internal note by keyboard, then resolve and close with the close-out ------------
    owner.visit(case.get_absolute_url())
    tab_to(owner, "button[data-bs-target='#add-note']", limit=200)
    owner.page.keyboard.press("Enter")
    owner.page.wait_for_selector("#add-note.show")
    owner.page.keyboard.press("Tab")
    owner.page.keyboard.type("Refund issued by Billing; credit note CN-77.")
    tab_to(owner, "#add-note button[type=submit]")
    with owner.page.expect_navigation():
        owner.page.keyboard.press("Enter")
    owner.check()
    assert "credit note CN-77" in owner.page.inner_text("#timeline")
    owner.screenshot("case")

    # Resolve by keyboard too: open "Mark resolved…", write the resolution, send.
    resolve = "#workflow details.move:has(textarea[name=move-resolution])"
    owner.visit(case.get_absolute_url())
    tab_to(owner, f"{resolve} > summary")
    owner.page.keyboard.press("Enter")
    type_into(owner, f"{resolve} textarea", "Duplicate charge refunded.")
    submit_with_keyboard(owner, f"{resolve} button[type=submit]")
    owner.check()
    case.refresh_from_db()
    assert case.status == "resolved"
    owner.page.click("#closeout summary")
    form = owner.page.locator("#closeout form")
    form.locator("select[name=closeout-trigger]").select_option(index=1)
    form.locator("select[name=closeout-root_cause]").select_option(index=1)
    form.locator("input[name=closeout-avoidable][value=yes]").check()
    form.locator("input[name=closeout-exit_criteria_met][value=yes]").check()
    with owner.page.expect_navigation():
        form.locator("button:has-text('Close the case')").click()
    owner.check()
    case.refresh_from_db()
    assert case.status == "closed"

    # --- The month's report: charts and a CSV -----------------------------------------------
    # November holds four raised cases (this one and the three others), one close-out, and
    # that close-out said "avoidable": 100 % of close-outs avoidable.
    month = NOW.strftime("%Y-%m")
    owner.visit(f"/reports/{month}/")

    def headline(label: str) -> str:
        card = owner.page.locator(".report-headline", has_text=label)
        return card.locator(".report-headline-value").inner_text().strip()

    assert headline("Escalations raised") == "4"
    assert headline("Avoidable share") == "100 %"
    charts = owner.page.locator("svg.report-chart[role=img]")
    assert charts.count() >= 2
    for n in range(charts.count()):  # accessible: each chart names itself
        assert charts.nth(n).locator("title").first.text_content().strip()
    owner.screenshot("report")
    link = owner.page.locator("a[href$='/headlines.csv']")
    with owner.page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename == f"report-{month}-headlines.csv"
    rows = list(csv.reader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    raised = next(row for row in rows if row and row[0].startswith("Escalations raised"))
    assert "4" in raised[1:]
    owner.check()

    # --- Closed: off "Needs attention", still in "All cases" ---------------------------------
    owner.visit("/")
    assert case.reference not in owner.page.inner_text("main")
    owner.visit("/?view=all")
    assert case.reference in owner.page.inner_text("main")
