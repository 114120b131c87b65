"""Playwright (sync API) driving Debian's Chromium against the desk served by pytest-django's
live server (issue 11 item 1).

- The browser is /usr/bin/chromium (apt package `chromium`; `.ci/run` installs it when it is
  missing). Playwright never downloads one. Without that binary every test here is skipped
  and says why.
- The live server runs in a thread of this process on the test database: with in-memory
  SQLite Django hands it the test's own connection, on PostgreSQL it opens its own, so the
  tests use real transactions (`transaction=True`) and `serialized_rollback=True` brings back
  the shipped rows (groups, matrix, triage configuration, templates) for each test.
- Playwright's sync API keeps an asyncio loop running in the test's thread, so Django's
  "no ORM inside an event loop" guard would refuse the test's own ORM calls; the fixture sets
  DJANGO_ALLOW_ASYNC_UNSAFE while the browser is open (the server thread is unaffected). The
  browser lives for one test only (see `chromium`).
- The suite's clock (tests/conftest.py) stays pinned at NOW for the server too: cases are
  raised at NOW, and a sweep runs at an instant the test computes from the stored clocks.
- Every page a `Desk` visits is watched: a console error (CSP violations are reported as
  console errors) or an uncaught page error fails the test at the end of the step.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.db import connections

from tests.matrix.conftest import roster  # noqa: F401  (the shipped roles' holders, a fixture)

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
# The flags Chromium needs on a machine with a closed network, run as root, with no screen.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(config, items) -> None:
    here = Path(__file__).parent
    reason = None
    if not CHROMIUM.exists():
        reason = (
            f"no Chromium at {CHROMIUM}: install Debian's package (apt-get install chromium; "
            ".ci/run does) to run the browser tests"
        )
    else:
        try:
            import playwright  # noqa: F401
        except ImportError:
            reason = "the playwright package is missing: pip install -e '.[dev]'"
    for item in items:
        if reason and here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture
def chromium(monkeypatch):
    """Playwright and Chromium for one test. Not longer: while Playwright runs, its asyncio
    loop counts as running in this thread, and Django then hands this thread's code other
    database connection objects than the ones the test database was set up on (the shipped
    rows a transactional test restores would be lost for the next test). Launching Chromium
    takes about a second."""
    from playwright.sync_api import sync_playwright

    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    manager = sync_playwright().start()
    browser = manager.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    try:
        yield browser
    finally:
        browser.close()
        # The connections the test's own code opened inside Playwright's context.
        connections.close_all()
        manager.stop()


# Chromium reports the main document's own 4xx status as a console error; a test that expects
# a refusal (a 400 for an incomplete brief) names that URL and status, and only that passes.
_FAILED_LOAD = re.compile(r"Failed to load resource: the server responded with a status of (\d+)")


@dataclass
class Desk:
    """One person's browser tab on the desk, signed in through the login page."""

    page: object
    base: str
    problems: list[str] = field(default_factory=list)
    expected_statuses: set[tuple[str, int]] = field(default_factory=set)

    def url(self, path: str) -> str:
        return self.base + path

    def _console(self, message) -> None:
        if message.type != "error":
            return
        text = message.text
        found = _FAILED_LOAD.search(text)
        where = (message.location or {}).get("url", "")
        if found and (where.split("#")[0], int(found.group(1))) in self.expected_statuses:
            return
        self.problems.append(f"console error on {self.page.url}: {text} ({where})")

    def _page_error(self, error) -> None:
        self.problems.append(f"page error on {self.page.url}: {error}")

    def watch(self) -> None:
        self.page.on("console", self._console)
        self.page.on("pageerror", self._page_error)

    def expect_status(self, path: str, status: int) -> None:
        self.expected_statuses.add((self.url(path), status))

    def visit(self, path: str, status: int = 200):
        response = self.page.goto(self.url(path))
        assert response is not None and response.status == status, (
            f"{path}: {response.status if response else None}, expected {status}"
        )
        self.check()
        return response

    def check(self) -> None:
        """No console error, CSP violation or page error so far on any page of this tab."""
        problems, self.problems[:] = list(self.problems), []
        assert not problems, "\n".join(problems)

    def no_horizontal_scroll(self) -> None:
        widths = self.page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert widths[0] <= widths[1], (
            f"{self.page.url} scrolls sideways: content {widths[0]} px in {widths[1]} px"
        )

    def screenshot(self, name: str, *, full_page: bool = False) -> None:
        """docs/screenshots/<name>.png, only when SCREENSHOTS=1 (the suite does not rewrite
        them on every run)."""
        if os.environ.get("SCREENSHOTS") == "1":
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            # From the top of the page, whatever anchor the last redirect scrolled to.
            self.page.evaluate("() => window.scrollTo(0, 0)")
            self.page.wait_for_timeout(100)
            self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)


@pytest.fixture
def open_desk(chromium, live_server) -> Iterator:
    """open_desk(user, width=1280) -> a Desk signed in as `user` (password "pw")."""
    contexts, desks = [], []

    def open_as(user, *, width: int = 1280, height: int = 900) -> Desk:
        context = chromium.new_context(
            viewport={"width": width, "height": height}, accept_downloads=True
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        desk = Desk(page=context.new_page(), base=live_server.url)
        desks.append(desk)
        desk.watch()
        desk.visit("/login/")
        desk.page.fill("#id_username", user.username)
        desk.page.fill("#id_password", "pw")
        with desk.page.expect_navigation():
            desk.page.press("#id_password", "Enter")
        assert desk.page.url == desk.url("/"), f"sign-in of {user.username} failed"
        desk.check()
        return desk

    yield open_as
    left = [problem for desk in desks for problem in desk.problems]
    for context in contexts:
        context.close()
    assert not left, "\n".join(left)
