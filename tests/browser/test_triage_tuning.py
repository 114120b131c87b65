"""A desk admin tunes triage in the Django admin, proves the new version, activates it, and the
next case raised is triaged by it (issue 11 item 1).

The rules (DESIGN.md "Triage", triage/rules_config.py's shipped values): a case's severity is
the most severe of its impact floor, its score band (at most one level above the floor) and
the commercial raise. The brief below is a calm technical one from a small, young account far
from renewal, whose only signal is the word "disappointed": a dissatisfaction phrase worth 15
points with no floor above Sev-4, so with sentiment it stays under the Sev-3 band (35): Sev-4.

The admin gives that phrase its own Sev-3 floor and 30 points (phrase rows apply at once),
then writes a new configuration version with lower bands (Sev-3 from 10, Sev-2 from 20), runs
its backtest over the closed cases, and makes it active. The same brief then scores at least
30, in the new Sev-2 band, one level above its Sev-3 floor: Sev-2, and the case page names the
new version.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from escalations import workflow
from escalations.models import Escalation
from tests.conftest import NOW, make_customer
from tests.escalations.closeout import closeout_values, resolved_case
from triage.models import TriageConfig

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.xdist_group("browser"),
]

WORDS = "We are a little disappointed with how slow the monthly export has become."


def raise_through_the_form(desk, customer, title: str) -> Escalation:
    desk.visit(f"/escalations/new/?customer={customer.pk}")
    page = desk.page
    page.select_option("#id_entry_point", "csm")
    page.fill("#id_title", title)
    page.fill("#id_summary", "The monthly export takes twice as long as it did in the spring.")
    page.select_option("#id_category", "technical")
    page.fill("#id_product_area", "Reporting")
    page.fill("#id_target_team", "Engineering / Tier 2")
    page.fill("#id_desired_outcome", "Exports finish within the hour again.")
    page.fill("#id_recommended_next_step", "Engineering to profile the export job.")
    page.fill("#id_environment", "EU production")
    page.fill("#id_reproduction_steps", "Run the monthly export for the workspace.")
    page.fill("#id_steps-0-action", "Checked the export logs")
    page.fill("#id_steps-0-result", "No errors, only slow queries")
    page.fill("#id_words-0-contact_name", "Kim Baker")
    page.fill("#id_words-0-body", WORDS)
    with page.expect_navigation():
        page.click("button:has-text('Raise escalation')")
    desk.check()
    case = Escalation.objects.get(title=title)
    assert page.url == desk.url(case.get_absolute_url())
    return case


def test_a_desk_admin_tunes_triage_backtests_activates_and_the_next_case_follows(
    open_desk, agent, manager, deskadmin
):
    closed = resolved_case(agent, manager)  # something for the backtest to replay
    workflow.close_escalation(closed, closeout_values(), by=manager, now=NOW + timedelta(hours=5))
    small = make_customer(
        name="Fabrikam Studio",
        arr=Decimal("6000"),
        renewal_date=date(2027, 9, 30),
        customer_since=date(2025, 6, 1),
    )
    before_version = TriageConfig.objects.active().version

    alice = open_desk(agent)
    before = raise_through_the_form(alice, small, "Monthly export is slow (before)")
    assert before.severity == 4
    assert "Sev-4" in alice.page.inner_text("#triage-why")

    dana = open_desk(deskadmin)
    page = dana.page

    # 1. The trigger phrase: its own Sev-3 floor and 30 points.
    dana.visit("/admin/triage/triggerphrase/?q=disappointed")
    with page.expect_navigation():
        page.click("#result_list a:text-is('disappointed')")
    dana.check()
    page.fill("#id_weight", "30")
    page.select_option("#id_min_severity", "3")
    with page.expect_navigation():
        page.click("input[name=_save]")
    dana.check()
    assert "was changed successfully" in page.inner_text("#main")

    # 2. A threshold: a new version with lower bands, saved inactive.
    active = TriageConfig.objects.active()
    dana.visit(f"/admin/triage/triageconfig/{active.pk}/change/")
    page.fill("#id_sev3_threshold", "10")
    page.fill("#id_sev2_threshold", "20")
    page.fill("#id_note", "Lower bands: dissatisfied accounts get attention sooner")
    assert not page.is_checked("#id_activate")
    with page.expect_navigation():
        page.click("input[name=_save]")
    dana.check()
    new = TriageConfig.objects.get(version=before_version + 1)
    assert not new.is_active
    assert f"Saved as version {new.version}. Run its backtest" in page.inner_text("#main")

    # 3. Its backtest over the closed cases, with the differences from the active version.
    dana.visit(f"/admin/triage/triageconfig/{new.pk}/change/")
    with page.expect_navigation():
        page.click(f"a:text-is('Backtest v{new.version}')")
    dana.check()
    report = page.inner_text("#content-main")
    assert f"Configuration v{new.version} over 1 closed case" in report
    assert f"Differences from the active version v{before_version}" in report
    differences = page.inner_text("#content-main table:last-of-type")
    assert "35" in differences and "10" in differences

    # 4. Activate it from the backtest page.
    with page.expect_navigation():
        page.click(f"input[value='Make v{new.version} active']")
    dana.check()
    assert f"Configuration v{new.version} is now active" in page.inner_text("#main")
    assert TriageConfig.objects.active() == new

    # 5. The next case is triaged by the new version.
    after = raise_through_the_form(alice, small, "Monthly export is slow (after)")
    assert after.severity == 2
    why = alice.page.inner_text("#triage-why")
    assert why.startswith("Sev-2") and "disappointed" in why
    assert f"configuration v{new.version}" in alice.page.inner_text("#triage")
    before.refresh_from_db()
    assert before.severity == 4  # an earlier case keeps the triage it had
