"""The queue's text search: narrow cases to those matching the words, best match first.

Answered by the database's full-text index (migration 0009_search_index), one document per
case holding its id, title, summary and customer name:

- SQLite: the FTS5 table `escalations_search`, ranked by bm25 with the reference weighted far
  above the title, the title above the customer's name, the name above the summary;
- PostgreSQL: the `search_vector` column under a GIN index, ranked by ts_rank (title weight A,
  customer B, summary C), the referenced case first.

What the user types is never query syntax: each white-space separated chunk is one phrase
("INV-2026-48213" finds those words in that order), every phrase must match, and FTS5's
operators (AND, OR, NOT, NEAR, *, ^, quotes) are plain words. A reference ("ESC-00042",
"esc42", "42") also finds that case, as before the index.
"""

from __future__ import annotations

import re

from django.db import NotSupportedError
from django.db.models import QuerySet

from .forms import parse_id

_REFERENCE = re.compile(r"(?:esc-?)?0*([0-9]+)", re.IGNORECASE)
# A chunk with no letter or digit has no token for either index; it would only make an empty
# phrase (ignored by FTS5, a notice on PostgreSQL), so it is dropped.
_WORDY = re.compile(r"\w")

# bm25 weights in the FTS5 table's column order: reference, title, summary, customer.
_BM25 = "bm25(escalations_search, 100.0, 10.0, 1.0, 5.0)"
# ts_rank stays below 1 for these short documents: the referenced case is always first.
_REFERENCE_BONUS = 100


def search(cases: QuerySet, text: str) -> QuerySet:
    """`cases` narrowed to those matching `text`, annotated `search_rank` and ordered by it.

    Higher `search_rank` is a better match; ties go newest first. A later `order_by` (a sort
    the user chose) replaces the ranking but keeps the narrowing. Text with no word in it
    matches nothing.
    """
    phrases = _phrases(text)
    reference = _reference(text)
    if not phrases:
        return cases.none()
    vendor = _vendor(cases)
    if vendor == "sqlite":
        found = _sqlite(cases, phrases, reference)
    elif vendor == "postgresql":
        found = _postgresql(cases, phrases, reference)
    else:
        raise NotSupportedError(f"No full-text search index on {vendor}.")
    return found.order_by("-search_rank", "-created_at", "-id")


def _phrases(text: str) -> list[str]:
    # NUL cannot travel to PostgreSQL in a string and means nothing to either index.
    return [chunk for chunk in text.replace("\x00", " ").split() if _WORDY.search(chunk)]


def _reference(text: str) -> int | None:
    match = _REFERENCE.fullmatch(text.strip())
    return parse_id(match.group(1)) if match else None


def _vendor(cases: QuerySet) -> str:
    from django.db import connections

    return connections[cases.db].vendor


def fts5_query(phrases: list[str], reference: int | None) -> str:
    """The MATCH expression: every phrase in title, summary or customer, or the reference.

    Inside an FTS5 string only the double quote is special, and doubling it escapes it; the
    tokenizer then splits the string as it split the document, so nothing typed is syntax.
    """
    quoted = " ".join('"' + phrase.replace('"', '""') + '"' for phrase in phrases)
    expression = "{title summary customer} : (" + quoted + ")"
    if reference is not None:
        expression += f' OR reference : "{reference}"'
    return expression


def _sqlite(cases: QuerySet, phrases: list[str], reference: int | None) -> QuerySet:
    # The FTS5 table is joined, not probed per row: a correlated bm25() per matching case
    # cost ~1.6 ms each on a 100k-row trial (minutes for a common word); the join computes
    # every rank in one pass over the index. The ORM cannot join a table it has no model for,
    # hence extra(); a model for a virtual table would be a field change in the case layer.
    table = cases.model._meta.db_table
    return cases.extra(  # noqa: S610 - fixed SQL; the user's text goes as a parameter
        select={"search_rank": f"-{_BM25}"},
        tables=["escalations_search"],
        where=[f"escalations_search.rowid = {table}.id", "escalations_search MATCH %s"],
        params=[fts5_query(phrases, reference)],
    )


def _postgresql(cases: QuerySet, phrases: list[str], reference: int | None) -> QuerySet:
    # phraseto_tsquery takes plain text: the words in order, punctuation ignored, no operators.
    query = "(" + " && ".join(["phraseto_tsquery('english', %s)"] * len(phrases)) + ")"
    table = cases.model._meta.db_table
    vector, pk = f'"{table}"."search_vector"', f'"{table}"."id"'
    rank, match = f"ts_rank({vector}, {query})", f"{vector} @@ {query}"
    rank_params, match_params = list(phrases), list(phrases)
    if reference is not None:
        # GIN index OR primary key: PostgreSQL answers it with a BitmapOr of the two indexes.
        rank += f" + CASE WHEN {pk} = %s THEN {_REFERENCE_BONUS} ELSE 0 END"
        match = f"({match} OR {pk} = %s)"
        rank_params.append(reference)
        match_params.append(reference)
    return cases.extra(  # noqa: S610 - fixed SQL; the user's text goes as parameters
        select={"search_rank": rank},
        select_params=rank_params,
        where=[match],
        params=match_params,
    )
