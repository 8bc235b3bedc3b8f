"""Writing an import plan in one transaction: people matched, contacts added or filled in,
then messages and requests linked to them.

People are matched to existing contacts, and to each other within the import, by
normalised profile address, then e-mail, then name; a name match is refused when both
sides have profile addresses and they differ (two people who share a name). A matched
contact only gets its empty fields filled, never a field overwritten.

Namesakes without addresses (every LinkedIn export before mid-2023) are told apart by
what else their rows say: two rows of one import with the same name and another
company, position or connection date are two people, and so are a row and a contact
connected on different days. Where a name alone links an invitation or a request to one
of several people, the summary says so.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from typing import TypeVar

from app.contacts import Contact, filled
from app.importers.keys import email_key, name_key
from app.importers.plan import Candidate, ImportPlan, ImportSummary
from app.importers.progress import REPORT_EVERY, Progress
from app.importers.table import SkippedRow
from app.profile_urls import profile_key
from app.store import Store
from app.store.batch import Batch, ContactIndex
from app.store.export_history import ExportNews
from app.store.rows import NewContact

# Rows per write between progress reports and cancel checks.
CHUNK = 500
# Past this many matched contacts, reading them all at once beats one query each.
BULK_READ = 500

Item = TypeVar("Item")


def write_plan(store: Store, plan: ImportPlan, progress: Progress) -> ImportSummary:
    """Write everything in `plan` in one transaction; a cancel or error writes nothing.

    Progress runs from where it stands to the end over the rows written.
    """
    with store.batch() as batch:
        index = batch.contact_index()
        people = _People(index)
        steps = _Steps(progress, 2 * len(plan.candidates) + len(plan.messages) + len(plan.requests))
        refs: list[int | None] = []
        for candidates in _chunks(plan.candidates, REPORT_EVERY):
            refs.extend(people.resolve(candidates))
            steps.advance(len(candidates))
        new_ids: list[int] = []
        with batch.adding_contacts(len(people.new_contacts)):
            for chunk in _chunks(people.new_contacts):
                new_ids.extend(batch.add_contacts(chunk))
                steps.advance(len(chunk))
        updated = 0
        stored = _stored_contacts(store) if len(people.fillers) > BULK_READ else {}
        for existing, filler in people.fillers.items():
            known = stored.get(existing)
            extra = filler.contact()
            # Asking the store costs a query per contact; most of a re-import has nothing
            # to fill, which the contact already read shows without asking.
            if known is None or filled(known, extra) is not known:
                updated += batch.fill_contact(existing, extra)
            steps.advance()

        def contact_id(person: int | None) -> int | None:
            ref = None if person is None else refs[person]
            if ref is None or ref > 0:
                return ref
            return new_ids[-ref - 1]

        news = None
        if plan.exported_on is not None:
            ids = [contact_id(person) for person in range(plan.connections)]
            news = _record_export(batch, plan, plan.exported_on, ids, index.details)

        inserted = changed = 0
        messages = [
            dataclasses.replace(planned.message, contact_id=contact_id(planned.person))
            for planned in plan.messages
        ]
        for message_chunk in _chunks(messages):
            added, outcomes = batch.add_messages(message_chunk)
            inserted, changed = inserted + added, changed + outcomes
            steps.advance(len(message_chunk))
        requests_added = 0
        requests = [
            dataclasses.replace(planned.request, contact_id=contact_id(planned.person))
            for planned in plan.requests
        ]
        for request_chunk in _chunks(requests):
            requests_added += batch.add_requests(request_chunk)
            steps.advance(len(request_chunk))
    progress.finish()
    return ImportSummary(
        source=plan.source,
        contacts_added=len(new_ids),
        contacts_updated=updated,
        contacts_unchanged=len(people.fillers) - updated,
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


def _record_export(
    batch: Batch,
    plan: ImportPlan,
    exported_on: str,
    ids: list[int | None],
    stored: dict[int, tuple[str, str, str]],
) -> ExportNews | None:
    """Remember who the export's connections are and, against the export before it, who
    changed jobs; what the export shows against that one.

    `stored` holds each contact's company and title as they were before this import.
    Only the newest export moves contacts to a new job: an older one imported late
    would move them back.
    """
    before = batch.previous_connections(exported_on)
    if before is not None and batch.is_latest_export(exported_on):
        for person, contact_id in enumerate(ids):
            if contact_id is None or contact_id not in before or contact_id not in stored:
                continue
            company, title, _ = stored[contact_id]
            row = plan.candidates[person].contact
            now = (row.company, row.title)
            if any(now) and now != (company, title):
                batch.change_job(contact_id, exported_on, (company, title), now)
                stored[contact_id] = (*now, "")  # a repeated row is the same change
    batch.record_export(exported_on, plan.source, [i for i in ids if i is not None])
    return batch.export_news(exported_on)


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


# What tells two people of one name apart: company, title and connection date.
_Details = tuple[str, str, str]


class _People:
    """Who each candidate is: an existing contact (its id, >= 1), a contact this import
    adds (a negative number: -1 is the first new one), or nobody (None)."""

    def __init__(self, index: ContactIndex) -> None:
        self._by_profile: dict[str, int] = dict(index.by_profile)
        self._by_email: dict[str, int] = dict(index.by_email)
        self._with_profile = set(index.by_profile.values())
        # Company, title and date of existing contacts, and of those a row of this import
        # took (a new contact's are its own); what tells namesakes apart.
        self._details: dict[int, _Details] = dict(index.details)
        # Everyone by name, and apart those without a profile address: all a candidate
        # with an address (that matched no one's) may be, looked through without the
        # namesakes that have other addresses (hundreds share a common name).
        self._by_name = _Names()
        self._bare = _Names()
        for name, refs in index.by_name.items():
            for ref in refs:
                self._by_name.add(name_key(name), ref)
                if ref not in self._with_profile:
                    self._bare.add(name_key(name), ref)
        self.new_contacts: list[NewContact] = []
        self.fillers: dict[int, NewContact] = {}
        self.duplicates: list[SkippedRow] = []
        self.namesakes: list[SkippedRow] = []
        self._first_row: dict[int, tuple[str, int]] = {}

    def resolve(self, candidates: Sequence[Candidate]) -> list[int | None]:
        """Who each candidate is, in order; each is then found by the keys it gave.

        One loop, the matching written out in it: an import of connections runs it for
        every row, and a method call per row would cost as much as the matching.
        """
        by_profile, by_email = self._by_profile, self._by_email
        by_name, bare = self._by_name, self._bare
        first_named, bare_named = by_name.first, bare.first
        with_profile, first_rows = self._with_profile, self._first_row
        new_contacts = self.new_contacts
        refs: list[int | None] = []
        for candidate in candidates:
            contact, file, line, row, create = candidate
            profile = profile_key(contact.profile_url)
            email = email_key(contact.email) if contact.email else ""
            name = name_key(contact.name)
            # Profile address, then e-mail, then name; not the name of someone with
            # another address, or of someone the rest of the row says is another person.
            if profile and profile in by_profile:
                ref: int | None = by_profile[profile]
            elif email and email in by_email:
                ref = by_email[email]
            elif name in (bare_named if profile else first_named):
                named = (bare if profile else by_name).all(name)
                ref = self._namesake(named, candidate, profile)
            else:
                ref = None
            if ref is None:
                if not create:
                    refs.append(None)
                    continue
                new_contacts.append(contact)
                ref = -len(new_contacts)
                # _Names.add, written out: most names are new, and this runs per row.
                if first_named.setdefault(name, ref) != ref:
                    by_name.add(name, ref)
                if not profile:
                    bare.add(name, ref)
            else:
                self._fill(ref, contact)
                if name not in first_named:  # another spelling of a known person's name
                    by_name.add(name, ref)
            if profile:
                by_profile.setdefault(profile, ref)
                with_profile.add(ref)
            if email:
                by_email.setdefault(email, ref)
            if row:
                first = first_rows.setdefault(ref, (file, line))
                if first != (file, line):
                    self._note_duplicate(first, candidate)
                elif ref > 0:
                    self._details[ref] = (contact.company, contact.title, contact.connected_on)
            refs.append(ref)
        return refs

    def _namesake(self, named: list[int], candidate: Candidate, profile: str) -> int | None:
        """Which of the people called like `candidate` it is, or None for another one.

        A row already taken by another row of this import is the same person only when
        company, title and date are the same too (a repeated row); a connection date
        that differs makes another person; among the rest, the same date, then the
        same company and title, decide.
        """
        contact, file, line, row, _ = candidate
        details = (contact.company, contact.title, contact.connected_on)
        best: int | None = None
        best_score = -1
        possible = 0
        apart: int | None = None
        for ref in named:
            if profile and ref in self._with_profile:
                continue
            known = self._known(ref)
            if row and ref in self._first_row:
                if known != details:
                    apart = ref
                    continue
                score = 0
            elif details[2] and known[2] and known[2] != details[2]:
                apart = ref
                continue
            else:
                score = 1 + 2 * bool(details[2] and known[2] == details[2])
                score += known[:2] == details[:2]
            possible += 1
            if score > best_score:
                best, best_score = ref, score
        if best is None and row and apart is not None:
            first = self._first_row.get(apart)
            where = "a contact you have" if first is None else _where(first, file)
            self.namesakes.append(
                SkippedRow(
                    file,
                    line,
                    f"kept apart from {where} of the same name: another company, "
                    "position or connection date",
                )
            )
        elif not row and possible > 1 and best_score < 3:
            self.namesakes.append(
                SkippedRow(
                    file,
                    line,
                    f"{possible} people are named “{contact.name}”; linked by name to "
                    "one of them, which may be the wrong one",
                )
            )
        return best

    def _known(self, ref: int) -> _Details:
        if ref < 0:
            added = self.new_contacts[-ref - 1]
            return (added.company, added.title, added.connected_on)
        return self._details.get(ref, ("", "", ""))

    def _fill(self, ref: int, contact: NewContact) -> None:
        """What `contact` knows, kept for the person `ref` already matched."""
        if ref < 0:
            self.new_contacts[-ref - 1] = _merged(self.new_contacts[-ref - 1], contact)
        elif ref in self.fillers:
            self.fillers[ref] = _merged(self.fillers[ref], contact)
        else:
            self.fillers[ref] = contact

    def _note_duplicate(self, first: tuple[str, int], candidate: Candidate) -> None:
        where = _where(first, candidate.file)
        self.duplicates.append(
            SkippedRow(candidate.file, candidate.line, f"the same person as {where}")
        )


def _where(row: tuple[str, int], file: str) -> str:
    """A row of the import, named from within `file`."""
    other, line = row
    return f"line {line}" if other == file else f"{other}, line {line}"


class _Names:
    """People by name key: the first in a plain dict (most names are one person's),
    every one of a name that several share in a list of its own."""

    def __init__(self) -> None:
        self.first: dict[str, int] = {}
        self._shared: dict[str, list[int]] = {}

    def add(self, name: str, ref: int) -> None:
        first = self.first.setdefault(name, ref)
        if first != ref:
            self._shared.setdefault(name, [first]).append(ref)

    def all(self, name: str) -> list[int]:
        return self._shared.get(name) or [self.first[name]]


def _merged(base: NewContact, extra: NewContact) -> NewContact:
    """`base` filled in from `extra` by the rule of `app.contacts.filled`."""
    return NewContact.of(filled(base.contact(), extra.contact()))


def _stored_contacts(store: Store) -> dict[int, Contact]:
    """Every saved contact by id, read inside the import's transaction."""
    return {contact.id: contact for contact in store.contacts() if contact.id is not None}


def _chunks(items: Sequence[Item], size: int = CHUNK) -> Iterator[Sequence[Item]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _order(row: SkippedRow) -> tuple[str, int]:
    return row.file, row.line
