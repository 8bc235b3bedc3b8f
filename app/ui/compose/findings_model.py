"""The checker's findings as a list model, most serious first: each names the words it is
about, and findings saying the same of the same words are folded into one row with a count."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app.checker import Finding, Severity

FindingRole = Qt.ItemDataRole.UserRole + 1

_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}
# Words longer than this are the whole message or a sentence: the finding says enough.
_NAMED_WORDS = 40

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Row:
    finding: Finding  # the first of those folded together
    words: str
    count: int

    @property
    def text(self) -> str:
        said = self.finding.message
        if self.words and self.words not in said:
            said = QCoreApplication.translate("FindingsModel", "“{words}”: {finding}").format(
                words=self.words, finding=said
            )
        if self.count > 1:
            said = QCoreApplication.translate("FindingsModel", "{finding} (×{count})").format(
                finding=said, count=self.count
            )
        return said


def fold(findings: tuple[Finding, ...], text: str) -> list[Row]:
    """One row per severity, code, message and words, most serious first."""
    rows: dict[tuple[Severity, str, str, str], Row] = {}
    for finding in sorted(findings, key=lambda f: (_RANK[f.severity], f.start)):
        words = " ".join(text[finding.start : finding.end].split())
        words = words if len(words) <= _NAMED_WORDS else ""
        key = (finding.severity, finding.code, finding.message, words.casefold())
        seen = rows.get(key)
        rows[key] = (
            Row(seen.finding, seen.words, seen.count + 1) if seen else Row(finding, words, 1)
        )
    return list(rows.values())


class FindingsModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Row] = []
        self._icons: dict[Severity, QIcon] = {}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        finding = row.finding
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{severity}: {finding}").format(
                severity=self._severity_word(finding.severity), finding=row.text
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            if finding.suggestions:
                return self.tr("{finding}\nSuggestions: {suggestions}").format(
                    finding=row.text, suggestions=", ".join(finding.suggestions[:5])
                )
            return row.text
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(finding.severity)
        if role == FindingRole:
            return finding
        return None

    def set_findings(self, findings: tuple[Finding, ...], text: str) -> None:
        rows = fold(findings, text)
        if rows == self._rows:
            return  # typing that changes nothing the checker says should not flicker
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _severity_word(self, severity: Severity) -> str:
        """What a screen reader says before a finding: how much it matters."""
        if severity == Severity.ERROR:
            return self.tr("Stops sending")
        if severity == Severity.WARNING:
            return self.tr("Weak", "a finding that weakens the message")
        return self.tr("Note", "a finding that is only a note")

    def _icon(self, severity: Severity) -> QIcon:
        if severity not in self._icons:
            self._icons[severity] = QApplication.style().standardIcon(_ICONS[severity])
        return self._icons[severity]
