"""Quarter snapshots: a quarter's figures stored on the 1st after it, immutable.

1. The table (reports.models.QuarterSnapshot), one row per quarter (unique: two workers of
   the monthly job store one).
2. The database refuses any UPDATE of a stored quarter, whatever code path tries
   (QuarterSnapshot.save refuses first; this catches QuerySet.update and raw SQL). DELETE
   stays open, as the test runners' flush needs it (as for the month's, migration 0002).
"""

import django.core.validators
from django.db import migrations, models

SQLITE_UP = """
CREATE TRIGGER reports_quartersnapshot_immutable
BEFORE UPDATE ON reports_quartersnapshot
BEGIN
    SELECT RAISE(ABORT, 'a snapshot does not change once taken');
END;
"""
SQLITE_DOWN = "DROP TRIGGER IF EXISTS reports_quartersnapshot_immutable;"

POSTGRES_UP = """
CREATE OR REPLACE FUNCTION reports_quartersnapshot_refuse_update() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'a snapshot does not change once taken';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER reports_quartersnapshot_immutable
BEFORE UPDATE ON reports_quartersnapshot
FOR EACH ROW EXECUTE FUNCTION reports_quartersnapshot_refuse_update();
"""
POSTGRES_DOWN = """
DROP TRIGGER IF EXISTS reports_quartersnapshot_immutable ON reports_quartersnapshot;
DROP FUNCTION IF EXISTS reports_quartersnapshot_refuse_update();
"""


def trigger_up(apps, schema_editor):
    sql = {"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}.get(schema_editor.connection.vendor)
    if sql:
        schema_editor.execute(sql)


def trigger_down(apps, schema_editor):
    sql = {"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}.get(schema_editor.connection.vendor)
    if sql:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0002_action_item_lock_and_snapshot_immutable"),
    ]

    operations = [
        migrations.CreateModel(
            name="QuarterSnapshot",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "quarter",
                    models.CharField(
                        max_length=7,
                        unique=True,
                        validators=[
                            django.core.validators.RegexValidator(
                                "^\\d{4}-Q[1-4]$", "Write a quarter as YYYY-Qn, like 2026-Q4."
                            )
                        ],
                    ),
                ),
                ("figures", models.JSONField()),
                ("taken_at", models.DateTimeField()),
            ],
            options={
                "ordering": ["-quarter"],
            },
        ),
        migrations.RunPython(trigger_up, trigger_down),
    ]
