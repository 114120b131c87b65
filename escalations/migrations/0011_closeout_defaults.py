"""DESIGN.md's root causes, each routed to the function that fixes it, and the triggers."""

from django.db import migrations

ROOT_CAUSES = [
    # slug, name, function, description
    ("product-bug", "Product bug", "engineering", "A defect in the product."),
    ("kb-gap", "Knowledge-base gap", "support_ops", "The answer was missing or wrong in the KB."),
    ("routing-failure", "Routing failure", "support_ops", "The case reached the wrong team."),
    (
        "policy-inflexibility",
        "Policy inflexibility",
        "support_vp",
        "A policy blocked a reasonable request.",
    ),
    ("policy-ambiguity", "Policy ambiguity", "support_vp", "Nobody could say what the policy is."),
    ("sla-breach", "SLA breach", "support_ops", "We missed a response or resolution target."),
    (
        "communication-failure",
        "Communication failure",
        "training",
        "The customer was not told, or was told badly.",
    ),
    (
        "agent-knowledge-gap",
        "Agent knowledge gap",
        "training",
        "The agent did not know what to do.",
    ),
    ("process-failure", "Process failure", "support_ops", "A hand-off or step of ours failed."),
]

TRIGGERS = [
    ("outage-or-defect", "Outage or defect", "The product was down, broken or slow."),
    ("data-or-security", "Data or security concern", "Data lost, exposed or at risk."),
    ("billing-dispute", "Billing dispute", "An invoice, charge, refund or credit."),
    ("slow-response", "Slow or missed response", "The customer waited too long for us."),
    ("repeat-contact", "Repeat contact", "The same problem came back, or kept coming."),
    ("policy-decision", "Policy or contract decision", "A policy, exception or contract term."),
    ("commercial-risk", "Renewal or commercial risk", "Cancellation, renewal or a competitor."),
    ("compliance-request", "Compliance request", "A regulator, audit or legal request."),
    ("relationship", "Relationship", "An executive or champion lost confidence in us."),
]


def forwards(apps, schema_editor):
    RootCause = apps.get_model("escalations", "RootCause")
    Trigger = apps.get_model("escalations", "Trigger")
    for order, (slug, name, function, description) in enumerate(ROOT_CAUSES, start=1):
        RootCause.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "function": function,
                "description": description,
                "order": order,
            },
        )
    for order, (slug, name, description) in enumerate(TRIGGERS, start=1):
        Trigger.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description, "order": order}
        )

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
            content_type__app_label="escalations",
            codename__in=[
                f"{action}_{model}"
                for action in ("view", "add", "change")
                for model in ("rootcause", "trigger")
            ]
            + ["view_closeout"],
        )
    )


class Migration(migrations.Migration):
    dependencies = [("escalations", "0010_closeout")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
