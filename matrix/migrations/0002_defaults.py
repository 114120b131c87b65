"""Ship DESIGN.md's severity matrix, its roles, the executive row and the update templates.

Literal data, not imported from the app: a later change to the defaults is a new migration.
Desk admins edit all of it in Django admin; the roster (who holds each role) is theirs to fill.
"""

from decimal import Decimal

from django.contrib.auth.management import create_permissions
from django.db import migrations

# name, regional, seniority, approval limit (None: approves none), approves any amount, up to
ROLES = [
    ("Customer success manager", True, 1, None, False, "Regional CSM manager"),
    ("Support manager on duty", False, 2, Decimal("5000"), False, "Support director"),
    ("Billing lead", False, 2, Decimal("5000"), False, "VP Customer Success"),
    ("Engineering lead (Tier 2)", False, 2, None, False, "VP Engineering"),
    ("Compliance lead", False, 2, None, False, "General counsel"),
    ("Regional CSM manager", True, 2, Decimal("5000"), False, "Global CSM lead"),
    ("Support director", False, 3, Decimal("10000"), False, "VP Customer Success"),
    ("Global CSM lead", False, 3, Decimal("10000"), False, "VP Customer Success"),
    ("General counsel", False, 4, None, False, "CRO"),
    ("VP Engineering", False, 4, None, False, "CRO"),
    ("VP Customer Success", False, 4, Decimal("25000"), False, "CRO"),
    ("VP Sales", False, 4, None, False, "CRO"),
    ("CRO", False, 5, None, True, None),
]

# severity: ack, investigate, update (None: on change), resolve, auto-escalate, action, cadence,
# involve, protocol
LEVELS = {
    1: (
        15,
        60,
        1440,
        240,
        30,
        "raise",
        "daily (or tighter)",
        "CEO, CRO, VP CS, VP Sales",
        "Bridge call within 15 minutes. The comms lead sends a personal update at least daily, "
        "and at every material change; internal updates every hour until resolved.",
    ),
    2: (
        60,
        240,
        2880,
        480,
        120,
        "raise",
        "every 2 days",
        "VP CS, global CSM lead",
        "Owner and comms lead agree the plan within the hour; the customer hears from the comms "
        "lead at least every two days and at every change.",
    ),
    3: (
        240,
        720,
        10080,
        1440,
        480,
        "notify",
        "weekly",
        "Regional CSM manager",
        "Weekly written update from the comms lead; the regional CSM manager is kept informed.",
    ),
    4: (
        1440,
        2880,
        None,
        4320,
        2880,
        "notify",
        "on change",
        "Account manager, CSM",
        "Update the customer when something changes; the CSM keeps the account manager informed.",
    ),
}

TEAMS = {
    "technical": ("Engineering / Tier 2", "Engineering lead (Tier 2)"),
    "billing": ("Billing", "Billing lead"),
    "compliance": ("Legal & Compliance", "Compliance lead"),
    "relationship": ("Customer Success", "Regional CSM manager"),
}


def cell_roles(severity, category):
    """(owner, decision authority, comms lead) per DESIGN.md's matrix."""
    owner = TEAMS[category][1]
    if category == "relationship" and severity <= 2:
        owner = "Global CSM lead"
    authority = {1: "VP Customer Success", 2: "VP Customer Success"}.get(severity)
    if authority is None:
        authority = "Billing lead" if category == "billing" else "Support manager on duty"
    comms = "Regional CSM manager" if severity <= 2 else "Customer success manager"
    return owner, authority, comms


EXECUTIVE_GUIDANCE = (
    "Executive escalations (an executive wrote, is copied in, or complains) are acknowledged "
    "personally by a support manager or director within 2 hours. A full customer update, with "
    "the plan and its owner, follows within 8 hours of acknowledgement. The CSM checks in with "
    "the customer 7 days after closure."
)

TEMPLATES = [
    (
        "executive_first",
        "{reference}: I am personally taking responsibility",
        "Dear {contact},\n\n"
        "My name is {sender} and I am personally taking responsibility for {title} "
        "({reference}). I am sorry for the disruption this is causing {customer}.\n\n"
        "{owner} leads the work and has the people needed. What happens next: {next_step}\n\n"
        "You will hear from me by {committed_time} at the latest, sooner if anything changes. "
        "You can reply to this e-mail at any time and it reaches me directly.\n\n"
        "Kind regards,\n{sender}",
    ),
    (
        "handoff",
        "{reference}: I am now your contact for {title}",
        "Dear {contact},\n\n"
        "I am {sender} and from today I am your contact for {title} ({reference}), taking over "
        "from {previous_lead}, who has briefed me in full: you will not need to repeat "
        "anything.\n\n"
        "Where we stand: {next_step}\n\n"
        "My next update will reach you by {committed_time}.\n\n"
        "Kind regards,\n{sender}",
    ),
    (
        "empathetic",
        "{reference}: we hear you, and here is what we are doing",
        "Dear {contact},\n\n"
        "Thank you for telling us plainly how this has affected {customer}. You are right to "
        "expect better, and I am sorry we have let you down.\n\n"
        "I am {sender}, your single point of contact for {reference}. {owner} owns the fix. "
        "What happens next: {next_step}\n\n"
        "I will write again by {committed_time}, whether or not the work is finished.\n\n"
        "Kind regards,\n{sender}",
    ),
    (
        "progress",
        "{reference}: progress update",
        "Dear {contact},\n\n"
        "Here is where we stand on {title} ({reference}).\n\n"
        "Done since my last update: …\n"
        "What happens next: {next_step}\n\n"
        "My next update will reach you by {committed_time}.\n\n"
        "Kind regards,\n{sender}",
    ),
    (
        "closure",
        "{reference}: resolved — {title}",
        "Dear {contact},\n\n"
        "I am glad to confirm that {title} ({reference}) is resolved.\n\n"
        "What we did: …\n"
        "What we are changing so it does not happen again: …\n\n"
        "Your CSM will check in with you in a week. If anything is not right before then, "
        "reply to this e-mail and it comes straight to me.\n\n"
        "Kind regards,\n{sender}",
    ),
]

ADMIN_MODELS = [
    "role",
    "rosterentry",
    "matrixcell",
    "executiverow",
    "updatetemplate",
]
VIEW_MODELS = ["assignment", "approval", "customerupdate", "matrixcell", "role"]


def ship(apps, schema_editor):
    Role = apps.get_model("matrix", "Role")
    MatrixCell = apps.get_model("matrix", "MatrixCell")
    ExecutiveRow = apps.get_model("matrix", "ExecutiveRow")
    UpdateTemplate = apps.get_model("matrix", "UpdateTemplate")
    roles = {}
    for name, regional, seniority, limit, any_amount, _up in ROLES:
        roles[name] = Role.objects.create(
            name=name,
            regional=regional,
            seniority=seniority,
            approval_limit=limit,
            approves_any_amount=any_amount,
        )
    for name, *_rest, up in ROLES:
        if up:
            Role.objects.filter(pk=roles[name].pk).update(escalates_to=roles[up])
    for severity, values in LEVELS.items():
        ack, investigate, update, resolve, auto, action, cadence, involve, protocol = values
        for category, (team, _owner) in TEAMS.items():
            owner, authority, comms = cell_roles(severity, category)
            MatrixCell.objects.create(
                severity=severity,
                category=category,
                target_team=team,
                owner_role=roles[owner],
                authority_role=roles[authority],
                comms_role=roles[comms],
                acknowledge_minutes=ack,
                investigate_minutes=investigate,
                update_minutes=update,
                resolve_minutes=resolve,
                auto_escalate_minutes=auto,
                auto_escalation=action,
                update_cadence=cadence,
                involve=involve,
                protocol=protocol,
            )
    ExecutiveRow.objects.create(
        owner_role=roles["Support manager on duty"],
        acknowledge_minutes=120,
        full_update_minutes=480,
        follow_up_days=7,
        guidance=EXECUTIVE_GUIDANCE,
    )
    for purpose, subject, body in TEMPLATES:
        UpdateTemplate.objects.create(purpose=purpose, subject=subject, body=body)

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    matrix_perms = Permission.objects.filter(content_type__app_label="matrix")
    admin, _ = Group.objects.get_or_create(name="Desk Admin")
    admin.permissions.add(
        *matrix_perms.filter(
            codename__in=[
                f"{verb}_{model}"
                for model in ADMIN_MODELS
                for verb in ("add", "change", "delete", "view")
            ]
            + [f"view_{model}" for model in VIEW_MODELS]
        )
    )
    for name in ("Agent", "Support Manager", "Executive"):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *matrix_perms.filter(codename__in=[f"view_{model}" for model in VIEW_MODELS])
        )


def unship(apps, schema_editor):
    for model in ("UpdateTemplate", "ExecutiveRow", "MatrixCell"):
        apps.get_model("matrix", model).objects.all().delete()
    apps.get_model("matrix", "Role").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("matrix", "0001_initial"),
        ("escalations", "0002_groups"),
    ]

    operations = [migrations.RunPython(ship, unship)]
