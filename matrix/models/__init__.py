"""The severity matrix, the roster of people who hold its roles, and the work it hands out.

Matrix cells, roles and update templates are admin-edited rows (STYLE.md item 8). Assignments
and approvals are the case's working state; their timeline entries are the decision log.
"""

from .clocks import (
    AMBER_SHARE,
    BusinessCalendar,
    CheckEvent,
    Clock,
    ClockKind,
    ClockState,
    Holiday,
)
from .grid import MONEY, POSITIVE, ExecutiveRow, MatrixCell, Role, RosterEntry
from .updates import PLACEHOLDERS, CustomerUpdate, UpdateTemplate, template_problems
from .work import Approval, ApprovalQuerySet, Assignment, AssignmentQuerySet, RoleKind

__all__ = [
    "AMBER_SHARE",
    "BusinessCalendar",
    "CheckEvent",
    "Clock",
    "ClockKind",
    "ClockState",
    "Holiday",
    "MONEY",
    "PLACEHOLDERS",
    "POSITIVE",
    "Approval",
    "ApprovalQuerySet",
    "Assignment",
    "AssignmentQuerySet",
    "CustomerUpdate",
    "ExecutiveRow",
    "MatrixCell",
    "Role",
    "RoleKind",
    "RosterEntry",
    "UpdateTemplate",
    "template_problems",
]
