"""What the running app works with, handed to every part that needs it (no singletons)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app import paths
from app.settings import Settings, load_settings
from app.store import Store
from app.template_library import TemplateLibrary, load_library


@dataclass
class AppContext:
    settings: Settings
    store: Store
    library: TemplateLibrary
    data_dir: Path

    @classmethod
    def open(cls) -> AppContext:
        """Open the user's data; raises StoreError or SettingsError with a human message."""
        settings = load_settings(paths.settings_path())
        store = Store.open(paths.database_path())
        return cls(settings, store, load_library(), paths.data_dir())

    def close(self) -> None:
        self.store.close()
