"""Django's ModelBackend, with a person's permissions read in one prepared statement.

Every desk page asks one permission (base.html: may this person raise an escalation?), and
ModelBackend answers the first ask of a request with two queries built through the ORM, the
user's own permissions and their groups': ~1.5-2 ms of an 11 ms empty page, most of it
building the querysets. Here both come from one statement whose text is made once per
process. Superusers, inactive users, anonymous users and per-object checks go to
ModelBackend unchanged, and the result is the same set of "app_label.codename" strings
(tests/security/test_permissions_backend.py compares the two for every kind of person).
"""

from __future__ import annotations

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connections, router

_STATEMENTS: dict[str, str] = {}


def _statement(connection) -> str:
    statement = _STATEMENTS.get(connection.vendor)
    if statement is None:
        statement = _STATEMENTS[connection.vendor] = _build(connection.ops.quote_name)
    return statement


def _build(qn) -> str:
    # Table and column names from the models' own metadata; the user's id goes as a parameter.
    user_perms = Permission.user_set.through._meta.db_table
    group_perms = Permission.group_set.through._meta.db_table
    user_groups = Group.user_set.through._meta.db_table
    return (
        f"SELECT ct.{qn('app_label')}, p.{qn('codename')} "  # noqa: S608 - our names only
        f"FROM {qn(Permission._meta.db_table)} p "
        f"JOIN {qn(ContentType._meta.db_table)} ct ON ct.{qn('id')} = p.{qn('content_type_id')} "
        f"WHERE p.{qn('id')} IN (SELECT {qn('permission_id')} FROM {qn(user_perms)} "
        f"WHERE {qn('user_id')} = %s) "
        f"OR p.{qn('id')} IN (SELECT gp.{qn('permission_id')} FROM {qn(group_perms)} gp "
        f"JOIN {qn(user_groups)} ug ON ug.{qn('group_id')} = gp.{qn('group_id')} "
        f"WHERE ug.{qn('user_id')} = %s)"
    )


class DeskModelBackend(ModelBackend):
    def get_all_permissions(self, user_obj, obj=None):
        if (
            not user_obj.is_active
            or user_obj.is_anonymous
            or obj is not None
            or user_obj.is_superuser
        ):
            return super().get_all_permissions(user_obj, obj)
        if not hasattr(user_obj, "_perm_cache"):
            connection = connections[router.db_for_read(Permission)]
            with connection.cursor() as cursor:
                cursor.execute(_statement(connection), [user_obj.pk, user_obj.pk])
                user_obj._perm_cache = {f"{app}.{codename}" for app, codename in cursor}
        return user_obj._perm_cache
