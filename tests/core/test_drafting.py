"""Drafts: what the composer shows for a template, a contact and the user's edits."""

from __future__ import annotations

from app.composing.draft import Draft, detail_names, preview
from app.contacts import Contact
from app.library.templates import parse_template
from app.settings import Settings

NOTE = parse_template(
    "---\nname: t\nkind: intro\nchannel: linkedin_note\nrequires: [first_name, intro_name]\n"
    "---\nHi {{ first_name }}, meet {{ intro_name }}. Their is a lot to discuss.\n"
)
ANA = Contact(name="Ana Souza")


def test_preview_counts_against_the_accounts_note_limit() -> None:
    draft = Draft(NOTE, "x" * 250, ANA, {"intro_name": "Bo"})
    assert preview(draft, Settings()).over_limit
    assert preview(draft, Settings()).limit == 200
    assert not preview(draft, Settings(linkedin_account="premium")).over_limit


def test_preview_names_missing_details_in_words() -> None:
    result = preview(Draft.start(NOTE, ANA), Settings())
    assert result.missing == ("intro_name",)
    assert "intro name" in result.error
    assert not result.sendable


def test_preview_without_contact_asks_for_one() -> None:
    assert str(preview(Draft.start(NOTE, None), Settings()).error) == "Pick a contact to write to."


def test_a_field_the_user_edited_away_is_no_longer_required() -> None:
    result = preview(Draft(NOTE, "Hi {{ first_name }}, good to see you.", ANA), Settings())
    assert (result.text, result.error) == ("Hi Ana, good to see you.", "")


def test_details_are_the_names_no_contact_supplies() -> None:
    draft = Draft(NOTE, NOTE.body + " {{ topic }} {{ my_name }} {{ company }}", ANA)
    assert detail_names(draft) == ["intro_name", "topic"]
