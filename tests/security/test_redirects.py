"""`?next=` never sends anyone off-site (issue 11 item 3).

The views that redirect to a place the request names: the desk's login (its `next` field and
`?next=`, also for someone already signed in), the logout, the admin's login, and the bell's
"mark read and open" (the notification's stored link). The desk's other "go back" fields
(`next=my` on My work, `page` on the bell) choose among the desk's own pages and are checked
with hostile values too. Each hostile target is one of the well-known ways past a naive
check: scheme-relative, backslashes, whitespace and control characters, other schemes.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import pytest
from django.test import Client
from django.urls import reverse

from escalations.models import Notification
from tests.conftest import NOW

PASSWORD = "correct horse battery staple"
OFF_SITE = [
    "https://evil.example.com/",
    "http://evil.example.com",
    "//evil.example.com/path",
    "///evil.example.com",
    "////evil.example.com",
    "/\\evil.example.com",
    "\\\\evil.example.com",
    "\\/evil.example.com",
    " //evil.example.com",
    "/\t/evil.example.com",
    "https:evil.example.com",
    "https:/evil.example.com",
    "javascript:alert(document.domain)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "https://testserver@evil.example.com/",
    "https://evil.example.com\\@testserver/",
    "http://[::1]:80@evil.example.com",
    "\x00//evil.example.com",
    "%2F%2Fevil.example.com",
]


def assert_on_site(response, default: str | None = None) -> None:
    """Where a browser on the desk's page would go stays on the desk (and, when the target
    was refused, is the view's default)."""
    assert response.status_code == 302, response.status_code
    location = response["Location"]
    # Resolved as a browser resolves it against the page (backslashes count as slashes).
    resolved = urlsplit(urljoin("https://testserver/login/", location.replace("\\", "/")))
    assert (resolved.scheme, resolved.netloc) == ("https", "testserver"), location
    assert not urlsplit(location).scheme and not location.startswith("//"), location
    if default is not None and location.startswith("/"):
        assert location == default or location.startswith(default), location


@pytest.fixture
def alice(agent):
    agent.set_password(PASSWORD)
    agent.save()
    return agent


@pytest.mark.parametrize("target", OFF_SITE)
def test_the_login_never_redirects_off_site(alice, target):
    client = Client()
    # The login page keeps `next` in a hidden field (escaped), and the POST is what redirects.
    page = client.get("/login/", {"next": target})
    assert page.status_code == 200
    assert "<script>alert" not in page.content.decode()
    response = client.post("/login/", {"username": "alice", "password": PASSWORD, "next": target})
    assert_on_site(response, reverse("escalations:queue"))


@pytest.mark.parametrize("target", OFF_SITE)
def test_a_signed_in_user_opening_the_login_is_not_sent_off_site(alice, target):
    client = Client()
    client.force_login(alice)
    assert_on_site(client.get("/login/", {"next": target}), reverse("escalations:queue"))


def test_the_login_does_follow_a_next_on_the_desk(alice):
    # The check is not "ignore next": a path of the desk is where the user was going.
    client = Client()
    response = client.post(
        "/login/", {"username": "alice", "password": PASSWORD, "next": "/my/?mine=1"}
    )
    assert response.status_code == 302 and response["Location"] == "/my/?mine=1"


@pytest.mark.parametrize("target", OFF_SITE)
def test_the_logout_never_redirects_off_site(alice, target):
    client = Client()
    client.force_login(alice)
    response = client.post(f"/logout/?next={target}", {"next": target})
    assert_on_site(response, reverse("login"))


@pytest.mark.parametrize("target", OFF_SITE[:8])
def test_the_admin_login_never_redirects_off_site(deskadmin, target):
    deskadmin.set_password(PASSWORD)
    deskadmin.save()
    client = Client()
    response = client.post(
        f"{reverse('admin:login')}?next={target}",
        {"username": "dana", "password": PASSWORD, "next": target},
    )
    # A refused target falls back to LOGIN_REDIRECT_URL, the queue.
    assert_on_site(response, reverse("escalations:queue"))


@pytest.mark.parametrize("url", ["https://evil.example.com/", "//evil.example.com", "/\\evil"])
def test_opening_a_notification_whose_link_is_off_site_goes_back_to_the_bell(agent, url):
    note = Notification.objects.create(
        recipient=agent, key="test:1", subject="Look", url=url, severity=2, created_at=NOW
    )
    client = Client()
    client.force_login(agent)
    response = client.post(
        reverse("escalations:notification_read", args=[note.pk]), {"then": "open", "page": "1"}
    )
    assert_on_site(response, reverse("escalations:notifications"))


@pytest.mark.parametrize(
    "page", ["//evil.example.com", "2//evil", "https://x", "²", "-1", "9" * 40]
)
def test_the_bells_page_field_stays_on_the_bell(agent, page):
    client = Client()
    client.force_login(agent)
    response = client.post(reverse("escalations:notifications_read_all"), {"page": page})
    assert_on_site(response, reverse("escalations:notifications"))
