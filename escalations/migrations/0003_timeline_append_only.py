"""The database itself refuses to edit a timeline row, whatever code path tries.

Deletes are refused in the ORM (TimelineQuerySet) and by PROTECT foreign keys; the database
keeps DELETE open because test runners flush tables between tests.
"""

from django.db import migrations

SQLITE_UP = """
CREATE TRIGGER escalations_timeline_no_update
BEFORE UPDATE ON escalations_timelineevent
BEGIN
    SELECT RAISE(ABORT, 'timeline events are append-only');
END;
"""
SQLITE_DOWN = "DROP TRIGGER IF EXISTS escalations_timeline_no_update;"

POSTGRES_UP = """
CREATE OR REPLACE FUNCTION escalations_timeline_refuse_update() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'timeline events are append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER escalations_timeline_no_update
BEFORE UPDATE ON escalations_timelineevent
FOR EACH ROW EXECUTE FUNCTION escalations_timeline_refuse_update();
"""
POSTGRES_DOWN = """
DROP TRIGGER IF EXISTS escalations_timeline_no_update ON escalations_timelineevent;
DROP FUNCTION IF EXISTS escalations_timeline_refuse_update();
"""


def up(apps, schema_editor):
    sql = {"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}.get(schema_editor.connection.vendor)
    if sql:
        schema_editor.execute(sql)


def down(apps, schema_editor):
    sql = {"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}.get(schema_editor.connection.vendor)
    if sql:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("escalations", "0002_groups")]

    operations = [migrations.RunPython(up, down)]
