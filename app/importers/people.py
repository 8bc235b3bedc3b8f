"""Who each row of an import is, decided a chunk of rows at a time.

People are matched to existing contacts, and to each other within the import, by
normalised profile address, then e-mail, then name; a name match is refused when both
sides have profile addresses and they differ (two people who share a name). A matched
contact only gets its empty fields filled, never a field overwritten.

Namesakes without addresses (every LinkedIn export before mid-2023) are told apart by
what else their rows say: two rows of one import with the same name and another
company, position or connection date are two people, and so are a row and a contact
connected on different days. Where a name alone links an invitation or a request to one
of several people, the summary says so.

What a chunk needs of the rows before it (who has which address, e-mail or name) is in
the transaction's TEMP tables (app/store/import_keys.py), so an import holds one chunk
of rows in memory however long its file is; a chunk's new contacts are added before the
next chunk is read, and its matches filled in. What a chunk learnt goes into the TEMP
tables only when a later chunk is to be matched: the last one's never does, and an
export that fits in one chunk matches without writing a key (writing them costs about
two thirds of what adding the contacts does).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from app.contacts import filled
from app.importers.keys import email_key, name_key
from app.importers.plan import Candidate
from app.importers.table import SkippedRow
from app.profile_urls import profile_key
from app.sentences import QT_TRANSLATE_NOOP, Count, Sentence
from app.store.batch import Batch
from app.store.import_keys import ImportKeys, PersonRow
from app.store.rows import NewContact, fold

# What tells two people of one name apart: company, title and connection date.
_Details = tuple[str, str, str]
_NO_DETAILS: _Details = ("", "", "")


class People:
    """Who the candidates of one import are, as contact ids (None: nobody); the contacts
    it adds are written, and the ones it matched filled in, chunk by chunk."""

    def __init__(self, batch: Batch) -> None:
        self._batch = batch
        self._keys = batch.import_keys()
        # Contacts from this id on are the import's own: filled in without being counted.
        self.first_new = batch.next_contact_id()
        self._next = self.first_new
        changes: list[tuple[str, int, bool]] = []
        for ref, name, with_profile in self._keys.saved_names():
            key = name_key(fold(name.strip()))
            changes.append((key, ref, False))
            if not with_profile:
                changes.append((key, ref, True))
            if len(changes) >= 10_000:
                self._keys.add_names(changes)
                changes.clear()
        self._keys.add_names(changes)
        self._learnt: _Learnt | None = None  # the last chunk's, not yet in the tables
        self.added = 0
        self.matched: set[int] = set()  # saved contacts a row matched
        self.updated: set[int] = set()  # of those, the ones it filled in
        self.duplicates: list[SkippedRow] = []
        self.namesakes: list[SkippedRow] = []

    def close(self) -> None:
        self._learnt = None
        self._keys.close()

    def keep_connections(self, rows: Iterable[tuple[int, str, str]]) -> None:
        """(contact id, company, title) of an export's connections that are saved contacts."""
        self._keys.add_connections(rows)

    def saved_connections(self) -> Iterator[tuple[int, str, str, str, str]]:
        """Those connections in order, each with the company and title the contact had
        before this import."""
        self._keep_learnt()
        return self._keys.saved_connections()

    def resolve(self, candidates: Sequence[Candidate]) -> list[int | None]:
        """Who each candidate is, in order; each is then found by the keys it gave."""
        self._keep_learnt()
        chunk = _Chunk(self, candidates)
        refs = chunk.resolve()
        self._learnt = chunk.learnt()
        return refs

    def _keep_learnt(self) -> None:
        """What the last chunk learnt, written to the TEMP tables for what reads them."""
        if self._learnt is not None:
            self._learnt.write(self._keys)
            self._learnt = None

    def new_id(self) -> int:
        ref = self._next
        self._next += 1
        return ref


class _Chunk:
    """One chunk's view of the people known so far, and the loop that decides who each
    of its rows is (written out in one method: it runs per row)."""

    def __init__(self, people: People, candidates: Sequence[Candidate]) -> None:
        self._people = people
        self._candidates = candidates
        self._profiles = [profile_key(c.contact.profile_url) for c in candidates]
        self._emails = [email_key(c.contact.email) if c.contact.email else "" for c in candidates]
        self._names = [name_key(c.contact.name) for c in candidates]
        keys = people._keys
        self.by_profile = keys.profiles(p for p in self._profiles if p)
        self.by_email = keys.emails(e for e in self._emails if e)
        self.by_name, self.bare = _Names(), _Names()
        # A row with an address looks only at namesakes without one (and whether the
        # name is known): hundreds may share a common name, each with an address.
        whole = {n for n, p in zip(self._names, self._profiles, strict=True) if not p}
        for key, ref, bare in keys.names(whole, set(self._names) - whole):
            (self.bare if bare else self.by_name).add(key, ref)
        self.by_name.changes.clear()
        self.bare.changes.clear()
        refs = {*self.by_profile.values(), *self.by_email.values()}
        refs.update(self.by_name.refs(), self.bare.refs())
        known = keys.people(refs)
        self.details = {ref: (p.company, p.title, p.connected_on) for ref, p in known.items()}
        self.with_profile = {ref for ref, p in known.items() if p.with_profile}
        self.first_rows = {ref: p.first_row for ref, p in known.items() if p.first_row}
        self.new_profiles: list[tuple[str, int]] = []
        self.new_emails: list[tuple[str, int]] = []
        self.touched: set[int] = set()
        self.added: list[NewContact] = []  # this chunk's new contacts, from `first_added`
        self.first_added = people._next
        self.fillers: dict[int, NewContact] = {}

    def resolve(self) -> list[int | None]:
        by_profile, by_email = self.by_profile, self.by_email
        by_name, bare = self.by_name, self.bare
        first_named, bare_named = by_name.first, bare.first
        with_profile, first_rows = self.with_profile, self.first_rows
        people, touched = self._people, self.touched
        refs: list[int | None] = []
        for candidate, profile, email, name in zip(
            self._candidates, self._profiles, self._emails, self._names, strict=True
        ):
            contact, file, line, row, create = candidate
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
                self.added.append(contact)
                ref = people.new_id()
                by_name.add(name, ref)
                if not profile:
                    bare.add(name, ref)
            else:
                self._fill(ref, contact)
                if name not in first_named:  # another spelling of a known person's name
                    by_name.add(name, ref)
            touched.add(ref)
            if profile:
                if profile not in by_profile:
                    by_profile[profile] = ref
                    self.new_profiles.append((profile, ref))
                with_profile.add(ref)
            if email and email not in by_email:
                by_email[email] = ref
                self.new_emails.append((email, ref))
            if row:
                first = first_rows.setdefault(ref, (file, line))
                if first != (file, line):
                    self._note_duplicate(first, candidate)
                elif ref < people.first_new:
                    self.details[ref] = (contact.company, contact.title, contact.connected_on)
            refs.append(ref)
        self._write()
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
            if profile and ref in self.with_profile:
                continue
            known = self._known(ref)
            if row and ref in self.first_rows:
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
            first = self.first_rows.get(apart)
            where = (
                QT_TRANSLATE_NOOP("SkippedRow", "a contact you have")()
                if first is None
                else _where(first, file)
            )
            self._people.namesakes.append(
                SkippedRow(
                    file,
                    line,
                    QT_TRANSLATE_NOOP(
                        "SkippedRow",
                        "kept apart from {where} of the same name: another company, "
                        "position or connection date",
                    )(where=where),
                )
            )
        elif not row and possible > 1 and best_score < 3:
            self._people.namesakes.append(
                SkippedRow(
                    file,
                    line,
                    QT_TRANSLATE_NOOP(
                        "SkippedRow",
                        "{count} people are named “{name}”; linked by name to one of them, "
                        "which may be the wrong one",
                    )(count=Count(possible), name=contact.name),
                )
            )
        return best

    def _known(self, ref: int) -> _Details:
        if ref >= self.first_added:
            added = self.added[ref - self.first_added]
            return (added.company, added.title, added.connected_on)
        return self.details.get(ref, _NO_DETAILS)

    def _fill(self, ref: int, contact: NewContact) -> None:
        """What `contact` knows, kept for the person `ref` already matched."""
        if ref >= self.first_added:
            index = ref - self.first_added
            self.added[index] = _merged(self.added[index], contact)
        elif ref in self.fillers:
            self.fillers[ref] = _merged(self.fillers[ref], contact)
        else:
            self.fillers[ref] = contact
        if self.first_added > ref >= self._people.first_new:
            # Added by an earlier chunk: what tells it from namesakes may grow too.
            known = self.details.get(ref, _NO_DETAILS)
            extra = (contact.company, contact.title, contact.connected_on)
            self.details[ref] = _filled_details(known, extra)

    def _note_duplicate(self, first: tuple[str, int], candidate: Candidate) -> None:
        where = _where(first, candidate.file)
        self._people.duplicates.append(
            SkippedRow(
                candidate.file,
                candidate.line,
                QT_TRANSLATE_NOOP("SkippedRow", "the same person as {where}")(where=where),
            )
        )

    def _write(self) -> None:
        """The chunk's new contacts added, its matches filled in."""
        people, batch = self._people, self._people._batch
        if self.added:
            ids = batch.add_contacts(self.added)
            # Ids were given out in order, in the one transaction nobody else writes in.
            assert ids[0] == self.first_added and len(ids) == len(self.added)
            people.added += len(ids)
        saved = [ref for ref in self.fillers if ref < people.first_new]
        stored = batch.contacts(saved)
        for ref, extra in self.fillers.items():
            if ref >= people.first_new:
                batch.fill_contact(ref, extra.contact())
                continue
            people.matched.add(ref)
            known = stored.get(ref)
            # Asking the store to fill costs a query per contact; most of a re-import has
            # nothing to fill, which the contact already read shows without asking.
            fills = known is None or filled(known, extra.contact()) is not known
            if fills and batch.fill_contact(ref, extra.contact()):
                people.updated.add(ref)

    def learnt(self) -> _Learnt:
        """What the chunks after this one need to know of it."""
        return _Learnt(
            self.new_profiles,
            self.new_emails,
            [(key, ref, False) for key, ref in self.by_name.changes]
            + [(key, ref, True) for key, ref in self.bare.changes],
            self._person_rows(),
        )

    def _person_rows(self) -> list[PersonRow]:
        """The people this chunk touched as `put_people` takes them, in id order: new
        ones then go in each after the last."""
        with_profile, first_rows = self.with_profile, self.first_rows
        rows: list[PersonRow] = []
        for ref in sorted(self.touched):
            file, line = first_rows.get(ref) or (None, None)
            rows.append((ref, *self._known(ref), ref in with_profile, file, line))
        return rows


class _Learnt(NamedTuple):
    """What one chunk learnt, as the TEMP tables take it."""

    profiles: list[tuple[str, int]]
    emails: list[tuple[str, int]]
    names: list[tuple[str, int, bool]]
    people: list[PersonRow]

    def write(self, keys: ImportKeys) -> None:
        keys.add_new_profiles(self.profiles)
        keys.add_emails(self.emails)
        keys.add_names(self.names)
        keys.put_people(self.people)


def _where(row: tuple[str, int], file: str) -> Sentence:
    """A row of the import, named from within `file`."""
    other, line = row
    if other == file:
        return QT_TRANSLATE_NOOP("SkippedRow", "line {line}")(line=line)
    return QT_TRANSLATE_NOOP("SkippedRow", "{file}, line {line}")(file=other, line=line)


class _Names:
    """People by name key: the first in a plain dict (most names are one person's),
    every one of a name that several share in a list of its own; `changes` lists the
    additions that changed anything, to be kept for the chunks after this one."""

    def __init__(self) -> None:
        self.first: dict[str, int] = {}
        self._shared: dict[str, list[int]] = {}
        self.changes: list[tuple[str, int]] = []

    def add(self, name: str, ref: int) -> None:
        first = self.first.get(name)
        if first is None:
            self.first[name] = ref
        elif first != ref:
            self._shared.setdefault(name, [first]).append(ref)
        else:
            return  # the first person again: nothing changes
        self.changes.append((name, ref))

    def all(self, name: str) -> list[int]:
        return self._shared.get(name) or [self.first[name]]

    def refs(self) -> set[int]:
        found = set(self.first.values())
        for shared in self._shared.values():
            found.update(shared)
        return found


def _merged(base: NewContact, extra: NewContact) -> NewContact:
    """`base` filled in from `extra` by the rule of `app.contacts.filled`."""
    return NewContact.of(filled(base.contact(), extra.contact()))


def _filled_details(known: _Details, extra: _Details) -> _Details:
    """The same rule, for the three values that tell namesakes apart."""
    return tuple(  # type: ignore[return-value]
        new if not old.strip() and new.strip() else old
        for old, new in zip(known, extra, strict=True)
    )
