from django.apps import AppConfig


class DeskSiteConfig(AppConfig):
    """The project itself as an app, so that its system checks are registered (config/checks.py)."""

    name = "config"
    label = "desk_site"
    verbose_name = "Escalation Desk site"

    def ready(self) -> None:
        from . import checks  # noqa: F401 - registers the checks

        check_every_admins_lookups()


def check_every_admins_lookups() -> None:
    """Give every registered admin CheckedLookupsAdmin's refusal of unusable filter values.

    The desk's own admins are based on it; the ones other packages register (Django's users
    and groups, django-q2's tasks and schedules, axes' logs) are not, and the same NUL or huge
    year in their list filters was a 500. The admin's autodiscovery has run by now (its app is
    first in INSTALLED_APPS), so each of those is registered again as a subclass that puts the
    check first and keeps everything else of the package's own admin.
    """
    from django.contrib import admin

    from escalations.admin import CheckedLookupsAdmin

    for model, model_admin in list(admin.site._registry.items()):
        if isinstance(model_admin, CheckedLookupsAdmin):
            continue
        base = type(model_admin)
        checked = type(base.__name__, (CheckedLookupsAdmin, base), {"__module__": base.__module__})
        admin.site.unregister(model)
        admin.site.register(model, checked)
