"""The checker's findings as a list model, most serious first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
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

_Index = QModelIndex | QPersistentModelIndex


class FindingsModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._findings: list[Finding] = []
        self._icons: dict[Severity, QIcon] = {}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding = self._findings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return finding.message
        if role == Qt.ItemDataRole.ToolTipRole:
            if finding.suggestions:
                return f"{finding.message}\nSuggestions: {', '.join(finding.suggestions[:5])}"
            return finding.message
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(finding.severity)
        if role == FindingRole:
            return finding
        return None

    def set_findings(self, findings: tuple[Finding, ...]) -> None:
        ordered = sorted(findings, key=lambda f: (_RANK[f.severity], f.start))
        if ordered == self._findings:
            return  # typing that changes nothing the checker says should not flicker
        self.beginResetModel()
        self._findings = ordered
        self.endResetModel()

    def _icon(self, severity: Severity) -> QIcon:
        if severity not in self._icons:
            self._icons[severity] = QApplication.style().standardIcon(_ICONS[severity])
        return self._icons[severity]
