"""The statistics tests' real store and history builder, shared."""

from tests.stats.conftest import db_path, history, rapport, store  # noqa: F401
