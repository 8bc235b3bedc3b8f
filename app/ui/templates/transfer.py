"""Import and export of template files, with the questions they need to ask.

The checking and writing are app/library/transfer.py's; this only picks files, runs the
check off the GUI thread, and asks the user about problems and clashes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
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
from app.ui.widgets.locale_text import count_text
from app.ui.widgets.sentence_text import error_text, sentence_text

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
            self.tr("Import templates"),
            str(Path.home()),
            self.tr("Templates and zip archives (*.j2 *.zip);;All files (*)"),
        )
        if chosen:
            self.start_import([Path(name) for name in chosen], parent)

    def import_folder(self, parent: QWidget | None = None) -> None:
        folder = QFileDialog.getExistingDirectory(
            parent or self._window, self.tr("Import a folder of templates"), str(Path.home())
        )
        if folder:
            self.start_import([Path(folder)], parent)

    def start_import(self, sources: Sequence[Path], parent: QWidget | None = None) -> None:
        """Check the sources in the background, then ask and write."""
        user_dir = paths.user_templates_dir()
        self.status.emit(self.tr("Checking the templates…"))
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
                error_text(error)
                if isinstance(error, ImportRefused)
                else self.tr("The templates could not be checked: {error}").format(
                    error=error_text(error) if error else ""
                )
            )
            QMessageBox.warning(parent, self.tr("Templates not imported"), reason)
            self.status.emit(self.tr("Nothing was imported."))
            return
        replace = self._ask(plan, parent)
        if replace is None:
            self.status.emit(self.tr("Nothing was imported."))
            return
        try:
            result = apply_import(plan, user_dir, replace=replace)
        except ImportRefused as exc:
            QMessageBox.warning(parent, self.tr("Templates not imported"), error_text(exc))
            return
        imported = self.tr("Imported %Ln templates.", "", len(result.written))
        if result.kept:
            imported = self.tr(
                "Imported %Ln templates; kept your own {names}.",
                "",
                len(result.written),
            ).format(names=", ".join(result.kept))
        self.status.emit(imported)
        self.imported.emit(result)

    def _ask(self, plan: ImportPlan, parent: QWidget) -> bool | None:
        """Whether to replace clashing templates; None to import nothing."""
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        if not plan.items:
            listed = _listed([sentence_text(p.message) for p in plan.problems]) or self.tr(
                "No template files found."
            )
            QMessageBox.warning(parent, self.tr("Nothing to import"), listed)
            return None
        if plan.problems:
            answer = QMessageBox.question(
                parent,
                self.tr("Some templates cannot be imported"),
                self.tr(
                    "{problems}\n\nImport the other %Ln templates?",
                    "",
                    len(plan.items),
                ).format(problems=_listed([sentence_text(p.message) for p in plan.problems])),
            )
            if answer != yes:
                return None
        if not plan.clashes:
            return False
        names = ", ".join(f"'{item.template.name}'" for item in plan.clashes)
        answer = QMessageBox.question(
            parent,
            self.tr("Replace your templates?"),
            self.tr(
                "You already have templates named {names}. Replace them with the imported "
                "ones? (No keeps yours and imports the rest.)"
            ).format(names=names),
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
                parent,
                self.tr("Nothing to export"),
                self.tr("You have no templates of your own yet."),
            )
            return
        zip_filter = self.tr("Zip archive (*.zip)")
        folder_filter = self.tr("Separate files in a folder (*)")
        chosen, kind = QFileDialog.getSaveFileName(
            parent,
            self.tr("Export %Ln templates", "", len(templates)),
            dir=str(Path.home() / "rapport-templates.zip"),
            filter=f"{zip_filter};;{folder_filter}",
        )
        if not chosen:
            return
        destination = Path(chosen)
        if kind == folder_filter:
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
            QMessageBox.warning(parent, self.tr("Templates not exported"), error_text(exc))
            return
        self.status.emit(
            self.tr("Exported %Ln templates to {destination}.", "", len(templates)).format(
                destination=destination
            )
        )


def _agree_to_overwrite(parent: QWidget, existing: list[Path]) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("TemplateTransfer", "Replace files?"),
        QCoreApplication.translate(
            "TemplateTransfer", "{files}\n\nalready exist in {folder}. Replace them?"
        ).format(files=_listed([path.name for path in existing]), folder=existing[0].parent),
    )
    return answer == QMessageBox.StandardButton.Yes


def _listed(lines: Sequence[str]) -> str:
    shown = [f"• {line}" for line in lines[:_LISTED]]
    if len(lines) > _LISTED:
        shown.append(
            QCoreApplication.translate("TemplateTransfer", "… and {count} more.").format(
                count=count_text(len(lines) - _LISTED)
            )
        )
    return "\n".join(shown)
