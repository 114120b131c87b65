"""gunicorn's settings for the desk: load it once in the master, warm it, then fork.

    gunicorn config.wsgi -c config/gunicorn.py -w 4 -b 0.0.0.0:8000

The desk is loaded in the master (preload) and its costliest cold starts are paid there,
once, before the workers fork and share them:
- the first triage in a process compiles the trigger phrases (~560 RE2 and `re` patterns,
  1.5-4 s on this machine): without this, each worker's first intake took 3-5 s;
- every page template of the desk is parsed into the cached loader (a worker's first queue
  or case page took 200-500 ms instead of 40-90 ms).
Then the master's objects are frozen out of the garbage collector's reach (gc.freeze, as the
Python documentation advises before a fork without exec): a worker's collections no longer
walk the whole loaded desk, and do not write to pages it shares with the master.

`make load` runs gunicorn with this file (scripts/load/run_load.py).
"""

from __future__ import annotations

import gc
from pathlib import Path

preload_app = True


def when_ready(server) -> None:
    from django.db import connections

    warm()
    # The workers must not inherit the master's database connection.
    connections.close_all()
    gc.collect()
    gc.freeze()


def warm() -> int:
    """Compile the triage matcher and parse the desk's own templates; how many templates."""
    from django.conf import settings
    from django.template import engines

    from triage.config import active_config, rules_for

    # Built for its side effect: phrases.matcher_for keeps the compiled matcher per rule set.
    rules_for(active_config()).matcher  # noqa: B018
    engine = engines["django"]
    parsed = 0
    for folder in settings.TEMPLATES[0]["DIRS"]:
        root = Path(folder)
        for path in sorted(root.rglob("*.html")):
            name = path.relative_to(root).as_posix()
            if name.startswith("admin/"):
                continue  # the admin's, parsed on first use by the few who open it
            engine.get_template(name)
            parsed += 1
    return parsed
