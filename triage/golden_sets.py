"""Where golden sets come from: the desk's own files in triage/golden/ and admins' uploads."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .golden import GoldenCase, load_golden
from .models import GoldenSet

SHIPPED_DIR = Path(__file__).resolve().parent / "golden"


@dataclass(frozen=True)
class StoredSet:
    key: str  # "file:part-a" or "upload:12": what a form posts back
    name: str
    text: str

    def cases(self) -> list[GoldenCase]:
        return load_golden(self.text)


def shipped_sets() -> list[StoredSet]:
    return [
        StoredSet(f"file:{path.stem}", f"{path.stem} (shipped)", path.read_text(encoding="utf-8"))
        for path in sorted(SHIPPED_DIR.glob("*.json"))
    ]


def all_sets() -> list[StoredSet]:
    """Every set an admin may choose (names only for uploads): shipped files, then uploads."""
    uploaded = [
        StoredSet(f"upload:{row.pk}", f"{row.name} (uploaded)", "")
        for row in GoldenSet.objects.only("pk", "name")
    ]
    return shipped_sets() + uploaded


def find_set(key: str) -> StoredSet | None:
    """The set a form named, or None (an unknown or tampered key)."""
    kind, _, name = key.partition(":")
    if kind == "file":
        return next((s for s in shipped_sets() if s.key == key), None)
    if kind == "upload" and name.isascii() and name.isdigit() and len(name) < 12:
        row = GoldenSet.objects.filter(pk=int(name)).first()
        return None if row is None else StoredSet(key, row.name, row.briefs)
    return None
