"""The desk's four roles as groups with their permissions (DESIGN.md "Users")."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

VIEW = [
    "view_customer",
    "view_escalation",
    "view_interaction",
    "view_troubleshootingstep",
    "view_artifact",
    "view_timelineevent",
]
CONTRIBUTE = ["add_escalation", "add_interaction", "add_troubleshootingstep", "add_artifact"]
MANAGE = ["change_escalation"]
ADMINISTER = [
    "add_customer",
    "change_customer",
    "change_interaction",
    "change_troubleshootingstep",
    "change_artifact",
]

GROUPS = {
    "Agent": VIEW + CONTRIBUTE,
    "Support Manager": VIEW + CONTRIBUTE + MANAGE,
    "Executive": VIEW,
    "Desk Admin": VIEW + CONTRIBUTE + MANAGE + ADMINISTER,
}


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations ran; make sure they exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="escalations", codename__in=codenames
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("escalations", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
