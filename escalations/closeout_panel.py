"""What the case page shows of the close-out: the form while the case is resolved (for those
who may close it), the record once it is closed. A fixed number of queries whatever the case
holds: the resolved page adds the breach check and the form's two lists, the closed page one
read of the close-out (pinned in tests/escalations/test_closeout_page.py)."""

from __future__ import annotations

from datetime import datetime

from matrix.clocks import sla_verdict
from matrix.models import Clock

from .choices import Status
from .forms import CloseOutForm
from .models import CloseOut, Escalation
from .transitions import Transition


def panel_context(
    escalation: Escalation,
    *,
    moves: list[Transition],
    clocks: list[Clock],
    now: datetime,
    form: CloseOutForm | None = None,
) -> dict:
    if escalation.status == Status.CLOSED:
        record = (
            CloseOut.objects.select_related("trigger", "root_cause", "closed_by")
            .filter(escalation=escalation)
            .first()
        )
        return {"closeout": record}
    if any(move.needs == "closeout" for move in moves):
        # `moves` are this reader's: only those who may move the case are offered the form.
        return {
            "closeout_form": form or CloseOutForm(escalation=escalation, prefix="closeout"),
            "closeout_sla": sla_verdict(escalation, now=now, clocks=clocks),
        }
    return {}
