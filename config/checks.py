"""With DEBUG off the desk serves its CSS and JavaScript from STATIC_ROOT through whitenoise's
manifest: without `collectstatic` every page would fail on its first `{% static %}` tag. So it
refuses to start instead, naming the command.

The check is a deployment check (`check --deploy`), and config/wsgi.py runs it when gunicorn or
runserver loads the application. It is deliberately not an ordinary check: `migrate`,
`qcluster` and `collectstatic` itself must run before the files are collected.
"""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import ManifestFilesMixin
from django.core.checks import Error, register
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import storages

COMMAND = "python manage.py collectstatic"
SHOWN = 5  # missing files named in the message


@register("desk_static", deploy=True)
def static_files_collected(app_configs=None, **kwargs) -> list[Error]:
    if settings.DEBUG:
        return []  # runserver serves the source files through the finders
    storage = storages.create_storage(settings.STORAGES["staticfiles"])
    if not isinstance(storage, ManifestFilesMixin):
        return []  # no manifest to miss (the tests' plain storage)
    manifest = storage.load_manifest()[0]
    root = settings.STATIC_ROOT
    if not manifest:
        return [
            Error(
                f"Static files have not been collected into {root} (no {storage.manifest_name}), "
                "and with DEBUG off the desk serves them only from there.",
                hint=f"Run `{COMMAND}` (with the same settings), then start the desk again.",
                id="desk.E001",
            )
        ]
    # What collectstatic would copy: every finder's files, minus the names it ignores.
    ignore = apps.get_app_config("staticfiles").ignore_patterns
    found = {path for finder in finders.get_finders() for path, _ in finder.list(ignore)}
    missing = sorted(found - set(manifest))
    if missing:
        named = ", ".join(missing[:SHOWN]) + (
            f" and {len(missing) - SHOWN} more" if len(missing) > SHOWN else ""
        )
        return [
            Error(
                f"The static files in {root} were collected before {named} existed.",
                hint=f"Run `{COMMAND}` again, then start the desk again.",
                id="desk.E002",
            )
        ]
    return []


def refuse_to_serve_without_static() -> None:
    """Called by config/wsgi.py: the web server does not start on missing static files."""
    errors = static_files_collected()
    if errors:
        raise ImproperlyConfigured(" ".join(f"{e.msg} {e.hint}" for e in errors))
