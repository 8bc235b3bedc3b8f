"""Writing an import plan in one transaction: people matched, contacts added or filled in,
then messages and requests linked to them.

People are matched to existing contacts, and to each other within the import, by
normalised profile address, then e-mail, then name; a name match is refused when both
sides have profile addresses and they differ (two people who share a name). A matched
contact only gets its empty fields filled, never a field overwritten.
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
        people = _People(index.by_profile, index.by_email, index.by_name)
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
        outcomes_updated=changed,
        skipped=tuple(sorted([*plan.skipped, *people.duplicates], key=_order)),
    )


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


class _People:
    """Who each candidate is: an existing contact (its id, >= 1), a contact this import
    adds (a negative number: -1 is the first new one), or nobody (None)."""

    def __init__(
        self, by_profile: dict[str, int], by_email: dict[str, int], by_name: dict[str, int]
    ) -> None:
        self._by_profile: dict[str, int] = dict(by_profile)
        self._by_email: dict[str, int] = dict(by_email)
        # The store folds names as they were typed; spacing makes no difference here.
        self._by_name: dict[str, int] = {}
        for name, ref in by_name.items():
            self._by_name.setdefault(name_key(name), ref)
        self._with_profile = set(by_profile.values())
        self.new_contacts: list[NewContact] = []
        self.fillers: dict[int, NewContact] = {}
        self.duplicates: list[SkippedRow] = []
        self._first_row: dict[int, tuple[str, int]] = {}

    def resolve(self, candidates: Sequence[Candidate]) -> list[int | None]:
        """Who each candidate is, in order; each is then found by the keys it gave.

        One loop, the matching written out in it: an import of connections runs it for
        every row, and a method call per row would cost as much as the matching.
        """
        by_profile, by_email, by_name = self._by_profile, self._by_email, self._by_name
        with_profile, first_rows = self._with_profile, self._first_row
        new_contacts = self.new_contacts
        refs: list[int | None] = []
        for candidate in candidates:
            contact, file, line, row, create = candidate
            profile = profile_key(contact.profile_url)
            email = email_key(contact.email) if contact.email else ""
            name = name_key(contact.name)
            # Profile address, then e-mail, then name; not the name of someone with
            # another address (a namesake).
            if profile and profile in by_profile:
                ref: int | None = by_profile[profile]
            elif email and email in by_email:
                ref = by_email[email]
            else:
                ref = by_name.get(name)
                if ref is not None and profile and ref in with_profile:
                    ref = None
            if ref is None:
                if not create:
                    refs.append(None)
                    continue
                new_contacts.append(contact)
                ref = -len(new_contacts)
            else:
                self._fill(ref, contact)
            if profile:
                by_profile.setdefault(profile, ref)
                with_profile.add(ref)
            if email:
                by_email.setdefault(email, ref)
            by_name.setdefault(name, ref)
            if row:
                first = first_rows.setdefault(ref, (file, line))
                if first != (file, line):
                    self._note_duplicate(first, candidate)
            refs.append(ref)
        return refs

    def _fill(self, ref: int, contact: NewContact) -> None:
        """What `contact` knows, kept for the person `ref` already matched."""
        if ref < 0:
            self.new_contacts[-ref - 1] = _merged(self.new_contacts[-ref - 1], contact)
        elif ref in self.fillers:
            self.fillers[ref] = _merged(self.fillers[ref], contact)
        else:
            self.fillers[ref] = contact

    def _note_duplicate(self, first: tuple[str, int], candidate: Candidate) -> None:
        file, line = first
        where = f"line {line}" if file == candidate.file else f"{file}, line {line}"
        self.duplicates.append(
            SkippedRow(candidate.file, candidate.line, f"the same person as {where}")
        )


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
