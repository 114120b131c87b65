"""The demo desk's case stories, one module per category, and the routine requests beside them.

A scenario holds the fields of one kind of trouble that belong together (title, summary,
reproduction, the customer's complaints, troubleshooting steps, a log), so a seeded case reads as
one coherent story. Plain data, read by `seed_demo` and `bench/build_db.py`.
"""

from __future__ import annotations

from . import billing, compliance, relationship, technical
from .routine import ROUTINE_SCENARIOS

SCENARIOS: dict[str, tuple[dict, ...]] = {
    "technical": technical.SCENARIOS,
    "billing": billing.SCENARIOS,
    "compliance": compliance.SCENARIOS,
    "relationship": relationship.SCENARIOS,
}

__all__ = ["ROUTINE_SCENARIOS", "SCENARIOS"]
