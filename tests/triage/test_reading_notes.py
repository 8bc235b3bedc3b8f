"""Triage reads a stranger's note as the user would: their own work, their city or a
meeting make it personal; a sales pitch or pasted flattery does not."""

from __future__ import annotations

import json

import pytest

from app.checker import Checker
from app.contacts import Contact
from app.relationships.triage import Action, suggest
from app.settings import Settings
from tests.triage.conftest import Run

ME = Settings(my_name="Maria Silva", my_location="Toronto, ON")
DANA = (
    "I read your post on template fatigue and run a writing workshop in your city. Coffee sometime?"
)
SAMIR = "Hi Maria, we spoke after your panel at GITEX. Would be great to stay in touch."
PITCH = "Hi Maria, I help founders 10x their pipeline with done-for-you outbound. Open to a chat?"
FLATTERY = "Hi Maria, I read your recent post and found it insightful. Let's connect!"
LOCAL_FORM = "Hi, I am also in Toronto and would love to connect with local professionals."


def test_a_nearby_stranger_who_read_the_users_post_is_offered_a_coffee(checker: Checker) -> None:
    dana = Contact("Dana Pike", location="Toronto, Ontario, Canada")
    result = suggest(dana, DANA, ME, checker)
    assert result.action is Action.REPLY_COFFEE
    assert "mentions your post and your city" in result.reasons[1]


def test_someone_met_after_the_users_panel_gets_a_reply(checker: Checker) -> None:
    samir = Contact("Samir Haddad", location="Dubai, United Arab Emirates")
    result = suggest(samir, SAMIR, ME, checker)
    assert result.action is Action.REPLY_FOLLOW
    assert "mentions your panel and a meeting" in result.reasons[1]


@pytest.mark.parametrize("note", [PITCH, FLATTERY, LOCAL_FORM])
def test_pitches_and_pasted_flattery_are_declined(checker: Checker, note: str) -> None:
    result = suggest(Contact("Lee Wong", location="Toronto, ON"), note, ME, checker)
    assert result.action is Action.DECLINE


def test_a_pitch_is_named_as_one(checker: Checker) -> None:
    result = suggest(Contact("Lee Wong"), PITCH, ME, checker)
    assert "is a sales pitch" in result.reasons[1]


def test_the_command_offers_coffee_to_a_nearby_reader_of_the_users_work(rapport: Run) -> None:
    request = {"contact": {"name": "Dana Pike", "location": "Mississauga, ON"}, "note": DANA}
    done = rapport("triage", "--json", "--my-location", "Toronto, ON", stdin=json.dumps(request))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["action"] == "reply_coffee"
