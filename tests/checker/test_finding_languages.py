"""`rapport check --json` says its findings in the language of the message: a German
note gets German advice, a French one French, and so on, English ones still English."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.checker import Checker, SentIndex
from app.checker.languages import detect_language
from tests.checker.test_cli import _jsonl, _run

CONTACT = {"name": "Lena Vogt", "company": "Siemens Energy", "location": "Erlangen"}
# Stock text, a mail-merge company, a template's blank, and too long for a free note.
MESSAGES = {
    "en": "Hi Lena, I saw that you work at Siemens Energy. I'd like to add you to my "
    "professional network. I am always keen to connect with like-minded professionals "
    "and exchange ideas about the industry and beyond. Best regards, [Your Name]",
    "de": "Hallo Lena, ich habe gesehen, dass Sie bei Siemens Energy arbeiten. Ich möchte "
    "Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen. Ich freue mich "
    "immer über neue Kontakte und einen Austausch über die Branche. Viele Grüße, [Ihr Name]",
    "fr": "Bonjour Lena, j'ai vu que vous travaillez chez Siemens Energy. Je souhaiterais "
    "vous inviter à rejoindre mon réseau professionnel sur LinkedIn. J'aime toujours "
    "échanger avec des professionnels du secteur. Cordialement, [Votre nom]",
    "es": "Hola Lena, he visto que trabajas en Siemens Energy. Me gustaría añadirte a mi "
    "red profesional en LinkedIn. Siempre me interesa conectar con profesionales del "
    "sector e intercambiar ideas sobre la industria. Un saludo, [Tu nombre]",
    "pt": "Olá Lena, vi que você trabalha na Siemens Energy. Gostaria de adicionar você à "
    "minha rede profissional no LinkedIn. Sempre gosto de me conectar com profissionais "
    "do setor e trocar ideias sobre o mercado. Abraço, [Seu nome]",
}
# The words a finding opens with in each language, for the blank left in.
BLANK_SAYS = {
    "en": "is a blank left from a template",
    "de": "ist eine Lücke aus einer Vorlage",
    "fr": "est un champ laissé vide par un modèle",
    "es": "es un hueco que quedó de una plantilla",
    "pt": "é uma lacuna que sobrou de um modelo",
}


def _report(message: dict[str, Any], monkeypatch: pytest.MonkeyPatch, capsys: Any) -> Any:
    assert _run(["--json", "--no-grammar", "-"], _jsonl(message), monkeypatch) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("language", MESSAGES)
def test_findings_are_said_in_the_message_language(
    language: str, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    message = {"text": MESSAGES[language], "channel": "linkedin_note", "contact": CONTACT}
    report = _report(message, monkeypatch, capsys)
    assert report["lang"] == language
    codes = {finding["code"] for finding in report["findings"]}
    assert {"boilerplate", "placeholder", "length", "mail_merge"} <= codes
    for finding in report["findings"]:
        assert detect_language(finding["message"]) == language, finding["message"]
    blank = next(f for f in report["findings"] if f["code"] == "placeholder")
    assert BLANK_SAYS[language] in blank["message"]


def test_the_lang_given_in_the_input_decides_the_findings_language(
    monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    # A German message checked as if Spanish: the words are still read, and the advice
    # is in the language asked for.
    message = {"text": MESSAGES["de"], "lang": "es", "channel": "linkedin_note"}
    report = _report(message, monkeypatch, capsys)
    assert report["lang"] == "es"
    blank = next(f for f in report["findings"] if f["code"] == "placeholder")
    assert BLANK_SAYS["es"] in blank["message"]


@pytest.mark.parametrize("language", MESSAGES)
def test_repeats_hints_and_short_notes_are_in_the_language_too(
    checker: Checker, language: str
) -> None:
    text = MESSAGES[language]
    sent = SentIndex([(7, text), (8, text)])
    # One sentence of some 150 words: too long a sentence, and too long an e-mail.
    long_sentence = " ".join([text.split(".")[1]] * 12)
    report = checker.check(
        f"{text} {long_sentence}.",
        kind="invite",
        channel="email",
        sent=sent,
        hints={"long_sentence", "length", "preview"},
        language=language,
    )
    codes = {finding.code for finding in report.findings}
    assert {"repeated", "hint_long_sentence", "hint_length"} <= codes
    for finding in report.findings:
        assert detect_language(finding.message) == language, finding.message
    short = checker.check("Lena!", language=language, contact=CONTACT)
    too_short = next(f for f in short.findings if f.code == "length")
    assert "Lena" in too_short.message
    for finding in short.findings:
        assert detect_language(finding.message) == language, finding.message
