"""Replaying a triage configuration over closed cases, as if it had triaged them on arrival."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.utils import timezone

from escalations.choices import CLOSED_STATUSES
from escalations.models import Escalation

from . import engine
from .config import rules_for
from .models import TriageConfig
from .signals import signals_for

SEVERITIES = (1, 2, 3, 4)


@dataclass
class BacktestReport:
    config_version: int
    since: date | None
    cases: int = 0
    # (final severity, predicted severity) -> cases
    confusion: Counter = field(default_factory=Counter)

    @property
    def agreed(self) -> int:
        return sum(n for (final, predicted), n in self.confusion.items() if final == predicted)

    @property
    def agreement(self) -> float:
        return self.agreed / self.cases if self.cases else 0.0

    @property
    def high_cases(self) -> int:
        """Cases that ended as Sev-1 or Sev-2."""
        return sum(n for (final, _), n in self.confusion.items() if final <= 2)

    @property
    def high_flagged(self) -> int:
        """Of those, how many this configuration would have flagged Sev-1/2 at intake."""
        return sum(
            n for (final, predicted), n in self.confusion.items() if final <= 2 and predicted <= 2
        )

    @property
    def false_alarms(self) -> int:
        """Flagged Sev-1/2 at intake but ended Sev-3/4: the alarm fatigue to watch."""
        return sum(
            n for (final, predicted), n in self.confusion.items() if final >= 3 and predicted <= 2
        )

    @property
    def too_high(self) -> int:
        return sum(n for (final, predicted), n in self.confusion.items() if predicted < final)

    @property
    def too_low(self) -> int:
        return sum(n for (final, predicted), n in self.confusion.items() if predicted > final)

    def rows(self) -> list[dict]:
        """The confusion table: one row per final severity, one column per prediction."""
        return [
            {
                "final": final,
                "predicted": [self.confusion[(final, predicted)] for predicted in SEVERITIES],
                "total": sum(self.confusion[(final, predicted)] for predicted in SEVERITIES),
            }
            for final in SEVERITIES
        ]

    def as_dict(self) -> dict:
        return {
            "config_version": self.config_version,
            "since": self.since.isoformat() if self.since else None,
            "cases": self.cases,
            "agreement": round(self.agreement, 4),
            "agreed": self.agreed,
            "too_high": self.too_high,
            "too_low": self.too_low,
            "sev12_cases": self.high_cases,
            "sev12_flagged_at_intake": self.high_flagged,
            "false_alarms": self.false_alarms,
            "confusion": {
                f"final_sev{row['final']}": dict(
                    zip((f"predicted_sev{p}" for p in SEVERITIES), row["predicted"], strict=True)
                )
                for row in self.rows()
            },
        }


def backtest(config: TriageConfig, *, since: date | None = None, progress=None) -> BacktestReport:
    """Score every closed case (raised on or after `since`) with `config` as at its intake."""
    rules = rules_for(config)
    report = BacktestReport(config_version=config.version, since=since)
    cases = Escalation.objects.filter(
        status__in=CLOSED_STATUSES, severity__isnull=False
    ).select_related("customer")
    if since:
        cases = cases.filter(created_at__gte=timezone.make_aware(datetime.combine(since, time.min)))
    cases = list(cases.order_by("created_at", "id"))
    for number, case in enumerate(cases, start=1):
        predicted = engine.evaluate(
            signals_for(case, now=case.created_at, at_intake=True), rules
        ).severity
        report.confusion[(case.severity, predicted)] += 1
        report.cases += 1
        if progress and number % 100 == 0:
            progress(number, len(cases))
    return report
