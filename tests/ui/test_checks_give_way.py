"""In a short composer column the findings list gives up height, not the panels above it:
with German text the recommendations box was squeezed below the lines it wraps to and drawn
over the message's heading."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.checker import Checker
from app.grammar.reasons import GrammarReason, Why
from app.grammar.status import GrammarStatus
from app.ui.compose.checks_panel import ChecksPanel
from app.ui.widgets.scroll_when_short import keep_lines_whole

ADVICE = (
    "Noch zu früh für ein Urteil: Etwa 352 weitere Einladungen, aufgeteilt auf Einladung "
    "nach einer Veranstaltung (DE, Sie) und Einladung wegen einer Arbeit (DE), würden es "
    "wahrscheinlich zeigen. Eine Notiz lohnt sich bei dieser Person wahrscheinlich: etwa "
    "14,7 Antworten pro 100 Einladungen mit Notiz gegenüber 4,8 ohne."
)


def test_the_findings_give_way_before_the_recommendations_above_them(qtbot: QtBot) -> None:
    column = QWidget()
    qtbot.addWidget(column)
    box = QGroupBox("Was bei ähnlichen Personen funktioniert")
    advice = QLabel(ADVICE)
    advice.setWordWrap(True)
    QVBoxLayout(box).addWidget(advice)
    keep_lines_whole(box)
    heading = QLabel("Nachricht")
    checks = ChecksPanel()
    text = "Hallo Amara, lassen Sie uns vernetzen. Ich würde mich freuen."
    checks.show_report(Checker.load().check(text, language="de"), "Amara", text)
    checks.show_grammar_status(GrammarStatus("stopped", GrammarReason(Why.OFF)))
    layout = QVBoxLayout(column)
    layout.addWidget(box)
    layout.addWidget(heading)
    layout.addWidget(checks, 2)
    column.resize(420, 600)
    column.show()
    qtbot.waitExposed(column)
    # Room for every panel's least height, not for the whole findings list as well.
    height = (
        box.heightForWidth(420) + heading.sizeHint().height() + checks.minimumSizeHint().height()
    )
    column.resize(420, height + 40)
    qtbot.waitUntil(lambda: box.minimumHeight() == box.heightForWidth(box.width()))
    column.layout().activate()

    assert checks.model.rowCount() > 0
    assert heading.geometry().top() > box.geometry().bottom()
    assert checks.geometry().top() > heading.geometry().bottom()
