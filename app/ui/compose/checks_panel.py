"""What the checker says: the verdict line (what stops sending first), grammar state, and
the findings to fix, which act on click, Enter or Space."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from app.checker import Finding, Report, Severity
from app.grammar.status import GrammarStatus
from app.ui.compose.findings_model import FindingRole, FindingsModel
from app.ui.widgets.grammar_text import grammar_text

_ACTIVATING = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


def verdict_line(report: Report, blocking: str) -> tuple[str, str]:
    """The line's text and its style: what stops sending comes first, and a message that
    cannot go is never shown as a good one."""
    if report.verdict == "personal":
        label = QCoreApplication.translate("ChecksPanel", "Personal", "verdict on a message")
    else:
        label = QCoreApplication.translate("ChecksPanel", "Generic", "verdict on a message")
    judged = QCoreApplication.translate("ChecksPanel", "{verdict} · score {score}/100").format(
        verdict=label, score=report.score
    )
    if blocking:
        return f"{blocking} · {judged}", "blocked"
    return judged, report.verdict


class ChecksPanel(QWidget):
    """Emits `finding_clicked` with the Finding the user picked in the list."""

    finding_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.grammar_state = QLabel()
        self.grammar_state.setObjectName("hint")
        self.grammar_state.setWordWrap(True)  # beside the verdict in a narrow pane (150%)
        self.model = FindingsModel()
        self.findings = QListView()
        self.findings.setModel(self.model)
        self.findings.setAccessibleName(self.tr("What to improve"))
        self.findings.setWordWrap(True)
        # Three lines at least, fewer than it would like: on a laptop the buttons below
        # come first, and the list scrolls.
        self.findings.setMinimumHeight(QFontMetrics(self.findings.font()).lineSpacing() * 3 + 8)
        self.findings.clicked.connect(self._clicked)
        self.findings.installEventFilter(self)
        self.all_clear = QLabel()
        self.all_clear.setObjectName("hint")
        self.all_clear.setWordWrap(True)
        self._shown_style = ""

        header = QHBoxLayout()
        header.addWidget(self.verdict, 1)
        header.addWidget(self.grammar_state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.all_clear)

    def hasHeightForWidth(self) -> bool:
        # Its wrapped labels would make it a height-for-width item, and a box layout gives
        # such an item its preferred height (the whole findings list) as its least: the
        # composer then squeezed every panel above it below theirs, German text drawn over
        # the lines under it. The list takes the squeeze instead.
        return False

    def show_report(self, report: Report | None, recipient: str, text: str = "") -> None:
        """`report` None: there is no message to judge; `text` is the message judged, for
        findings that name their words."""
        findings = report.findings if report else ()
        self.model.set_findings(findings, text)
        self.findings.setVisible(bool(findings))
        self.all_clear.setVisible(report is not None and not findings)
        self.all_clear.setText(
            self.tr("Nothing to fix: this reads as written for {name}.").format(name=recipient)
        )
        if report is None:
            self.verdict.clear()
            return
        blocking = next((f.message for f in findings if f.severity == Severity.ERROR), "")
        line, style = verdict_line(report, blocking)
        self.verdict.setText(line)
        if style != self._shown_style:  # re-polishing costs; do it on change only
            self._shown_style = style
            self.verdict.setProperty("verdict", style)
            self.verdict.style().polish(self.verdict)

    def show_grammar_status(self, status: GrammarStatus) -> None:
        reason = grammar_text(status.cause)
        self.grammar_state.setText(self.tr("Grammar: on") if status.ready else reason)
        self.grammar_state.setToolTip(reason)

    def next_finding(self) -> Finding | None:
        """Move to the next finding in the list (after the last, the first) and show it."""
        rows = self.model.rowCount()
        if not rows:
            return None
        current = self.findings.currentIndex()
        row = (current.row() + 1) % rows if current.isValid() else 0
        index = self.model.index(row)
        self.findings.setCurrentIndex(index)
        self._clicked(index)
        finding: Finding = index.data(FindingRole)
        return finding

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.findings
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ACTIVATING
            and self.findings.currentIndex().isValid()
        ):
            self._clicked(self.findings.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _clicked(self, index: QModelIndex) -> None:
        self.finding_clicked.emit(index.data(FindingRole))
