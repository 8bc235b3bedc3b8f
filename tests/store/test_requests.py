"""Incoming connection requests: recorded, handled, put back in the inbox."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.contacts import Contact
from app.store import RequestAction, Store, StoreError


def test_a_handled_request_leaves_the_open_list_and_can_come_back(store: Store) -> None:
    ana = store.add_contact(Contact(name="Ana"))
    bo = store.add_contact(Contact(name="Bo"))
    first = store.add_request(ana, "Loved your talk", datetime(2026, 1, 1, tzinfo=UTC))
    second = store.add_request(bo, "", datetime(2026, 1, 2, tzinfo=UTC))

    assert [r.contact_name for r in store.requests(open_only=True)] == ["Bo", "Ana"]
    handled = store.set_request_action(first.id, RequestAction.REPLY_COFFEE)
    assert handled.action is RequestAction.REPLY_COFFEE and handled.handled_at is not None
    assert [r.id for r in store.requests(open_only=True)] == [second.id]
    assert len(store.requests()) == 2

    store.set_request_action(first.id, None)
    assert len(store.requests(open_only=True)) == 2


def test_an_unknown_request_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="No incoming request number 99"):
        store.set_request_action(99, RequestAction.DECLINE)


def test_a_deleted_contact_keeps_the_request_under_their_name(store: Store) -> None:
    ana = store.add_contact(Contact(name="Ana"))
    store.add_request(ana, "Hello")
    assert ana.id is not None
    store.delete_contact(ana.id)
    [request] = store.requests()
    assert request.contact_id is None and request.contact_name == "Ana"
