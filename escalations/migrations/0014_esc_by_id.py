"""esc_by_id: a case's severity and account by its id, for the reports (reports/figures).

SQLite answers a lookup by id from the table's own (wide) row; the reports' queries that look
up thousands of cases (a quarter's clocks, its close-outs) name this narrow index instead.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("escalations", "0013_report_indexes"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="escalation",
            index=models.Index(fields=["id", "severity", "customer"], name="esc_by_id"),
        ),
    ]
