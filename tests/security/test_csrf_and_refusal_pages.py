"""CSRF on every endpoint, and the pages for a request the desk refuses before any view runs.

Every URL pattern of the project is collected from the URL resolver, the admin's included,
so a new endpoint cannot be left out. A POST without a CSRF token is refused (403, the desk's
own page) whatever the view, and changes nothing. A stale token, and a body that is too
large or has too many fields, get a page in the desk's layout that says what happened and
that the browser's Back button brings the typed text back (config/errors.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from django.apps import apps
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from escalations.models import Escalation, TimelineEvent
from tests.test_every_url import Route

# A well-formed CSRF secret, as a browser that once opened a desk page holds in its cookie.
COOKIE = "a" * 32


def every_pattern() -> Iterator[tuple[str, str, URLPattern]]:
    """(name, route text, pattern) for every URL pattern, through every include; an unnamed
    pattern (the admin's redirects) is named by its route."""

    def walk(resolver: URLResolver, prefix: str, namespace: str):
        for entry in resolver.url_patterns:
            route = prefix + str(entry.pattern)
            if isinstance(entry, URLResolver):
                inner = ":".join(part for part in (namespace, entry.namespace) if part)
                yield from walk(entry, route, inner)
            elif isinstance(entry, URLPattern):
                name = ":".join(part for part in (namespace, entry.name) if part) or route
                yield name, route, entry

    yield from walk(get_resolver(), "", "")


def url_for(name: str, route: str, entry: URLPattern, world) -> str | None:
    """A concrete URL for the pattern; None for the two that are not endpoints."""
    if route.startswith("static/") or "(?P<url>.*)" in route:
        return None  # static files (GET only, served by whitenoise) and the admin's catch-all
    if not name.startswith("admin") and entry.name:
        kwargs = tuple(entry.pattern.regex.groupindex)
        return reverse(name, kwargs=world.kwargs_for(Route(name, route, kwargs)))
    if "(?P<app_label>" in route:
        return reverse("admin:app_list", kwargs={"app_label": "escalations"})
    # An admin path: any id does, the CSRF check runs before the view looks anything up.
    url = "/" + re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(world.case.pk), route)
    assert "<" not in url and "(" not in url, f"cannot fill {route!r}"
    return url


def table_counts() -> dict[str, int]:
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.app_label not in {"sessions", "axes"}
    }


@pytest.mark.parametrize("cookie", [False, True], ids=["no cookie", "cookie without token"])
def test_every_endpoint_refuses_a_post_without_a_csrf_token(world, cookie):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.people["deskadmin"])
    if cookie:
        client.cookies["csrftoken"] = COOKIE
    before = table_counts()
    problems, checked = [], 0
    for name, route, entry in every_pattern():
        url = url_for(name, route, entry, world)
        if url is None:
            continue
        checked += 1
        response = client.post(url, {"title": "Forged", "reason": "Forged", "body": "Forged"})
        if response.status_code != 403 or "This form was not sent" not in response.content.decode():
            problems.append(f"POST {url} ({name}): {response.status_code}")
    assert not problems, "accepted without a CSRF token:\n" + "\n".join(problems)
    assert checked > 200  # the admin's patterns are in: ~250 in all
    assert table_counts() == before


def test_the_login_and_logout_refuse_a_post_without_a_token(db, agent):
    client = Client(enforce_csrf_checks=True)
    assert client.post("/login/", {"username": "alice", "password": "pw"}).status_code == 403
    client.force_login(agent)
    assert client.post("/logout/").status_code == 403
    assert client.get(reverse("escalations:queue")).status_code == 200  # still signed in


def test_a_post_with_its_token_gets_past_the_check(agent):
    # The refusals above are the token's doing: the same kind of POST with it goes through.
    client = Client(enforce_csrf_checks=True)
    client.force_login(agent)
    page = client.get(reverse("escalations:notification_settings"))
    response = client.post(
        reverse("escalations:notification_settings"),
        {"time_zone": "Europe/Berlin", "csrfmiddlewaretoken": page.context["csrf_token"]},
    )
    assert response.status_code == 302


def assert_desk_page_saying(response, status: int, *phrases: str) -> None:
    page = response.content.decode()
    assert response.status_code == status
    assert response["Content-Type"].startswith("text/html")
    assert "Escalation Desk</a>" in page and "· Escalation Desk</title>" in page  # the layout
    assert "Bad Request" not in page
    for phrase in phrases:
        assert phrase in page, phrase


def _sign_in(client: Client, username: str) -> None:
    page = client.get("/login/")
    client.post(
        "/login/",
        {"username": username, "password": "pw", "csrfmiddlewaretoken": page.context["csrf_token"]},
    )


def test_a_stale_token_gets_a_page_saying_nothing_was_saved_and_how_to_get_the_text_back(
    agent,
):
    client = Client(enforce_csrf_checks=True)
    _sign_in(client, "alice")
    form_page = client.get(reverse("escalations:new"))
    stale = form_page.context["csrf_token"]
    # In another tab: signed out and in again, which gives the browser a new token.
    client.post("/logout/", {"csrfmiddlewaretoken": stale})
    _sign_in(client, "alice")
    response = client.post(
        reverse("escalations:new"),
        {"title": "Exports fail", "summary": "Typed for ten minutes", "csrfmiddlewaretoken": stale},
    )
    assert_desk_page_saying(
        response,
        403,
        "This form was not sent",
        "Nothing was saved",
        "<strong>Back</strong> button: the form comes back with everything you typed",
        "no longer matches your session",
    )
    assert not Escalation.objects.exists()


def test_a_missing_cookie_is_named_as_the_cause(agent):
    client = Client(enforce_csrf_checks=True)
    client.force_login(agent)
    response = client.post(reverse("escalations:new"), {"title": "x", "csrfmiddlewaretoken": "y"})
    assert_desk_page_saying(response, 403, "did not send the desk's security cookie")


def test_an_oversized_body_gets_a_page_saying_what_happened(agent):
    client = Client()
    client.force_login(agent)
    response = client.post(
        reverse("escalations:new"), {"title": "Exports fail", "summary": "x" * (1024 * 1024 + 1)}
    )
    assert_desk_page_saying(
        response,
        400,
        "Too much to send at once",
        "Nothing was saved",
        "1.0\xa0MB",  # the limit, DATA_UPLOAD_MAX_MEMORY_SIZE
        "<strong>Back</strong> button: the form comes back with everything you typed",
        "Shorten the longest field",
    )
    assert not Escalation.objects.exists()


def test_too_many_fields_get_a_page_saying_what_happened(world):
    client = Client()
    client.force_login(world.people["creator"])
    events = TimelineEvent.objects.count()
    fields = {f"steps-{n}-action": "Restarted" for n in range(450)}  # the limit is 400
    response = client.post(reverse("escalations:add_note", args=[world.case.pk]), fields)
    assert_desk_page_saying(
        response,
        400,
        "Too many fields in one form",
        "Nothing was saved",
        "<strong>Back</strong> button",
    )
    assert TimelineEvent.objects.count() == events


def test_a_host_the_desk_does_not_serve_gets_the_desks_page_not_a_500(db):
    response = Client(HTTP_HOST="evil.example.com").get("/login/")
    assert_desk_page_saying(response, 400, "could not read this request")
