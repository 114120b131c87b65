# The production fixtures live with the security tests; the settings tests use the same ones
# (collectstatic runs once per test session and directory).
from tests.security.conftest import collected_static  # noqa: F401
