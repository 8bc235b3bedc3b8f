"""The statistics tests' history builder and command runner, shared."""

from tests.stats.conftest import history, rapport  # noqa: F401
