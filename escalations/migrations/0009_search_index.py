"""The queue's full-text search index (issue 9 item 6; read by escalations/search.py).

One search document per case: its id (so "ESC-00042" is found through the same index), title,
summary and its customer's name. The database keeps the document in step by itself, so every
way a case is written (the ORM, bulk_create, the benchmark's executemany) is indexed:

- SQLite: an FTS5 *external-content* table `escalations_search` whose content is the view
  `escalations_search_doc` (the case joined to its customer), kept in step by triggers on both
  tables. An external-content table stores only the index; deleting a row from it needs the
  exact values that were indexed, which is why every trigger passes the OLD row's values, and
  why a deleted customer re-indexes its cases without a name: the test backend's flush
  (config/sqlite) deletes customers before their cases, and PROTECT forbids it otherwise.
- PostgreSQL: a `search_vector` tsvector column on the case (not a model field: the ORM never
  reads or writes it), filled by a BEFORE trigger from the case and its customer, refreshed for
  every case of a renamed customer, under a GIN index. TRUNCATE (the test flush) empties it with
  the row.

Both are populated for the rows that exist when this runs. On SQLite a later migration that
rebuilds escalations_escalation or escalations_customer (Django's table remake) drops these
triggers with the old table: re-create them there. tests/escalations/test_queue_search.py
checks they are in place and that the index stays consistent.
"""

from django.db import migrations

# Weights, reference first: bm25 in escalations/search.py lists them in this column order.
SQLITE_UP = [
    """
    CREATE VIEW escalations_search_doc AS
    SELECT e.id AS id, e.id AS reference, e.title AS title, e.summary AS summary,
           c.name AS customer
    FROM escalations_escalation e LEFT JOIN escalations_customer c ON c.id = e.customer_id
    """,
    # porter: "invoices" finds "invoice", as PostgreSQL's english configuration does.
    """
    CREATE VIRTUAL TABLE escalations_search USING fts5(
        reference, title, summary, customer,
        content='escalations_search_doc', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER escalations_search_insert AFTER INSERT ON escalations_escalation BEGIN
        INSERT INTO escalations_search(rowid, reference, title, summary, customer)
        VALUES (NEW.id, NEW.id, NEW.title, NEW.summary,
                (SELECT name FROM escalations_customer WHERE id = NEW.customer_id));
    END
    """,
    """
    CREATE TRIGGER escalations_search_delete AFTER DELETE ON escalations_escalation BEGIN
        INSERT INTO escalations_search(escalations_search, rowid, reference, title, summary,
                                       customer)
        VALUES ('delete', OLD.id, OLD.id, OLD.title, OLD.summary,
                (SELECT name FROM escalations_customer WHERE id = OLD.customer_id));
    END
    """,
    # Only when an indexed column changed: a model save() lists every column in its UPDATE.
    """
    CREATE TRIGGER escalations_search_update
    AFTER UPDATE OF title, summary, customer_id ON escalations_escalation
    WHEN OLD.title IS NOT NEW.title OR OLD.summary IS NOT NEW.summary
         OR OLD.customer_id IS NOT NEW.customer_id
    BEGIN
        INSERT INTO escalations_search(escalations_search, rowid, reference, title, summary,
                                       customer)
        VALUES ('delete', OLD.id, OLD.id, OLD.title, OLD.summary,
                (SELECT name FROM escalations_customer WHERE id = OLD.customer_id));
        INSERT INTO escalations_search(rowid, reference, title, summary, customer)
        VALUES (NEW.id, NEW.id, NEW.title, NEW.summary,
                (SELECT name FROM escalations_customer WHERE id = NEW.customer_id));
    END
    """,
    """
    CREATE TRIGGER escalations_search_customer_rename
    AFTER UPDATE OF name ON escalations_customer WHEN OLD.name IS NOT NEW.name
    BEGIN
        INSERT INTO escalations_search(escalations_search, rowid, reference, title, summary,
                                       customer)
        SELECT 'delete', id, id, title, summary, OLD.name
        FROM escalations_escalation WHERE customer_id = OLD.id;
        INSERT INTO escalations_search(rowid, reference, title, summary, customer)
        SELECT id, id, title, summary, NEW.name
        FROM escalations_escalation WHERE customer_id = NEW.id;
    END
    """,
    """
    CREATE TRIGGER escalations_search_customer_delete AFTER DELETE ON escalations_customer
    BEGIN
        INSERT INTO escalations_search(escalations_search, rowid, reference, title, summary,
                                       customer)
        SELECT 'delete', id, id, title, summary, OLD.name
        FROM escalations_escalation WHERE customer_id = OLD.id;
        INSERT INTO escalations_search(rowid, reference, title, summary, customer)
        SELECT id, id, title, summary, NULL
        FROM escalations_escalation WHERE customer_id = OLD.id;
    END
    """,
    "INSERT INTO escalations_search(escalations_search) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS escalations_search_customer_delete",
    "DROP TRIGGER IF EXISTS escalations_search_customer_rename",
    "DROP TRIGGER IF EXISTS escalations_search_update",
    "DROP TRIGGER IF EXISTS escalations_search_delete",
    "DROP TRIGGER IF EXISTS escalations_search_insert",
    "DROP TABLE IF EXISTS escalations_search",
    "DROP VIEW IF EXISTS escalations_search_doc",
]

POSTGRES_UP = [
    # Title A, customer B, summary C: ts_rank weighs A 1.0, B 0.4, C 0.2.
    """
    CREATE FUNCTION escalations_search_document(title text, summary text, customer text)
    RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
        SELECT setweight(to_tsvector('english', coalesce(title, '')), 'A')
            || setweight(to_tsvector('english', coalesce(customer, '')), 'B')
            || setweight(to_tsvector('english', coalesce(summary, '')), 'C')
    $$
    """,
    "ALTER TABLE escalations_escalation ADD COLUMN search_vector tsvector",
    """
    UPDATE escalations_escalation e
    SET search_vector = escalations_search_document(e.title, e.summary, c.name)
    FROM escalations_customer c WHERE c.id = e.customer_id
    """,
    """
    CREATE FUNCTION escalations_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.search_vector := escalations_search_document(
            NEW.title, NEW.summary,
            (SELECT name FROM escalations_customer WHERE id = NEW.customer_id));
        RETURN NEW;
    END
    $$
    """,
    """
    CREATE TRIGGER escalations_search_insert BEFORE INSERT ON escalations_escalation
    FOR EACH ROW EXECUTE FUNCTION escalations_search_refresh()
    """,
    """
    CREATE TRIGGER escalations_search_update
    BEFORE UPDATE OF title, summary, customer_id ON escalations_escalation
    FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title
                       OR OLD.summary IS DISTINCT FROM NEW.summary
                       OR OLD.customer_id IS DISTINCT FROM NEW.customer_id)
    EXECUTE FUNCTION escalations_search_refresh()
    """,
    """
    CREATE FUNCTION escalations_search_customer_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE escalations_escalation
        SET search_vector = escalations_search_document(title, summary, NEW.name)
        WHERE customer_id = NEW.id;
        RETURN NULL;
    END
    $$
    """,
    """
    CREATE TRIGGER escalations_search_customer_rename
    AFTER UPDATE OF name ON escalations_customer
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION escalations_search_customer_renamed()
    """,
    "CREATE INDEX escalations_search ON escalations_escalation USING gin (search_vector)",
]
POSTGRES_DOWN = [
    "DROP TRIGGER IF EXISTS escalations_search_customer_rename ON escalations_customer",
    "DROP FUNCTION IF EXISTS escalations_search_customer_renamed()",
    "DROP TRIGGER IF EXISTS escalations_search_update ON escalations_escalation",
    "DROP TRIGGER IF EXISTS escalations_search_insert ON escalations_escalation",
    "DROP FUNCTION IF EXISTS escalations_search_refresh()",
    "DROP INDEX IF EXISTS escalations_search",
    "ALTER TABLE escalations_escalation DROP COLUMN IF EXISTS search_vector",
    "DROP FUNCTION IF EXISTS escalations_search_document(text, text, text)",
]


def _run(statements: dict[str, list[str]]):
    def run(apps, schema_editor) -> None:
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("escalations", "0008_clocks_and_notifications")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}),
            _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}),
        )
    ]
