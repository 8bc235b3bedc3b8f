"""What the running app works with, handed to every part that needs it (no singletons)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app import paths
from app.grammar.service import GrammarService
from app.library.templates import TemplateLibrary, load_library
from app.settings import Settings, load_settings
from app.store import Store

if TYPE_CHECKING:
    from app.checker import Checker, SentIndex


# Compared and hashed by identity: one running app's context is one thing, and the
# window's change signals are kept per context (app/ui/context_signals.py).
@dataclass(eq=False)
class AppContext:
    settings: Settings
    store: Store
    library: TemplateLibrary
    grammar: GrammarService
    data_dir: Path
    # Every message recorded as sent, for the "already sent to N people" check. Building
    # it takes seconds for a long history, so the window loads it in the background with
    # `load_sent_index`; until then that one check is skipped.
    sent: SentIndex | None = None
    _checker: Checker | None = field(default=None, init=False, repr=False)

    @classmethod
    def open(cls) -> AppContext:
        """Open the user's data; raises StoreError or SettingsError with a message for a
        person. Neither the checker's phrase lists (see `load_checker`) nor the grammar server
        (see `grammar.start`) are loaded here: the window shows without them."""
        settings = load_settings(paths.settings_path())
        store = Store.open(paths.database_path())
        grammar = GrammarService.from_settings(settings)
        return cls(settings, store, load_library(), grammar, paths.data_dir())

    @property
    def checker(self) -> Checker:
        return self.load_checker()

    def load_checker(self) -> Checker:
        """Read the checker's phrase lists, unless done already (the window does it right
        after its first paint). Raises LexiconError naming a list that cannot be read."""
        if self._checker is None:
            from app.checker import Checker

            self._checker = Checker.load()
        return self._checker

    def note_sent(self, contact_id: int | None, text: str) -> None:
        if self.sent is not None:
            self.sent.add(contact_id, text)

    def close(self) -> None:
        self.grammar.close()
        self.store.close()


def load_sent_index(database: Path) -> SentIndex:
    """Build the index of sent texts on the calling thread, with its own connection
    (a SQLite connection stays on the thread that opened it)."""
    from app.checker import SentIndex

    with Store.open(database) as store:
        return SentIndex(store.sent_texts())
