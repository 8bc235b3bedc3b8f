"""The window shows the triage's reasons in the language it speaks, while the reply stays
in the language the person wrote in."""

from __future__ import annotations

from app.checker import Checker
from app.checker.languages import detect_language
from app.contacts import Contact
from app.relationships.inbox import inbox_entries
from app.relationships.triage import Action, suggest
from app.settings import Settings
from app.store import Store
from tests.triage.conftest import STOCK_NOTE

ME = Settings(my_name="Maria Silva", my_location="Toronto, ON")


def test_reasons_in_the_readers_language_and_the_reply_in_the_writers(checker: Checker) -> None:
    english = suggest(Contact("Lee Wong"), STOCK_NOTE, ME, checker)
    german = suggest(Contact("Lee Wong"), STOCK_NOTE, ME, checker, explain_in="de")
    assert german.action is english.action is Action.DECLINE
    assert (german.template, german.language) == (english.template, "en")
    assert len(german.reasons) == len(english.reasons)
    assert "ist Standardtext" in german.reasons[1]
    for reason in german.reasons:
        assert detect_language(reason) == "de", reason


def test_the_inbox_explains_in_the_language_asked(store: Store, checker: Checker) -> None:
    lee = store.add_contact(Contact("Lee Wong"))
    store.add_request(lee, STOCK_NOTE)
    [said] = inbox_entries(store, ME, checker)
    [french] = inbox_entries(store, ME, checker, explain_in="fr")
    assert french.suggestion.template == said.suggestion.template
    assert "est un texte tout fait" in french.suggestion.reasons[1]
    assert detect_language(said.suggestion.reasons[1]) == "en"


def test_rapports_own_groups_are_named_in_the_readers_language(checker: Checker) -> None:
    met_once = Contact("Lee Wong", group="Met once", strength=4)
    german = suggest(met_once, STOCK_NOTE, ME, checker, explain_in="de")
    assert any("der Gruppe „Einmal getroffen“ zugeordnet" in r for r in german.reasons)
    assert not any("Met once" in r for r in german.reasons)
    english = suggest(met_once, STOCK_NOTE, ME, checker)
    assert any("You marked Lee as Met once" in r for r in english.reasons)
    club = suggest(
        Contact("Lee Wong", group="Kletterclub"), STOCK_NOTE, ME, checker, explain_in="fr"
    )
    assert any("classé Lee dans « Kletterclub »" in r for r in club.reasons)
