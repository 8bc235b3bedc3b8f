"""The labels the window takes from the core (outcomes, kinds, channels, contact fields,
strengths, keep-in-touch choices, inbox actions, settings, statistics rows and rates,
percentages, durations) come out in the window's language. With no translation they read
as the core's English, one for one, so a member the core adds without a label here fails;
with a German translation they read German, in the widgets that show them too."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from app.channels import Channel
from app.contacts import FIELDS, STRENGTH_LABELS
from app.library.fields import FieldUse
from app.library.templates import Kind
from app.relationships.keeping_in_touch import CADENCE_CHOICES
from app.relationships.triage import LABELS as ACTION_LABELS
from app.settings import LABELS as SETTING_LABELS
from app.stats import Rate, Row
from app.stats.breakdowns import (
    UNSCORED_LABEL,
    group_label,
    kind_label,
    month_label,
    strength_label,
    template_label,
)
from app.stats.outcomes import OUTCOME_LABELS, TallyBuilder
from app.store import Outcome, RequestAction
from app.ui import window_language
from app.ui.contacts.form import ContactForm
from app.ui.history.outcome_delegate import OutcomeDelegate
from app.ui.templates.fields_model import TemplateFieldsModel
from app.ui.widgets.action_text import action_text
from app.ui.widgets.breakdown_text import rate_text, row_text
from app.ui.widgets.channel_text import channel_limit_text, channel_text
from app.ui.widgets.closeness_text import cadence_text, strength_text
from app.ui.widgets.field_text import field_hint, field_label
from app.ui.widgets.locale_text import duration_text, percent_text
from app.ui.widgets.outcome_text import outcome_text
from app.ui.widgets.setting_text import setting_label
from app.ui.window_language import install_window_language

GERMAN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context><name>OutcomeText</name>
  <message><source>Pending</source><translation>Ausstehend</translation></message>
  <message><source>Accepted</source><translation>Angenommen</translation></message>
</context>
<context><name>ChannelText</name>
  <message><source>LinkedIn message</source><translation>LinkedIn-Nachricht</translation></message>
  <message><source>LinkedIn InMail</source><translation>LinkedIn-InMail</translation></message>
  <message><source>{channel} (up to {limit} characters)</source>
    <translation>{channel} (bis zu {limit} Zeichen)</translation></message>
</context>
<context><name>FieldText</name>
  <message><source>First name</source><translation>Vorname</translation></message>
</context>
<context><name>FieldHint</name>
  <message><source>Taken from the name when empty</source>
    <translation>Wenn leer, aus dem Namen übernommen</translation></message>
</context>
<context><name>StrengthText</name>
  <message><source>Know well</source><translation>Gut bekannt</translation></message>
</context>
<context><name>CadenceText</name>
  <message><source>Every month</source><translation>Jeden Monat</translation></message>
</context>
<context><name>KindText</name>
  <message><source>Invitation</source><translation>Einladung</translation></message>
</context>
<context><name>BreakdownText</name>
  <message><source>No group</source><translation>Keine Gruppe</translation></message>
  <message><source>{rate} ({successes} of {trials}; 95% interval {low}–{high})</source>
    <translation>{rate} ({successes} von {trials}; 95-%-Intervall {low}–{high})</translation>
  </message>
</context>
<context><name>SettingText</name>
  <message><source>Your name</source><translation>Ihr Name</translation></message>
</context>
<context><name>ActionText</name>
  <message><source>Accept</source><translation>Annehmen</translation></message>
</context>
<context><name>PercentText</name>
  <message><source>{number}%</source><translation>{number} %</translation></message>
</context>
<context><name>Duration</name>
  <message numerus="yes"><source>%Ln hours</source><translation>
    <numerusform>%Ln Stunde</numerusform><numerusform>%Ln Stunden</numerusform>
  </translation></message>
  <message><source>{days} days</source><comment>one decimal</comment>
    <translation>{days} Tage</translation></message>
</context>
</TS>
"""


@pytest.fixture
def german(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A small German translation installed as start-up installs it, removed afterwards
    (the English one the tests install goes with it, and comes back for the next test)."""
    source = tmp_path / "rapport_de.ts"
    source.write_text(GERMAN, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(source), "-qm", str(tmp_path / "rapport_de.qm")],
        check=True,
        timeout=60,
    )
    monkeypatch.setattr(window_language, "translations_dir", lambda: tmp_path)
    install_window_language(qapp, "de", QLocale("de_DE"))
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)


def test_every_outcome_kind_of_label_reads_as_the_core_in_english(qapp: QApplication) -> None:
    assert {o: outcome_text(o) for o in Outcome} == OUTCOME_LABELS
    assert {c: channel_text(c) for c in Channel} == {c: c.label for c in Channel}
    assert {a: action_text(a) for a in RequestAction} == ACTION_LABELS
    assert {s: strength_text(s) for s in STRENGTH_LABELS} == STRENGTH_LABELS
    assert [(cadence_text(days), days) for _, days in CADENCE_CHOICES] == list(CADENCE_CHOICES)


def test_every_contact_field_has_its_label_and_hint(qapp: QApplication) -> None:
    assert [field_label(info.name) for info in FIELDS] == [info.label for info in FIELDS]
    assert [field_hint(info.name) for info in FIELDS] == [info.hint for info in FIELDS]


def test_percentages_and_durations_in_english(qapp: QApplication) -> None:
    assert percent_text(0.534) == "53%"
    assert percent_text(0.534, sign=False) == "53"
    assert duration_text(1) == "1 hour"
    assert duration_text(5.4) == "5 hours"
    assert duration_text(36) == "1.5 days"
    assert duration_text(24 * 12.4) == "12 days"
    assert channel_limit_text(Channel.INMAIL, 200) == "LinkedIn InMail (up to 1,900 characters)"
    assert channel_limit_text(Channel.EMAIL, 200) == "E-mail"


def test_labels_come_out_in_german(german: None) -> None:
    assert outcome_text(Outcome.ACCEPTED) == "Angenommen"
    assert channel_text(Channel.LINKEDIN_MESSAGE) == "LinkedIn-Nachricht"
    assert channel_limit_text(Channel.INMAIL, 200) == "LinkedIn-InMail (bis zu 1.900 Zeichen)"
    assert field_label("first_name") == "Vorname"
    assert field_hint("first_name") == "Wenn leer, aus dem Namen übernommen"
    assert strength_text(2) == "Gut bekannt"
    assert cadence_text(30) == "Jeden Monat"
    assert action_text(RequestAction.ACCEPT) == "Annehmen"
    assert percent_text(0.534) == "53 %"
    assert duration_text(1) == "1 Stunde"
    assert duration_text(5) == "5 Stunden"
    assert duration_text(36) == "1,5 Tage"


def test_contact_form_and_outcome_editor_show_german(qtbot: QtBot, german: None) -> None:
    form = ContactForm()
    qtbot.addWidget(form)
    assert form.lines["first_name"].accessibleName() == "Vorname"
    assert form.lines["first_name"].placeholderText() == "Wenn leer, aus dem Namen übernommen"
    strengths = [form.strength.itemText(i) for i in range(form.strength.count())]
    assert "2 · Gut bekannt" in strengths
    cadences = [form.cadence.itemText(i) for i in range(form.cadence.count())]
    assert "Jeden Monat" in cadences
    delegate = OutcomeDelegate()
    editor = delegate.createEditor(form, QStyleOptionViewItem(), QModelIndex())
    assert isinstance(editor, QComboBox)
    assert editor.findText("Angenommen") >= 0


def _row(key: str | int | None) -> Row:
    """A statistics row whose core label is blank: only the window's name can fill it."""
    return Row(key, "", TallyBuilder().freeze())


def test_statistics_rows_and_rates_read_as_the_core_in_english(qapp: QApplication) -> None:
    assert [row_text("kind", _row(k.value)) for k in Kind] == [kind_label(k) for k in Kind]
    assert [row_text("strength", _row(s)) for s in STRENGTH_LABELS] == [
        strength_label(s) for s in STRENGTH_LABELS
    ]
    assert row_text("group", _row("")) == group_label("")
    assert row_text("group", _row(None)) == group_label(None)
    assert row_text("template", _row(None)) == template_label(None)
    assert row_text("score", _row(UNSCORED_LABEL)) == UNSCORED_LABEL
    assert row_text("month", _row("2026-01")) == month_label("2026-01")
    assert row_text("group", Row("Friends", "Friends", TallyBuilder().freeze())) == "Friends"
    for rate in (Rate(0, 0), Rate(124, 200), Rate(1, 1204)):
        assert rate_text(rate) == rate.describe()


def test_statistics_rows_in_german(german: None) -> None:
    assert row_text("kind", _row("invite")) == "Einladung"
    assert row_text("group", _row("")) == "Keine Gruppe"
    assert row_text("month", _row("2026-03")) == "März 2026"
    assert rate_text(Rate(124, 200)) == "62 % (124 von 200; 95-%-Intervall 55–68 %)"


def test_template_fields_list_names_contact_fields_in_german(german: None) -> None:
    model = TemplateFieldsModel()
    uses = [
        FieldUse("first_name", "First name", "contact", required=True, missing=False),
        FieldUse("venue", "Venue", "message", required=False, missing=False),
    ]
    model.set_fields(uses, "Ada")
    shown = [model.index(row).data() for row in range(model.rowCount())]
    assert shown == ["Vorname (first_name)", "Venue (venue)"]


def test_every_setting_has_its_label(qapp: QApplication) -> None:
    assert {key: setting_label(key) for key in SETTING_LABELS} == SETTING_LABELS


def test_settings_in_german(german: None) -> None:
    assert setting_label("my_name") == "Ihr Name"
