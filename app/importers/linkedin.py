"""Importing LinkedIn's data export: connections as contacts, the invitations the user sent
with what became of them, and the requests they received.

Invitations are recorded as messages of kind "invite" on the "linkedin_note" channel with
no template (an empty template marks an imported message); an invitation sent without a
note keeps an empty text, which is the baseline the statistics compare notes against.
Received invitations become incoming requests. Each carries an import key built from the
export's own data, so importing a later export adds only what is new and updates the
outcome of invitations that were still pending.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, date
from itertools import repeat
from pathlib import Path

from app.importers.collector import collector_paused
from app.importers.errors import ImportFileError
from app.importers.files import ExportFiles, SourceText
from app.importers.keys import name_key
from app.importers.linkedin_files import (
    CONNECTIONS,
    INVITATIONS,
    MESSAGES,
    Connection,
    InboxMessage,
    Invitation,
    LineCallback,
    Parsed,
    Record,
    connection_chunks,
    read_invitations,
    read_messages,
)
from app.importers.linkedin_outcomes import accepted_requests, settle
from app.importers.plan import (
    Candidate,
    ImportPlan,
    ImportSummary,
    PlannedMessage,
    PlannedRequest,
    row_candidates,
)
from app.importers.progress import Cancel, Progress, ProgressCallback
from app.importers.table import NO_ROWS, SkippedRow
from app.importers.writer import CHUNK_ROWS, ImportWriter
from app.profile_urls import profile_key
from app.sentences import QT_TRANSLATE_NOOP
from app.store import Store
from app.store.rows import NewContact, NewMessage, NewRequest, Outcome, RequestAction

INVITE_KIND = "invite"
NOTE_CHANNEL = "linkedin_note"
# The template of a message that was imported rather than written in Rapport.
IMPORTED_TEMPLATE = ""
_FILES = (CONNECTIONS, INVITATIONS, MESSAGES)
# The date in the name LinkedIn gives the export: Basic_LinkedInDataExport_03-02-2026.zip
# LinkedIn keeps at most 30,000 connections, so every real export is matched as one chunk:
# matching across chunks costs a write of each chunk's keys into TEMP tables (a fifth of
# a 30,000-row import's time), which only a file past any real one needs.
WHOLE_FILE_ROWS = 50_000
_EXPORT_NAME_DATE = re.compile(r"DataExport_(\d{2})-(\d{2})-(\d{4})", re.IGNORECASE)


def import_linkedin(
    store: Store,
    path: Path,
    *,
    progress: ProgressCallback | None = None,
    cancel: Cancel | None = None,
    chunk_rows: int | None = None,
) -> ImportSummary:
    """Import the export at `path` (the zip LinkedIn sent, or the folder it unzips to).

    All of it is written in one transaction, or nothing is: a file that cannot be read
    raises ImportFileError, a cancel raises ImportCancelled, a database problem
    StoreError, and in every case the database is left as it was. Connections are read,
    matched and written `chunk_rows` at a time inside that transaction, so a file of a
    million holds only a chunk of them in memory. By default a file of up to
    WHOLE_FILE_ROWS connections is one chunk, and a larger one goes CHUNK_ROWS at a time.
    """
    with collector_paused():
        return _import_export(store, path, _Reading(path, progress, cancel), chunk_rows)


class _Reading:
    """The export's files, and the progress bar over them: a unit per line read, and
    one per line written."""

    def __init__(self, path: Path, progress: ProgressCallback | None, cancel: Cancel | None):
        self.sources = _read_export(path)
        lines = {name: source.line_count() for name, source in self.sources.items()}
        self.lines = lines
        self.tracker = Progress(2 * sum(lines.values()), progress, cancel)
        self._read: dict[str, int] = {}
        self._written = 0

    def parse(
        self, name: str, reader: Callable[[SourceText, LineCallback], Parsed[Record]]
    ) -> Parsed[Record]:
        source = self.sources.get(name)
        if source is None:
            return Parsed()
        return reader(source, self.line_reader(name))

    def line_reader(self, name: str) -> LineCallback:
        def read(count: int) -> None:
            self._read[name] = count
            self._report()

        return read

    def written(self, count: int) -> None:
        # A contact counts twice (matched, then written); one line of the bar each.
        self._written += (count + 1) // 2
        self._report()

    def _report(self) -> None:
        self.tracker.at(sum(self._read.values()) + self._written)


def _import_export(
    store: Store, path: Path, reading: _Reading, chunk_rows: int | None
) -> ImportSummary:
    invitations = reading.parse(INVITATIONS, read_invitations)
    messages = reading.parse(MESSAGES, read_messages)
    # The connections that may have accepted an invitation are the only ones kept whole.
    wanted = _Wanted(invitations.records)
    kept: list[Connection] = []
    latest: date | None = None
    skipped: list[SkippedRow] = []
    connection_rows = 0
    with store.batch() as batch:
        if chunk_rows is None:
            whole = reading.lines.get(CONNECTIONS, 0) <= WHOLE_FILE_ROWS
            chunk_rows = max(reading.lines.get(CONNECTIONS, 0), 1) if whole else CHUNK_ROWS
        writer = ImportWriter(batch, reading.written, chunk_rows)
        source = reading.sources.get(CONNECTIONS)
        if source is not None:
            chunks = connection_chunks(source, reading.line_reader(CONNECTIONS), chunk_rows)
            with batch.adding_contacts(reading.lines[CONNECTIONS]):
                for chunk in chunks:
                    connection_rows += len(chunk.records) + len(chunk.skipped)
                    skipped.extend(chunk.skipped)
                    kept.extend(c for c in chunk.records if wanted.may_be(c))
                    days = [c.connected_on for c in chunk.records if c.connected_on]
                    if days:
                        latest = max(days) if latest is None else max(latest, *days)
                    writer.connections(list(_connection_candidates(source.name, chunk.records)))
        reading.tracker.at(sum(reading.lines.values()))
        if not (connection_rows or any(p.records or p.skipped for p in (invitations, messages))):
            # A new account's Connections.csv may hold only its header; an export with
            # nothing in any file is more likely the wrong folder or a failed download.
            first = next(iter(reading.sources.values()))
            raise ImportFileError(first.name, NO_ROWS())
        plan = plan_import(str(path), kept, invitations, messages)
        plan.skipped[:0] = skipped
        refs = writer.contacts(plan.candidates)
        news = None
        if source is not None:
            exported_on = export_date(path, latest, invitations, messages).isoformat()
            news = writer.export(exported_on, str(path))
        summary = writer.finish(plan, refs, news)
    reading.tracker.finish()
    return summary


class _Wanted:
    """The profile addresses and names of the people on the other side of the export's
    invitations: a connection with neither accepted none of them."""

    def __init__(self, invitations: list[Invitation]) -> None:
        self._profiles = {profile_key(i.other_url) for i in invitations} - {""}
        self._names = {name_key(i.other_name) for i in invitations}

    def may_be(self, connection: Connection) -> bool:
        if not (self._profiles or self._names):
            return False
        return (
            name_key(connection.name) in self._names
            or profile_key(connection.url) in self._profiles
        )


def plan_import(
    source: str,
    connections: list[Connection],
    invitations: Parsed[Invitation],
    messages: Parsed[InboxMessage],
) -> ImportPlan:
    """What the export's invitations add, settled against its connections and messages:
    invitations with outcomes, requests, and the people they are to or from."""
    plan = ImportPlan(source)
    plan.skipped = [*invitations.skipped, *messages.skipped]
    plan.messages_read = len(messages.records) + messages.without_sender
    plan.messages_without_sender = messages.without_sender
    outgoing = [i for i in invitations.records if i.outgoing]
    for settled in settle(outgoing, connections, messages.records):
        invitation = settled.invitation
        # The date of the connection that accepted it tells namesakes apart.
        day = settled.connection.connected_on if settled.connection else None
        person = plan.add_candidate(
            Candidate(
                NewContact(
                    name=invitation.recipient,
                    profile_url=invitation.recipient_url,
                    connected_on=day.isoformat() if day else "",
                ),
                invitations.file,
                invitation.line,
                row=False,
            )
        )
        message = NewMessage(
            contact_id=None,
            contact_name=invitation.recipient,
            template=IMPORTED_TEMPLATE,
            kind=INVITE_KIND,
            channel=NOTE_CHANNEL,
            text=invitation.note,
            sent_at=invitation.sent_at,
            outcome=settled.outcome,
            outcome_at=settled.outcome_at,
            accepted_at=settled.accepted_at,
            import_key=import_key(invitation),
        )
        plan.messages.append(PlannedMessage(message, person))
        plan.accepted += settled.outcome is Outcome.ACCEPTED
        plan.replied += settled.outcome is Outcome.REPLIED
    incoming = [i for i in invitations.records if not i.outgoing]
    # A request from someone who is a connection now was accepted: closed, not in the Inbox.
    closed = accepted_requests(incoming, connections)
    for invitation in incoming:
        connection, accepted_at = closed.get(invitation, (None, None))
        day = connection.connected_on if connection else None
        # Linked to the contact if the user has one (or this import adds one), and the
        # note kept on it; a stranger's request does not make them a contact.
        person = plan.add_candidate(
            Candidate(
                NewContact(
                    name=invitation.sender,
                    profile_url=invitation.sender_url,
                    incoming_note=invitation.note,
                    connected_on=day.isoformat() if day else "",
                ),
                invitations.file,
                invitation.line,
                row=False,
                create=False,
            )
        )
        request = NewRequest(
            contact_id=None,
            contact_name=invitation.sender,
            note=invitation.note,
            received_at=invitation.sent_at,
            import_key=import_key(invitation),
            action=None if accepted_at is None else RequestAction.ACCEPT,
            handled_at=accepted_at,
        )
        plan.requests.append(PlannedRequest(request, person))
    return plan


def export_date(
    path: Path,
    latest_connection: date | None,
    invitations: Parsed[Invitation],
    messages: Parsed[InboxMessage],
) -> date:
    """The day LinkedIn made the export: in the name it gives the zip and its folder
    (`Basic_LinkedInDataExport_03-02-2026`, month first), else the latest day the files
    mention."""
    for part in (path.name, path.parent.name):
        found = _EXPORT_NAME_DATE.search(part)
        if found is not None:
            month, day, year = (int(number) for number in found.groups())
            try:
                return date(year, month, day)
            except ValueError:
                break
    days = [latest_connection] if latest_connection is not None else []
    moments = [i.sent_at for i in invitations.records] + [m.sent_at for m in messages.records]
    return max([*days, *(moment.date() for moment in moments)], default=date.today())


def import_key(invitation: Invitation) -> str:
    """Who, which way, and the minute it was sent: the same in every later export.

    The name rather than the profile address, because exports before late 2023 have no
    addresses; the minute in UTC, because the formats differ in seconds and time zone.
    """
    direction = "out" if invitation.outgoing else "in"
    minute = invitation.sent_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M")
    return f"linkedin:invitation:{direction}:{name_key(invitation.other_name)}:{minute}"


def _connection_candidates(file: str, connections: list[Connection]) -> Iterator[Candidate]:
    """A candidate for each connection, taken apart and put together column by column
    (a chunk holds thousands), each date written out once."""
    if not connections:
        return iter(())
    lines, names, firsts, urls, emails, companies, positions, days = zip(*connections, strict=True)
    iso_days = {day: day.isoformat() for day in set(days) if day is not None}
    contacts = NewContact.from_columns(
        name=names,
        first_name=firsts,
        company=companies,
        title=positions,
        profile_url=urls,
        email=emails,
        connected_on=map(iso_days.get, days, repeat("")),
    )
    return row_candidates(contacts, file, lines)


def _read_export(path: Path) -> dict[str, SourceText]:
    with ExportFiles(path) as files:
        found = {name: files.read(name) for name in _FILES if files.has(name)}
    if not found:
        raise ImportFileError(
            str(path),
            QT_TRANSLATE_NOOP(
                "ImportFileError",
                "this holds none of the files of LinkedIn's data export ({files}). Choose the "
                ".zip LinkedIn sent, or its folder.",
            )(files=f"{CONNECTIONS}, {INVITATIONS}, {MESSAGES}"),
        )
    return found
