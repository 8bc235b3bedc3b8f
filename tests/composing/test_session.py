"""A message being written, without a window: it follows the contact and the template
until edited, is the user's after that, and stays with the person it was written for."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.checker import Checker
from app.composing.draft_shelf import DraftShelf
from app.composing.saved_drafts import DraftFolder
from app.composing.session import DraftSession, Suggest
from app.contacts import Contact
from app.library.templates import TemplateLibrary
from app.store import Store, StoreError
from tests.composing.conftest import SETTINGS

ANA = Contact(name="Ana Souza", how_met="at PyData Lisbon", location="Lisbon", id=1)
BO = Contact(name="Bo Chen", company="Fabrikam", id=2)


def test_the_message_is_the_suggested_template_filled_in(session: DraftSession) -> None:
    session.set_contact(ANA)
    assert session.template is not None and session.template.name == "invite-met-at-event"
    assert session.choice is not None and session.choice.why == "you met at PyData Lisbon"
    assert session.message.startswith("Hi Ana, good to meet you at PyData Lisbon.")
    assert "{" not in session.message and not session.edited


def test_an_unedited_message_follows_the_contact(session: DraftSession) -> None:
    session.set_contact(ANA)
    session.set_contact(ANA.replace(first_name="Anita"))
    assert session.message.startswith("Hi Anita,")


def test_the_suggestion_is_remade_as_the_contact_is_filled_in(session: DraftSession) -> None:
    session.set_contact(BO)
    assert session.template is not None and session.template.name == "invite-read-their-work"
    session.set_contact(BO.replace(introduced_by="Jonas Berg"))
    assert session.template.name == "invite-introduced-by"
    assert session.message.startswith("Hi Bo, Jonas Berg suggested we talk")


def test_a_template_the_user_picked_stays_for_that_contact(session: DraftSession) -> None:
    session.set_contact(ANA)
    session.choose("invite-same-city")
    session.set_contact(ANA.replace(introduced_by="Jonas Berg"))
    assert session.template is not None and session.template.name == "invite-same-city"
    session.set_contact(BO)
    assert session.template.name == "invite-read-their-work"  # Bo's own suggestion
    session.set_contact(ANA)
    assert session.template.name == "invite-same-city"


def test_an_edited_message_is_the_users_until_refilled(session: DraftSession) -> None:
    session.set_contact(ANA)
    session.edit("Ana, your PyData slides on lag were the best part of my day.")
    session.set_contact(ANA.replace(first_name="Anita"))
    assert session.edited
    assert session.message == "Ana, your PyData slides on lag were the best part of my day."
    session.refill()
    assert not session.edited and session.message.startswith("Hi Anita,")


def test_typing_back_the_templates_words_follows_the_template_again(
    session: DraftSession,
) -> None:
    session.set_contact(ANA)
    original = session.message
    session.edit(original + "!")
    session.edit(original)
    assert not session.edited


def test_a_draft_stays_with_its_person_and_comes_back_after_a_restart(
    library: TemplateLibrary, suggest: Suggest, rapport_home: Path
) -> None:
    folder = DraftFolder(rapport_home / "drafts")
    session = DraftSession(library, SETTINGS, shelf=DraftShelf(folder), suggest=suggest)
    session.set_contact(ANA)
    session.edit("About your slides, Ana…")
    session.set_contact(BO)
    assert "slides" not in session.message
    session.set_contact(ANA)
    assert session.message == "About your slides, Ana…"

    assert session.shelf is not None
    session.shelf.edited(ANA, session.content())
    assert session.shelf.flush() == []
    later = DraftSession(library, SETTINGS, shelf=DraftShelf(folder), suggest=suggest)
    notice = later.set_contact(ANA)
    assert later.message == "About your slides, Ana…"
    assert str(notice).startswith("Restored your unsent draft to Ana Souza from ")


def test_a_missing_field_is_asked_for_and_typed_in_for_this_message(
    session: DraftSession,
) -> None:
    session.set_contact(BO)
    assert session.message == "" and session.gap_names == ["their_work"]
    session.set_gap("their_work", "your post on backfills")
    assert session.message.startswith("Hi Bo, I keep coming back to your post on backfills.")


def test_a_suggestion_replaces_the_words_it_is_about(session: DraftSession) -> None:
    session.set_contact(ANA)
    session.edit("Hi Ana, their is a lot to discuss.")
    start = session.message.index("their")
    session.replace(start, start + 5, "there")
    assert session.message == "Hi Ana, there is a lot to discuss."


def test_an_ignored_finding_stays_away_for_this_message(
    session: DraftSession, checker: Checker
) -> None:
    session.set_contact(ANA)
    session.edit("I'd like to add you to my professional network.")
    report = session.check(checker, None)
    assert report is not None and report.findings
    first = report.findings[0]
    session.ignore(first)
    again = session.check(checker, None)
    assert again is not None and first not in again.findings


def test_recording_stores_the_edited_message_once(
    session: DraftSession, rapport_home: Path
) -> None:
    with Store.open(rapport_home / "rapport.db") as store:
        ana = store.add_contact(ANA.replace(id=None))
        session.set_contact(ana)
        session.edit("Ana, your PyData slides on lag were the best part of my day.")
        message = session.record(store, score=80)
        assert message.text == session.message and message.template == "invite-met-at-event"
        assert not session.can_record
        with pytest.raises(StoreError):
            session.record(store, score=80)
        assert len(store.messages(ana.id)) == 1


def test_an_unsaved_contact_cannot_be_recorded_to(
    session: DraftSession, rapport_home: Path
) -> None:
    session.set_contact(ANA.replace(id=None))
    with Store.open(rapport_home / "rapport.db") as store:
        with pytest.raises(StoreError, match="Save the contact first"):
            session.record(store, score=None)
        assert store.message_count() == 0


def test_before_anyone_is_picked_the_template_is_the_read_their_work_invite(
    session: DraftSession,
) -> None:
    assert session.contact is None
    assert session.template is not None and session.template.name == "invite-read-their-work"
