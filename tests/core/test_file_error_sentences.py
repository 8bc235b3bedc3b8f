"""Errors about the files a user imports and the templates they write are sentences the
window can translate, while `str()` stays the English that `rapport` and the logs print.
The render worker, a process that runs strangers' templates, names its sentence, and a
sentence Rapport does not know is shown as plain text, never formatted."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.importers import ImportCancelled, ImportFileError, import_vcard
from app.library.templates import TemplateFormatError, parse_template
from app.library.transfer import ExportError, export_templates
from app.rendering import renderer
from app.rendering.renderer import RenderError, render_source, worker_message
from app.safe_io.reading import TEMPLATE_FILE, FileRefused, FileTooLarge, read_bounded
from app.sentences import Sentence
from app.store import Store
from tests.templates_io.helpers import template_text


def test_an_import_error_says_the_same_english_and_carries_its_sentence(
    tmp_path: Path,
) -> None:
    broken = tmp_path / "contacts.vcf"
    broken.write_text("BEGIN:VCARD\nFN:Ana\nEND:VCARD\nEND:VCARD\n", encoding="utf-8")
    with Store.open(tmp_path / "rapport.db") as store, pytest.raises(ImportFileError) as caught:
        import_vcard(store, broken)
    error = caught.value
    assert str(error) == f"{broken}, line 4: END:VCARD without a BEGIN:VCARD before it."
    assert isinstance(error.problem, Sentence)
    assert error.sentence.wording.source == "{file}, line {line}: {problem}"
    assert str(ImportCancelled()) == "The import was cancelled; nothing was saved."


def test_a_refused_file_says_the_same_english(tmp_path: Path) -> None:
    with pytest.raises(FileRefused) as caught:
        read_bounded(tmp_path, TEMPLATE_FILE)
    assert str(caught.value) == f"{tmp_path}: this is a folder, not a file."
    big = tmp_path / "big.j2"
    big.write_bytes(b"x" * (TEMPLATE_FILE.limit + 1))
    with pytest.raises(FileTooLarge) as too_large:
        read_bounded(big, TEMPLATE_FILE)
    assert str(too_large.value) == f"{big}: larger than 200 KB, too large for a template."
    assert isinstance(too_large.value.problem, Sentence)


def test_a_template_error_says_the_same_english() -> None:
    with pytest.raises(TemplateFormatError) as caught:
        parse_template(template_text("x", kind="poem"))
    assert str(caught.value) == (
        "template: 'kind' must be one of: invite, thanks, decline, coffee, "
        "recruiter_reply, follow_up, intro."
    )
    assert isinstance(caught.value.where, Sentence)  # "template", a word to translate


def test_an_export_error_says_the_same_english(tmp_path: Path) -> None:
    template = parse_template(template_text("no-file"))
    with pytest.raises(ExportError) as caught:
        export_templates([template], tmp_path / "out")
    assert str(caught.value) == "'no-file' has no file to export."


def test_the_worker_names_the_sentence_of_a_render_error() -> None:
    with pytest.raises(RenderError) as caught:
        render_source("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", {}, trusted=False)
    message = caught.value.message
    assert isinstance(message, Sentence)
    assert message.wording is renderer.RECURSION
    assert str(caught.value) == "The template calls itself too deeply and was stopped."


def test_the_worker_names_the_sandbox_s_refusal_too() -> None:
    with pytest.raises(RenderError) as caught:
        render_source("{{ '%s' % first_name }}", {"first_name": "Ana"}, trusted=False)
    message = caught.value.message
    assert isinstance(message, Sentence)
    assert str(message) == "Formatting text with % is not allowed; join text with ~."


@pytest.mark.parametrize(
    "said",
    [
        ["RenderError", "{error.__class__}", {"error": "x"}],  # not a sentence Rapport has
        ["Other", "The template failed: {error}", {"error": "x"}],
        [["RenderError"], "The template failed: {error}", {"error": "x"}],
        ["RenderError", "The template failed: {error}", {"error": ["not", "text"]}],
        ["RenderError", "The template failed: {error}", {}],  # a placeholder without its value
        ["RenderError", "The template failed: {error}"],
        "The template failed: {error}",
    ],
)
def test_a_sentence_the_worker_makes_up_is_shown_as_the_text_it_sent(said: object) -> None:
    answer = {"error": "what the worker said", "said": said, "line": None}
    assert worker_message(answer) == "what the worker said"
