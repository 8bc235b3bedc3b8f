"""Writing a file whole or not at all: settings, drafts, templates, the data-folder pointer.

The data goes to a temporary file beside the target, is flushed to disk, and is renamed
over the target, so a reader (or the next start after a crash or a full disk) sees the
old file or the new one, never half of one. The rename itself is an entry in the folder:
until the folder is flushed too, a power cut can still bring the old file back (or, for
a new file, none), so the folder is flushed after it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (renames, new files) to disk. Windows cannot open a
    folder as a file and makes renames durable itself, so there it does nothing."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_text_atomically(path: Path, text: str) -> None:
    """UTF-8, with the line endings as given on every system."""
    write_atomically(path, text.encode("utf-8"))
