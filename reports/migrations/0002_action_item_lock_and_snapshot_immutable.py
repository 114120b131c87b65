"""Action items get an optimistic lock and their quarter's bounds; snapshots become immutable.

1. ActionItem.version (the edit form's lock), updated_by (who saved it last: the second of two
   managers editing at once is told who was first), starts_at / ends_at (the quarter's bounds in
   the desk's time zone, filled here for rows made before: the ARR at risk is read between them).
2. The database refuses to change a snapshot's month, figures or taken_at once it is stored,
   whatever code path tries (Snapshot.save refuses first; this catches QuerySet.update and raw
   SQL). `emailed_at` stays writable. DELETE stays open, as the test runners' flush needs it.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

SQLITE_UP = """
CREATE TRIGGER reports_snapshot_immutable
BEFORE UPDATE ON reports_snapshot
WHEN NEW.month IS NOT OLD.month
  OR NEW.figures IS NOT OLD.figures
  OR NEW.taken_at IS NOT OLD.taken_at
BEGIN
    SELECT RAISE(ABORT, 'a snapshot does not change once taken');
END;
"""
SQLITE_DOWN = "DROP TRIGGER IF EXISTS reports_snapshot_immutable;"

POSTGRES_UP = """
CREATE OR REPLACE FUNCTION reports_snapshot_refuse_update() RETURNS trigger AS $$
BEGIN
    IF NEW.month IS DISTINCT FROM OLD.month
       OR NEW.figures IS DISTINCT FROM OLD.figures
       OR NEW.taken_at IS DISTINCT FROM OLD.taken_at THEN
        RAISE EXCEPTION 'a snapshot does not change once taken';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER reports_snapshot_immutable
BEFORE UPDATE ON reports_snapshot
FOR EACH ROW EXECUTE FUNCTION reports_snapshot_refuse_update();
"""
POSTGRES_DOWN = """
DROP TRIGGER IF EXISTS reports_snapshot_immutable ON reports_snapshot;
DROP FUNCTION IF EXISTS reports_snapshot_refuse_update();
"""


def triggers_up(apps, schema_editor):
    sql = {"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}.get(schema_editor.connection.vendor)
    if sql:
        schema_editor.execute(sql)


def triggers_down(apps, schema_editor):
    sql = {"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}.get(schema_editor.connection.vendor)
    if sql:
        schema_editor.execute(sql)


def quarter_bounds(apps, schema_editor):
    zone = ZoneInfo(settings.TIME_ZONE)
    ActionItem = apps.get_model("reports", "ActionItem")
    for item in ActionItem.objects.filter(starts_at__isnull=True):
        year, number = int(item.quarter[:4]), int(item.quarter[-1])
        start = datetime(year, 3 * number - 2, 1, tzinfo=zone)
        end = datetime(year + 1, 1, 1, tzinfo=zone) if number == 4 else None
        end = end or datetime(year, 3 * number + 1, 1, tzinfo=zone)
        ActionItem.objects.filter(pk=item.pk).update(starts_at=start, ends_at=end)


def desk_admins_read(apps, schema_editor):
    """Desk admins see action items and snapshots in the admin (both read-only there)."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    admin, _ = Group.objects.get_or_create(name="Desk Admin")
    admin.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="reports",
            codename__in=["view_actionitem", "view_snapshot"],
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="actionitem",
            name="version",
            field=models.PositiveIntegerField(default=1),
        ),
        migrations.AddField(
            model_name="actionitem",
            name="updated_by",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="actionitem",
            name="starts_at",
            field=models.DateTimeField(null=True),
        ),
        migrations.AddField(
            model_name="actionitem",
            name="ends_at",
            field=models.DateTimeField(null=True),
        ),
        migrations.RunPython(quarter_bounds, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="actionitem",
            name="starts_at",
            field=models.DateTimeField(),
        ),
        migrations.AlterField(
            model_name="actionitem",
            name="ends_at",
            field=models.DateTimeField(),
        ),
        migrations.AddIndex(
            model_name="actionitem",
            index=models.Index(fields=["status", "quarter"], name="action_status_quarter"),
        ),
        migrations.RunPython(triggers_up, triggers_down),
        migrations.RunPython(desk_admins_read, migrations.RunPython.noop),
    ]
