"""Desk admins read quarter snapshots in the admin, as they read the months' (0002)."""

from django.db import migrations


def desk_admins_read(apps, schema_editor):
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
            content_type__app_label="reports", codename="view_quartersnapshot"
        )
    )


class Migration(migrations.Migration):
    dependencies = [("reports", "0003_quarter_snapshot")]

    operations = [migrations.RunPython(desk_admins_read, migrations.RunPython.noop)]
