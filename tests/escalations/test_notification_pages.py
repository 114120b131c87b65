"""The bell and its pages: /notifications/, mark read, mark all read, settings (issue 9 item 5)."""

from __future__ import annotations

import html
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from escalations.access import group_names
from escalations.models import Notification, Preferences
from matrix.my_work import counts
from tests.conftest import NOW, make_escalation

LIST = reverse("escalations:notifications")
READ_ALL = reverse("escalations:notifications_read_all")
SETTINGS = reverse("escalations:notification_settings")


def note(person, subject="Resolve clock breached", *, case=None, minutes=0, read=False, **extra):
    """A notification as the sweeps leave it (the API is tested in test_notifications.py)."""
    at = NOW - timedelta(minutes=minutes)
    return Notification.objects.create(
        recipient=person,
        escalation=case,
        key=f"test:{subject}:{minutes}:{Notification.objects.count()}",
        subject=subject,
        url=case.get_absolute_url() if case else "",
        severity=case.severity if case else None,
        created_at=at,
        read_at=at if read else None,
        **extra,
    )


def read_url(notification) -> str:
    return reverse("escalations:notification_read", args=[notification.pk])


@pytest.fixture
def case(manager):
    return make_escalation(by=manager, severity=2, title="Exports fail for the finance team")


# --- The bell --------------------------------------------------------------------------------


def test_the_bell_in_the_nav_counts_only_my_unread_notifications(client, manager, agent, case):
    note(manager, "one", case=case)
    note(manager, "two", case=case)
    note(manager, "seen", case=case, read=True)
    note(agent, "not mine", case=case)
    client.force_login(manager)
    page = client.get(reverse("escalations:queue")).content.decode()
    assert f'href="{LIST}"' in page
    assert '<span class="visually-hidden">2 unread notifications</span>' in page
    assert '<span class="badge rounded-pill text-bg-danger" aria-hidden="true">2</span>' in page


def test_the_bell_says_one_in_the_singular_and_shows_no_badge_at_zero(client, manager, case):
    client.force_login(manager)
    page = client.get(LIST).content.decode()
    assert '<span class="visually-hidden">0 unread notifications</span>' in page
    assert "text-bg-danger" not in page
    note(manager, case=case)
    page = client.get(LIST).content.decode()
    assert '<span class="visually-hidden">1 unread notification</span>' in page


def test_the_unread_count_is_part_of_the_one_navigation_query(
    manager, case, django_assert_num_queries
):
    for minutes in range(30):
        note(manager, case=case, minutes=minutes)
    note(manager, case=case, minutes=99, read=True)
    group_names(manager)  # the request has them already (the context processor asked first)
    with django_assert_num_queries(1):
        waiting = counts(manager)
    assert waiting["unread"] == 30
    assert waiting["total"] == 0  # My work's badge does not count the bell


def test_no_bell_for_a_signed_in_user_without_a_desk_role(client, outsider):
    client.force_login(outsider)
    response = client.get(reverse("escalations:queue"))
    assert response.status_code == 403
    assert "unread notification" not in response.content.decode()


def test_the_queue_query_count_does_not_grow_with_notifications(
    client, manager, case, django_assert_num_queries
):
    client.force_login(manager)
    all_cases = {"view": "all"}  # the case has no clock: "Needs attention" would list nothing
    client.get(reverse("escalations:queue"), all_cases)  # the session is warm
    with django_assert_num_queries(8) as before:
        client.get(reverse("escalations:queue"), all_cases)
    for minutes in range(40):
        note(manager, case=case, minutes=minutes)
    # The pinned count of tests/escalations/test_queue.py: the bell added no query.
    with django_assert_num_queries(len(before.captured_queries)):
        client.get(reverse("escalations:queue"), all_cases)


# --- The list --------------------------------------------------------------------------------


def test_the_list_shows_my_own_newest_first_with_unread_marked(client, manager, agent, case):
    note(manager, "older and read", case=case, minutes=30, read=True)
    note(manager, "newer and unread", case=case, minutes=5)
    note(agent, "Alice's own", case=case)
    client.force_login(manager)
    response = client.get(LIST)
    page = response.content.decode()
    assert page.index("newer and unread") < page.index("older and read")
    assert "Alice's own" not in html.unescape(page)  # however it would be escaped
    unread, read = response.context["page"].object_list
    assert unread.read_at is None and read.read_at is not None
    # The unread row is marked and opens through "mark read"; the read one is a plain link.
    assert page.count(">New</span>") == 1
    assert f'action="{read_url(unread)}"' in page
    assert f'<a href="{case.get_absolute_url()}">older and read</a>' in page


def test_the_list_pages_by_fifty(client, manager, case):
    for minutes in range(51):
        note(manager, f"n{minutes:02d}", case=case, minutes=minutes)
    client.force_login(manager)
    first = client.get(LIST)
    assert len(first.context["page"].object_list) == 50
    assert "Page 1 of 2" in first.content.decode()
    second = client.get(LIST, {"page": 2})
    assert [n.subject for n in second.context["page"].object_list] == ["n50"]


def test_an_empty_list_says_so(client, agent):
    client.force_login(agent)
    page = client.get(LIST).content.decode()
    assert "No notifications yet." in page
    assert "Mark all read" not in page


def test_the_list_page_query_count_does_not_grow_with_rows(
    client, manager, case, django_assert_num_queries
):
    client.force_login(manager)
    note(manager, case=case)
    # session, user, groups, COUNT, the page of notifications (with whether each case is
    # still visible, in the same query), the person's permissions in one (the "New escalation"
    # button, config/auth.py), the navigation counts.
    with django_assert_num_queries(7):
        client.get(LIST)
    for minutes in range(1, 60):
        note(manager, case=make_escalation(by=manager, severity=3), minutes=minutes)
    with django_assert_num_queries(7):
        client.get(LIST)


def test_a_notification_about_a_case_i_may_no_longer_see_hides_its_title(client, manager, agent):
    # Told while it was Sev-2; it is Sev-1 now and Molly is not on it.
    hidden = make_escalation(by=agent, severity=1, title="Tenant data exposed")
    row = note(manager, f"{hidden.reference}: Tenant data exposed", case=hidden, body="Leak")
    client.force_login(manager)
    page = client.get(LIST).content.decode()
    assert "Tenant data exposed" not in page and "Leak" not in page
    assert hidden.get_absolute_url() not in page
    assert "About a case you can no longer see." in page
    # Opening it marks it read and stays on the list: the case page would only say 404.
    response = client.post(read_url(row), {"then": "open"})
    assert response.status_code == 302 and response["Location"] == LIST
    row.refresh_from_db()
    assert row.read_at == NOW


# --- Mark read -------------------------------------------------------------------------------


def test_opening_an_unread_notification_marks_it_read_and_goes_to_its_case(client, manager, case):
    row = note(manager, case=case)
    client.force_login(manager)
    response = client.post(read_url(row), {"then": "open"})
    assert response.status_code == 302 and response["Location"] == case.get_absolute_url()
    row.refresh_from_db()
    assert row.read_at == NOW


def test_mark_read_goes_back_to_the_page_it_was_on(client, manager, case):
    row = note(manager, case=case)
    client.force_login(manager)
    response = client.post(read_url(row), {"page": "3"})
    assert response["Location"] == f"{LIST}?page=3"
    assert client.post(read_url(row), {"page": "x"})["Location"] == LIST


def test_marking_read_twice_keeps_the_first_time(client, manager, case, clock):
    row = note(manager, case=case)
    client.force_login(manager)
    client.post(read_url(row))
    clock.shift(timedelta(hours=1))
    client.post(read_url(row))
    row.refresh_from_db()
    assert row.read_at == NOW


def test_another_persons_notification_is_404_and_unchanged(client, manager, agent, case):
    theirs = note(agent, case=case)
    client.force_login(manager)
    assert client.post(read_url(theirs), {"then": "open"}).status_code == 404
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_mark_all_read_marks_only_mine_and_says_how_many(client, manager, agent, case):
    note(manager, "a", case=case)
    note(manager, "b", case=case)
    note(manager, "c", case=case, read=True)
    note(agent, "d", case=case)
    client.force_login(manager)
    response = client.post(READ_ALL, follow=True)
    assert response.redirect_chain == [(LIST, 302)]
    assert "2 marked read." in response.content.decode()
    assert not Notification.objects.filter(recipient=manager).unread().exists()
    assert Notification.objects.filter(recipient=agent).unread().count() == 1


def test_mark_all_read_with_nothing_unread_says_so(client, manager):
    client.force_login(manager)
    assert "Nothing was unread." in client.post(READ_ALL, follow=True).content.decode()


@pytest.mark.parametrize("url", ["read", "read_all"])
def test_the_mark_read_urls_refuse_a_get(client, manager, case, url):
    row = note(manager, case=case)
    client.force_login(manager)
    response = client.get(read_url(row) if url == "read" else READ_ALL)
    assert response.status_code == 405
    row.refresh_from_db()
    assert row.read_at is None


def test_mark_read_needs_the_csrf_token(manager, case):
    row = note(manager, case=case)
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(manager)
    assert browser.post(read_url(row)).status_code == 403
    assert browser.post(READ_ALL).status_code == 403
    row.refresh_from_db()
    assert row.read_at is None


# --- Settings --------------------------------------------------------------------------------


def test_settings_show_the_defaults_without_writing_a_row(client, agent):
    client.force_login(agent)
    response = client.get(SETTINGS)
    page = response.content.decode()
    assert response.status_code == 200
    assert 'name="time_zone" value="UTC"' in page
    assert not Preferences.objects.exists()


def test_settings_save_the_mute_and_the_time_zone(client, agent):
    client.force_login(agent)
    response = client.post(
        SETTINGS, {"mute_sev4_email": "on", "time_zone": "Asia/Kolkata"}, follow=True
    )
    assert response.redirect_chain == [(SETTINGS, 302)]
    assert "Notification settings saved." in response.content.decode()
    preferences = Preferences.objects.get(user=agent)
    assert (preferences.mute_sev4_email, preferences.time_zone) == (True, "Asia/Kolkata")
    # Saved again: the same row, changed.
    client.post(SETTINGS, {"time_zone": "Europe/Berlin"})
    preferences.refresh_from_db()
    assert (preferences.mute_sev4_email, preferences.time_zone) == (False, "Europe/Berlin")


def test_an_unknown_time_zone_is_refused_next_to_the_field_keeping_what_was_typed(client, agent):
    client.force_login(agent)
    response = client.post(SETTINGS, {"mute_sev4_email": "on", "time_zone": "Mars/Olympus"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Not saved: see the highlighted fields." in page
    assert "is not a time zone name" in page
    assert response.context["form"].errors == {
        "time_zone": [
            "'Mars/Olympus' is not a time zone name; use one like Europe/Berlin or America/New_York."
        ]
    }
    assert 'value="Mars/Olympus"' in page
    assert response.context["form"]["mute_sev4_email"].value() is True
    assert not Preferences.objects.exists()


# --- The admin -------------------------------------------------------------------------------


def _may_view_notifications(user):
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_notification", "view_preferences"])
    )


def test_the_admin_lists_notifications_read_only(client, deskadmin, manager, case):
    # The Desk Admin group's own permissions (escalations/migrations/0008), nothing granted here.
    deskadmin.is_staff = True
    deskadmin.save(update_fields=["is_staff"])
    note(manager, "Resolve clock breached", case=case)
    client.force_login(deskadmin)
    listing = client.get(reverse("admin:escalations_notification_changelist"))
    assert listing.status_code == 200
    assert "Resolve clock breached" in listing.content.decode()
    assert client.get(reverse("admin:escalations_notification_add")).status_code == 403
    row = Notification.objects.get()
    change = reverse("admin:escalations_notification_change", args=[row.pk])
    assert client.post(change, {"subject": "rewritten"}).status_code == 403
    row.refresh_from_db()
    assert row.subject == "Resolve clock breached"
    assert client.get(reverse("admin:escalations_preferences_changelist")).status_code == 200


def test_the_admin_keeps_the_sev1_rule_for_notifications(client, manager, agent, case):
    hidden = make_escalation(by=agent, severity=1, title="Tenant data exposed")
    note(agent, f"{hidden.reference}: Tenant data exposed", case=hidden)
    note(agent, "Digest: nothing needs you")  # no case: staff see it
    _may_view_notifications(manager)
    client.force_login(manager)
    page = client.get(reverse("admin:escalations_notification_changelist")).content.decode()
    assert "Tenant data exposed" not in page and "Digest: nothing needs you" in page
