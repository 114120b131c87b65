"""The reports' fixtures: the hand-worked November desk (tests/reports/november.py)."""

from __future__ import annotations

import pytest

from tests.reports.november import LA, Desk, build


@pytest.fixture
def la_desk(settings) -> None:
    """The desk in Los Angeles: month boundaries at local midnight, DST ends 1 November."""
    settings.TIME_ZONE = LA


@pytest.fixture
def november(la_desk, manager, executive) -> Desk:
    return build(manager, executive)
