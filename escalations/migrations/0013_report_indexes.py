"""Indexes for the monthly and quarterly reports (issue 10 item 8), read by reports/figures:

- esc_report_resolved: the cases resolved in a period (time to resolve, ARR open at its end);
- esc_report_raised: the cases raised in a period with what the volume breakdowns, the agents
  and ARR escalated group by;
- closeout_report: a period's close-outs with the columns their totals count.
Each holds every column its queries read, so they are range reads of the index alone.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("escalations", "0012_customer_wrote_last"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="escalation",
            index=models.Index(
                fields=["resolved_at", "created_at", "severity", "customer"],
                name="esc_report_resolved",
            ),
        ),
        migrations.AddIndex(
            model_name="escalation",
            index=models.Index(
                fields=[
                    "created_at",
                    "severity",
                    "category",
                    "entry_point",
                    "product_area",
                    "created_by",
                    "customer",
                ],
                name="esc_report_raised",
            ),
        ),
        migrations.AddIndex(
            model_name="closeout",
            index=models.Index(
                fields=[
                    "closed_at",
                    "trigger",
                    "root_cause",
                    "avoidable",
                    "within_sla",
                    "exit_criteria_met",
                    "escalation",
                ],
                name="closeout_report",
            ),
        ),
    ]
