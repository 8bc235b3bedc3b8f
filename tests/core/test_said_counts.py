"""What `rapport` and the logs print stays the English it was while the window says it in
its language: a count in a sentence ("10,000"), a contact's refusal (still a ValueError),
a file inside an export's zip ("Connections.csv in export.zip"); and the render worker
sends a count back as a number the window can group."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.checker.known_words import DictionaryError
from app.composing.personal_dictionary import MAX_WORDS, add_word
from app.contacts import Contact, ContactError, contact_from_mapping
from app.importers import import_linkedin
from app.rendering.limits import MAX_TEXT, TEXT_TOO_LONG
from app.rendering.renderer import worker_message, worker_said
from app.sentences import Count, SaidText
from app.store import Store
from tests.imports.builders import current_export, write_zip


def test_a_count_is_grouped_the_english_way_in_str(tmp_path: Path) -> None:
    dictionary = tmp_path / "dictionary.txt"
    dictionary.write_text("".join(f"word{n}\n" for n in range(MAX_WORDS)), encoding="utf-8")

    with pytest.raises(DictionaryError) as caught:
        add_word(dictionary, "Zyxel")

    assert str(caught.value) == "Your dictionary holds 10,000 words already."
    assert dict(caught.value.sentence.values) == {"count": Count(10_000)}


def test_the_worker_sends_a_count_as_a_number_and_the_parent_keeps_it_a_count() -> None:
    refused = TEXT_TOO_LONG(limit=Count(MAX_TEXT))

    answer = worker_said(refused)

    assert answer["said"][2] == {"limit": MAX_TEXT}
    assert worker_message(answer) == refused
    assert str(worker_message(answer)) == (
        f"The template tried to build text longer than {MAX_TEXT:,} characters."
    )


@pytest.mark.parametrize("number", [True, -1, 10**40, 1.5])
def test_a_number_no_limit_has_is_shown_as_the_text_the_worker_sent(number: object) -> None:
    said = ["TemplateRefused", TEXT_TOO_LONG.source, {"limit": number}]
    answer = {"error": "what the worker said", "said": said, "line": None}
    assert worker_message(answer) == "what the worker said"


def test_a_contact_s_refusal_is_a_value_error_in_the_same_english() -> None:
    with pytest.raises(ValueError, match=r"^A contact needs a name\.$") as no_name:
        Contact(name="  ")
    with pytest.raises(ValueError) as strength:
        contact_from_mapping({"name": "Ana Souza", "strength": "close"})

    assert isinstance(no_name.value, ContactError)
    assert str(strength.value) == "Relationship strength must be a whole number from 1 to 5."


def test_a_file_in_an_export_zip_is_named_in_english(tmp_path: Path) -> None:
    export = write_zip(tmp_path / "export.zip", current_export())

    with Store.open(tmp_path / "rapport.db") as store:
        summary = import_linkedin(store, export)

    files = {row.file for row in summary.skipped}
    assert files == {"Connections.csv in export.zip"}
    assert all(isinstance(file, SaidText) for file in files)
