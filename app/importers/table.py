"""CSV text as a table: the header found (after any preamble), columns by name, rows
with the line they start on, and broken quoting reported where it is."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.importers.errors import ImportFileError
from app.importers.files import SourceText
from app.sentences import QT_TRANSLATE_NOOP, Sentence

# LinkedIn puts a three-line "Notes:" preamble before the header of Connections.csv;
# looking a little further costs nothing and survives a longer note.
HEADER_SEARCH_ROWS = 20

_DELIMITERS = (",", ";", "\t")

if TYPE_CHECKING:
    from _csv import Reader as _Reader


NO_ROWS = QT_TRANSLATE_NOOP(
    "ImportFileError", "the file has its column names but no rows to import."
)


def column_key(header: str) -> str:
    """A header cell as columns are looked up: case and spacing ignored."""
    return " ".join(header.split()).casefold()


@dataclass(frozen=True)
class SkippedRow:
    """A row left out of an import, and why, in words for the user."""

    file: str
    line: int
    # Rapport's own words, or a sentence it quotes as it is (a contact field's check).
    reason: Sentence | str


@dataclass
class Table:
    """The rows of one CSV file under its header; see `read_table`."""

    name: str
    header: list[str]
    header_line: int
    positions: dict[str, int]
    _reader: _Reader
    # Spreadsheets may drop a row's trailing empty cells: pad such rows instead.
    pad: bool = False
    skipped: list[SkippedRow] = field(default_factory=list)

    def position(self, column: str) -> int | None:
        """The index of the column named `column` (any case), or None if absent."""
        return self.positions.get(column_key(column))

    @property
    def lines_read(self) -> int:
        return self._reader.line_num

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(line the row starts on, its cells) for every data row.

        Blank rows, and rows of nothing but separators, are passed over; a row with more
        or fewer cells than the header is skipped, and recorded in `skipped` (with `pad`,
        only one with more cells that are not empty).
        """
        width = len(self.header)
        reader = self._reader
        while True:
            start = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise _broken_quoting(self.name, exc, start, reader.line_num) from None
            # Blank: nothing but spacing (most rows show it in their first cell).
            if not (cells and cells[0].strip()) and not "".join(cells).strip():
                continue
            if self.pad and len(cells) != width and not any(c.strip() for c in cells[width:]):
                cells = cells[:width] + [""] * (width - len(cells))
            if len(cells) != width:
                self.skipped.append(
                    SkippedRow(
                        self.name,
                        start,
                        QT_TRANSLATE_NOOP(
                            "SkippedRow", "{values} values where the header has {columns} columns"
                        )(values=len(cells), columns=width),
                    )
                )
                continue
            yield start, cells


def read_table(
    source: SourceText,
    required: Sequence[str],
    *,
    allow_empty: bool = False,
    search_header: bool = True,
    delimiter: str = ",",
    pad: bool = False,
) -> Table:
    """The table in `source`, whose header must name every column in `required`.

    With `search_header` the header may follow a preamble (the first row, among the
    first few, that names every required column); otherwise it is the first row. A file
    with a header and no rows is an error unless `allow_empty`.
    """
    # A file that must have rows is looked at whole for them; otherwise it is read as a
    # stream, never all in memory at once as text.
    stream = io.StringIO(source.text, newline="") if not allow_empty else source.open()
    reader = csv.reader(stream, delimiter=delimiter, strict=True)
    wanted = [column_key(column) for column in required]
    closest: tuple[int, list[str]] | None = None
    best = 0
    header: list[str] | None = None
    header_line = 0
    for _ in range(HEADER_SEARCH_ROWS):
        start = reader.line_num + 1
        try:
            cells = next(reader, None)
        except csv.Error as exc:
            raise _broken_quoting(source.name, exc, start, reader.line_num) from None
        if cells is None:
            break
        if not any(cell.strip() for cell in cells):
            continue
        keys = [column_key(cell) for cell in cells]
        matched = sum(key in keys for key in wanted)
        # The row that comes closest to the header is the one to describe in an error.
        if closest is None or matched > best:
            closest, best = (start, cells), matched
        if matched == len(wanted):
            header, header_line = cells, start
            break
        if not search_header:
            break
    if header is None:
        raise _missing_columns(source.name, required, closest)
    positions: dict[str, int] = {}
    for index, cell in enumerate(header):
        positions.setdefault(column_key(cell), index)
    table = Table(source.name, header, header_line, positions, reader, pad)
    # A StringIO's position is the number of characters read: all up to the header's end.
    if not allow_empty and not _has_rows(source.text[stream.tell() :]):
        raise ImportFileError(source.name, NO_ROWS())
    return table


def sniff_delimiter(text: str) -> str:
    """The separator a spreadsheet used: comma, or the semicolon of European Excel, or tab.

    Decided on the first line: the candidate that occurs most often outside quotes.
    """
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    unquoted = first_line.split('"')[::2]
    counts = {d: sum(part.count(d) for part in unquoted) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _has_rows(rest: str) -> bool:
    # Anything after the header line other than blank lines and bare separators.
    return bool(rest.strip(',;\t\r\n "'))


def _broken_quoting(name: str, error: csv.Error, start: int, current: int) -> ImportFileError:
    text = str(error)
    if "unexpected end of data" in text:
        return ImportFileError(
            name,
            QT_TRANSLATE_NOOP(
                "ImportFileError",
                'a quoted value that starts here is never closed (a missing "), so the rest '
                "of the file cannot be read.",
            )(),
            start,
        )
    if "field larger than field limit" in text:
        return ImportFileError(
            name,
            QT_TRANSLATE_NOOP("ImportFileError", "one value is too long to be a real entry.")(),
            start,
        )
    if current > start:
        return ImportFileError(
            name,
            QT_TRANSLATE_NOOP(
                "ImportFileError",
                "a quoted value in the row that starts here is not closed where it should "
                "be; the row runs on to line {line}, where the quoting breaks.",
            )(line=current),
            start,
        )
    return ImportFileError(
        name,
        QT_TRANSLATE_NOOP(
            "ImportFileError", "the quoting is broken: a value in quotes must end at a separator."
        )(),
        start,
    )


def _missing_columns(
    name: str, required: Sequence[str], closest: tuple[int, list[str]] | None
) -> ImportFileError:
    if closest is None:
        listed = ", ".join(f"“{column}”" for column in required)
        return ImportFileError(
            name,
            QT_TRANSLATE_NOOP(
                "ImportFileError", "the file holds no table; expected the columns {columns}."
            )(columns=listed),
        )
    line, cells = closest
    keys = {column_key(cell) for cell in cells}
    missing = [column for column in required if column_key(column) not in keys]
    shown = ",".join(cells)
    if len(shown) > 120:
        shown = shown[:117] + "..."
    return ImportFileError(
        name,
        QT_TRANSLATE_NOOP(
            "ImportFileError", "missing the column(s) {columns}; the table starts with “{row}”."
        )(columns=", ".join(f"“{c}”" for c in missing), row=shown),
        line,
    )
