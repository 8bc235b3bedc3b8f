"""Rapport's own templates are named in the window's language, with the version's
language and form of address; in English exactly as the core names them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.library.fields import FieldUse
from app.library.names import template_title, version_of
from app.library.templates import TemplateLibrary, load_library
from app.stats.followups import FollowUp, Reason, ThankDetail
from app.ui.compose.template_model import TemplateListModel
from app.ui.history.followups_tab import FollowUpModel
from app.ui.templates.fields_model import TemplateFieldsModel
from app.ui.widgets.template_text import builtin_titles, template_text


@pytest.fixture(scope="module")
def library() -> TemplateLibrary:
    return load_library()


def _builtins(library: TemplateLibrary) -> list[str]:
    return [t.name for t in library.templates if t.source == "builtin"]


def test_every_builtin_has_a_title_to_translate(library: TemplateLibrary) -> None:
    bases = {version_of(name)[0] for name in _builtins(library)}
    assert bases == set(builtin_titles())


def test_in_english_the_window_names_templates_as_the_core_does(
    library: TemplateLibrary,
) -> None:
    for name in [*_builtins(library), "my-own.template", ""]:
        assert template_text(name) == template_title(name)


def test_the_picker_names_a_german_version_in_german(
    library: TemplateLibrary, shipped_german: None
) -> None:
    model = TemplateListModel([library.get("invite-met-at-event.de.sie")])
    shown = model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    assert shown == "Einladung nach einer Veranstaltung (DE, Sie)"
    assert template_text("recruiter-not-now.es.tu") == "Recruiter: gerade nicht (ES, tú)"


def test_a_follow_up_names_its_template_by_its_german_title(shipped_german: None) -> None:
    model = FollowUpModel()
    detail = ThankDetail(days_ago=2, replied=False)
    model.set_items([FollowUp(1, "Ana Souza", Reason.THANK, "thanks-for-accepting.de.sie", detail)])
    tip = model.data(model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert tip == (
        "Drücken Sie die Eingabetaste oder doppelklicken Sie, um Ana Souza mit "
        "„Danke fürs Annehmen (DE, Sie)“ zu schreiben."
    )


def test_the_template_editor_names_every_field_in_german(shipped_german: None) -> None:
    model = TemplateFieldsModel()
    uses = [
        FieldUse("first_name", "First name", "contact", required=True, missing=False),
        FieldUse("my_name", "Your name", "you", required=False, missing=False),
        FieldUse("intro_name", "Intro name", "message", required=False, missing=False),
        FieldUse("venue", "Venue", "message", required=False, missing=False),
    ]
    model.set_fields(uses, "Ada")
    shown = [model.index(row).data() for row in range(model.rowCount())]
    assert shown == [
        "Vorname (first_name)",
        "Ihr Name (my_name)",
        "Wen stellen Sie vor? (intro_name)",
        "Venue (venue)",  # a user's own field, by the words of its name
    ]
