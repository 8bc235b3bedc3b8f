"""Reloading the template library when the user's template files change on disk.

Watches the folder (files added, removed or renamed) and each template file (edited in
place). Editors that save by writing a new file and renaming it over the old one replace
the file Qt was watching, and Qt drops the watch on it: every reload watches the folder's
files afresh. A save is several events in a row; they are gathered into one reload.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from app.library.templates import TEMPLATE_SUFFIX, load_library

# Editors write, rename and touch within a few milliseconds; a person notices nothing
# under a quarter of a second.
DEBOUNCE_MS = 250

# Per template file: inode (a file renamed over it is another), modification time, size.
_Snapshot = dict[str, tuple[int, int, int]]


class LibraryWatcher(QObject):
    """Emits `library_changed` with the reloaded TemplateLibrary after the user's
    template files changed (not for other files in the folder, such as an editor's
    swap files)."""

    library_changed = Signal(object)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._changed)
        self._watcher.fileChanged.connect(self._changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._reload)
        self._snapshot = self._watch()

    @property
    def watched_files(self) -> list[str]:
        return sorted(self._watcher.files())

    def take_as_known(self) -> None:
        """The library was just reloaded after a write of Rapport's own (the editor saved):
        the files as they are now are known, so that write's events reload nothing."""
        self._snapshot = self._watch()

    def _changed(self, _path: str) -> None:
        self._timer.start(DEBOUNCE_MS)

    def _reload(self) -> None:
        snapshot = self._watch()
        if snapshot == self._snapshot:
            return  # only files that are not templates came and went
        self._snapshot = snapshot
        self.library_changed.emit(load_library(user_dir=self._folder))

    def _watch(self) -> _Snapshot:
        """Watch the folder and every template file in it now; returns what each file
        looks like, to tell real changes from noise."""
        folder = str(self._folder)
        if folder not in self._watcher.directories() and self._folder.is_dir():
            self._watcher.addPath(folder)
        snapshot: _Snapshot = {}
        for path in self._folder.glob(f"*{TEMPLATE_SUFFIX}"):
            try:
                status = path.stat()
            except OSError:
                continue  # removed while we looked; the folder's event will come
            snapshot[str(path)] = (status.st_ino, status.st_mtime_ns, status.st_size)
        # Qt stops watching a file that was removed or renamed over (and no longer lists
        # it): a file saved by rename is watched again here.
        watched = set(self._watcher.files())
        if gone := watched - snapshot.keys():
            self._watcher.removePaths(sorted(gone))
        if new := snapshot.keys() - watched:
            self._watcher.addPaths(sorted(new))
        return snapshot
