"""Worker settings for the broker test: tests/matrix/crash_settings.py (file e-mail backend),
with the process's clock started at DESK_PINNED_NOW and ticking from there.

The scheduled sweep calls matrix.tasks.sla_sweep() with no `now`, as in production; the
scenario's cases (tests/matrix/sweep_scenario.py) are dated 2026-11-02. Pinned a minute after
their acknowledge clocks ran out, the schedule finds what the test expects, whatever day it
runs. Every process of the test (the cluster, its workers, the test's queue tool) starts here.
"""

import os

import time_machine

from tests.matrix.crash_settings import *  # noqa: F403

_clock = time_machine.travel(os.environ["DESK_PINNED_NOW"], tick=True)
_clock.start()
