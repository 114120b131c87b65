from matrix.management.sweep_command import SweepCommand
from matrix.tasks import stalled_sweep


class Command(SweepCommand):
    help = (
        "One stalled-case pass: no activity, unaccepted roles, loops, repeat contact, follow-ups."
    )
    sweep = staticmethod(stalled_sweep)
    label = "stalled_sweep"
