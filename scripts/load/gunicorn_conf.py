"""gunicorn's settings for `make load` beyond the command line: load the desk once, warm it.

The desk is loaded in the master (preload) and its costliest cold start is paid there, once,
before the four workers fork and share it: the first triage in a process compiles the trigger
phrases (~560 RE2 and `re` patterns, 1.5–4 s on this machine). Without this, each worker's
first intake during the run took 3–5 s. A production server restarted for a deploy pays it
once per worker, on its first intake.
"""

from __future__ import annotations

preload_app = True


def when_ready(server) -> None:
    from django.db import connections

    from triage.config import active_config, rules_for

    # Built for its side effect: phrases.matcher_for keeps the compiled matcher per rule set.
    rules_for(active_config()).matcher  # noqa: B018
    # The workers must not inherit the master's database connection.
    connections.close_all()
