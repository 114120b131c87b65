"""What the desk says when it refuses an action: the message is for the person who tried."""

from __future__ import annotations


class Refused(Exception):
    """Not allowed, or not possible in the case's current state; nothing was changed."""

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else "That cannot be done now."


class Conflict(Refused):
    """Somebody else changed the same thing first; their change stands."""
