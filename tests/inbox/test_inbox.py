"""The inbox: pasted and imported requests, their suggestions, and the reply's contact."""

from __future__ import annotations

from datetime import UTC, datetime

from app.checker import Checker
from app.contacts import Contact
from app.relationships.inbox import add_pasted_request, contact_for_reply, inbox_entries
from app.relationships.triage import Action
from app.settings import Settings
from app.store import NewRequest, RequestAction, Store

PERSONAL = (
    "Hi Sam, your talk at PyCon Lisbon on streaming joins changed how our team builds "
    "pipelines. I'd love to ask you one question about the watermark trick you showed."
)
SETTINGS = Settings(my_location="Lisbon, Portugal")


def test_a_pasted_request_from_a_friend_is_matched_and_suggests_a_thank_you(
    store: Store, checker: Checker
) -> None:
    friend = store.add_contact(Contact(name="Ana Souza", group="Friends"))
    add_pasted_request(store, Contact(name="ana  souza"), "Hi!")

    [entry] = inbox_entries(store, SETTINGS, checker)

    assert entry.contact.id == friend.id
    assert entry.suggestion.action is Action.ACCEPT_AND_THANK
    assert entry.suggestion.template == "thanks-for-connecting"
    assert store.contact_count() == 1
    assert store.get_contact(friend.id or 0).incoming_note == "Hi!"


def test_a_stranger_nearby_with_a_personal_note_is_offered_a_coffee(
    store: Store, checker: Checker
) -> None:
    add_pasted_request(store, Contact(name="Rui Costa", location="Lisbon"), PERSONAL)

    [entry] = inbox_entries(store, SETTINGS, checker)

    assert entry.suggestion.action is Action.REPLY_COFFEE
    assert entry.contact.incoming_note == PERSONAL


def test_handled_requests_leave_the_inbox_but_stay_in_all(store: Store, checker: Checker) -> None:
    request = add_pasted_request(store, Contact(name="Stock Sender"), "")
    store.set_request_action(request.id, RequestAction.DECLINE)

    assert inbox_entries(store, SETTINGS, checker) == []
    [entry] = inbox_entries(store, SETTINGS, checker, open_only=False)
    assert entry.request.action is RequestAction.DECLINE


def test_replying_to_an_imported_request_saves_the_sender_with_their_note(
    store: Store, checker: Checker
) -> None:
    with store.batch() as batch:
        batch.add_requests(
            [NewRequest(None, "Rui Costa", PERSONAL, datetime(2026, 11, 1, tzinfo=UTC), "r1")]
        )
    [entry] = inbox_entries(store, SETTINGS, checker)
    assert entry.contact.id is None

    contact = contact_for_reply(store, entry)

    assert contact.id is not None
    assert store.get_contact(contact.id).incoming_note == PERSONAL
    assert contact_for_reply(store, entry).id == contact.id  # found again, not duplicated
    assert store.contact_count() == 1
