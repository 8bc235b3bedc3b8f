"""Reading what the user points an import at: a file, a folder, or a zip of an export.

Everything arrives as text or as an ImportFileError that says, in words a person
understands, why the bytes are not usable: too large, not a zip, binary data, not UTF-8.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import TextIO

from app.importers.errors import ImportFileError
from app.safe_io.reading import (
    ARCHIVE_FILE,
    IMPORT_FILE,
    FileRefused,
    FileTooLarge,
    open_bounded,
    read_bounded,
)
from app.sentences import QT_TRANSLATE_NOOP, Count, SaidText

# Exports keep their files at the top or in one subfolder; looking no deeper keeps a
# wrongly chosen folder (a whole home folder) from being searched file by file.
MAX_FOLDER_DEPTH = 2

MAX_FILE_BYTES = IMPORT_FILE.limit

_MEGABYTE = 1024 * 1024


class SourceText:
    """The text of one input file and the name errors call it by.

    A file read from disk or a zip keeps its bytes, checked to be text (`source_text`),
    and is decoded as it is read (`open`): an export's Connections.csv may be a hundred
    megabytes, and as a Python string in several scripts twice or four times that. `text`
    decodes it whole, once, for the importers that need it so (vCard, a CSV's columns).
    """

    def __init__(self, name: str, text: str = "", *, data: bytes | None = None) -> None:
        self.name = name
        self._data = data
        self._text = text if data is None else None

    @property
    def text(self) -> str:
        if self._text is None:
            assert self._data is not None  # one of the two is always set
            self._text = self._data.decode("utf-8-sig")
        return self._text

    def line_count(self) -> int:
        if self._data is None:
            return self.text.count("\n") + 1
        return self._data.count(b"\n") + 1  # UTF-8 writes a line feed as this one byte

    def open(self) -> TextIO:
        """The text as a stream, for the csv module (line endings left as they are)."""
        if self._data is None:
            return io.StringIO(self.text, newline="")
        return io.TextIOWrapper(io.BytesIO(self._data), encoding="utf-8-sig", newline="")


def read_text_file(path: Path, *, follow_symlinks: bool = True) -> SourceText:
    """The text of the file at `path`, decoded from UTF-8 (with or without a BOM). Only a
    regular file is read (app/safe_io/reading.py); inside an export folder, which may come
    from a crafted zip, not even through a symbolic link."""
    name = str(path)
    if path.is_dir():
        raise ImportFileError(
            name, QT_TRANSLATE_NOOP("ImportFileError", "this is a folder; choose a file.")()
        )
    try:
        data = read_bounded(path, IMPORT_FILE, follow_symlinks=follow_symlinks)
    except FileTooLarge as exc:
        _check_size(name, exc.size)
        raise
    except FileRefused as exc:
        raise ImportFileError(name, exc.problem) from None
    return source_text(name, data)


def source_text(name: str, data: bytes) -> SourceText:
    """The file's bytes as a source, refused as `decode` refuses them; UTF-8 is checked
    piece by piece and kept as bytes, decoded only as it is read."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or not data.strip():
        return SourceText(name, decode(name, data))
    _refuse_binary(name, data)
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    for start in range(0, len(data), _MEGABYTE):
        pending = len(decoder.getstate()[0])  # bytes of a character the last piece cut
        try:
            decoder.decode(view[start : start + _MEGABYTE], final=start + _MEGABYTE >= len(data))
        except UnicodeDecodeError as exc:
            raise _not_text(name, data, start - pending + exc.start, "UTF-8") from None
    return SourceText(name, data=data)


def decode(name: str, data: bytes) -> str:
    """Bytes as text: UTF-8 with or without a BOM, or UTF-16 when a BOM says so."""
    if not data.strip():
        raise ImportFileError(name, QT_TRANSLATE_NOOP("ImportFileError", "the file is empty.")())
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # What Excel writes as "Unicode Text"; without the BOM, UTF-16 is refused below
        # as binary data, because its ASCII characters come with NUL bytes.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _not_text(name, data, exc.start, "UTF-16") from None
    _refuse_binary(name, data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _not_text(name, data, exc.start, "UTF-8") from None


def _refuse_binary(name: str, data: bytes) -> None:
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise ImportFileError(
            name,
            QT_TRANSLATE_NOOP(
                "ImportFileError",
                "this is not a text file: it holds binary data (such as a spreadsheet, an "
                "image or a damaged download). Export it as CSV text and try again.",
            )(),
            line,
        )


def _not_text(name: str, data: bytes, start: int, encoding: str) -> ImportFileError:
    line_start = data.rfind(b"\n", 0, start) + 1
    line = data[:start].count(b"\n") + 1
    column = start - line_start + 1
    return ImportFileError(
        name,
        QT_TRANSLATE_NOOP(
            "ImportFileError",
            "the text is not in the {encoding} encoding (byte {byte} at column {column}). "
            "Save the file as UTF-8 (in Excel: “CSV UTF-8”) and import it again.",
        )(encoding=encoding, byte=f"0x{data[start]:02X}", column=column),
        line,
    )


def _check_size(name: str, size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            name,
            QT_TRANSLATE_NOOP(
                "ImportFileError",
                "the file is too large to import ({size} MB; the limit is {limit} MB).",
            )(size=Count(round(size / _MEGABYTE)), limit=Count(MAX_FILE_BYTES // _MEGABYTE)),
        )


class ExportFiles:
    """The files of an export, found by name (ignoring case) in a folder or a zip.

    A zip may hold the files at its top or in a subfolder (LinkedIn's own zips have used
    both); the shallowest match wins, and macOS's `__MACOSX` shadow copies are ignored.
    One of the export's CSV files chosen on its own is an export of that one file.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip: zipfile.ZipFile | None = None
        self._files = contextlib.ExitStack()
        self._members: dict[str, str] = {}
        self._in_folder = path.is_dir()
        if self._in_folder:
            self._index_folder()
        elif path.suffix.casefold() == ".csv" and path.is_file():
            self._members = {path.name.casefold(): str(path)}
        elif path.exists():
            try:
                self._open_zip()
            except BaseException:
                self.close()
                raise
        else:
            raise ImportFileError(
                str(path), QT_TRANSLATE_NOOP("ImportFileError", "no such file or folder.")()
            )

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
        self._files.close()

    def __enter__(self) -> ExportFiles:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def has(self, filename: str) -> bool:
        return filename.casefold() in self._members

    def read(self, filename: str) -> SourceText:
        """The text of the file called `filename` (any case); it must exist (see `has`)."""
        member = self._members[filename.casefold()]
        if self._zip is None:
            return read_text_file(Path(member), follow_symlinks=not self._in_folder)
        name = SaidText(
            QT_TRANSLATE_NOOP("ImportFileError", "{member} in {archive}")(
                member=member, archive=self.path.name
            )
        )
        try:
            info = self._zip.getinfo(member)
            _check_size(name, info.file_size)
            with self._zip.open(info) as stream:
                # The size in the zip's directory could lie (a zip bomb): read one byte
                # past the limit and refuse if it is there.
                data = stream.read(MAX_FILE_BYTES + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
            raise ImportFileError(
                name,
                QT_TRANSLATE_NOOP(
                    "ImportFileError",
                    "the zip file is damaged (an incomplete download?) and this file cannot "
                    "be read. Download the export again.",
                )(),
            ) from None
        except RuntimeError:
            raise ImportFileError(
                name,
                QT_TRANSLATE_NOOP(
                    "ImportFileError",
                    "the file is encrypted; unzip it yourself and import the folder.",
                )(),
            ) from None
        _check_size(name, len(data))
        return source_text(name, data)

    def _index_folder(self) -> None:
        found: dict[str, tuple[int, str]] = {}
        for root, folders, files in os.walk(self.path):
            depth = len(Path(root).relative_to(self.path).parts)
            keep = depth < MAX_FOLDER_DEPTH
            folders[:] = [f for f in folders if keep and f != "__MACOSX"]
            for file in files:
                _keep_shallowest(found, file, depth, os.path.join(root, file))
        self._members = {key: value for key, (_, value) in found.items()}

    def _open_zip(self) -> None:
        name = str(self.path)
        try:
            stream = self._files.enter_context(open_bounded(self.path, ARCHIVE_FILE))
            self._zip = zipfile.ZipFile(stream)
        except FileRefused as exc:
            raise ImportFileError(name, exc.problem) from None
        except zipfile.BadZipFile:
            raise ImportFileError(
                name,
                QT_TRANSLATE_NOOP(
                    "ImportFileError",
                    "this is neither a folder nor a zip file. Choose the .zip LinkedIn sent "
                    "you, or the folder you unzipped it into.",
                )(),
            ) from None
        except OSError as exc:
            raise ImportFileError(
                name,
                QT_TRANSLATE_NOOP("ImportFileError", "the file cannot be read ({error})")(
                    error=exc.strerror
                ),
            ) from None
        found: dict[str, tuple[int, str]] = {}
        for info in self._zip.infolist():
            parts = PurePosixPath(info.filename).parts
            if info.is_dir() or not parts or parts[0] == "__MACOSX":
                continue
            _keep_shallowest(found, parts[-1], len(parts), info.filename)
        self._members = {key: value for key, (_, value) in found.items()}


def _keep_shallowest(found: dict[str, tuple[int, str]], file: str, depth: int, where: str) -> None:
    if file.startswith("._"):  # macOS resource forks, not the file itself
        return
    key = file.casefold()
    if key not in found or depth < found[key][0]:
        found[key] = (depth, where)
