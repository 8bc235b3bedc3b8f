"""What the checker says: verdict and score, grammar state, and the findings to fix."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from app.checker import Report
from app.grammar.status import GrammarStatus
from app.ui.compose.findings_model import FindingRole, FindingsModel
from app.ui.style import hold_size


class ChecksPanel(QWidget):
    """Emits `finding_clicked` with the Finding the user picked in the list."""

    finding_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = QLabel()
        self.verdict.setAccessibleName("Verdict and personalisation score")
        hold_size(self.verdict, "Personal · score 100/100", bold=True)
        self.grammar_state = QLabel()
        self.grammar_state.setObjectName("hint")
        self.grammar_state.setAccessibleName("Grammar checking")
        self.model = FindingsModel()
        self.findings = QListView()
        self.findings.setModel(self.model)
        self.findings.setAccessibleName("What to improve")
        self.findings.setWordWrap(True)
        self.findings.clicked.connect(self._clicked)
        self.all_clear = QLabel()
        self.all_clear.setObjectName("hint")
        self.all_clear.setWordWrap(True)
        self._shown_verdict = ""

        header = QHBoxLayout()
        header.addWidget(self.verdict)
        header.addStretch(1)
        header.addWidget(self.grammar_state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.all_clear)

    def show_report(self, report: Report | None, recipient: str) -> None:
        """`report` None: there is no message to judge."""
        findings = report.findings if report else ()
        self.model.set_findings(findings)
        self.findings.setVisible(bool(findings))
        self.all_clear.setVisible(report is not None and not findings)
        self.all_clear.setText(f"Nothing to fix: this reads as written for {recipient}.")
        if report is None:
            self.verdict.clear()
            return
        label = "Personal" if report.verdict == "personal" else "Generic"
        self.verdict.setText(f"{label} · score {report.score}/100")
        if report.verdict != self._shown_verdict:  # re-polishing costs; do it on change only
            self._shown_verdict = report.verdict
            self.verdict.setProperty("verdict", report.verdict)
            self.verdict.style().polish(self.verdict)

    def show_grammar_status(self, status: GrammarStatus) -> None:
        # The reasons are whole sentences ("Grammar checks are turned off ..."); shown as is.
        self.grammar_state.setText("Grammar: on" if status.ready else status.reason)
        self.grammar_state.setToolTip(status.reason)

    def _clicked(self, index: QModelIndex) -> None:
        self.finding_clicked.emit(index.data(FindingRole))
