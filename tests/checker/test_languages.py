"""The checker in German, French, Spanish and Brazilian Portuguese: the language of a
short note is told right, LinkedIn's own default note in each language reads as stock,
and notes that only this sender could write read as personal. None of these messages is
in the development corpus the patterns were tuned on."""

from __future__ import annotations

import pytest

from app.checker import Checker
from app.checker.languages import detect_language
from tests.checker.conftest import found

SHORT_NOTES = [
    ("en", "Ana, is the kiln at the co-op fixed yet?"),
    ("de", "Jonas, hast du die Zeichnungen für den Carport noch?"),
    ("de", "Grüße aus Kiel, bis Dienstag!"),
    ("fr", "Léa, tu as retrouvé le carnet de croquis ?"),
    ("fr", "Merci pour le tuyau, Paul !"),
    ("es", "Lucía, ¿me pasas la receta del flan?"),
    ("es", "¡Nos vemos en la feria, Andrés!"),
    ("pt", "Rafa, você ainda tem aquele livro de marcenaria?"),
    ("pt", "Valeu pela carona, Bia!"),
]


@pytest.mark.parametrize(("language", "text"), SHORT_NOTES)
def test_the_language_of_a_short_note_is_told(language: str, text: str) -> None:
    assert detect_language(text) == language


# LinkedIn's default invitation text in each language, as its users send it unchanged.
LINKEDIN_DEFAULTS = [
    ("de", "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen."),
    ("fr", "Je souhaiterais vous inviter à rejoindre mon réseau professionnel sur LinkedIn."),
    ("es", "Me gustaría añadirte a mi red profesional en LinkedIn."),
    ("pt", "Gostaria de adicionar você à minha rede profissional no LinkedIn."),
]


@pytest.mark.parametrize(("language", "text"), LINKEDIN_DEFAULTS)
def test_linkedin_default_note_is_stock_in_each_language(
    checker: Checker, language: str, text: str
) -> None:
    report = checker.check(f"Hallo Petra, {text}", kind="invite", contact={"name": "Petra Lind"})
    assert report.verdict == "generic"
    assert found(report, "boilerplate")
    assert report.language == language


GENERIC = [
    # Mail-merge praise and an ask to connect.
    "Hallo Frau Lind, Ihr beeindruckender Werdegang hat mich sehr beeindruckt. Ich würde "
    "mich freuen, mich mit Ihnen zu vernetzen.",
    # A recruiter's pitch: jobs on offer, salaries promised.
    "Bonjour Petra, votre profil correspond à plusieurs postes à pourvoir à Lyon, avec des "
    "salaires très attractifs.",
    # A sales pitch: our tool, a demo slot.
    "Hola Petra, ayudamos a estudios como el tuyo a facturar más rápido. ¿Te va bien una "
    "demo de 15 minutos el jueves?",
    "Oi Petra, obrigado pela conexão! Fico à disposição para o que precisar.",
]


@pytest.mark.parametrize("text", GENERIC)
def test_stock_and_pitches_are_generic_in_each_language(checker: Checker, text: str) -> None:
    report = checker.check(text, kind="invite", contact={"name": "Petra Lind"})
    assert report.verdict == "generic", report


PERSONAL = [
    "Petra, danke nochmal für die Leiter am Samstag, der Dachboden ist endlich leer!",
    "Petra, on s'est croisées au marché de Croix-Rousse : tu as toujours la recette du "
    "gratin de cardons ?",
    "Petra, ¿un café el viernes para ver los planos del invernadero?",
    "Petra, valeu por revisar a planilha do mutirão na quinta!",
]


@pytest.mark.parametrize("text", PERSONAL)
def test_notes_only_this_sender_could_write_are_personal(checker: Checker, text: str) -> None:
    report = checker.check(text, kind="invite", contact={"name": "Petra Lind"})
    assert report.verdict == "personal", report


def test_the_language_given_wins_over_detection(checker: Checker) -> None:
    text = "Petra, ¿un café el viernes para ver los planos del invernadero?"
    assert checker.check(text).language == "es"
    assert checker.check(text, language="pt").language == "pt"
    contact = {"name": "Petra Lind", "language": "de"}
    assert checker.check(text, contact=contact).language == "de"
    assert checker.check(text, contact=contact, language="fr").to_json()["lang"] == "fr"
