"""config/gunicorn.py: what the master warms before the workers fork."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings

from config.gunicorn import warm


def test_warming_parses_every_page_template_of_the_desk(db):
    root = Path(settings.TEMPLATES[0]["DIRS"][0])
    ours = [
        p for p in root.rglob("*.html") if not p.relative_to(root).as_posix().startswith("admin/")
    ]
    # Every one parses (a syntax error would stop the server in its master, before any worker).
    assert warm() == len(ours) > 30
