import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

application = get_wsgi_application()

# With DEBUG off, no web server starts without the collected static files (config/checks.py).
from config.checks import refuse_to_serve_without_static  # noqa: E402

refuse_to_serve_without_static()
