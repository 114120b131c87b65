"""The SQL the figures need that the ORM does not spell: seconds between two instants, and
median and p90 per group in one query.

Percentiles are interpolated between the two nearest ranks, as PostgreSQL's percentile_cont
does (the median of 1 h and 2 h is 1 h 30), and computed the same way on SQLite and
PostgreSQL with window functions, so both databases give the same figures:
1. number the values of each group in order (ROW_NUMBER) and count the group (COUNT OVER);
2. the p-th percentile sits at 0-based position h = (n - 1) * p: take the values ranked
   floor(h) + 1 and floor(h) + 2 and weigh them by the fraction of h;
3. floor and fraction come from integer arithmetic on n, so no database's rounding of a
   CAST decides the rank.
"""

from __future__ import annotations

import decimal
from decimal import Decimal

from django.db import connection
from django.db.models import Case, FloatField, Func, IntegerField, QuerySet, Value, When

from escalations.models import Escalation

# The percentiles the reports give, as fractions num/den: median and p90.
PERCENTILES = {"median": (1, 2), "p90": (9, 10)}


class Seconds(Func):
    """end - start in seconds, as a float, on SQLite and PostgreSQL."""

    arity = 2
    output_field = FloatField()

    def as_sqlite(self, compiler, connection, **extra):
        # Django stores SQLite datetimes as UTC text, which julianday() reads.
        return self.as_sql(
            compiler,
            connection,
            template="((julianday(%(expressions)s)) * 86400.0)",
            arg_joiner=") - julianday(",
            **extra,
        )

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(
            compiler,
            connection,
            template="CAST(EXTRACT(EPOCH FROM (%(expressions)s)) AS DOUBLE PRECISION)",
            arg_joiner=" - ",
            **extra,
        )


def _rank_value(num: int, den: int) -> str:
    low = f"((n - 1) * {num} / {den})"
    frac = f"(CAST(((n - 1) * {num}) %% {den} AS DOUBLE PRECISION) / {den})"
    return (
        f"SUM(CASE WHEN rn = {low} + 1 THEN v * (1 - {frac}) "
        f"WHEN rn = {low} + 2 THEN v * {frac} ELSE 0 END)"
    )


def percentiles(
    values: QuerySet, keys: tuple[str, ...], *, overall: str, detail: str
) -> list[dict]:
    """Median and p90 of `v` per combination of `keys`.

    `values` is a queryset of `.values(*keys, "v")` with `v` a number and each key a digit
    (0-9). Every row is ranked once with the key `overall` set to 0 (the whole of the other
    keys' group); only rows whose key `detail` is 1 are ranked per `overall` group as well
    (the previous period needs its overall figure only). Rows come back as
    {key: ..., "count": n, "median": x, "p90": y}.

    The values are read once (a materialized CTE) and the keys packed into one integer k.
    On PostgreSQL one query ranks them with window functions. On SQLite the same windows
    cost ~1.4 us a row (~200 ms for a quarter's 64,000 values at 100,000 cases), while
    its sorter costs a tenth of that, so the values are instead sorted once into a
    temporary table, whose rowids are then the positions in (k, v) order, and each
    percentile is read by position (three statements; see _ranked_by_position).
    """
    # The keys are names from our own code, never from a request: checked, then spelled out.
    assert all(key.isidentifier() for key in keys) and {overall, detail} <= set(keys), keys
    inner, params = values.order_by().query.sql_with_params()
    weights = [10 ** (len(keys) - 1 - i) for i in range(len(keys))]
    packed = " + ".join(f"{key} * {w}" for key, w in zip(keys, weights, strict=True))
    whole = " + ".join(
        f"{key} * {w}" for key, w in zip(keys, weights, strict=True) if key != overall
    )
    # The inner query's values stay parameters; only our own names are spelled into the SQL.
    grouped = (
        f"WITH picked AS MATERIALIZED ({inner}), "  # noqa: S608
        f"grouped (k, v) AS (SELECT {packed}, v FROM picked WHERE {detail} = 1 "
        f"UNION ALL SELECT {whole}, v FROM picked)"
    )
    if connection.vendor == "sqlite":
        found = _ranked_by_position(grouped, params)
    else:
        found = _ranked_by_window(grouped, params)
    return [
        {
            **dict(zip(keys, [(packed_key // w) % 10 for w in weights], strict=True)),
            "count": n,
            **dict(zip(PERCENTILES, figures, strict=True)),
        }
        for packed_key, n, *figures in found
    ]


def _ranked_by_window(grouped: str, params) -> list[tuple]:
    wanted = ", ".join(
        f"{_rank_value(num, den)} AS {name}" for name, (num, den) in PERCENTILES.items()
    )
    sql = (
        f"{grouped} SELECT k, MAX(n) AS n, {wanted} FROM ("  # noqa: S608
        "SELECT k, v, ROW_NUMBER() OVER (PARTITION BY k ORDER BY v) AS rn, "
        "COUNT(*) OVER (PARTITION BY k) AS n FROM grouped"
        ") AS ranked GROUP BY k"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


RANKED = "reports_ranked"  # the temporary table of _ranked_by_position, this connection's own


def _ranked_by_position(grouped: str, params) -> list[tuple]:
    """SQLite: the percentiles by position in a sorted temporary table.

    1. CREATE TEMP TABLE ... AS SELECT k, v ... ORDER BY k, v: SQLite inserts the rows in
       the order the SELECT returns them, so rowid 1, 2, ... is the rank in (k, v) order.
    2. Per k, its first rowid and its size n (one pass); the p-th percentile sits at
       0-based position h = (n - 1) * p within the group: the rows first + floor(h) and
       the one after, weighed by the fraction of h as _rank_value does (each a rowid
       lookup), so both databases give the same figures to the bit.
    3. DROP the table (also when a statement fails: the connection may be reused).
    A temporary table lives in the connection's own temp database: it takes no lock on
    the desk's file and no other connection sees it.
    """
    picks = []
    for num, den in PERCENTILES.values():
        low = f"((n - 1) * {num} / {den})"
        frac = f"(CAST(((n - 1) * {num}) %% {den} AS DOUBLE PRECISION) / {den})"
        at = f"(SELECT v FROM {RANKED} WHERE rowid = first + {low}"  # noqa: S608
        # The value after only weighs when the fraction is not 0 (it may not exist then).
        picks.append(f"{at}) * (1 - {frac}) + COALESCE({at} + 1) * {frac}, 0)")
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TEMP TABLE {RANKED} AS {grouped} "  # noqa: S608
            "SELECT k, v FROM grouped ORDER BY k, v",
            params,
        )
        try:
            cursor.execute(
                f"SELECT k, n, {', '.join(picks)} FROM ("  # noqa: S608
                f"SELECT k, MIN(rowid) AS first, COUNT(*) AS n FROM {RANKED} GROUP BY k"
                ") AS groups",
                [],  # no parameters, but %% still reads as % (Django converts the query)
            )
            return cursor.fetchall()
        finally:
            cursor.execute(f"DROP TABLE temp.{RANKED}")


def cases_by_id(alias: str) -> str:
    """The case table as `alias`, for a query that looks thousands of cases up by id for
    their severity or account: on SQLite read through esc_by_id (id, severity, customer).

    SQLite answers a lookup by id from the table's own row, which is wide (the brief), one
    page per case mostly not in its cache: a quarter's ~32,000 clocks reading their case's
    severity cost ~15 ms that way, a third of that through the narrow index, which SQLite
    never picks for an id by itself. PostgreSQL chooses its own way."""
    table = connection.ops.quote_name(Escalation._meta.db_table)
    if connection.vendor == "sqlite":
        return f"{table} {alias} INDEXED BY esc_by_id"
    return f"{table} {alias}"


def money(amount) -> str:
    """ARR as the figures store it: a string with cents, so JSON keeps it exact."""
    return f"{amount or 0:.2f}"


def summed_decimal(value) -> Decimal | None:
    """A SUM of a decimal column read by a raw query, as the ORM would give it: SQLite sums
    as a float, which Django turns into a Decimal of 15 significant digits (its SQLite
    backend's converter for an aggregate); PostgreSQL's numeric already is one."""
    if value is None or isinstance(value, Decimal):
        return value
    return decimal.Context(prec=15).create_decimal_from_float(value)


def share(part: int, whole: int) -> float | None:
    """part / whole, or None when there is nothing to divide (an empty month)."""
    return part / whole if whole else None


def month_number(field: str, months) -> Case:
    """Which of the consecutive `months` (0, 1, ...) the instant `field` falls in.

    Compared against the months' boundaries in SQL: Django's TruncMonth with a time zone is a
    Python function called per row on SQLite, 20x slower over a year of cases. The caller
    filters the rows to [months[0].start, months[-1].end).
    """
    return Case(
        *[When(**{f"{field}__lt": month.end}, then=Value(i)) for i, month in enumerate(months)],
        default=Value(None),
        output_field=IntegerField(),
    )
