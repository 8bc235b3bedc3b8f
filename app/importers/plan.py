"""What an import will write, decided before the database is touched, and what it did."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import repeat
from typing import Any, NamedTuple

from app.importers.table import SkippedRow
from app.store.export_history import ExportNews
from app.store.rows import NewContact, NewMessage, NewRequest


class Candidate(NamedTuple):
    """A person as one row of a file describes them (a tuple: an import makes one per row).

    `row` is True for rows whose purpose is the contact (Connections.csv, a vCard, a CSV
    row): those are counted, and a second row for the same person is reported. With
    `create` False the person is only linked to a contact that exists or that this
    import adds (someone whose invitation the user received), never added.
    """

    contact: NewContact
    file: str
    line: int
    row: bool = True
    create: bool = True


def row_candidates(
    contacts: Iterable[NewContact], file: str, lines: Iterable[int]
) -> Iterator[Candidate]:
    """A candidate (`row`, `create`) for each contact, with the line of `file` it was
    read on; put together in C, as `NewContact.from_columns` explains."""
    return map(
        partial(tuple.__new__, Candidate),
        zip(contacts, repeat(file), lines, repeat(True), repeat(True)),
    )


@dataclass(frozen=True)
class PlannedMessage:
    """A message to record for the candidate at index `person` (None: nobody)."""

    message: NewMessage
    person: int | None


@dataclass(frozen=True)
class PlannedRequest:
    request: NewRequest
    person: int | None


@dataclass
class ImportPlan:
    source: str
    candidates: list[Candidate] = field(default_factory=list)
    messages: list[PlannedMessage] = field(default_factory=list)
    requests: list[PlannedRequest] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    # Of the outgoing invitations read: how many the export shows accepted (and not
    # answered), and replied (accepted, then answered).
    accepted: int = 0
    replied: int = 0
    # Of messages.csv: rows read (drafts left out), and those that name no sender.
    messages_read: int = 0
    messages_without_sender: int = 0

    def add_candidate(self, candidate: Candidate) -> int:
        self.candidates.append(candidate)
        return len(self.candidates) - 1


@dataclass(frozen=True)
class ImportSummary:
    """What an import changed, for the user to read or a script to parse."""

    source: str
    contacts_added: int = 0
    contacts_updated: int = 0
    contacts_unchanged: int = 0
    invitations_added: int = 0
    # Exclusive, as in `rapport stats`: accepted and not answered; accepted and answered.
    invitations_accepted: int = 0
    invitations_replied: int = 0
    requests_added: int = 0
    requests_accepted: int = 0
    messages_read: int = 0
    messages_without_sender: int = 0
    outcomes_updated: int = 0
    skipped: tuple[SkippedRow, ...] = ()
    # Rows kept as people of their own although a name matched, or linked to one of
    # several people of a name: imported, and said so, since the file cannot tell.
    namesakes: tuple[SkippedRow, ...] = ()
    # What a LinkedIn export showed against the one imported before it.
    export: ExportNews | None = None

    @property
    def accepted_total(self) -> int:
        """Every invitation accepted, answered or not: what acceptance rates count."""
        return self.invitations_accepted + self.invitations_replied

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "contacts": {
                "added": self.contacts_added,
                "updated": self.contacts_updated,
                "unchanged": self.contacts_unchanged,
            },
            "invitations": {
                "added": self.invitations_added,
                "accepted": self.invitations_accepted,
                "replied": self.invitations_replied,
                "accepted_total": self.accepted_total,
            },
            "requests_added": self.requests_added,
            "requests_accepted": self.requests_accepted,
            "messages": {
                "read": self.messages_read,
                "without_sender": self.messages_without_sender,
            },
            "outcomes_updated": self.outcomes_updated,
            "skipped": [
                {"file": row.file, "line": row.line, "reason": str(row.reason)}
                for row in self.skipped
            ],
            "namesakes": [
                {"file": row.file, "line": row.line, "note": str(row.reason)}
                for row in self.namesakes
            ],
            **(self.export.to_json() if self.export else {}),
        }
