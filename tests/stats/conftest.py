"""A real store in the per-test data folder, and a small builder of sent history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from app.contacts import Contact
from app.settings import Settings
from app.stats import Statistics, compute_statistics
from app.store import NewMessage, Outcome, Store
from tests.cli.conftest import rapport  # noqa: F401  (the CLI tests' fixture, shared)

# The clock every statistics test reads: "now" is fixed, never the real time.
NOW = datetime(2026, 3, 31, 12, tzinfo=UTC)


@dataclass
class History:
    """Messages to write in one batch; `send` returns self so tests read as a list."""

    store: Store
    pending: list[NewMessage] = field(default_factory=list)

    def contact(self, name: str, **fields: object) -> Contact:
        return self.store.add_contact(Contact(name=name, **fields))  # type: ignore[arg-type]

    def send(
        self,
        to: Contact | None,
        outcome: Outcome = Outcome.PENDING,
        *,
        kind: str = "invite",
        template: str = "invite-met-at-event",
        text: str = "Hi, we met at PyCon.",
        days_ago: float = 60,
        accepted_after_days: float | None = None,
        score: int | None = None,
        count: int = 1,
    ) -> History:
        sent = NOW - timedelta(days=days_ago)
        decided = outcome is not Outcome.PENDING
        accepted = outcome in (Outcome.ACCEPTED, Outcome.REPLIED)
        accepted_at = sent + timedelta(days=accepted_after_days or 1) if accepted else None
        for _ in range(count):
            self.pending.append(
                NewMessage(
                    contact_id=to.id if to else None,
                    contact_name=to.name if to else "Someone deleted",
                    template=template,
                    kind=kind,
                    channel="linkedin_note" if kind == "invite" else "linkedin_message",
                    text=text,
                    sent_at=sent,
                    outcome=outcome,
                    outcome_at=(accepted_at or sent + timedelta(days=2)) if decided else None,
                    accepted_at=accepted_at,
                    score=score,
                )
            )
        return self

    def write(self) -> None:
        with self.store.batch() as batch:
            batch.add_messages(self.pending)
        self.pending = []

    def statistics(self, pending_days: int = 21, now: datetime = NOW) -> Statistics:
        self.write()
        return compute_statistics(self.store, Settings(pending_days=pending_days), now)


@pytest.fixture
def history(store: Store) -> History:
    return History(store)
