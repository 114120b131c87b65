"""A form's one-time token: what makes a double submit create one thing, not two."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class SubmissionToken(models.Model):
    """A form's one-time token, spent by the first submission that creates something.

    The unique key makes a double click or a resubmitted page create one thing, not two: the
    second request's INSERT fails (on PostgreSQL it waits for the first to commit) and the
    desk sends it to what the first one created.
    """

    token = models.CharField(max_length=64, unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    used_at = models.DateTimeField()
    result_url = models.CharField(max_length=300, blank=True)

    def __str__(self) -> str:
        return self.token
