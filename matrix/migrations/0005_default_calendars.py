"""Ship a business-hours calendar per demo region, a default one, and their 2026–2027 holidays.

Literal data, not imported from the app: a later change to the defaults is a new migration.
Sev-3/4 clocks count these hours (Sev-1/2 run 24×7); a region without its own calendar takes
the default (region ""). Each region's public holidays on weekdays are what its support team
would take off; a holiday on a weekend is kept where the country keeps it there (it costs
nothing: the day is not worked anyway) and its substitute weekday added where the country gives
one (US "observed" days, Singapore's Monday after a Sunday holiday). Singapore's 2027 lunar and
Islamic dates are estimates until the Ministry of Manpower gazettes them: their names say
"provisional" so a desk admin knows which rows to check. Desk admins edit all of it in admin;
this also gives their group the permissions to.
"""

from datetime import date, time

from django.contrib.auth.management import create_permissions
from django.db import migrations

# region, name, IANA time zone
CALENDARS = [
    ("", "Default (UTC)", "UTC"),
    ("NA", "North America (Central)", "America/Chicago"),
    ("EMEA", "EMEA (Central European)", "Europe/Berlin"),
    ("APAC", "APAC (Singapore)", "Asia/Singapore"),
    ("LATAM", "Latin America (São Paulo)", "America/Sao_Paulo"),
]

HOLIDAYS = {
    "": [
        ("2026-01-01", "New Year's Day"),
        ("2026-12-25", "Christmas Day"),
        ("2027-01-01", "New Year's Day"),
        ("2027-12-25", "Christmas Day"),
    ],
    # US federal practice: a Saturday holiday is observed on the Friday, a Sunday one on the Monday.
    "NA": [
        ("2026-01-01", "New Year's Day"),
        ("2026-05-25", "Memorial Day"),
        ("2026-07-03", "Independence Day (observed)"),
        ("2026-09-07", "Labor Day"),
        ("2026-11-26", "Thanksgiving Day"),
        ("2026-12-25", "Christmas Day"),
        ("2027-01-01", "New Year's Day"),
        ("2027-05-31", "Memorial Day"),
        ("2027-07-05", "Independence Day (observed)"),
        ("2027-09-06", "Labor Day"),
        ("2027-11-25", "Thanksgiving Day"),
        ("2027-12-24", "Christmas Day (observed)"),
        ("2027-12-31", "New Year's Day 2028 (observed)"),
    ],
    # Germany's nationwide days shared across most of Europe; no substitute days.
    "EMEA": [
        ("2026-01-01", "New Year's Day"),
        ("2026-04-03", "Good Friday"),
        ("2026-04-06", "Easter Monday"),
        ("2026-05-01", "Labour Day"),
        ("2026-12-25", "Christmas Day"),
        ("2026-12-26", "Boxing Day"),
        ("2027-01-01", "New Year's Day"),
        ("2027-03-26", "Good Friday"),
        ("2027-03-29", "Easter Monday"),
        ("2027-05-01", "Labour Day"),
        ("2027-12-25", "Christmas Day"),
        ("2027-12-26", "Boxing Day"),
    ],
    # Singapore's gazetted days; a Sunday holiday gives the next Monday.
    "APAC": [
        ("2026-01-01", "New Year's Day"),
        ("2026-02-17", "Chinese New Year"),
        ("2026-02-18", "Chinese New Year (second day)"),
        ("2026-03-21", "Hari Raya Puasa"),
        ("2026-04-03", "Good Friday"),
        ("2026-05-01", "Labour Day"),
        ("2026-05-27", "Hari Raya Haji"),
        ("2026-05-31", "Vesak Day"),
        ("2026-06-01", "Vesak Day (Monday after)"),
        ("2026-08-09", "National Day"),
        ("2026-08-10", "National Day (Monday after)"),
        ("2026-11-08", "Deepavali"),
        ("2026-11-09", "Deepavali (Monday after)"),
        ("2026-12-25", "Christmas Day"),
        ("2027-01-01", "New Year's Day"),
        ("2027-02-06", "Chinese New Year"),
        ("2027-02-07", "Chinese New Year (second day)"),
        ("2027-02-08", "Chinese New Year (Monday after)"),
        ("2027-03-10", "Hari Raya Puasa (provisional)"),
        ("2027-03-26", "Good Friday"),
        ("2027-05-01", "Labour Day"),
        ("2027-05-17", "Hari Raya Haji (provisional)"),
        ("2027-05-20", "Vesak Day (provisional)"),
        ("2027-08-09", "National Day"),
        ("2027-10-29", "Deepavali (provisional)"),
        ("2027-12-25", "Christmas Day"),
    ],
    # Brazil's national holidays, and Carnival Monday and Tuesday, which offices close for.
    "LATAM": [
        ("2026-01-01", "Confraternização Universal (New Year's Day)"),
        ("2026-02-16", "Carnival Monday"),
        ("2026-02-17", "Carnival Tuesday"),
        ("2026-04-03", "Good Friday"),
        ("2026-04-21", "Tiradentes"),
        ("2026-05-01", "Labour Day"),
        ("2026-09-07", "Independence Day"),
        ("2026-10-12", "Nossa Senhora Aparecida"),
        ("2026-11-02", "Finados (All Souls' Day)"),
        ("2026-11-15", "Proclamation of the Republic"),
        ("2026-11-20", "Black Consciousness Day"),
        ("2026-12-25", "Christmas Day"),
        ("2027-01-01", "Confraternização Universal (New Year's Day)"),
        ("2027-02-08", "Carnival Monday"),
        ("2027-02-09", "Carnival Tuesday"),
        ("2027-03-26", "Good Friday"),
        ("2027-04-21", "Tiradentes"),
        ("2027-05-01", "Labour Day"),
        ("2027-09-07", "Independence Day"),
        ("2027-10-12", "Nossa Senhora Aparecida"),
        ("2027-11-02", "Finados (All Souls' Day)"),
        ("2027-11-15", "Proclamation of the Republic"),
        ("2027-11-20", "Black Consciousness Day"),
        ("2027-12-25", "Christmas Day"),
    ],
}

ADMIN_MODELS = ["businesscalendar", "holiday"]


def ship(apps, schema_editor):
    BusinessCalendar = apps.get_model("matrix", "BusinessCalendar")
    Holiday = apps.get_model("matrix", "Holiday")
    for region, name, zone in CALENDARS:
        calendar = BusinessCalendar.objects.create(
            region=region,
            name=name,
            time_zone=zone,
            day_starts=time(9, 0),
            day_ends=time(17, 0),
            working_days="12345",
        )
        Holiday.objects.bulk_create(
            Holiday(calendar=calendar, date=date.fromisoformat(day), name=holiday)
            for day, holiday in HOLIDAYS[region]
        )

    # The models are new in 0004: their permissions exist only once created here.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    admin, _ = Group.objects.get_or_create(name="Desk Admin")
    admin.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="matrix",
            codename__in=[
                f"{verb}_{model}"
                for model in ADMIN_MODELS
                for verb in ("add", "change", "delete", "view")
            ],
        )
    )


def unship(apps, schema_editor):
    # Holidays go with their calendar (CASCADE); a clock keeps running 24×7 (SET_NULL).
    regions = [region for region, _, _ in CALENDARS]
    apps.get_model("matrix", "BusinessCalendar").objects.filter(region__in=regions).delete()


class Migration(migrations.Migration):
    dependencies = [("matrix", "0004_clocks_and_calendars")]

    operations = [migrations.RunPython(ship, unship)]
