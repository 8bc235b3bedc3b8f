"""Reading the template files someone shared: single files, folders and zip archives.

Nothing here trusts the source. Sizes are bounded before anything is read; a zip entry's
declared size is checked and then not relied on (a zip bomb lies about it), and an
archive whose entry names point outside it is refused whole, although entry names are
never used as paths: only a malicious archive holds such names.
"""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.library.templates import TEMPLATE_SUFFIX
from app.safe_io.reading import (
    ARCHIVE_FILE,
    TEMPLATE_FILE,
    FileRefused,
    FileTooLarge,
    open_bounded,
    read_bounded,
)
from app.safe_io.terminal import one_line
from app.sentences import QT_TRANSLATE_NOOP, Count, SaidError, Sentence

MAX_FILE_BYTES = TEMPLATE_FILE.limit
# More templates than anyone writes by hand; past it, an archive is a trick.
MAX_FILES = 500
# What a zip's template entries may unpack to in all, and how many entries it may list.
MAX_ARCHIVE_BYTES = 20_000_000
MAX_ENTRIES = 5_000

_DRIVE = re.compile(r"^[A-Za-z]:")
_ZIP_MAGIC = b"PK\x03\x04"


class ImportRefused(SaidError):
    """A whole source cannot be imported (missing, unreadable, a hostile archive)."""


@dataclass(frozen=True)
class ImportProblem:
    """A file that cannot be imported, and why, naming it as `origin`."""

    origin: str
    message: Sentence


# A problem with one file: its origin, then what is wrong (a sentence, or the words of
# the system or of Jinja, quoted).
IN_FILE = QT_TRANSLATE_NOOP("ImportProblem", "{file}: {problem}")


def template_files(sources: Sequence[Path]) -> Iterator[tuple[str, bytes | ImportProblem]]:
    """Each template file in the sources, by origin (its name, in its folder or
    archive): its bytes, or why it cannot be read. Raises ImportRefused for a source
    that cannot be used at all."""
    count = 0
    for source in sources:
        if not source.exists():
            raise ImportRefused(
                QT_TRANSLATE_NOOP("ImportRefused", "{file}: there is no such file or folder.")(
                    file=source
                )
            )
        if source.is_dir():
            found = _folder(source)
        elif source.suffix.lower() == ".zip":
            found = _archive(source)
        else:
            found = _single_file(source)
        for entry in found:
            count += 1
            if count > MAX_FILES:
                raise ImportRefused(
                    QT_TRANSLATE_NOOP(
                        "ImportRefused", "More than {count} template files: nothing was imported."
                    )(count=Count(MAX_FILES))
                )
            yield entry


def _folder(folder: Path) -> Iterator[tuple[str, bytes | ImportProblem]]:
    for path in sorted(folder.glob(f"*{TEMPLATE_SUFFIX}")):
        origin = f"{folder.name}/{path.name}"
        if path.is_symlink() or not path.is_file():
            problem = QT_TRANSLATE_NOOP("ImportProblem", "not a plain file; skipped.")()
            yield origin, ImportProblem(origin, IN_FILE(file=origin, problem=problem))
            continue
        yield origin, _read_file(path, origin)


def _single_file(path: Path) -> Iterator[tuple[str, bytes | ImportProblem]]:
    """A file chosen on its own: a template, or a zip of them under another name."""
    data = _read_file(path, path.name, follow_symlinks=True)
    if not (isinstance(data, bytes) and data.startswith(_ZIP_MAGIC)):
        yield path.name, data
        return
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ImportRefused(
            QT_TRANSLATE_NOOP("ImportRefused", "{file}: a damaged zip archive ({error}).")(
                file=one_line(path.name), error=str(exc)
            )
        ) from None
    with archive:
        yield from _entries(archive, path.name)


def _read_file(path: Path, origin: str, *, follow_symlinks: bool = False) -> bytes | ImportProblem:
    try:
        return read_bounded(path, TEMPLATE_FILE, follow_symlinks=follow_symlinks)
    except FileTooLarge:
        return _too_big(origin)
    except FileRefused as exc:
        return ImportProblem(origin, IN_FILE(file=one_line(origin), problem=exc.problem))


def _too_big(origin: str) -> ImportProblem:
    limit = MAX_FILE_BYTES // 1000
    problem = QT_TRANSLATE_NOOP(
        "ImportProblem", "larger than {limit} KB; templates are far smaller."
    )(limit=Count(limit))
    return ImportProblem(origin, IN_FILE(file=origin, problem=problem))


def _archive(path: Path) -> Iterator[tuple[str, bytes | ImportProblem]]:
    """The template entries of a zip, each read with a bounded read: the sizes an entry
    declares are checked first, and not trusted (a zip bomb lies about them)."""
    with contextlib.ExitStack() as files:
        try:
            stream = files.enter_context(open_bounded(path, ARCHIVE_FILE))
            archive = files.enter_context(zipfile.ZipFile(stream))
        except FileRefused as exc:
            raise ImportRefused(IN_FILE(file=one_line(exc.path), problem=exc.problem)) from None
        except (zipfile.BadZipFile, OSError) as exc:
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "ImportRefused", "{file}: not a zip archive that can be read ({error})."
                )(file=one_line(path.name), error=str(exc))
            ) from None
        yield from _entries(archive, path.name)


def _entries(archive: zipfile.ZipFile, name: str) -> Iterator[tuple[str, bytes | ImportProblem]]:
    entries = archive.infolist()
    _refuse_hostile_archive(name, entries)
    for entry in entries:
        if entry.is_dir() or not entry.filename.lower().endswith(TEMPLATE_SUFFIX):
            continue
        if entry.filename.startswith("__MACOSX/"):
            continue  # macOS's copies of file attributes, not templates
        origin = f"{name}: {entry.filename}"
        yield origin, _read_entry(archive, entry, origin)


def _refuse_hostile_archive(name: str, entries: list[zipfile.ZipInfo]) -> None:
    if len(entries) > MAX_ENTRIES:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "ImportRefused", "{file}: lists more than {count} entries; nothing imported."
            )(file=name, count=Count(MAX_ENTRIES))
        )
    for entry in entries:
        if _escapes(entry.filename):
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "ImportRefused",
                    "{file}: the entry '{entry}' points outside the archive's folder, which "
                    "only a malicious archive does; nothing was imported.",
                )(file=name, entry=entry.filename)
            )
    declared = sum(e.file_size for e in entries if e.filename.lower().endswith(TEMPLATE_SUFFIX))
    if declared > MAX_ARCHIVE_BYTES:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "ImportRefused",
                "{file}: its templates would unpack to more than {limit} MB; nothing was imported.",
            )(file=name, limit=Count(MAX_ARCHIVE_BYTES // 1_000_000))
        )


def _escapes(entry_name: str) -> bool:
    parts = re.split(r"[\\/]", entry_name)
    return (
        entry_name.startswith(("/", "\\"))
        or bool(_DRIVE.match(entry_name))
        or ".." in parts
        or "\x00" in entry_name
    )


def _read_entry(
    archive: zipfile.ZipFile, entry: zipfile.ZipInfo, origin: str
) -> bytes | ImportProblem:
    if entry.flag_bits & 0x1:
        problem = QT_TRANSLATE_NOOP("ImportProblem", "the entry is password-protected.")()
        return ImportProblem(origin, IN_FILE(file=origin, problem=problem))
    if entry.file_size > MAX_FILE_BYTES:
        return _too_big(origin)
    try:
        with archive.open(entry) as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError) as exc:
        problem = QT_TRANSLATE_NOOP("ImportProblem", "the entry is damaged ({error}).")(
            error=str(exc)
        )
        return ImportProblem(origin, IN_FILE(file=origin, problem=problem))
    if len(data) > MAX_FILE_BYTES:
        return _too_big(origin)  # it declared less: a bomb
    return data
