"""`make load`'s managers start signed in: the sessions run_load.py makes are real sessions.

A session made for a manager must open the desk as that manager, exactly as one left by the
login page does; one made before the manager's password changed must not (Django's session
hash), so the load run cannot let in anyone the desk itself would refuse.
"""

from __future__ import annotations

import json

from django.test import Client

from scripts.load.accounts import signed_in_sessions


def _client_with(key: str) -> Client:
    client = Client()
    client.cookies["sessionid"] = key
    return client


def test_each_simulated_manager_gets_a_session_of_its_own(manager, tmp_path):
    path = tmp_path / "sessions.json"
    signed_in_sessions([manager.username], 3, path)
    rows = json.loads(path.read_text())
    assert [username for username, _ in rows] == [manager.username] * 3
    assert len({key for _, key in rows}) == 3

    page = _client_with(rows[0][1]).get("/")
    assert page.status_code == 200
    assert page.wsgi_request.user == manager


def test_a_session_from_before_a_password_change_is_refused(manager, tmp_path):
    path = tmp_path / "sessions.json"
    signed_in_sessions([manager.username], 1, path)
    [[_, key]] = json.loads(path.read_text())
    manager.set_password("a-new-password-of-some-length")
    manager.save()

    page = _client_with(key).get("/")
    assert page.status_code == 302
    assert "/login/" in page["Location"]
