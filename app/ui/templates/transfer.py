"""Import and export of template files, with the questions they need to ask.

The checking and writing are app/library/transfer.py's; this only picks files, runs the
check off the GUI thread, and asks the user about problems and clashes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app import paths
from app.library.sources import ImportRefused
from app.library.templates import Template
from app.library.transfer import (
    ExportError,
    ImportPlan,
    apply_import,
    export_conflicts,
    export_templates,
    plan_import,
)
from app.ui.tasks import run_task
from app.wording import plural

ZIP_FILTER = "Zip archive (*.zip)"
FOLDER_FILTER = "Separate files in a folder (*)"
_LISTED = 8  # problems listed in a dialog before "and N more"


class TemplateTransfer(QObject):
    """Emits `imported` with the ImportResult after templates were written, and
    `status` with a sentence for the status bar."""

    imported = Signal(object)
    status = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    # -- import -----------------------------------------------------------------------------

    def import_files(self, parent: QWidget | None = None) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            parent or self._window,
            "Import templates",
            str(Path.home()),
            "Templates and zip archives (*.j2 *.zip);;All files (*)",
        )
        if chosen:
            self.start_import([Path(name) for name in chosen], parent)

    def import_folder(self, parent: QWidget | None = None) -> None:
        folder = QFileDialog.getExistingDirectory(
            parent or self._window, "Import a folder of templates", str(Path.home())
        )
        if folder:
            self.start_import([Path(folder)], parent)

    def start_import(self, sources: Sequence[Path], parent: QWidget | None = None) -> None:
        """Check the sources in the background, then ask and write."""
        user_dir = paths.user_templates_dir()
        self.status.emit("Checking the templates…")
        run_task(
            lambda: plan_import(sources, user_dir),
            lambda plan, error: self._planned(plan, error, user_dir, parent or self._window),
            self,
        )

    def _planned(
        self, plan: ImportPlan | None, error: BaseException | None, user_dir: Path, parent: QWidget
    ) -> None:
        if plan is None:
            reason = (
                str(error)
                if isinstance(error, ImportRefused)
                else f"The templates could not be checked: {error}"
            )
            QMessageBox.warning(parent, "Templates not imported", reason)
            self.status.emit("Nothing was imported.")
            return
        replace = self._ask(plan, parent)
        if replace is None:
            self.status.emit("Nothing was imported.")
            return
        try:
            result = apply_import(plan, user_dir, replace=replace)
        except ImportRefused as exc:
            QMessageBox.warning(parent, "Templates not imported", str(exc))
            return
        kept = f"; kept your own {', '.join(result.kept)}" if result.kept else ""
        self.status.emit(f"Imported {_count(len(result.written))}{kept}.")
        self.imported.emit(result)

    def _ask(self, plan: ImportPlan, parent: QWidget) -> bool | None:
        """Whether to replace clashing templates; None to import nothing."""
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        if not plan.items:
            listed = _listed([p.message for p in plan.problems]) or "No template files found."
            QMessageBox.warning(parent, "Nothing to import", listed)
            return None
        if plan.problems:
            answer = QMessageBox.question(
                parent,
                "Some templates cannot be imported",
                f"{_listed([p.message for p in plan.problems])}\n\n"
                f"Import the other {_count(len(plan.items))}?",
            )
            if answer != yes:
                return None
        if not plan.clashes:
            return False
        names = ", ".join(f"'{item.template.name}'" for item in plan.clashes)
        answer = QMessageBox.question(
            parent,
            "Replace your templates?",
            f"You already have templates named {names}. Replace them with the imported ones? "
            "(No keeps yours and imports the rest.)",
            yes | no | QMessageBox.StandardButton.Cancel,
            no,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        return answer == yes

    # -- export -----------------------------------------------------------------------------

    def export(self, templates: Sequence[Template], parent: QWidget | None = None) -> None:
        parent = parent or self._window
        if not templates:
            QMessageBox.information(
                parent, "Nothing to export", "You have no templates of your own yet."
            )
            return
        chosen, kind = QFileDialog.getSaveFileName(
            parent,
            f"Export {_count(len(templates))}",
            str(Path.home() / "rapport-templates.zip"),
            f"{ZIP_FILTER};;{FOLDER_FILTER}",
        )
        if not chosen:
            return
        destination = Path(chosen)
        if kind == FOLDER_FILTER:
            destination = (
                destination.with_suffix("") if destination.suffix == ".zip" else destination
            )
            existing = export_conflicts(templates, destination)
            if existing and not _agree_to_overwrite(parent, existing):
                return
        elif destination.suffix.lower() != ".zip":
            destination = destination.with_name(destination.name + ".zip")
        try:
            export_templates(templates, destination)
        except ExportError as exc:
            QMessageBox.warning(parent, "Templates not exported", str(exc))
            return
        self.status.emit(f"Exported {_count(len(templates))} to {destination}.")


def _agree_to_overwrite(parent: QWidget, existing: list[Path]) -> bool:
    answer = QMessageBox.question(
        parent,
        "Replace files?",
        f"{_listed([path.name for path in existing])}\n\nalready exist in "
        f"{existing[0].parent}. Replace them?",
    )
    return answer == QMessageBox.StandardButton.Yes


def _listed(lines: Sequence[str]) -> str:
    shown = [f"• {line}" for line in lines[:_LISTED]]
    if len(lines) > _LISTED:
        shown.append(f"… and {len(lines) - _LISTED} more.")
    return "\n".join(shown)


def _count(number: int) -> str:
    return plural(number, "template")
