"""At a phone's width (390 px) the queue, a case page and My work fit the screen: nothing
scrolls sideways (issue 11 item 1). And the watch on console errors does catch a CSP
violation, so the other tests' "no console error" means something."""

from __future__ import annotations

import pytest

from tests.matrix.conftest import OWNER, current_roles

from .world import busy_desk

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.xdist_group("browser"),
]


def test_queue_case_page_and_my_work_fit_a_390_px_screen(open_desk, roster, agent):
    cases = busy_desk(agent)
    case = cases[1]
    owner = current_roles(case)[OWNER].person
    phone = open_desk(owner, width=390, height=844)
    for path in ("/", "/?view=all", case.get_absolute_url(), "/my/", "/notifications/"):
        phone.visit(path)
        phone.no_horizontal_scroll()
        if path == "/":
            phone.screenshot("queue-phone", full_page=True)
        if path in ("/", "/?view=all"):
            # What the queue is for on a phone: each row's clocks, on screen, not scrolled to.
            clocks = phone.page.locator("table.queue-table tbody td.clock-cell")
            assert clocks.count() > 0
            for cell in clocks.all():
                box = cell.bounding_box()
                assert box is not None and box["x"] + box["width"] <= 390, (path, box)
    # The case page's forms opened (roles, approvals) still fit.
    phone.visit(case.get_absolute_url())
    for summary in phone.page.locator("main details > summary").all():
        if summary.is_visible():
            summary.click()
    phone.no_horizontal_scroll()
    phone.check()


def test_a_csp_violation_on_a_page_is_caught(open_desk, manager):
    desk = open_desk(manager)
    desk.visit("/")
    # An inline style, which the desk's policy (style-src 'self') refuses.
    with desk.page.expect_console_message(lambda m: m.type == "error"):
        desk.page.evaluate(
            "() => { const s = document.createElement('style');"
            " s.textContent = 'body { color: red }'; document.head.appendChild(s); }"
        )
    assert any("Content Security Policy" in problem for problem in desk.problems), desk.problems
    desk.problems.clear()
