"""The database refuses DELETE on timeline rows, as it already refuses UPDATE (0003).

Every row DELETE is refused. Emptying the whole database still works: PostgreSQL's flush is a
TRUNCATE, which row triggers do not see, and on SQLite the desk's backend (config/sqlite) drops
and re-creates this trigger around its flush.
"""

from django.db import migrations

SQLITE_UP = """
CREATE TRIGGER escalations_timeline_no_delete
BEFORE DELETE ON escalations_timelineevent
BEGIN
    SELECT RAISE(ABORT, 'timeline events are append-only');
END;
"""
SQLITE_DOWN = "DROP TRIGGER IF EXISTS escalations_timeline_no_delete;"

POSTGRES_UP = """
CREATE TRIGGER escalations_timeline_no_delete
BEFORE DELETE ON escalations_timelineevent
FOR EACH ROW EXECUTE FUNCTION escalations_timeline_refuse_update();
"""
POSTGRES_DOWN = (
    "DROP TRIGGER IF EXISTS escalations_timeline_no_delete ON escalations_timelineevent;"
)


def up(apps, schema_editor):
    sql = {"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}.get(schema_editor.connection.vendor)
    if sql:
        schema_editor.execute(sql)


def down(apps, schema_editor):
    sql = {"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}.get(schema_editor.connection.vendor)
    if sql:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("escalations", "0006_case_workflow")]

    operations = [migrations.RunPython(up, down)]
