"""Writing an import in one transaction: people matched and contacts added or filled in
a chunk of rows at a time (app/importers/people.py), then messages and requests linked
to them, and for a LinkedIn export who its connections are."""

from __future__ import annotations

import dataclasses
from array import array
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from app.importers.people import People
from app.importers.plan import Candidate, ImportPlan, ImportSummary
from app.importers.progress import REPORT_EVERY, Progress
from app.importers.table import SkippedRow
from app.store import Store
from app.store.batch import Batch
from app.store.export_history import ExportNews

# Rows per write between progress reports and cancel checks.
CHUNK = 500
# Rows matched and written together: the keys they need are read for all of them at
# once, and only this many rows' contacts are held at a time.
CHUNK_ROWS = 10_000

Item = TypeVar("Item")


def write_plan(
    store: Store, plan: ImportPlan, progress: Progress, *, chunk_rows: int = CHUNK_ROWS
) -> ImportSummary:
    """Write everything in `plan` in one transaction; a cancel or error writes nothing.

    Progress runs from where it stands to the end over the rows written.
    """
    steps = _Steps(progress, 2 * len(plan.candidates) + len(plan.messages) + len(plan.requests))
    with store.batch() as batch:
        writer = ImportWriter(batch, steps.advance, chunk_rows)
        with batch.adding_contacts(len(plan.candidates)):
            refs = writer.contacts(plan.candidates)
        summary = writer.finish(plan, refs)
    progress.finish()
    return summary


class ImportWriter:
    """One import's writes, inside the transaction of `batch`; `advance` is told of
    every row written (twice for a contact: matched, then written)."""

    def __init__(
        self, batch: Batch, advance: Callable[[int], None], chunk_rows: int = CHUNK_ROWS
    ) -> None:
        self.batch = batch
        self.people = People(batch)
        self._advance = advance
        self._chunk_rows = max(chunk_rows, 1)
        # A LinkedIn export's connections, by contact id in the export's order.
        self._connections = array("q")

    def contacts(self, candidates: Sequence[Candidate]) -> list[int | None]:
        """The contact id of each candidate (None: nobody), adding and filling in."""
        refs: list[int | None] = []
        for chunk in _chunks(candidates, self._chunk_rows):
            refs.extend(self.people.resolve(chunk))
            self._advance(2 * len(chunk))
        return refs

    def connections(self, candidates: Sequence[Candidate]) -> None:
        """Candidates that are a LinkedIn export's connections: their contacts, and for
        those saved before the import the job the export shows, kept for `export`."""
        refs = self.contacts(candidates)
        first_new = self.people.first_new
        self._connections.extend(ref for ref in refs if ref is not None)
        self.people.keep_connections(
            (ref, candidate.contact.company, candidate.contact.title)
            for ref, candidate in zip(refs, candidates, strict=True)
            if ref is not None and ref < first_new
        )

    def export(self, exported_on: str, source: str) -> ExportNews | None:
        """Remember who the export's connections are and, against the export before it,
        who changed jobs; what the export shows against that one.

        Only the newest export moves contacts to a new job: an older one imported late
        would move them back.
        """
        batch = self.batch
        before = batch.previous_connections(exported_on)
        if before is not None and batch.is_latest_export(exported_on):
            moved: dict[int, tuple[str, str]] = {}
            for contact_id, company, title, *job_before in self.people.saved_connections():
                if contact_id not in before:
                    continue
                # A repeated row is the same change, not a second one.
                was = moved.get(contact_id, (job_before[0], job_before[1]))
                now = (company, title)
                if any(now) and now != was:
                    batch.change_job(contact_id, exported_on, was, now)
                    moved[contact_id] = now
        batch.record_export(exported_on, source, self._connections)
        return batch.export_news(exported_on)

    def finish(
        self, plan: ImportPlan, refs: Sequence[int | None], news: ExportNews | None = None
    ) -> ImportSummary:
        """The plan's messages and requests, linked to the contacts `refs` found for its
        candidates; what the whole import did."""
        batch = self.batch
        inserted = changed = 0
        messages = [
            dataclasses.replace(planned.message, contact_id=_ref(refs, planned.person))
            for planned in plan.messages
        ]
        for message_chunk in _chunks(messages, CHUNK):
            added, outcomes = batch.add_messages(message_chunk)
            inserted, changed = inserted + added, changed + outcomes
            self._advance(len(message_chunk))
        requests_added = 0
        requests = [
            dataclasses.replace(planned.request, contact_id=_ref(refs, planned.person))
            for planned in plan.requests
        ]
        for request_chunk in _chunks(requests, CHUNK):
            requests_added += batch.add_requests(request_chunk)
            self._advance(len(request_chunk))
        people = self.people
        people.close()
        return ImportSummary(
            source=plan.source,
            contacts_added=people.added,
            contacts_updated=len(people.updated),
            contacts_unchanged=len(people.matched) - len(people.updated),
            invitations_added=inserted,
            invitations_accepted=plan.accepted,
            invitations_replied=plan.replied,
            requests_added=requests_added,
            requests_accepted=sum(planned.request.action is not None for planned in plan.requests),
            messages_read=plan.messages_read,
            messages_without_sender=plan.messages_without_sender,
            outcomes_updated=changed,
            skipped=tuple(sorted([*plan.skipped, *people.duplicates], key=_order)),
            namesakes=tuple(sorted(people.namesakes, key=_order)),
            export=news,
        )


def _ref(refs: Sequence[int | None], person: int | None) -> int | None:
    return None if person is None else refs[person]


class _Steps:
    """Maps steps of the write onto what is left of the import's progress, passing them
    on (and so checking for a cancel) every few dozen steps."""

    def __init__(self, progress: Progress, count: int) -> None:
        self._progress = progress
        self._start = progress.done
        self._count = max(count, 1)
        self._done = 0
        self._next = 0

    def advance(self, count: int = 1) -> None:
        self._done += count
        if self._done < self._next:
            return
        self._next = self._done + REPORT_EVERY
        share = (self._progress.total - self._start) * min(self._done, self._count)
        self._progress.at(self._start + share // self._count)


def _chunks(items: Sequence[Item], size: int) -> Iterator[Sequence[Item]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _order(row: SkippedRow) -> tuple[str, int]:
    return row.file, row.line
