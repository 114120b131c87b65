"""Django's SQLite backend, with a flush that respects the append-only timeline.

SQLite has no TRUNCATE: `flush` (and the test runner between transactional tests) empties each
table with DELETE, which the timeline's no-delete trigger (escalations migration 0007) refuses.
Emptying the whole database is the one sanctioned way to remove timeline rows, so the flush
drops the trigger, deletes, and puts the trigger back, all in the flush's transaction.
PostgreSQL flushes with TRUNCATE, which its row trigger does not see.
"""

from __future__ import annotations

from django.db.backends.sqlite3 import base, operations

TIMELINE = "escalations_timelineevent"
NO_DELETE_TRIGGER = (
    "CREATE TRIGGER escalations_timeline_no_delete BEFORE DELETE ON escalations_timelineevent "
    "BEGIN SELECT RAISE(ABORT, 'timeline events are append-only'); END;"
)


class DatabaseOperations(operations.DatabaseOperations):
    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        sql = super().sql_flush(
            style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
        )
        if TIMELINE not in tables:
            return sql
        return [
            "DROP TRIGGER IF EXISTS escalations_timeline_no_delete;",
            *sql,
            NO_DELETE_TRIGGER,
        ]


class DatabaseWrapper(base.DatabaseWrapper):
    ops_class = DatabaseOperations
