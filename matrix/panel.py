"""What the case page shows of the matrix: the three people, approvals and customer updates."""

from __future__ import annotations

from django.db import connection
from django.db.models import BooleanField, Value
from django.db.models.expressions import RawSQL

from escalations.access import is_manager
from escalations.models import Escalation

from .actions import needs_warm_handoff, suggested_template
from .forms import DecisionForm, DeclineForm, ProposalForm, RolesForm
from .models import Approval, Assignment, RoleKind, UpdateTemplate
from .roster import cell_for, suggest


def panel_context(escalation: Escalation, user, **forms) -> dict:
    """A fixed number of queries whatever the case's history (pinned in the case-page tests)."""
    assignments = list(
        escalation.assignments.select_related("person", "role", "assigned_by").order_by(
            "kind", "-assigned_at", "-id"
        )
    )
    current = {a.kind: a for a in assignments if a.ended_at is None}
    roles = [
        {"kind": kind, "label": RoleKind(kind).label, "assignment": current.get(kind)}
        for kind in RoleKind.values
    ]
    manager = is_manager(user)
    cell = cell_for(escalation)
    suggestions = {s.kind: s for s in suggest(escalation, cell, balance=False)} if manager else {}
    for row in roles:
        # Shown only where the holder was not picked for the role the matrix names now (the
        # page does not re-balance load: another holder of the same role is not a change).
        suggestion, held = suggestions.get(row["kind"]), row["assignment"]
        if suggestion and held and suggestion.role and held.role_id == suggestion.role.pk:
            suggestion = None
        row["suggestion"] = suggestion
    mine = [a for a in current.values() if a.person_id == user.pk]
    # Whether this reader may decide each proposal, read with the proposals (one query).
    approvals = list(
        escalation.approvals.select_related("proposed_by", "decided_by", "decider_role").annotate(
            can_decide=_may_decide(user)
        )
    )
    owner = current.get(RoleKind.OWNER)
    comms = current.get(RoleKind.COMMS)
    updates = list(escalation.customer_updates.select_related("sent_by")[:10])
    holding_comms = comms if comms and comms.status != Assignment.Status.DECLINED else None
    return {
        "cell": cell,
        "roles": roles,
        "role_history": [a for a in assignments if a.ended_at is not None],
        "my_assignments": [a for a in mine if a.status == Assignment.Status.PENDING],
        "can_assign": manager and escalation.is_open,
        "roles_form": forms.get("roles_form")
        or RolesForm(current=current, suggestions=suggestions, prefix="roles"),
        "warm_required": needs_warm_handoff(escalation),
        "decline_form": forms.get("decline_form") or DeclineForm(prefix="decline"),
        "approvals": approvals,
        "can_propose": bool(
            owner
            and owner.person_id == user.pk
            and owner.status == Assignment.Status.ACCEPTED
            and escalation.is_open
        ),
        "proposal_form": forms.get("proposal_form") or ProposalForm(prefix="proposal"),
        "decision_form": forms.get("decision_form") or DecisionForm(prefix="decision"),
        "is_comms_lead": bool(
            comms and comms.person_id == user.pk and comms.status != Assignment.Status.DECLINED
        ),
        "comms_lead": holding_comms,
        "update_templates": UpdateTemplate.objects.all(),
        "suggested_template": suggested_template(
            escalation, lead=holding_comms, last_sent=updates[0].sent_at if updates else None
        ),
        "updates": updates,
    }


# The rule of who may decide a proposal (Approval.objects.waiting_for) compiled once per person
# and process: building and compiling its four correlated subqueries cost the case page ~3 ms
# of ORM work for a statement the database runs in microseconds. Its text depends only on who
# asks (their id); the roles, roster and amounts it compares are read when it runs. Same
# pattern and bound as the nav bar's counts (matrix/my_work.py `_counts_statement`).
_DECIDERS: dict[tuple, tuple[str, tuple]] = {}
_DECIDERS_KEPT = 1_000


def _may_decide(user):
    """An expression on a proposal: whether `user` may decide it (waiting_for's rule)."""
    if not user.is_authenticated:
        return Value(False)
    key = (connection.alias, connection.vendor, user.pk)
    statement = _DECIDERS.get(key)
    if statement is None:
        if len(_DECIDERS) >= _DECIDERS_KEPT:
            _DECIDERS.clear()
        sql, params = Approval.objects.waiting_for(user).values("pk").query.sql_with_params()
        # The outer query reads proposals from their table under its own name (no alias).
        pk = f"{connection.ops.quote_name(Approval._meta.db_table)}."
        pk += connection.ops.quote_name(Approval._meta.pk.column)
        # The text is the ORM's own compilation; values travel as parameters.
        statement = _DECIDERS[key] = (f"{pk} IN ({sql})", tuple(params))
    sql, params = statement
    return RawSQL(sql, params, output_field=BooleanField())  # noqa: S611 - the ORM's own SQL
