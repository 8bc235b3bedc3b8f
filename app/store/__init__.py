"""The local store: one SQLite file holding contacts and every message recorded as sent.

Plain Python over the standard library's sqlite3, free of Qt. The file is opened in WAL
mode with foreign keys on, and its schema is versioned (`PRAGMA user_version`) and
migrated on open, after a backup into `<data folder>/backups/`.

A `Store` stays on the thread that opened it (sqlite3's default `check_same_thread`);
other threads open their own. Every failure is a `StoreError` with a message for a
person; no sqlite3 exception leaves this package.
"""

from app.store.batch import Batch
from app.store.errors import StoreDamaged, StoreError, StoreLocked, StoreReadOnly, StoreTooNew
from app.store.rows import (
    IncomingRequest,
    NewMessage,
    NewRequest,
    Outcome,
    RequestAction,
    SentMessage,
)
from app.store.schema import SCHEMA_VERSION
from app.store.store import Store

__all__ = [
    "SCHEMA_VERSION",
    "Batch",
    "IncomingRequest",
    "NewMessage",
    "NewRequest",
    "Outcome",
    "RequestAction",
    "SentMessage",
    "Store",
    "StoreDamaged",
    "StoreError",
    "StoreLocked",
    "StoreReadOnly",
    "StoreTooNew",
]
