"""What became of each invitation the user sent, read from the rest of the export.

An outgoing invitation whose invitee is now a connection was accepted; a message from
them after that is a reply. A received invitation whose sender is now a connection was
accepted by the user. People are recognised by their normalised profile address,
and by name only where one side has no address (exports before mid-2023 have none):
two people who share a name but not an address are two people.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Generic, TypeVar

from app.importers.keys import name_key
from app.importers.linkedin_files import Connection, InboxMessage, Invitation
from app.profile_urls import profile_key
from app.store.rows import Outcome

Item = TypeVar("Item")

# Sent At is local time and Connected On a bare date, perhaps in another zone: a
# connection dated the day before the invitation may still be its acceptance.
_DATE_SLACK = timedelta(days=1)


@dataclass(frozen=True)
class Settled:
    """An outgoing invitation with its outcome as the export shows it."""

    invitation: Invitation
    outcome: Outcome
    accepted_at: datetime | None = None
    replied_at: datetime | None = None
    # The connection that accepted it: among namesakes, the one its date points to.
    connection: Connection | None = None

    @property
    def outcome_at(self) -> datetime | None:
        return self.replied_at if self.outcome is Outcome.REPLIED else self.accepted_at


def settle(
    outgoing: Sequence[Invitation],
    connections: Sequence[Connection],
    messages: Sequence[InboxMessage],
) -> list[Settled]:
    """The outcome of each outgoing invitation, in the order given."""
    if not outgoing:
        return []
    people = _Lookup((c.url, c.name, c) for c in connections)
    senders = _Lookup((m.sender_url, m.sender, m) for m in messages)
    # Someone invited twice (a withdrawn invitation sent again) accepted one invitation:
    # the latest one sent before they connected.
    invited: dict[int, list[tuple[Invitation, Connection]]] = defaultdict(list)
    for invitation in outgoing:
        # Of namesakes, the one who connected soonest after the invitation.
        could = [
            match
            for match in people.find(invitation.recipient_url, invitation.recipient)
            if _could_accept(invitation, match)
        ]
        if could:
            match = min(could, key=_connected_order)
            invited[id(match)].append((invitation, match))
    accepted = {
        max(pairs, key=lambda pair: pair[0].sent_at)[0]: pairs[0][1] for pairs in invited.values()
    }
    settled: list[Settled] = []
    for invitation in outgoing:
        connection = accepted.get(invitation)
        if connection is None:
            settled.append(Settled(invitation, Outcome.PENDING))
            continue
        accepted_at = _accepted_at(invitation, connection)
        since = accepted_at or invitation.sent_at
        replies = [
            message.sent_at
            for message in senders.find(invitation.recipient_url, invitation.recipient)
            if message.sent_at >= since
        ]
        if replies:
            settled.append(
                Settled(invitation, Outcome.REPLIED, accepted_at, min(replies), connection)
            )
        else:
            settled.append(Settled(invitation, Outcome.ACCEPTED, accepted_at, None, connection))
    return settled


def _connected_order(connection: Connection) -> date:
    """Undated connections last: a dated one is the likelier acceptance."""
    return connection.connected_on or date.max


def accepted_requests(
    incoming: Sequence[Invitation], connections: Sequence[Connection]
) -> dict[Invitation, tuple[Connection, datetime]]:
    """The received invitations the user accepted, as the export shows it (the sender is
    a connection since), with that connection and when they connected."""
    if not incoming:
        return {}
    people = _Lookup((c.url, c.name, c) for c in connections)
    accepted: dict[Invitation, tuple[Connection, datetime]] = {}
    for invitation in incoming:
        could = [
            match
            for match in people.find(invitation.sender_url, invitation.sender)
            if _could_accept(invitation, match)
        ]
        if could:
            match = min(could, key=_connected_order)
            accepted[invitation] = (match, _accepted_at(invitation, match) or invitation.sent_at)
    return accepted


def _could_accept(invitation: Invitation, connection: Connection) -> bool:
    """False when they were connected well before this invitation was sent."""
    if connection.connected_on is None:
        return True
    return connection.connected_on >= invitation.sent_at.date() - _DATE_SLACK


def _accepted_at(invitation: Invitation, connection: Connection) -> datetime | None:
    """The start of the day they connected, never before the invitation was sent."""
    if connection.connected_on is None:
        return None
    day_start = datetime.combine(connection.connected_on, time()).astimezone()
    return max(day_start, invitation.sent_at)


class _Lookup(Generic[Item]):
    """Items found by profile address, or by name where one side has no address."""

    def __init__(self, items: Iterable[tuple[str, str, Item]]) -> None:
        self._by_url: dict[str, list[Item]] = defaultdict(list)
        self._by_name: dict[str, list[tuple[bool, Item]]] = defaultdict(list)
        for url, name, item in items:
            key = profile_key(url)
            if key:
                self._by_url[key].append(item)
            self._by_name[name_key(name)].append((bool(key), item))

    def find(self, url: str, name: str) -> list[Item]:
        key = profile_key(url)
        if key and key in self._by_url:
            return self._by_url[key]
        namesakes = self._by_name.get(name_key(name), ())
        return [item for has_url, item in namesakes if not (key and has_url)]
