"""Action items: raised from a systemic problem, routed to its function, edited under a lock.

The suite's clock stands at 2026-11-02 10:00 UTC (desk time zone UTC): today is 2 November,
Q3 2026 is the latest complete quarter. Its systemic problem here is five product bugs closed
on 15 August at five 120k accounts (600k at risk).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

import pytest
from django.core import mail

from escalations.models import Notification, RootCause
from reports import actions
from reports.models import ActionItem
from reports.periods import parse
from tests.conftest import NOW, make_customer
from tests.reports.closed_cases import closed_case

pytestmark = pytest.mark.django_db

Q3 = parse("2026-Q3")
AUGUST = datetime.fromisoformat("2026-08-15T12:00:00+00:00")
NEW = "/reports/actions/new/"


@pytest.fixture
def product_bugs(manager):
    return [closed_case("product-bug", AUGUST, by=manager) for _ in range(5)]


def raise_one(by, owner, **fields) -> ActionItem:
    values = {
        "period": Q3,
        "root_cause": RootCause.objects.get(slug="product-bug"),
        "title": "Fix the export worker's retry",
        "function": "engineering",
        "owner": owner,
        "due_date": date(2026, 12, 15),
        "by": by,
        "now": NOW,
    }
    values.update(fields)
    return actions.raise_item(**values)


def form_values(owner, **overrides) -> dict:
    values = {
        "once": "t" * 32,
        "quarter": "2026-Q3",
        "root_cause": "product-bug",
        "title": "Fix the export worker's retry",
        "function": "engineering",
        "owner": str(owner.pk),
        "due_date": "2026-12-15",
        "status": "open",
        "outcome": "",
    }
    values.update(overrides)
    return values


def field_value(html: str, name: str) -> str:
    match = re.search(rf'name="{name}"[^>]*value="([^"]*)"', html) or re.search(
        rf'value="([^"]*)"[^>]*name="{name}"', html
    )
    return match[1] if match else ""


# --- Raising one -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("slug", "function"),
    [
        ("product-bug", "engineering"),
        ("kb-gap", "support_ops"),
        ("routing-failure", "support_ops"),
        ("process-failure", "support_ops"),
        ("policy-inflexibility", "support_vp"),
        ("policy-ambiguity", "support_vp"),
        ("agent-knowledge-gap", "training"),
    ],
)
def test_the_form_from_a_problem_is_routed_to_its_root_causes_function(
    client, manager, slug, function
):
    client.force_login(manager)

    response = client.get(NEW, {"quarter": "2026-Q3", "root_cause": slug})

    assert response.status_code == 200
    form = response.context["form"]
    assert form.initial["function"] == function
    assert form.initial["quarter"] == "2026-Q3"
    assert form.initial["root_cause"] == slug
    assert "selected>" in response.content.decode()


def test_a_manager_raises_an_item_and_its_owner_is_told(
    client, manager, executive, product_bugs, django_capture_on_commit_callbacks
):
    client.force_login(manager)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(NEW, form_values(executive))

    item = ActionItem.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/reports/actions/{item.pk}/"
    assert (item.quarter, item.root_cause.slug, item.function) == (
        "2026-Q3",
        "product-bug",
        "engineering",
    )
    assert (item.owner, item.created_by, item.status, item.version) == (
        executive,
        manager,
        "open",
        1,
    )
    assert item.due_date == date(2026, 12, 15)
    assert item.starts_at == datetime.fromisoformat("2026-07-01T00:00:00+00:00")
    assert item.ends_at == datetime.fromisoformat("2026-10-01T00:00:00+00:00")
    told = Notification.objects.get(recipient=executive)
    assert told.subject == "You own an action item: Fix the export worker's retry"
    assert told.url == f"/reports/actions/{item.pk}/"
    assert [m.to for m in mail.outbox] == [[executive.email]]


def test_a_refused_item_comes_back_with_every_problem_by_its_field_and_nothing_lost(
    client, manager, outsider, product_bugs
):
    client.force_login(manager)
    typed = form_values(
        outsider,  # in no desk group: not someone who can own it
        title="",
        due_date="2026-11-01",  # yesterday
        status="done",  # with no outcome
        quarter="2026-Q3",
        root_cause="kb-gap",  # no KB gap was closed in Q3
        function="support_ops",
    )

    response = client.post(NEW, {**typed, "title": "  "})

    assert response.status_code == 400
    errors = response.context["form"].errors
    assert set(errors) == {"title", "owner", "due_date", "outcome", "root_cause"}
    assert "cannot be in the past (today is 02 Nov 2026)" in errors["due_date"][0]
    assert "Knowledge-base gap is not a systemic problem in Q3 2026" in errors["root_cause"][0]
    assert "Say what was done" in errors["outcome"][0]
    html = response.content.decode()
    assert field_value(html, "due_date") == "2026-11-01"
    assert field_value(html, "quarter") == "2026-Q3"
    assert re.search(r'<option value="kb-gap" selected>', html)
    assert re.search(r'<option value="support_ops" selected>', html)
    assert re.search(r'<option value="done" selected>', html)
    # The same token comes back, so the corrected form is still one submission.
    assert field_value(html, "once") == "t" * 32
    assert ActionItem.objects.count() == 0


def test_a_quarter_that_is_not_one_is_refused_by_its_field(client, manager, product_bugs):
    client.force_login(manager)

    response = client.post(NEW, form_values(manager, quarter="2026-13"))

    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"quarter"}
    assert field_value(response.content.decode(), "quarter") == "2026-13"


def test_the_same_form_submitted_twice_raises_one_item(client, manager, product_bugs):
    client.force_login(manager)

    first = client.post(NEW, form_values(manager))
    second = client.post(NEW, form_values(manager))

    item = ActionItem.objects.get()
    assert first["Location"] == second["Location"] == item.get_absolute_url()


def test_an_executive_reads_items_but_may_not_raise_or_edit_them(
    client, manager, executive, product_bugs
):
    item = raise_one(manager, manager)
    client.force_login(executive)

    assert client.get(NEW).status_code == 403
    assert client.post(NEW, form_values(executive)).status_code == 403
    page = client.get(item.get_absolute_url())
    assert page.status_code == 200
    assert (
        page.context["form"] is None
        and '<form method="post" class="card' not in page.content.decode()
    )
    edit = client.post(item.get_absolute_url(), {"version": "1", "title": "Mine now"})
    assert edit.status_code == 403
    assert ActionItem.objects.get().title == "Fix the export worker's retry"
    assert client.get("/reports/actions/").status_code == 200


def test_agents_get_404_for_every_action_item_page(client, manager, agent, product_bugs):
    item = raise_one(manager, manager)
    client.force_login(agent)

    for url in ("/reports/actions/", NEW, item.get_absolute_url()):
        assert client.get(url).status_code == 404, url
    assert client.post(item.get_absolute_url(), {"version": "1"}).status_code == 404


# --- Editing one -------------------------------------------------------------------------


def edit_values(item: ActionItem, **overrides) -> dict:
    values = {
        "version": str(item.version),
        "title": item.title,
        "function": item.function,
        "owner": str(item.owner_id),
        "due_date": item.due_date.isoformat(),
        "status": item.status,
        "outcome": item.outcome,
    }
    values.update(overrides)
    return values


def test_a_manager_records_what_was_done(client, manager, product_bugs):
    item = raise_one(manager, manager)
    client.force_login(manager)

    response = client.post(
        item.get_absolute_url(),
        edit_values(item, status="done", outcome="Retry with back-off shipped in 4.2."),
    )

    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.status, item.outcome, item.version) == (
        "done",
        "Retry with back-off shipped in 4.2.",
        2,
    )
    assert item.updated_by == manager


def test_done_without_an_outcome_is_refused_by_the_outcome_field(client, manager, product_bugs):
    item = raise_one(manager, manager)
    client.force_login(manager)

    response = client.post(item.get_absolute_url(), edit_values(item, status="done"))

    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"outcome"}
    item.refresh_from_db()
    assert (item.status, item.version) == ("open", 1)


def test_an_overdue_item_keeps_its_due_date_while_it_is_finished(client, manager, product_bugs):
    item = raise_one(manager, manager, due_date=date(2026, 10, 20))  # before today
    client.force_login(manager)

    kept = client.post(item.get_absolute_url(), edit_values(item, status="in_progress"))
    moved = client.post(
        item.get_absolute_url(), edit_values(item, version="2", due_date="2026-10-25")
    )

    assert kept.status_code == 302
    assert moved.status_code == 400
    assert set(moved.context["form"].errors) == {"due_date"}


def test_the_second_of_two_managers_saving_the_same_version_is_told_and_loses_nothing(
    client, manager, deskadmin, product_bugs
):
    item = raise_one(manager, manager)
    client.force_login(deskadmin)
    first = client.post(
        item.get_absolute_url(), edit_values(item, status="in_progress", outcome="Started.")
    )
    assert first.status_code == 302
    client.force_login(manager)  # Molly's form was drawn at version 1 too

    second = client.post(
        item.get_absolute_url(), edit_values(item, status="dropped", outcome="Not worth it.")
    )

    assert second.status_code == 409
    html = second.content.decode()
    assert "dana saved this action item while you were editing it" in html
    assert "Not worth it." in html  # her typing is still in the form
    assert field_value(html, "version") == "2"  # saving again goes over dana's version
    item.refresh_from_db()
    assert (item.status, item.outcome, item.version) == ("in_progress", "Started.", 2)


def test_a_double_click_on_save_is_one_save(client, manager, product_bugs):
    item = raise_one(manager, manager)
    client.force_login(manager)
    values = edit_values(item, status="in_progress")

    client.post(item.get_absolute_url(), values)
    again = client.post(item.get_absolute_url(), values)

    assert again.status_code == 302
    item.refresh_from_db()
    assert item.version == 2


def test_a_new_owner_is_told(manager, executive, product_bugs, django_capture_on_commit_callbacks):
    item = raise_one(manager, manager)

    with django_capture_on_commit_callbacks(execute=True):
        actions.update_item(item, {"owner": executive}, seen_version=1, by=manager, now=NOW)

    assert (
        Notification.objects.filter(recipient=executive, key=f"action-item:{item.pk}:owner").count()
        == 1
    )
    assert not Notification.objects.filter(recipient=manager).exists()  # she raised it herself


# --- The list ----------------------------------------------------------------------------


def test_the_list_ranks_open_items_by_arr_at_risk_in_a_constant_number_of_queries(
    client, manager, product_bugs, django_assert_max_num_queries
):
    rich = make_customer(name="Rich", arr=Decimal("2000000"))
    for _ in range(5):
        closed_case("routing-failure", AUGUST, by=manager, customer=rich)
    small = raise_one(manager, manager, title="Export retry")  # product bugs: 600k
    big = raise_one(
        manager,
        manager,
        title="Route billing cases right",
        root_cause=RootCause.objects.get(slug="routing-failure"),
        function="support_ops",
    )  # one account of 2M
    done = raise_one(manager, manager, title="Old one", status="done", outcome="Shipped.")
    client.force_login(manager)
    client.get("/reports/actions/")  # the session and the user's groups, read once

    # session, user, groups; open items with their ARR at risk; finished items; and the
    # layout's own: My work's counts for the nav, the user's and their groups' permissions
    with django_assert_max_num_queries(8):
        response = client.get("/reports/actions/")

    assert [i.title for i in response.context["open_items"]] == [big.title, small.title]
    assert [i.arr_at_risk for i in response.context["open_items"]] == [
        Decimal("2000000"),
        Decimal("600000"),
    ]
    assert [i.title for i in response.context["done_items"]] == [done.title]
    html = response.content.decode()
    assert "$2.0M" in html and "Shipped." in html


# --- Hostile input -----------------------------------------------------------------------

# Refused by every field: a NUL byte (PostgreSQL cannot store it) and a megabyte.
NEVER = ["\x00", "x" * 1_000_000]
# Refused by every field that is not free text (free text stores them, escaped on output).
NOT_A_CHOICE = ["<script>alert(1)</script>", "javascript:alert(1)", "' OR 1=1 --", "-1", "9" * 30]
NEW_FIELDS = ("quarter", "root_cause", "function", "owner", "due_date", "status")
EDIT_FIELDS = ("version", "function", "owner", "due_date", "status")


@pytest.mark.parametrize("bad", NEVER + NOT_A_CHOICE)
def test_hostile_input_to_the_new_form_is_refused_without_a_500(client, manager, product_bugs, bad):
    client.force_login(manager)
    fields = form_values(manager)

    assert client.get(NEW, {"quarter": bad, "root_cause": bad}).status_code == 200
    names = NEW_FIELDS + (("title", "outcome") if bad in NEVER else ())
    for name in names:
        response = client.post(NEW, {**fields, name: bad})
        assert response.status_code == 400, name
    assert ActionItem.objects.count() == 0


@pytest.mark.parametrize("bad", NEVER + NOT_A_CHOICE)
def test_hostile_input_to_an_edit_is_refused_without_a_500(client, manager, product_bugs, bad):
    item = raise_one(manager, manager)
    client.force_login(manager)

    names = EDIT_FIELDS + (("title", "outcome") if bad in NEVER else ())
    for name in names:
        response = client.post(item.get_absolute_url(), edit_values(item, **{name: bad}))
        assert response.status_code == 400, name
    item.refresh_from_db()
    assert item.version == 1
