"""What the running app works with, handed to every part that needs it (no singletons)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app import paths
from app.checker import Checker, SentIndex
from app.grammar.service import GrammarService
from app.settings import Settings, load_settings
from app.store import Store
from app.template_library import TemplateLibrary, load_library


@dataclass
class AppContext:
    settings: Settings
    store: Store
    library: TemplateLibrary
    checker: Checker
    grammar: GrammarService
    data_dir: Path
    # Every message recorded as sent, for the "already sent to N people" check. Building
    # it takes seconds for a long history, so the window loads it in the background with
    # `load_sent_index`; until then that one check is skipped.
    sent: SentIndex | None = None

    @classmethod
    def open(cls) -> AppContext:
        """Open the user's data; raises StoreError, SettingsError or LexiconError with a
        message for a person. The grammar server is not started here: see `grammar.start`."""
        settings = load_settings(paths.settings_path())
        store = Store.open(paths.database_path())
        try:
            checker = Checker.load()
        except Exception:
            store.close()
            raise
        grammar = GrammarService.from_settings(settings)
        return cls(settings, store, load_library(), checker, grammar, paths.data_dir())

    def note_sent(self, contact_id: int | None, text: str) -> None:
        if self.sent is not None:
            self.sent.add(contact_id, text)

    def close(self) -> None:
        self.grammar.close()
        self.store.close()


def load_sent_index(database: Path) -> SentIndex:
    """Build the index of sent texts on the calling thread, with its own connection
    (a SQLite connection stays on the thread that opened it)."""
    with Store.open(database) as store:
        return SentIndex(store.sent_texts())
