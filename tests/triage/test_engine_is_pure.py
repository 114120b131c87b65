"""The engine imports no Django and nothing of `escalations` (DESIGN.md "Layers")."""

from __future__ import annotations

import subprocess
import sys

ENGINE_MODULES = [
    "triage.engine",
    "triage.brief",
    "triage.payload",
    "triage.reading",
    "triage.factors",
    "triage.floors",
    "triage.rules_config",
    "triage.phrases",
    "triage.lexicon",
    "triage.golden",
]


def test_the_engine_and_its_modules_load_without_django_or_the_case_layer():
    code = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in ENGINE_MODULES)
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('django', 'escalations'))\n"
        + "print(','.join(bad))\n"
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter on our own code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == ""
