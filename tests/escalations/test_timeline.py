from __future__ import annotations

import pytest
from django.db import DatabaseError, connection, transaction

from escalations.models import TimelineEvent
from tests.conftest import make_escalation


@pytest.fixture
def event(manager):
    return make_escalation(by=manager).timeline.get()


def test_saving_an_existing_event_is_refused(event):
    event.summary = "Rewritten history"
    with pytest.raises(TypeError, match="append-only"):
        event.save()


def test_deleting_an_event_is_refused(event):
    with pytest.raises(TypeError, match="append-only"):
        event.delete()
    with pytest.raises(TypeError, match="append-only"):
        TimelineEvent.objects.filter(pk=event.pk).delete()


def test_queryset_update_is_refused(event):
    with pytest.raises(TypeError, match="append-only"):
        TimelineEvent.objects.filter(pk=event.pk).update(summary="x")


def test_the_database_refuses_a_raw_update(event):
    table = TimelineEvent._meta.db_table
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(f"UPDATE {table} SET summary = %s WHERE id = %s", ["x", event.pk])  # noqa: S608
    event.refresh_from_db()
    assert event.summary == "Escalation raised"


def test_deleting_a_case_with_a_timeline_is_refused(event):
    from django.db.models import ProtectedError

    with pytest.raises(ProtectedError):
        event.escalation.delete()


def test_the_database_refuses_a_delete_that_bypasses_the_orm_guard(event):
    # The base manager is a plain Manager: its delete() reaches the database's trigger.
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        TimelineEvent._base_manager.filter(pk=event.pk).delete()
    assert TimelineEvent.objects.filter(pk=event.pk).exists()


def test_the_database_refuses_a_raw_delete(event):
    table = TimelineEvent._meta.db_table
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {table}")  # noqa: S608
    assert TimelineEvent.objects.filter(pk=event.pk).exists()
