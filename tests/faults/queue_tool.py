"""The test's hands on a desk's task queue, run as a process against DATABASE_URL / REDIS_URL.

`python -m tests.faults.queue_tool enqueue FUNC [ARG ...]`  async_task(FUNC, *ARGS), an ISO
                                                           instant passed as a datetime
`python -m tests.faults.queue_tool queued`                  tasks waiting in the broker
`python -m tests.faults.queue_tool keep-schedules NAME ...` delete the other django-q2 schedules
                                                           and make these due now
`python -m tests.faults.queue_tool tasks`                   finished tasks: [[func, success], ...]
`python -m tests.faults.queue_tool tasks-verbose`           the same with each result
"""

from __future__ import annotations

import json
import sys
from datetime import datetime


def main(command: str, *args: str) -> object:
    import django

    django.setup()
    from django.utils import timezone
    from django_q.brokers import get_broker
    from django_q.models import Schedule, Task
    from django_q.tasks import async_task

    if command == "enqueue":
        return async_task(args[0], *map(_instant_or_text, args[1:]))
    if command == "queued":
        return get_broker().queue_size()
    if command == "keep-schedules":
        Schedule.objects.exclude(name__in=args).delete()
        return Schedule.objects.filter(name__in=args).update(next_run=timezone.now())
    if command in ("tasks", "tasks-verbose"):
        verbose = command == "tasks-verbose"
        return [
            [t.func, t.success] + ([str(t.result)[:300]] if verbose else [])
            for t in Task.objects.order_by("started")
        ]
    raise SystemExit(f"unknown command {command}")


def _instant_or_text(arg: str):
    try:
        instant = datetime.fromisoformat(arg)
    except ValueError:
        return arg
    return instant if instant.tzinfo else arg


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:])))
