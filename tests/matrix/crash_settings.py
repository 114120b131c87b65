"""The desk's settings with an e-mail backend that kills the worker mid-pass (sweep tests)."""

from config.settings import *  # noqa: F403

EMAIL_BACKEND = "tests.matrix.sweep_scenario.CrashingBackend"
EMAIL_FILE_PATH = env.str("EMAIL_FILE_PATH")  # noqa: F405
