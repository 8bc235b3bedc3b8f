"""What a screen reader says matches what the screen shows, on every page and dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QWidget

from app.ui.main_window import MainWindow
from tests.a11y.walk import accessible_name, buddy_label, describe, focusable, visible_label
from tests.ui.conftest import select_contact

pytestmark = [pytest.mark.a11y, pytest.mark.slow]


def test_every_control_is_named_and_the_name_holds_its_visible_label(
    surfaces: dict[str, QWidget],
) -> None:
    wrong = []
    for surface, root in surfaces.items():
        for widget in focusable(root):
            label = visible_label(widget).casefold()
            # On Linux a combo box's name is its current value and its label reaches the
            # screen reader through the buddy relation; elsewhere the accessible name.
            names = [widget.accessibleName()]
            if not isinstance(widget, QComboBox):
                names.append(accessible_name(widget))
            elif not label:
                wrong.append(f"{surface}: combo box without a label: {describe(widget)}")
            if not any(names) and not isinstance(widget, QComboBox):
                wrong.append(f"{surface}: unnamed: {describe(widget)}")
            for name in filter(None, names):
                if label and label not in name.casefold():
                    wrong.append(f"{surface}: {name!r} does not say {label!r}")
    assert not wrong, "\n".join(wrong)


def test_display_labels_are_read_as_they_are_shown(surfaces: dict[str, QWidget]) -> None:
    """An accessible name on a label replaces its text: the verdict read as "Verdict"."""
    renamed = [
        f"{surface}: {label.text()[:40]!r} is read as {label.accessibleName()!r}"
        for surface, root in surfaces.items()
        for label in root.findChildren(QLabel)
        if label.accessibleName() and label.pixmap().isNull()
    ]
    assert not renamed, "\n".join(renamed)


def test_every_field_has_a_label_with_an_alt_key(surfaces: dict[str, QWidget]) -> None:
    missing = []
    for surface, root in surfaces.items():
        for widget in focusable(root):
            if isinstance(widget, QComboBox | QAbstractSpinBox) and buddy_label(widget) is None:
                missing.append(f"{surface}: no label for {describe(widget)}")
        for label in root.findChildren(QLabel):
            if label.buddy() is not None and "&" not in label.text().replace("&&", ""):
                missing.append(f"{surface}: no Alt key on {label.text()!r}")
    assert not missing, "\n".join(missing)


def test_a_label_with_an_alt_key_is_announced_with_its_field(window: MainWindow) -> None:
    """The buddy is the relation Linux screen readers read a field's label from."""
    cadence = window.form.cadence
    interface = QAccessible.queryAccessibleInterface(cadence)
    labels = [
        other.text(QAccessible.Text.Name)
        for other, _relation in interface.relations(QAccessible.RelationFlag.Label)
    ]
    assert any("Keep in touch" in label.replace("&", "") for label in labels)


def test_the_contact_list_reads_each_contacts_second_line(window: MainWindow) -> None:
    select_contact(window, "Ana Souza")
    view = window.contacts.view
    row = next(
        r for r in range(view.model().rowCount()) if view.model().index(r, 0).data() == "Ana Souza"
    )
    spoken = view.model().index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Ana Souza")
    assert "Northwind Analytics" in spoken and "Head of Data" in spoken


def test_the_findings_list_reads_each_findings_severity(window: MainWindow) -> None:
    select_contact(window, "Ana Souza")
    window.composer.message.setPlainText("I'd like to add you to my professional network.")
    model = window.composer.checks.model
    assert model.rowCount() > 0
    spoken = [
        model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
        for row in range(model.rowCount())
    ]
    severities = {"Stops sending", "Weak", "Note"}
    assert all(text.split(":")[0] in severities for text in spoken), spoken
