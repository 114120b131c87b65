from django.apps import AppConfig
from django.db.models.signals import post_migrate


class EscalationsConfig(AppConfig):
    name = "escalations"
    verbose_name = "Escalations"

    def ready(self) -> None:
        from .schedules import ensure_schedules

        # After django_q's tables exist: post_migrate fires once per app, so listen for ours.
        post_migrate.connect(ensure_schedules, sender=self, dispatch_uid="desk-schedules")
