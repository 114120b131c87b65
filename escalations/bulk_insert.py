"""Rows straight into a table: multi-row INSERTs through the connection's cursor.

For the hot paths that write thousands of rows at once (a sweep's events, timeline lines and
notifications): Django preparing that many model instances for bulk_create was most of a
1,000-breach pass (issue 9 item 8). The caller passes values already prepared for the
database (`Field.get_db_prep_save`); the unique constraint named in `unique` decides in the
INSERT itself what is new (ON CONFLICT DO NOTHING), so no read before the write is needed.
"""

from __future__ import annotations

from django.db import connection, models

# Rows per INSERT where the backend sets no limit on parameters (PostgreSQL's is 65,535).
INSERT_ROWS = 1000


def insert_rows(
    model: type[models.Model],
    fields: tuple[str, ...],
    rows: list[tuple],
    *,
    unique: tuple[str, ...] = (),
    returning: tuple[str, ...] = (),
) -> list[tuple]:
    """INSERT `rows` (values ready for the database) into `model`'s table, in multi-row
    statements within the backend's parameter limit. With `unique`, a row that would break
    that unique constraint is skipped (ON CONFLICT … DO NOTHING); with `returning`, the
    inserted rows' values of those fields are returned.
    """
    if not rows:
        return []
    meta, quote = model._meta, connection.ops.quote_name

    def columns(names: tuple[str, ...]) -> str:
        return ", ".join(quote(meta.get_field(name).column) for name in names)

    limit = connection.features.max_query_params
    per = min(INSERT_ROWS, limit // len(fields)) if limit else INSERT_ROWS
    tail = f" ON CONFLICT ({columns(unique)}) DO NOTHING" if unique else ""
    tail += f" RETURNING {columns(returning)}" if returning else ""
    one = "(" + ", ".join(["%s"] * len(fields)) + ")"
    head = f"INSERT INTO {quote(meta.db_table)} ({columns(fields)}) VALUES "  # noqa: S608 - ours
    found: list[tuple] = []
    with connection.cursor() as cursor:
        for start in range(0, len(rows), per):
            part = rows[start : start + per]
            cursor.execute(
                head + ", ".join([one] * len(part)) + tail,
                [value for row in part for value in row],
            )
            if returning:
                found.extend(tuple(row) for row in cursor.fetchall())
    return found
