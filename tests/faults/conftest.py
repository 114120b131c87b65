"""Fixtures of other test packages the faults tests reuse, by name: the matrix tests' roster
(named people holding the shipped roles) and the sweep-process tests' migrated SQLite desk."""

from tests.matrix.conftest import roster  # noqa: F401
from tests.matrix.test_sweep_processes import migrated_sqlite, sqlite_desk  # noqa: F401
