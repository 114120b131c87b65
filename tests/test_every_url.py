"""Every URL of the project, as every role, against DESIGN.md's rules ("Visibility", "Users").

The URLs come from the URL resolver, so a new view cannot be forgotten: a URL name missing from
EXPECTED fails the walk and says what to add. The case URLs point at a Sev-1 case, the one
that tells the roles apart: its creator, its assignee (comms lead), executives and desk admins
see it; an agent or a manager who is not on it get 404; a signed-in user in no desk group gets
403 everywhere; anonymous users are sent to the login page. The admin (its own site with its
own login) is checked by a few explicit requests at the end, and in tests/escalations/test_admin.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, User
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from escalations import workflow
from escalations.models import Escalation, Notification, RootCause, TimelineEvent
from matrix import actions as matrix
from matrix.models import Approval, Role
from reports.actions import raise_item
from reports.periods import parse
from tests.conftest import NOW, make_escalation

ROLES = [
    "anonymous",
    "outsider",  # signed in, in no desk group
    "agent",
    "manager",  # a support manager who is not on the Sev-1 case
    "creator",  # the support manager who raised it
    "assignee",  # an agent who is the case's comms lead (pending)
    "executive",
    "deskadmin",
]
DESK_ROLES = ROLES[2:]

# What a GET answers. A redirect names where it goes; the walk checks the Location.
OK, DENIED, HIDDEN, POST_ONLY = 200, 403, 404, 405
TO_LOGIN, TO_CASE, TO_QUEUE = "→ login", "→ case page", "→ queue"
TO_REPORT = "→ the latest complete month's report"


def desk(**by_role) -> dict[str, object]:
    """A desk page: anonymous to the login, no desk group 403, each desk role as given."""
    missing = set(DESK_ROLES) - set(by_role)
    assert not missing, f"say what {sorted(missing)} get"
    return {"anonymous": TO_LOGIN, "outsider": DENIED, **by_role}


def everyone_in_the_desk(status) -> dict[str, object]:
    return desk(**dict.fromkeys(DESK_ROLES, status))


# A Sev-1 case page: its people see it, anyone else gets 404 (never a hint that it exists).
SEV1_CASE_PAGE = desk(
    agent=HIDDEN, manager=HIDDEN, creator=OK, assignee=OK, executive=OK, deskadmin=OK
)
# Forms that only take a POST: a GET is refused before the case is looked up.
POST_FORM = everyone_in_the_desk(POST_ONLY)
# A person's own notifications: everyone on the desk has theirs (another's id is 404 on POST,
# tested in tests/escalations/test_notification_pages.py). Not POST_FORM: no case in the URL.
OWN_POST_ONLY = everyone_in_the_desk(POST_ONLY)
# Reports are read by executives and support managers (and desk admins); anyone else on the
# desk gets 404, never a hint that they exist. /reports/ opens the latest complete month.
READS_REPORTS = desk(
    agent=HIDDEN, manager=OK, creator=OK, assignee=HIDDEN, executive=OK, deskadmin=OK
)

EXPECTED: dict[str, dict[str, object]] = {
    "login": {"anonymous": OK, **dict.fromkeys(ROLES[1:], TO_QUEUE)},
    # Django 5 signs out on POST only.
    "logout": dict.fromkeys(ROLES, POST_ONLY),
    "escalations:queue": everyone_in_the_desk(OK),
    "escalations:my_work": everyone_in_the_desk(OK),
    "escalations:customer_list": everyone_in_the_desk(OK),
    "escalations:customer_detail": everyone_in_the_desk(OK),
    "escalations:notifications": everyone_in_the_desk(OK),
    "escalations:notification_settings": everyone_in_the_desk(OK),
    "escalations:notification_read": OWN_POST_ONLY,
    "escalations:notifications_read_all": OWN_POST_ONLY,
    # Executives read; they do not raise cases.
    "escalations:new": desk(
        agent=OK, manager=OK, creator=OK, assignee=OK, executive=DENIED, deskadmin=OK
    ),
    "escalations:detail": SEV1_CASE_PAGE,
    # Those who see the case but may not edit a brief are sent back to the case page.
    "escalations:edit": {**SEV1_CASE_PAGE, "assignee": TO_CASE, "executive": TO_CASE},
    # Only the comms lead writes to the customer; others who see the case go back to it.
    "escalations:compose_update": {
        **SEV1_CASE_PAGE,
        "creator": TO_CASE,
        "executive": TO_CASE,
        "deskadmin": TO_CASE,
    },
    "escalations:add_interaction": POST_FORM,
    "escalations:add_note": POST_FORM,
    "escalations:add_step": POST_FORM,
    "escalations:add_artifact": POST_FORM,
    "escalations:override_triage": POST_FORM,
    "escalations:triage_feedback": POST_FORM,
    "escalations:assign_roles": POST_FORM,
    "escalations:accept_assignment": POST_FORM,
    "escalations:decline_assignment": POST_FORM,
    "escalations:move": POST_FORM,
    "escalations:close": POST_FORM,
    "escalations:propose_approval": POST_FORM,
    "escalations:decide_approval": POST_FORM,
    # The grid is shared with managers, executives and desk admins, not agents.
    "matrix:grid": desk(
        agent=DENIED, manager=OK, creator=OK, assignee=DENIED, executive=OK, deskadmin=OK
    ),
    "reports:index": desk(
        agent=HIDDEN,
        manager=TO_REPORT,
        creator=TO_REPORT,
        assignee=HIDDEN,
        executive=TO_REPORT,
        deskadmin=TO_REPORT,
    ),
    "reports:report": READS_REPORTS,
    "reports:table_csv": READS_REPORTS,
    # Action items are read with the reports; support managers and desk admins raise and
    # edit them, an executive who tries is refused (403), agents never see them (404).
    "reports:actions": READS_REPORTS,
    "reports:action_new": desk(
        agent=HIDDEN, manager=OK, creator=OK, assignee=HIDDEN, executive=DENIED, deskadmin=OK
    ),
    "reports:action_detail": READS_REPORTS,
}


@dataclass(frozen=True)
class Route:
    name: str  # "namespace:name"
    route: str  # the pattern, for messages
    kwargs: tuple[str, ...]


def project_routes() -> Iterator[Route]:
    """Every named URL of the project, through includes; the admin site and static skipped."""

    def walk(resolver: URLResolver, prefix: str, namespace: str) -> Iterator[Route]:
        for entry in resolver.url_patterns:
            route = prefix + str(entry.pattern)
            if isinstance(entry, URLResolver):
                if entry.app_name == "admin" or route.startswith("static/"):
                    continue
                inner = ":".join(part for part in (namespace, entry.namespace) if part)
                yield from walk(entry, route, inner)
            elif isinstance(entry, URLPattern):
                if route.startswith("static/"):
                    continue
                assert entry.name, f"URL {route!r} has no name: name it so the walk can check it"
                name = f"{namespace}:{entry.name}" if namespace else entry.name
                yield Route(name, route, tuple(entry.pattern.regex.groupindex))

    return walk(get_resolver(), "", "")


@dataclass
class World:
    """The people and the Sev-1 case every case URL points at."""

    people: dict[str, User]
    case: Escalation
    run_id: int
    assignment_id: int
    approval_id: int
    notification_id: int
    action_item_id: int = 0

    def kwargs_for(self, route: Route) -> dict[str, int | str]:
        """Each URL keyword filled with its object; an unknown one fails loudly."""
        values = {}
        for kwarg in route.kwargs:
            if kwarg == "pk":
                # The object a URL is about: the Sev-1 case, or its account's page.
                values[kwarg] = (
                    self.case.customer_id
                    if route.name == "escalations:customer_detail"
                    else self.case.pk
                )
            elif kwarg == "run_id":
                values[kwarg] = self.run_id
            elif kwarg == "assignment_id":
                values[kwarg] = self.assignment_id
            elif kwarg == "approval_id":
                values[kwarg] = self.approval_id
            elif kwarg == "notification_id":
                values[kwarg] = self.notification_id
            elif kwarg == "period":
                values[kwarg] = "2026-10"  # the latest complete month at NOW
            elif kwarg == "table":
                values[kwarg] = "severity"
            elif kwarg == "item_id":
                values[kwarg] = self.action_item_id
            else:
                pytest.fail(
                    f"{route.name} ({route.route}) takes {kwarg!r}, which tests/test_every_url.py "
                    "cannot fill: teach World.kwargs_for which object it names."
                )
        return values


def _person(username: str, group: str) -> User:
    user = User.objects.create_user(username, f"{username}@desk.test", "pw")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def world(agent, manager, executive, deskadmin, outsider) -> World:
    creator = _person("cora", "Support Manager")
    assignee = _person("asa", "Agent")
    case = make_escalation(by=creator, title="Sev-1 under test")
    run = workflow.retriage(case, trigger="intake", now=NOW)
    workflow.override_triage(
        case,
        severity=1,
        lane=None,
        reason="Customer data seen by other tenants.",
        by=creator,
        now=NOW,
    )
    comms = matrix.assign(case, "comms", assignee, role=None, by=deskadmin, now=NOW)
    # A pending approval to decide; the decide URL only needs one to exist.
    approval = Approval.objects.create(
        escalation=case,
        kind=Approval.Kind.values[0],
        amount=Decimal("1000"),
        reason="Credit for the outage.",
        customer_message="We will credit you for the outage.",
        proposed_by=creator,
        proposed_at=NOW,
        decider_role=Role.objects.order_by("pk").first(),
    )
    case.refresh_from_db()
    assert case.severity == 1
    people = {
        "outsider": outsider,
        "agent": agent,
        "manager": manager,
        "creator": creator,
        "assignee": assignee,
        "executive": executive,
        "deskadmin": deskadmin,
    }
    # Everyone on the desk was told about the case (before it became Sev-1, for those who no
    # longer see it): each list page has a row to draw, hidden or not.
    told = [
        Notification.objects.create(
            recipient=person,
            escalation=case,
            key=f"test:{case.pk}",
            subject=f"{case.reference}: Sev-1 under test",
            url=case.get_absolute_url(),
            severity=1,
            created_at=NOW,
        )
        for name, person in people.items()
        if name != "outsider"
    ]
    # An action item for its pages (reports/urls_actions.py).
    item = raise_item(
        period=parse("2026-Q3"),
        root_cause=RootCause.objects.get(slug="product-bug"),
        title="Fix the export retry",
        function="engineering",
        owner=manager,
        due_date=NOW.date() + timedelta(days=30),
        by=manager,
        now=NOW,
    )
    return World(people, case, run.pk, comms.pk, approval.pk, told[0].pk, action_item_id=item.pk)


def test_every_url_is_in_the_expectation_table():
    names = [route.name for route in project_routes()]
    missing = sorted(set(names) - set(EXPECTED))
    assert not missing, (
        f"URL names {missing} are not in tests/test_every_url.py EXPECTED: add each with what "
        "every role should get (DESIGN.md 'Visibility'), so the walk checks the new view."
    )
    stale = sorted(set(EXPECTED) - set(names))
    assert not stale, f"EXPECTED names URLs that no longer exist: {stale}; remove them."
    for name, by_role in EXPECTED.items():
        assert set(by_role) == set(ROLES), f"{name}: give an expectation for every role"


def _check(response, expected, world: World) -> str | None:
    """A mismatch in words, or None."""
    if isinstance(expected, int):
        if response.status_code == expected:
            return None
        return f"got {response.status_code}, expected {expected}"
    if response.status_code != 302:
        return f"got {response.status_code}, expected a redirect {expected}"
    location = response["Location"]
    wanted = {
        TO_LOGIN: f"{reverse('login')}?next=",
        TO_CASE: world.case.get_absolute_url(),
        TO_QUEUE: reverse("escalations:queue"),
        TO_REPORT: reverse("reports:report", args=["2026-10"]),
    }[expected]
    # The login keeps where the user was going (?next=); the case page may have an anchor.
    if expected == TO_LOGIN and location.startswith(wanted):
        return None
    if location.split("#")[0] == wanted:
        return None
    return f"redirected to {location}, expected {expected} ({wanted})"


@pytest.mark.parametrize("role", ROLES)
def test_every_url_answers_each_role_as_designed(client, world, role):
    if role != "anonymous":
        client.force_login(world.people[role])
    problems = []
    for route in project_routes():
        expected = EXPECTED.get(route.name, {}).get(role)
        if expected is None:
            continue  # the table test above says what is missing
        url = reverse(route.name, kwargs=world.kwargs_for(route))
        problem = _check(client.get(url), expected, world)
        if problem:
            problems.append(f"{route.name} {url} as {role}: {problem}")
    assert not problems, "\n".join(problems)


def test_posting_to_a_sev1_case_as_a_manager_not_on_it_is_404_and_changes_nothing(client, world):
    client.force_login(world.people["manager"])
    events = TimelineEvent.objects.filter(escalation=world.case).count()
    problems = []
    for route in project_routes():
        if EXPECTED.get(route.name) is not POST_FORM:
            continue
        url = reverse(route.name, kwargs=world.kwargs_for(route))
        status = client.post(url, {}).status_code
        if status != HIDDEN:
            problems.append(f"POST {route.name} {url}: got {status}, expected 404")
    assert not problems, "\n".join(problems)
    assert TimelineEvent.objects.filter(escalation=world.case).count() == events


# --- The admin: its own site and login, checked explicitly ---------------------------------


@pytest.mark.parametrize("role", ["anonymous", "outsider", "agent", "manager", "executive"])
def test_the_admin_sends_everyone_but_staff_to_its_login(client, world, role):
    if role != "anonymous":
        client.force_login(world.people[role])
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_a_desk_admin_opens_the_sev1_case_in_the_admin(client, world):
    client.force_login(world.people["deskadmin"])
    assert client.get(reverse("admin:index")).status_code == 200
    listing = client.get(reverse("admin:escalations_escalation_changelist"))
    assert "Sev-1 under test" in listing.content.decode()
    change = reverse("admin:escalations_escalation_change", args=[world.case.pk])
    assert client.get(change).status_code == 200


def test_a_staff_manager_not_on_the_sev1_case_does_not_find_it_in_the_admin(client, world):
    staff = world.people["manager"]
    staff.is_staff = True
    staff.save(update_fields=["is_staff"])
    client.force_login(staff)
    listing = client.get(reverse("admin:escalations_escalation_changelist"))
    assert listing.status_code == 200 and "Sev-1 under test" not in listing.content.decode()
    change = client.get(reverse("admin:escalations_escalation_change", args=[world.case.pk]))
    assert change.status_code == 302 and change["Location"] == reverse("admin:index")
