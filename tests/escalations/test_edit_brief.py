from __future__ import annotations

from django.urls import reverse

from escalations.models import TimelineEvent
from tests.conftest import make_escalation
from tests.escalations.intake import edit_post


def test_agents_cannot_edit_the_brief(client, agent, manager):
    case = make_escalation(by=manager)
    client.force_login(agent)
    response = client.post(
        reverse("escalations:edit", args=[case.pk]), edit_post(case, title="Hijacked")
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.title != "Hijacked"


def test_saving_without_changes_writes_nothing(client, manager):
    case = make_escalation(by=manager)
    client.force_login(manager)
    response = client.post(
        reverse("escalations:edit", args=[case.pk]), edit_post(case), follow=True
    )
    assert "Nothing changed." in response.content.decode()
    assert not TimelineEvent.objects.filter(kind="brief_edited").exists()


def test_invalid_edit_is_refused_and_keeps_values(client, manager):
    case = make_escalation(by=manager)
    client.force_login(manager)
    response = client.post(
        reverse("escalations:edit", args=[case.pk]),
        edit_post(case, environment="", desired_outcome="Typed and kept"),
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "A technical brief needs the environment." in page
    assert "Typed and kept" in page
    case.refresh_from_db()
    assert case.environment == "EU production"


def test_changing_the_category_asks_for_its_fields(client, manager):
    case = make_escalation(by=manager)
    client.force_login(manager)
    response = client.post(
        reverse("escalations:edit", args=[case.pk]), edit_post(case, category="compliance")
    )
    assert response.status_code == 400
    assert "A compliance brief needs the data or regulation concerned." in response.content.decode()


def test_a_forged_form_count_on_the_edit_form_builds_nothing(client, manager):
    # The edit page has the brief alone, no formset: form counts in the POST are ignored.
    case = make_escalation(by=manager)
    client.force_login(manager)
    data = edit_post(case, **{"steps-TOTAL_FORMS": "100000", "words-TOTAL_FORMS": "100000"})
    response = client.post(reverse("escalations:edit", args=[case.pk]), data, follow=True)
    assert "Nothing changed." in response.content.decode()
