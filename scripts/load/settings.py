"""The desk's production settings (config/settings.py, DEBUG off) for a `make load` run.

Everything else comes from the environment run_load.py sets, as in production. Two values are
this run's own, so that it shares nothing with the checkout or with another cluster:
STATIC_ROOT (the collected files live in the load cache, not in the checkout's staticfiles/)
and the django-q2 cluster name (its queue in Redis).
"""

from __future__ import annotations

import os
from pathlib import Path

from config.settings import *  # noqa: F403
from config.settings import Q_CLUSTER as _Q_CLUSTER

STATIC_ROOT = Path(os.environ["LOAD_STATIC_ROOT"])
Q_CLUSTER = {**_Q_CLUSTER, "name": os.environ.get("LOAD_Q_NAME", _Q_CLUSTER["name"])}
