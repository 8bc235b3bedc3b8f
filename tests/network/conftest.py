"""Real SQLite files in the per-test data folder, as in the store's own tests."""

from tests.store.conftest import db_path, store

__all__ = ["db_path", "store"]
