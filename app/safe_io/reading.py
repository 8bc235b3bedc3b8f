"""The one way Rapport reads a file the user (or someone else) chose: bounded.

A path can name things that are not files: `/dev/zero` never ends, a FIFO blocks the
reader until someone writes to it, and an unzipped export can hold symbolic links to
either, or to a private file whose first line would then appear in an error message.
So every such read goes through here:

- the file is opened without blocking (a FIFO opens at once instead of waiting for a
  writer) and then checked by what it *is*, through its descriptor, so nothing can be
  swapped in between the check and the read: only regular files are read;
- each kind of file has a size cap, checked before reading and again while reading (a
  file can grow after it was measured);
- a refusal is one line naming the file and the problem, and never quotes the file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app.safe_io.terminal import one_line
from app.sentences import QT_TRANSLATE_NOOP, Count, Sentence, Wording

_MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class FileKind:
    """What a file is read as, for the size cap and for the words of a refusal (`label`,
    with its article: "a template")."""

    label: Wording
    limit: int  # bytes


# Templates are a few kilobytes; a file far past that is not a message template.
TEMPLATE_FILE = FileKind(QT_TRANSLATE_NOOP("FileKind", "a template"), 200_000)
# A contact is a few hundred bytes of JSON; one megabyte is any contact with room to spare.
JSON_FILE = FileKind(QT_TRANSLATE_NOOP("FileKind", "a JSON file"), _MEGABYTE)
# Messages to check, or requests to triage, one per line: read line by line, never whole.
JSON_LINES_FILE = FileKind(QT_TRANSLATE_NOOP("FileKind", "a JSON Lines file"), 256 * _MEGABYTE)
# Far above any real export (a 30,000-connection file is about 3 MB, a busy inbox's
# messages.csv tens of MB) and low enough that reading one whole file into memory is safe.
IMPORT_FILE = FileKind(QT_TRANSLATE_NOOP("FileKind", "a file to import"), 128 * _MEGABYTE)
# A zip is read entry by entry, each entry within its own cap: this only keeps a
# multi-gigabyte file from being taken for an export.
ARCHIVE_FILE = FileKind(QT_TRANSLATE_NOOP("FileKind", "a zip archive"), 4096 * _MEGABYTE)


class FileRefused(Exception):
    """A file that is not read, and why, in one line that names it (`problem` is a
    sentence the window translates; `str()` is the English)."""

    def __init__(self, path: Path | str, problem: Sentence) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{one_line(self.path)}: {problem}")


class FileTooLarge(FileRefused):
    """A file past its kind's cap; `size` is what it measured (at least the cap + 1)."""

    def __init__(self, path: Path | str, kind: FileKind, size: int) -> None:
        self.size = size
        too_large = QT_TRANSLATE_NOOP("FileRefused", "larger than {size}, too large for {kind}.")
        super().__init__(path, too_large(size=_size(kind.limit), kind=kind.label()))


_FOLDER = QT_TRANSLATE_NOOP("FileRefused", "this is a folder, not a file.")
_NOT_REGULAR = (
    (stat.S_ISDIR, _FOLDER),
    (
        stat.S_ISFIFO,
        QT_TRANSLATE_NOOP(
            "FileRefused",
            "this is a pipe (FIFO), not a file; Rapport reads only regular files.",
        ),
    ),
    (
        stat.S_ISCHR,
        QT_TRANSLATE_NOOP(
            "FileRefused", "this is a device, not a file; Rapport reads only regular files."
        ),
    ),
    (
        stat.S_ISBLK,
        QT_TRANSLATE_NOOP(
            "FileRefused", "this is a device, not a file; Rapport reads only regular files."
        ),
    ),
    (
        stat.S_ISSOCK,
        QT_TRANSLATE_NOOP(
            "FileRefused", "this is a socket, not a file; Rapport reads only regular files."
        ),
    ),
)
_CANNOT_READ = QT_TRANSLATE_NOOP("FileRefused", "cannot be read ({error}).")


def _open_flags(follow_symlinks: bool) -> int:
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    return flags


def _size(count: int) -> Sentence:
    if count >= _MEGABYTE:
        return QT_TRANSLATE_NOOP("FileRefused", "{count} MB")(count=Count(count // _MEGABYTE))
    return QT_TRANSLATE_NOOP("FileRefused", "{count} KB")(count=Count(count // 1000))


@contextlib.contextmanager
def open_bounded(
    path: Path | str, kind: FileKind, *, follow_symlinks: bool = True
) -> Iterator[BinaryIO]:
    """The regular file at `path`, open for reading, after its size was checked against
    the kind's cap. Raises FileRefused. Readers that stream (rather than `read_bounded`)
    should still read at most `kind.limit + 1` bytes."""
    try:
        descriptor = os.open(path, _open_flags(follow_symlinks))
    except FileNotFoundError:
        raise FileRefused(path, QT_TRANSLATE_NOOP("FileRefused", "no such file.")()) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP and not follow_symlinks:
            symlink = QT_TRANSLATE_NOOP("FileRefused", "a symbolic link, which is not read here.")
            raise FileRefused(path, symlink()) from None
        if exc.errno == errno.EISDIR:
            raise FileRefused(path, _FOLDER()) from None
        raise FileRefused(path, _CANNOT_READ(error=exc.strerror or str(exc))) from None
    try:
        status = os.fstat(descriptor)
        for test, problem in _NOT_REGULAR:
            if test(status.st_mode):
                raise FileRefused(path, problem())
        if not stat.S_ISREG(status.st_mode):
            irregular = QT_TRANSLATE_NOOP(
                "FileRefused", "not a regular file; Rapport reads only regular files."
            )
            raise FileRefused(path, irregular())
        if status.st_size > kind.limit:
            raise FileTooLarge(path, kind, status.st_size)
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)  # a regular file: reads never wait anyway
        stream = os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise
    with stream:
        yield stream


def read_bounded(path: Path | str, kind: FileKind, *, follow_symlinks: bool = True) -> bytes:
    """The bytes of the regular file at `path`, at most the kind's cap; FileRefused else."""
    with open_bounded(path, kind, follow_symlinks=follow_symlinks) as stream:
        try:
            data = stream.read(kind.limit + 1)
        except OSError as exc:
            raise FileRefused(path, _CANNOT_READ(error=exc.strerror or str(exc))) from None
    if len(data) > kind.limit:  # it grew after it was measured
        raise FileTooLarge(path, kind, len(data))
    return data
