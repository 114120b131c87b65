"""The faults tests reuse the matrix tests' roster (named people holding the shipped roles)."""

from tests.matrix.conftest import roster  # noqa: F401 - a fixture, used by name
