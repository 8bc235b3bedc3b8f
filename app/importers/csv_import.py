"""Importing contacts from any CSV file, with a mapping of columns to contact fields.

Unlike LinkedIn's machine-written files, a spreadsheet is typed by people: a row with a
value that cannot be used (a strength of "high", a date no one can read, no name) is
left out and reported, and the other rows are imported.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from app.contacts import NEEDS_NAME, ContactError, contact_from_mapping
from app.importers.address_book_columns import AddressBookColumns
from app.importers.csv_mapping import mapping_problems
from app.importers.dates import CONNECTION_DATE, parse_date, unreadable
from app.importers.errors import ImportFileError
from app.importers.files import SourceText, read_text_file
from app.importers.plan import Candidate, ImportPlan, ImportSummary
from app.importers.progress import REPORT_EVERY, Cancel, Progress, ProgressCallback
from app.importers.table import SkippedRow, Table, read_table, sniff_delimiter
from app.importers.writer import write_plan
from app.sentences import QT_TRANSLATE_NOOP, Sentence
from app.store import Store
from app.store.rows import NewContact


def csv_headers(path: Path) -> list[str]:
    """The column headers of the CSV file at `path` (its first row), for a mapping."""
    return _table(read_text_file(path)).header


def import_csv(
    store: Store,
    path: Path,
    mapping: Mapping[str, str],
    *,
    progress: ProgressCallback | None = None,
    cancel: Cancel | None = None,
) -> ImportSummary:
    """Import each row of the CSV file at `path` as a contact, fields taken from the
    columns `mapping` names ({field: header}); one transaction."""
    source = read_text_file(path)
    table = _table(source)
    problems = mapping_problems(mapping, table.header)
    if problems:
        raise ImportFileError(
            source.name,
            QT_TRANSLATE_NOOP("ImportFileError", "the column mapping does not fit: {problems}")(
                problems=" ".join(problems)
            ),
        )
    positions = {field: table.position(column) for field, column in mapping.items()}
    companions = AddressBookColumns.of(table.header, dict(mapping))
    tracker = Progress(2 * (source.text.count("\n") + 1), progress, cancel)
    plan = ImportPlan(source.name)
    for count, (line, cells) in enumerate(table.rows()):
        if count % REPORT_EVERY == 0:
            tracker.at(table.lines_read)
        # An empty cell says nothing: the field keeps its default (strength 5, no cadence).
        values = {field: cells[p].strip() for field, p in positions.items() if p is not None}
        values = {field: value for field, value in values.items() if value}
        companions.complete(values, cells)
        try:
            if values.get("connected_on"):
                values["connected_on"] = _iso_date(values["connected_on"])
            contact = contact_from_mapping(values)
        except ValueError as exc:
            plan.skipped.append(SkippedRow(source.name, line, _reason(exc)))
            continue
        plan.add_candidate(Candidate(NewContact.of(contact), source.name, line))
    plan.skipped.extend(table.skipped)
    tracker.at(tracker.total // 2)
    return write_plan(store, plan, tracker)


def _table(source: SourceText) -> Table:
    return read_table(
        source, (), search_header=False, delimiter=sniff_delimiter(source.text), pad=True
    )


def _iso_date(text: str) -> str:
    try:
        day = parse_date(text)
    except ValueError:
        raise _Unreadable(unreadable(CONNECTION_DATE, text, with_time=False, in_row=True)) from None
    return "" if day is None else day.isoformat()


class _Unreadable(ValueError):
    """A cell that cannot be read, in Rapport's words."""

    def __init__(self, sentence: Sentence) -> None:
        super().__init__(str(sentence))
        self.sentence = sentence


def _reason(error: ValueError) -> Sentence | str:
    """Why a row is skipped: the contact's own check says it (app/contacts.py), but for a
    missing name, the common case, which is said here as briefly as the other reasons."""
    if isinstance(error, _Unreadable):
        return error.sentence
    if isinstance(error, ContactError):
        if error.sentence.wording == NEEDS_NAME:
            return QT_TRANSLATE_NOOP("SkippedRow", "no name")()
        return error.sentence
    return str(error)
