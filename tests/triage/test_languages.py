"""Triage in German, French, Spanish and Brazilian Portuguese: a stock note is declined
and a personal one answered, whatever the language, the reasons are said in it, and the
reply is drafted from the template in the language the person wrote in."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.checker import Checker
from app.checker.languages import detect_language
from app.contacts import Contact
from app.library.templates import load_library
from app.relationships.triage import Action, suggest
from app.settings import Settings

ME = Settings(my_name="Maria Silva", my_location="Toronto, ON")
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"

NOTES = {
    "de": (
        "Guten Tag, ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",
        "Hallo Maria, danke für deinen Vortrag über Lockfiles auf der PyCon, seitdem läuft "
        "unser CI endlich stabil!",
    ),
    "fr": (
        "Bonjour, je souhaiterais vous inviter à rejoindre mon réseau professionnel sur LinkedIn.",
        "Bonjour Maria, merci pour ton exposé sur les lockfiles à la PyCon : notre CI ne "
        "casse plus depuis mardi.",
    ),
    "es": (
        "Hola, me gustaría añadirte a mi red profesional en LinkedIn.",
        "Hola Maria, gracias por tu charla sobre lockfiles en la PyCon; desde el martes "
        "nuestro CI ya no falla.",
    ),
    "pt": (
        "Olá, gostaria de adicionar você à minha rede profissional no LinkedIn.",
        "Oi Maria, valeu pela palestra sobre lockfiles na PyCon; desde terça nosso CI parou "
        "de quebrar.",
    ),
}

# How each language says that a note is stock text.
STOCK_SAYS = {
    "de": "ist Standardtext",
    "fr": "est un texte tout fait",
    "es": "es texto de plantilla",
    "pt": "é um texto pronto",
}


@pytest.mark.parametrize("language", NOTES)
def test_a_stock_note_is_declined_in_each_language(checker: Checker, language: str) -> None:
    stock, _ = NOTES[language]
    result = suggest(Contact("Lee Wong"), stock, ME, checker)
    assert result.action is Action.DECLINE
    assert STOCK_SAYS[language] in result.reasons[1]
    for reason in result.reasons:
        assert detect_language(reason) == language, reason


@pytest.mark.parametrize("language", NOTES)
def test_every_reason_is_said_in_the_reply_language(checker: Checker, language: str) -> None:
    _, personal = NOTES[language]
    people = [
        Contact("Lee Wong", group="Friends", strength=2),
        Contact("Lee Wong", title="Senior Technical Recruiter", strength=4, group="Met once"),
        Contact("Lee Wong", location="Toronto, ON"),
        Contact("Lee Wong", location="Remote"),
    ]
    for person in people:
        for note in ("", personal):
            result = suggest(person, note, ME, checker, language=language)
            for reason in result.reasons:
                assert detect_language(reason) == language, reason


@pytest.mark.parametrize("language", NOTES)
def test_a_personal_note_is_answered_in_its_language(checker: Checker, language: str) -> None:
    _, personal = NOTES[language]
    result = suggest(Contact("Lee Wong"), personal, ME, checker)
    assert result.action is Action.REPLY_FOLLOW
    assert (result.template, result.language) == (f"decline-follow-instead.{language}", language)
    assert result.template in load_library(TEMPLATES, TEMPLATES / "no-user-templates")


def test_the_contact_language_then_the_input_decide_over_the_note(checker: Checker) -> None:
    friend = Contact("Ana Lopez", group="Friends", language="fr")
    assert suggest(friend, "", ME, checker).template == "thanks-for-connecting.fr"
    _, german = NOTES["de"]
    assert suggest(friend, german, ME, checker).template == "thanks-for-connecting.fr"
    chosen = suggest(friend, german, ME, checker, language="es")
    assert (chosen.template, chosen.to_json()["lang"]) == ("thanks-for-connecting.es", "es")
    assert suggest(Contact("Ana Lopez", group="Friends"), "", ME, checker).language == "en"
