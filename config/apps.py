from django.apps import AppConfig


class DeskSiteConfig(AppConfig):
    """The project itself as an app, so that its system checks are registered (config/checks.py)."""

    name = "config"
    label = "desk_site"
    verbose_name = "Escalation Desk site"

    def ready(self) -> None:
        from . import checks  # noqa: F401 - registers the checks
