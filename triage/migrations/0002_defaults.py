"""Ship the default trigger phrases, configuration v1 and the triage permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations
from django.utils import timezone

MANAGER_PERMS = [
    "add_triageoverride",
    "add_triagefeedback",
    "view_triagerun",
    "view_triageoverride",
    "view_triagefeedback",
]
ADMIN_PERMS = MANAGER_PERMS + [
    "view_triggerphrase",
    "add_triggerphrase",
    "change_triggerphrase",
    "delete_triggerphrase",
    "view_triageconfig",
    "add_triageconfig",
    "change_triageconfig",
]
READ_PERMS = ["view_triagerun", "view_triageoverride", "view_triagefeedback"]


def load_defaults(apps, schema_editor):
    from triage.config import default_values
    from triage.default_phrases import DEFAULT_PHRASES

    TriggerPhrase = apps.get_model("triage", "TriggerPhrase")
    TriageConfig = apps.get_model("triage", "TriageConfig")
    TriggerPhrase.objects.bulk_create(
        TriggerPhrase(
            label=rule.label,
            pattern=rule.pattern,
            category=rule.category,
            weight=rule.weight,
            forced_lane=rule.forced_lane or "",
            min_severity=rule.min_severity,
        )
        for rule in DEFAULT_PHRASES
    )
    TriageConfig.objects.create(
        version=1,
        values=default_values(),
        is_active=True,
        note="Shipped defaults (DESIGN.md)",
        created_at=timezone.now(),
    )

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in {
        "Support Manager": MANAGER_PERMS,
        "Desk Admin": ADMIN_PERMS,
        "Executive": READ_PERMS,
        "Agent": READ_PERMS,
    }.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="triage", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [("triage", "0001_initial"), ("escalations", "0002_groups")]

    operations = [migrations.RunPython(load_defaults, migrations.RunPython.noop)]
