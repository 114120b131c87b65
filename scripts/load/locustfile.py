"""Locust: support managers working the desk while agents raise cases (`make load`).

scripts/load/run_load.py starts this headless against the desk it started; it can also be run
by hand against any desk with the demo users: `locust -f scripts/load/locustfile.py --host ...`.

- `Manager` (every user but the agents): already signed in, as a desk's managers are all day
  (run_load.py makes each one a session, LOAD_SESSIONS; without it, the login page), then works as a busy manager does, a click every LOAD_WAIT seconds (default 2–6):
  the queue's default "Needs attention" view most of all, its filters (sla=red, stalled=1,
  mine=1, view=all, a search, a later page), case pages, an internal note, accepting an
  assignment from My work, a customer update from a template when they are the case's comms
  lead, the bell's list.
- `IntakeAgent` (LOAD_AGENT_USERS of them, 3 by default): raises a complete brief through the
  intake form and its two formsets every 5–10 seconds.

Measured is the desk at work, not the morning's login storm: every user is signed in first
(the agents through the login page: Django's password hash costs ~0.3–0.9 s of CPU each, by
design; the managers with their session), then waits; when the
last one is in (or LOAD_LOGIN_WAIT seconds have passed), the sign-in figures are written apart
(LOAD_LOGIN_STATS), Locust's statistics start afresh and the users work for LOAD_MEASURE
seconds, after which the run quits itself (`--run-time` stays the hard bound).

Every POST sends the page's own form (CSRF token, one-time token, formset counts) with what a
person would type over it. POSTs are not followed automatically: the POST and the page it
redirects to are timed as two requests, as the server's access log sees them.

Each write carries a marker unique to this run (LOAD_RUN) and goes into the ledger
(LOAD_LEDGER, JSON lines) before it is sent and again with its outcome, so checks.py can find
every intake, note, update and acceptance in the database afterwards.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import re
from datetime import UTC, datetime
from http.cookiejar import Cookie
from pathlib import Path
from urllib.parse import urlencode

import gevent
from gevent.event import Event
from locust import FastHttpUser, between, events, task
from locust.exception import StopUser

from scripts.load.html_forms import Form, form, forms

RUN = os.environ.get("LOAD_RUN", "adhoc")
PASSWORD = os.environ.get("LOAD_PASSWORD", "demo")
MANAGERS = itertools.cycle(os.environ.get("LOAD_MANAGERS", "manager").split(","))
AGENTS = itertools.cycle(os.environ.get("LOAD_AGENTS", "agent").split(","))
_low, _high = (float(x) for x in os.environ.get("LOAD_WAIT", "2,6").split(","))
EXPECTED = int(os.environ.get("LOAD_USERS", "1"))
_sessions = os.environ.get("LOAD_SESSIONS")
SESSIONS = iter(json.loads(Path(_sessions).read_text()) if _sessions else [])
MEASURE = float(os.environ.get("LOAD_MEASURE", "45"))
LOGIN_WAIT = float(os.environ.get("LOAD_LOGIN_WAIT", "25"))
_serial = itertools.count(1)
# What each simulated person clicks is random, not secret (nothing here is a credential).
rng = random.Random(os.environ.get("LOAD_SEED"))  # noqa: S311

FORM_TYPE = {"Content-Type": "application/x-www-form-urlencoded"}
CASE_LINK = re.compile(r'href="/escalations/(\d+)/"')
UPDATE_LINK = re.compile(r'href="(/escalations/\d+/updates/new/\?template=[a-z_]+)"')
ACCEPT = re.compile(r"/escalations/(\d+)/assignments/(\d+)/accept/")
QUEUE_FILTERS = (
    ("queue: sla=red", "/?sla=red"),
    ("queue: sla=amber", "/?sla=amber"),
    ("queue: stalled=1", "/?stalled=1"),
    ("queue: mine=1", "/?mine=1"),
    ("queue: view=all", "/?view=all"),
    ("queue: view=all&page=N", "/?view=all&page={page}"),
    ("queue: q= search", "/?view=all&q={q}"),
)
SEARCHES = ("invoice", "outage", "renewal", "SSO", "export", "refund", "ESC-00042", "latency")


# --- The ledger: what was sent, and what came of it --------------------------------------------

_ledger = None


def record(kind: str, marker: str, outcome: str, **facts) -> None:
    global _ledger
    if _ledger is None:
        path = os.environ.get("LOAD_LEDGER")
        if not path:
            return
        _ledger = open(path, "a", encoding="utf-8")  # noqa: SIM115 - closed on test_stop
    line = {"kind": kind, "marker": marker, "outcome": outcome, **facts}
    line["at"] = datetime.now(UTC).isoformat()
    _ledger.write(json.dumps(line) + "\n")
    _ledger.flush()


@events.test_stop.add_listener
def _close_ledger(**_kwargs) -> None:
    global _ledger
    if _ledger is not None:
        _ledger.close()
        _ledger = None


# --- Sign in first, then measure ---------------------------------------------------------------

_signed_in = 0
_measuring = Event()


@events.test_start.add_listener
def _login_deadline(environment, **_kwargs) -> None:
    gevent.spawn_later(LOGIN_WAIT, _begin, environment)


def _one_signed_in(environment) -> None:
    global _signed_in
    _signed_in += 1
    if _signed_in >= EXPECTED:
        _begin(environment)


def _begin(environment) -> None:
    """Keep the sign-in figures, start the statistics afresh, and end LOAD_MEASURE s later."""
    if _measuring.is_set():
        return
    logins = {}
    for entry in environment.stats.entries.values():
        if entry.name.startswith("login") or entry.name.startswith("queue: after sign-in"):
            logins[f"{entry.method} {entry.name}"] = {
                "requests": entry.num_requests,
                "failures": entry.num_failures,
                "p50_ms": entry.get_response_time_percentile(0.5),
                "p95_ms": entry.get_response_time_percentile(0.95),
                "p99_ms": entry.get_response_time_percentile(0.99),
                "max_ms": entry.max_response_time,
            }
    started = environment.stats.total.start_time
    path = os.environ.get("LOAD_LOGIN_STATS")
    if path:
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(
                {
                    "signed_in": _signed_in,
                    "expected": EXPECTED,
                    "seconds": round(datetime.now(UTC).timestamp() - started, 1),
                    "pages": logins,
                },
                handle,
            )
    environment.stats.reset_all()
    _measuring.set()
    gevent.spawn_later(MEASURE, environment.runner.quit)


def marker(what: str) -> str:
    return f"[load {RUN} {what}{next(_serial)}]"


# --- Users -------------------------------------------------------------------------------------


class DeskUser(FastHttpUser):
    abstract = True
    username = ""

    def sign_in(self, username: str) -> None:
        self.username = username
        page = self.client.get("/login/", name="login page")
        login = form(page.text or "", None)
        if login is None:
            raise StopUser
        data = login.filled(username=username, password=PASSWORD)
        with self.client.post(
            "/login/",
            data=urlencode(data),
            headers=FORM_TYPE,
            name="login (POST)",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != 302:
                response.failure(f"{username} not signed in: {response.status_code}")
                raise StopUser
        self.client.get(response.headers["Location"], name="queue: after sign-in")

    def resume(self, username: str, key: str) -> None:
        """Carry the session run_load.py made, as a browser that signed in earlier does."""
        self.username = username
        host = self.host.split("://", 1)[-1].split(":", 1)[0]
        self.client.cookiejar.set_cookie(
            Cookie(0, "sessionid", key, None, False, host, False, False, "/", True, False,
                   None, False, None, None, {"HttpOnly": None})
        )  # fmt: skip
        self.client.get("/", name="queue: after sign-in")

    def sign_in_then_wait(self, username: str, session: list[str] | None = None) -> None:
        try:
            if session:
                self.resume(*session)
            else:
                self.sign_in(username)
        finally:
            _one_signed_in(self.environment)
        _measuring.wait()
        # Then each person's first action comes a random part of their think time later, as it
        # would in the middle of a working day; without this, all 53 asked for a page in the
        # same instant when measuring began, and the queue behind 4 workers (up to 1.5 s) was
        # the run's slowest 5 %.
        gevent.sleep(rng.uniform(0, self.wait_time()))

    def post_form(self, url: str, data: dict[str, str], name: str, expect: str = "") -> str:
        """POST, then the page it redirects to; that page's text ('' when refused)."""
        with self.client.post(
            url,
            data=urlencode(data),
            headers=FORM_TYPE,
            name=name,
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != 302:
                response.failure(f"HTTP {response.status_code}, not a redirect")
                return ""
            location = response.headers["Location"]
        landing = location.split("#", 1)[0]
        with self.client.get(landing, name=f"{expect} (after POST)", catch_response=True) as page:
            text = page.text or ""
            if 'name="password"' in text:
                page.failure("sent back to the login page")
                return ""
        return text


class Manager(DeskUser):
    """A support manager: the queue, its filters, cases, notes, acceptances, updates."""

    wait_time = between(_low, _high)
    weight = 1

    def on_start(self) -> None:
        self.cases: list[int] = []
        self.comms_links: dict[int, str] = {}
        self.sign_in_then_wait(next(MANAGERS), next(SESSIONS, None))

    def _queue(self, url: str, name: str) -> None:
        page = self.client.get(url, name=name)
        found = [int(pk) for pk in CASE_LINK.findall(page.text or "")]
        if found:
            self.cases = found[:50]

    def _case(self, pk: int) -> str:
        page = self.client.get(f"/escalations/{pk}/", name="case page")
        text = page.text or ""
        link = UPDATE_LINK.search(text)
        if link:
            self.comms_links[pk] = link.group(1)
        else:
            self.comms_links.pop(pk, None)
        return text

    @task(8)
    def needs_attention(self) -> None:
        self._queue("/", "queue: needs attention (default)")

    @task(6)
    def filtered_queue(self) -> None:
        name, url = rng.choice(QUEUE_FILTERS)
        self._queue(url.format(page=rng.randint(2, 8), q=rng.choice(SEARCHES)), name)

    @task(8)
    def open_case(self) -> None:
        if not self.cases:
            return self.needs_attention()
        self._case(rng.choice(self.cases))

    @task(3)
    def add_note(self) -> None:
        if not self.cases:
            return self.needs_attention()
        pk = rng.choice(self.cases)
        note = form(self._case(pk), f"/escalations/{pk}/notes/")
        if note is None:
            return
        mark = marker("note")
        text = f"{mark} Called the customer's champion; they confirm the workaround holds."
        record("note", mark, "sent", case=pk, user=self.username)
        landed = self.post_form(
            note.action, note.filled(**{"note-text": text}), "note (POST)", "case page"
        )
        record("note", mark, "ok" if "Note added." in landed else "unknown", case=pk)

    @task(2)
    def accept_assignment(self) -> None:
        page = self.client.get("/my/", name="my work")
        offered = forms(page.text or "", ACCEPT)
        if not offered:
            return
        chosen: Form = rng.choice(offered)
        case, assignment = (int(x) for x in ACCEPT.search(chosen.action).groups())
        mark = f"assignment {assignment}"
        record("accept", mark, "sent", case=case, assignment=assignment, user=self.username)
        landed = self.post_form(chosen.action, chosen.filled(), "accept (POST)", "my work")
        if "You are the" in landed:
            outcome = "ok"
        elif "already answered" in landed or "reassigned" in landed:
            outcome = "conflict"  # another tab of the same person was first: nothing changed
        else:
            outcome = "unknown"
        record("accept", mark, outcome, case=case, assignment=assignment, user=self.username)

    @task(2)
    def send_update(self) -> None:
        if not self.comms_links:
            # Look for a case of mine where I am the comms lead.
            self._queue("/?view=all&mine=1", "queue: mine=1")
            for pk in self.cases[:2]:
                self._case(pk)
                if pk in self.comms_links:
                    break
            if not self.comms_links:
                return
        pk, link = rng.choice(list(self.comms_links.items()))
        page = self.client.get(link, name="update from a template")
        compose = form(page.text or "", None)
        if compose is None or "subject" not in compose.fields:
            self.comms_links.pop(pk, None)  # no longer the comms lead
            return
        mark = marker("update")
        subject = f"{compose.fields['subject'][:150]} {mark}"
        record("update", mark, "sent", case=pk, user=self.username)
        landed = self.post_form(
            link.split("?", 1)[0], compose.filled(subject=subject), "update (POST)", "case page"
        )
        record("update", mark, "ok" if "Update sent to" in landed else "unknown", case=pk)

    @task(2)
    def my_work(self) -> None:
        self.client.get("/my/", name="my work")

    @task(1)
    def bell(self) -> None:
        self.client.get("/notifications/", name="notifications")


# What an agent raises: (category, title, summary, extra fields by category, the customer's words).
BRIEFS = (
    (
        "technical",
        "Nightly exports fail for the finance team",
        "Nightly exports have failed since Monday. Finance cannot close the month.",
        {"environment": "EU production, v4.2", "reproduction_steps": "Run the nightly export."},
        "Our month-end close is blocked and nobody has called us back.",
    ),
    (
        "billing",
        "Invoice charged twice after the plan change",
        "The customer was charged twice for November after moving plans. They want a refund.",
        {"invoice_reference": "INV-2026-11-0412", "amount_in_dispute": "4200.00"},
        "We were billed twice this month. Please fix it before our finance review.",
    ),
    (
        "compliance",
        "Data processing agreement questions before renewal",
        "Legal asks where backups are stored. The renewal waits on the answer.",
        {"regulation_concerned": "GDPR article 28"},
        "Our DPO needs the sub-processor list this week or the renewal stalls.",
    ),
    (
        "relationship",
        "Champion unhappy with response times",
        "The VP of operations says our support has been slow for a month. They ask for a review.",
        {},
        "Honestly we expected better. Every ticket takes days to get a real answer.",
    ),
)


class IntakeAgent(DeskUser):
    """An agent raising complete briefs through the intake form."""

    wait_time = between(5, 10)
    fixed_count = int(os.environ.get("LOAD_AGENT_USERS", "3"))

    def on_start(self) -> None:
        self.sign_in_then_wait(next(AGENTS))

    @task
    def raise_case(self) -> None:
        page = self.client.get("/escalations/new/", name="intake form")
        intake = form(page.text or "", None)
        if intake is None:
            return
        category, title, summary, extra, words = rng.choice(BRIEFS)
        mark = marker("intake")
        customers = [v for v in intake.options.get("customer", []) if v]
        entry_points = [v for v in intake.options.get("entry_point", []) if v]
        data = intake.filled(
            customer=rng.choice(customers),
            title=f"{title} {mark}",
            summary=summary,
            entry_point=rng.choice(entry_points),
            category=category,
            product_area="Reporting" if category == "technical" else "Billing portal",
            desired_outcome="A named owner and a fix date this week.",
            recommended_next_step="Call the customer today and confirm the plan.",
            target_team="Customer Success",
            **extra,
            **{
                "steps-0-action": "Checked the account's recent tickets and logs",
                "steps-0-result": "Confirmed the problem; no workaround yet",
                "words-0-contact_name": "Pat Jordan",
                "words-0-body": words,
            },
        )
        record("intake", mark, "sent", user=self.username)
        landed = self.post_form("/escalations/new/", data, "intake (POST)", "case page")
        record("intake", mark, "ok" if "raised for" in landed else "unknown")
