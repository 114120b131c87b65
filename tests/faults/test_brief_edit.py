"""Two managers editing the same brief at once: the second is told, nothing is overwritten.

Issue 11 item 4. The edit page (escalations/views/brief.py) carries the fingerprint of the
brief it was drawn from; the save compares it with the row it locked. On SQLite one writer at a
time is the lock (IMMEDIATE transactions); on PostgreSQL SELECT ... FOR UPDATE, tested below with
two connections released together.
"""

from __future__ import annotations

from datetime import timedelta
from functools import partial

import pytest
from django.db import connection
from django.urls import reverse

from escalations import workflow
from escalations.actions import BriefChanged, brief_fingerprint
from escalations.models import Escalation, TimelineEvent
from tests.conftest import NOW, make_customer, make_escalation
from tests.escalations.intake import edit_post
from tests.faults.pages import field_values
from tests.matrix.conftest import desk_person, raise_case
from tests.matrix.test_concurrency import ROUNDS, at_once, one_wins


def edit_url(case) -> str:
    return reverse("escalations:edit", args=[case.pk])


def brief_edits(case) -> int:
    return TimelineEvent.objects.filter(escalation=case, kind="brief_edited").count()


@pytest.fixture
def sam(db):
    return desk_person("sam", "Support Manager", "Sam", "Second")


@pytest.fixture
def case(manager):
    return make_escalation(by=manager)


def drawn_form(client, user, case) -> dict[str, str]:
    """What the edit page, opened by `user` now, would post back unchanged."""
    client.force_login(user)
    response = client.get(edit_url(case))
    assert response.status_code == 200
    values = field_values(response.content.decode())
    del values["csrfmiddlewaretoken"]
    return values


def test_the_case_page_links_to_the_edit_page_with_the_brief_prefilled(client, manager, case):
    client.force_login(manager)
    page = client.get(case.get_absolute_url()).content.decode()
    assert f'href="{edit_url(case)}"' in page and "Edit brief" in page
    values = drawn_form(client, manager, case)
    assert values["title"] == "Exports fail for the finance team"
    assert values["reproduction_steps"] == "Run the nightly export for account 42."
    assert len(values["drawn"]) == 40


def test_agents_and_executives_are_sent_back_to_the_case(client, agent, executive, case):
    for person in (agent, executive):
        client.force_login(person)
        response = client.get(edit_url(case), follow=True)
        assert "Only support managers and desk admins edit a brief." in response.content.decode()
        assert response.redirect_chain[-1][0] == case.get_absolute_url()


def test_a_refused_edit_keeps_what_was_typed_and_the_version_it_was_drawn_from(
    client, manager, sam, case
):
    mine = drawn_form(client, manager, case)
    # Sam saves a new title while Molly is still typing.
    client.force_login(sam)
    assert client.post(edit_url(case), edit_post(case, title="Sam's title")).status_code == 302

    client.force_login(manager)
    typed = {**mine, "environment": "", "desired_outcome": "Molly typed this outcome"}
    response = client.post(edit_url(case), typed)

    assert response.status_code == 400
    html = response.content.decode()
    assert "A technical brief needs the environment." in html
    kept = field_values(html)
    assert kept["desired_outcome"] == "Molly typed this outcome"
    # Still the version Molly's page showed, not Sam's: fixing the field must not overwrite him.
    assert kept["drawn"] == mine["drawn"]
    fixed = {**typed, "environment": "EU production"}
    assert client.post(edit_url(case), fixed).status_code == 409
    case.refresh_from_db()
    assert (case.title, case.desired_outcome) == (
        "Sam's title",
        "Exports run again before month end.",
    )


def test_the_second_manager_to_save_is_told_and_nothing_is_overwritten(client, manager, sam, case):
    mollys, sams = drawn_form(client, manager, case), drawn_form(client, sam, case)
    client.force_login(manager)
    first = client.post(edit_url(case), {**mollys, "title": "Exports fail since the upgrade"})
    assert first.status_code == 302

    client.force_login(sam)
    typed = {**sams, "summary": "Sam's summary of the call with their CFO."}
    response = client.post(edit_url(case), typed)

    assert response.status_code == 409
    html = response.content.decode()
    assert "Somebody changed this brief after you opened it" in html
    assert "Changed while you were editing" in html
    # Molly's version beside what Sam typed (his form still had the old title)...
    assert "Exports fail since the upgrade" in html
    assert "Molly Manager" in html
    # ...and Sam's typing is still in the form, with the version he has now seen.
    again = field_values(html)
    assert again["summary"] == "Sam's summary of the call with their CFO."
    assert again["drawn"] == brief_fingerprint(Escalation.objects.get(pk=case.pk))
    case.refresh_from_db()
    assert case.title == "Exports fail since the upgrade"
    assert case.summary.startswith("Nightly exports have failed")
    assert brief_edits(case) == 1

    # Having seen Molly's title, Sam keeps it and saves his summary: both stand.
    again["title"] = "Exports fail since the upgrade"
    del again["csrfmiddlewaretoken"]
    assert client.post(edit_url(case), again).status_code == 302
    case.refresh_from_db()
    assert (case.title, case.summary) == (
        "Exports fail since the upgrade",
        "Sam's summary of the call with their CFO.",
    )
    assert brief_edits(case) == 2


def test_a_change_made_in_the_admin_meanwhile_is_caught_too(client, manager, case):
    mine = drawn_form(client, manager, case)
    Escalation.objects.filter(pk=case.pk).update(product_area="Exports API")  # not via the page
    response = client.post(edit_url(case), {**mine, "title": "Molly's title"})
    assert response.status_code == 409
    assert Escalation.objects.get(pk=case.pk).title == "Exports fail for the finance team"


def test_a_double_click_on_save_is_one_edit(client, manager, case):
    values = drawn_form(client, manager, case)
    values["title"] = "Exports fail at month end"
    assert client.post(edit_url(case), values).status_code == 302
    second = client.post(edit_url(case), values, follow=True)
    assert "The brief already says exactly what you saved." in second.content.decode()
    assert brief_edits(case) == 1


def test_a_form_without_its_version_saves_nothing(client, manager, case):
    values = drawn_form(client, manager, case)
    del values["drawn"]
    response = client.post(edit_url(case), {**values, "title": "Lost?"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "came without the version of the brief it showed" in html
    assert field_values(html)["title"] == "Lost?"
    assert Escalation.objects.get(pk=case.pk).title == "Exports fail for the finance team"


def test_an_edit_through_the_page_re_triages_the_case(client, manager, agent):
    case = raise_case(make_customer(), by=agent)
    runs = case.triage_runs.count()
    values = drawn_form(client, manager, case)
    values["summary"] = "The export settings reset; the CFO says this is unacceptable."
    assert client.post(edit_url(case), values).status_code == 302
    assert case.triage_runs.count() == runs + 1
    assert case.triage_runs.order_by("-id").first().trigger == "brief_changed"


# --- PostgreSQL: two connections saving at the same moment --------------------------------------


def save(case, title: str, drawn: str, *, by):
    fresh = Escalation.objects.get(pk=case.pk)
    values = {"title": title}
    return workflow.edit_brief(fresh, values, by=by, now=NOW + timedelta(minutes=3), drawn=drawn)


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs two concurrent connections to PostgreSQL (DATABASE_URL=postgres://...)",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_managers_saving_the_same_brief_at_once_one_wins_on_postgres(manager, sam):
    for _ in range(ROUNDS):
        case = make_escalation(by=manager)
        drawn = brief_fingerprint(case)  # both pages drawn from the same brief

        results = at_once(
            partial(save, case, "Molly's title", drawn, by=manager),
            partial(save, case, "Sam's title", drawn, by=sam),
        )

        winner, stale = one_wins(results, loser=BriefChanged)
        assert [change["field"] for change in winner] == ["title"]
        stored = Escalation.objects.get(pk=case.pk)
        assert stored.title == winner[0]["new"]
        assert stale.current.title == stored.title  # the loser is shown the winner's version
        assert brief_edits(case) == 1
