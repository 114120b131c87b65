from matrix.management.sweep_command import SweepCommand
from matrix.tasks import sla_sweep


class Command(SweepCommand):
    help = "One SLA pass: record breaches and amber warnings once, notify, auto-escalate."
    sweep = staticmethod(sla_sweep)
    label = "sla_sweep"
