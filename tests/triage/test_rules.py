"""Each triage rule, and which rule wins when several apply."""

from __future__ import annotations

import pytest

from app.checker import Checker
from app.contacts import Contact
from app.library.templates import Kind, load_library
from app.relationships.triage import TEMPLATES, Action, suggest
from app.settings import Settings
from tests.triage.conftest import BLAND_NOTE, PERSONAL_NOTE, STOCK_NOTE

ME = Settings(my_name="Maria Silva", my_location="Toronto, ON")


def _stranger(**fields: str) -> Contact:
    return Contact("Lee Wong", **fields)


def test_someone_known_by_group_is_accepted_and_thanked(checker: Checker) -> None:
    ana = Contact("Ana Lopez", group="Former colleagues")
    result = suggest(ana, PERSONAL_NOTE, ME, checker)
    assert result.action is Action.ACCEPT_AND_THANK
    assert result.template == "thanks-for-connecting"
    assert result.reasons[0] == "You marked Ana as Former colleagues."
    assert "reads as written for you" in result.reasons[1]


def test_someone_known_by_strength_is_accepted_and_thanked(checker: Checker) -> None:
    ana = Contact("Ana Lopez", strength=2)
    result = suggest(ana, "", ME, checker)
    assert result.action is Action.ACCEPT_AND_THANK
    assert "You rated Ana 2, Know well; you count 1 to 3 as people you know." in result.reasons
    assert "Ana sent no note." in result.reasons


def test_a_stock_note_from_someone_known_is_still_accepted_and_thanked(checker: Checker) -> None:
    ana = Contact("Ana Lopez", group="Friends", strength=5)
    result = suggest(ana, STOCK_NOTE, ME, checker)
    assert result.action is Action.ACCEPT_AND_THANK
    assert any("stock text" in reason and STOCK_NOTE in reason for reason in result.reasons)


def test_someone_known_who_is_a_recruiter_is_thanked_as_someone_known(checker: Checker) -> None:
    raj = Contact("Raj Patel", title="Technical Recruiter", strength=1)
    assert suggest(raj, STOCK_NOTE, ME, checker).action is Action.ACCEPT_AND_THANK


@pytest.mark.parametrize(
    "title",
    ["Senior Technical Recruiter", "TALENT ACQUISITION Partner", "Sourcer, Engineering"],
)
def test_a_recruiter_by_title_is_accepted_without_a_message(checker: Checker, title: str) -> None:
    result = suggest(Contact("Raj Patel", title=title), STOCK_NOTE, ME, checker)
    assert result.action is Action.ACCEPT
    assert result.template is None
    assert result.reasons[0] == f"Raj's title, “{title}”, marks a recruiter."


def test_a_recruiter_by_group_is_accepted(checker: Checker) -> None:
    raj = Contact("Raj Patel", title="People Partner", group="recruiters")
    result = suggest(raj, "", ME, checker)
    assert result.action is Action.ACCEPT
    assert result.reasons[0] == "You marked Raj as recruiters."


@pytest.mark.parametrize(
    "title", ["Outsourcer", "Recruitment Marketing Lead", "Headhunters' Guild"]
)
def test_recruiter_words_match_whole_words_only(checker: Checker, title: str) -> None:
    # "Headhunters'" is not "headhunter"; "Recruitment" is not "recruiter".
    assert suggest(_stranger(title=title), STOCK_NOTE, ME, checker).action is Action.DECLINE


def test_a_recruiter_with_a_personal_note_is_accepted_and_the_note_noticed(
    checker: Checker,
) -> None:
    raj = Contact("Raj Patel", title="Recruiter", location="Toronto")
    result = suggest(raj, PERSONAL_NOTE, ME, checker)
    assert result.action is Action.ACCEPT
    assert result.template is None
    assert any("reads as written for you" in reason for reason in result.reasons)


def test_a_stranger_nearby_with_a_personal_note_is_offered_a_coffee(checker: Checker) -> None:
    lee = _stranger(location="Mississauga, Ontario, Canada")
    result = suggest(lee, PERSONAL_NOTE, ME, checker)
    assert result.action is Action.REPLY_COFFEE
    assert result.template == "decline-offer-coffee"
    assert result.reasons[-1] == (
        "Lee is in Mississauga, Ontario, Canada, near you (Toronto, ON), "
        "so the reply offers a coffee."
    )


def test_a_stranger_far_away_with_a_personal_note_is_invited_to_follow(checker: Checker) -> None:
    result = suggest(_stranger(location="Berlin, Germany"), PERSONAL_NOTE, ME, checker)
    assert result.action is Action.REPLY_FOLLOW
    assert result.template == "decline-follow-instead"
    assert "not near you (Toronto, ON)" in result.reasons[-1]


@pytest.mark.parametrize("note", [STOCK_NOTE, BLAND_NOTE, "", "   \n "])
def test_a_stranger_with_a_stock_note_or_none_is_declined_silently(
    checker: Checker, note: str
) -> None:
    result = suggest(_stranger(location="Toronto"), note, ME, checker)
    assert result.action is Action.DECLINE
    assert result.template is None
    # Strength 5 is the default, not something the user said: it is not quoted as a rating.
    assert result.reasons[0] == "Lee is in none of your groups, and nothing says you have met them."


def test_an_empty_note_is_said_to_be_no_note(checker: Checker) -> None:
    result = suggest(_stranger(), "  ", ME, checker)
    assert "Lee sent no note." in result.reasons


@pytest.mark.parametrize(
    ("mine", "theirs", "says"),
    [
        ("", "Toronto", "Your own location is not set"),
        ("Remote", "Toronto", "Your location, “Remote”, does not name a city or area"),
        ("Toronto", "", "Lee's location is not known"),
        ("Toronto", "Canada", "Lee's location, “Canada”, does not name a city or area"),
    ],
)
def test_an_unknown_location_on_either_side_means_no_coffee(
    checker: Checker, mine: str, theirs: str, says: str
) -> None:
    settings = ME.replace(my_location=mine)
    result = suggest(_stranger(location=theirs), PERSONAL_NOTE, settings, checker)
    assert result.action is Action.REPLY_FOLLOW
    assert result.reasons[-1].startswith(says)
    assert result.reasons[-1].endswith("so the reply invites Lee to follow you.")


def test_reasons_are_sentences(checker: Checker) -> None:
    long_note = PERSONAL_NOTE + " " + PERSONAL_NOTE
    for contact, note in [
        (Contact("Ana Lopez", group="Friends"), long_note),
        (Contact("Raj Patel", title="Recruiter"), PERSONAL_NOTE),
        (_stranger(location="Toronto"), long_note),
        (_stranger(), STOCK_NOTE),
    ]:
        for reason in suggest(contact, note, ME, checker).reasons:
            assert reason[0].isupper() and reason.endswith((".", "”")), reason
            assert "\n" not in reason and len(reason) < 200, reason


def test_the_suggested_templates_are_built_in_and_of_the_right_kind() -> None:
    library = load_library()
    kinds = {action: library.get(name).kind for action, name in TEMPLATES.items() if name}
    assert kinds == {
        Action.ACCEPT_AND_THANK: Kind.THANKS,
        Action.REPLY_COFFEE: Kind.DECLINE,
        Action.REPLY_FOLLOW: Kind.DECLINE,
    }
    assert "location" in library.get(TEMPLATES[Action.REPLY_COFFEE] or "").requires
