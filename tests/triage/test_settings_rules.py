"""The rules are the user's: each triage setting changes what is suggested."""

from __future__ import annotations

from app.checker import Checker
from app.contacts import Contact
from app.relationships.triage import Action, suggest
from app.settings import Settings
from tests.triage.conftest import PERSONAL_NOTE, STOCK_NOTE

ME = Settings(my_name="Maria Silva", my_location="Toronto, ON")


def test_adding_a_group_to_the_known_groups_makes_its_people_known(checker: Checker) -> None:
    kim = Contact("Kim Park", group="Met once", strength=4)
    assert suggest(kim, STOCK_NOTE, ME, checker).action is Action.DECLINE
    settings = ME.replace(known_groups=(*ME.known_groups, "Met once"))
    result = suggest(kim, STOCK_NOTE, settings, checker)
    assert result.action is Action.ACCEPT_AND_THANK
    assert result.reasons[0] == "You marked Kim as Met once."


def test_removing_a_group_makes_its_people_strangers(checker: Checker) -> None:
    ana = Contact("Ana Lopez", group="Former colleagues", strength=5)
    assert suggest(ana, STOCK_NOTE, ME, checker).action is Action.ACCEPT_AND_THANK
    settings = ME.replace(known_groups=("Friends",))
    assert suggest(ana, STOCK_NOTE, settings, checker).action is Action.DECLINE


def test_known_groups_ignore_case_and_spaces(checker: Checker) -> None:
    ana = Contact("Ana Lopez", group="  former COLLEAGUES ")
    assert suggest(ana, STOCK_NOTE, ME, checker).action is Action.ACCEPT_AND_THANK


def test_the_strength_threshold_decides_who_is_known(checker: Checker) -> None:
    kim = Contact("Kim Park", strength=4)
    assert suggest(kim, "", ME, checker).action is Action.DECLINE
    looser = suggest(kim, "", ME.replace(known_strength=4), checker)
    assert looser.action is Action.ACCEPT_AND_THANK
    assert "You rated Kim 4, Met once; you count 1 to 4 as people you know." in looser.reasons
    sam = Contact("Sam Roe", strength=2)
    assert suggest(sam, "", ME, checker).action is Action.ACCEPT_AND_THANK
    stricter = suggest(sam, "", ME.replace(known_strength=1), checker)
    assert stricter.action is Action.DECLINE


def test_recruiter_words_are_the_users(checker: Checker) -> None:
    pat = Contact("Pat Kim", title="People Partner")
    assert suggest(pat, STOCK_NOTE, ME, checker).action is Action.DECLINE
    settings = ME.replace(recruiter_words=("people partner",))
    assert suggest(pat, STOCK_NOTE, settings, checker).action is Action.ACCEPT
    raj = Contact("Raj Patel", title="Recruiter")
    assert suggest(raj, STOCK_NOTE, settings, checker).action is Action.DECLINE


def test_a_blank_recruiter_word_matches_nobody(checker: Checker) -> None:
    settings = ME.replace(recruiter_words=("", "  "))
    lee = Contact("Lee Wong", title="Engineer")
    assert suggest(lee, STOCK_NOTE, settings, checker).action is Action.DECLINE


def test_turning_coffee_off_invites_nearby_strangers_to_follow(checker: Checker) -> None:
    lee = Contact("Lee Wong", location="Greater Toronto Area")
    assert suggest(lee, PERSONAL_NOTE, ME, checker).action is Action.REPLY_COFFEE
    result = suggest(lee, PERSONAL_NOTE, ME.replace(offer_coffee=False), checker)
    assert result.action is Action.REPLY_FOLLOW
    assert result.reasons[-1] == (
        "Coffee offers are off in your settings, so the reply invites Lee to follow you."
    )


def test_my_location_decides_who_is_nearby(checker: Checker) -> None:
    lee = Contact("Lee Wong", location="Oakland, California")
    assert suggest(lee, PERSONAL_NOTE, ME, checker).action is Action.REPLY_FOLLOW
    moved = ME.replace(my_location="San Francisco Bay Area")
    assert suggest(lee, PERSONAL_NOTE, moved, checker).action is Action.REPLY_COFFEE


def test_a_note_naming_only_me_and_my_city_is_stock(checker: Checker) -> None:
    # A mail merge fills in the recipient's name and city: that alone is no personal note.
    note = "Hi Maria, I see you are in Toronto. I'd like to add you to my professional network."
    lee = Contact("Lee Wong", location="Toronto")
    assert suggest(lee, note, ME, checker).action is Action.DECLINE
