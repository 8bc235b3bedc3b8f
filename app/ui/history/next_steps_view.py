""" "What to do next" on the Statistics tab: the approaches to keep, to drop and to test,
in plain sentences with their numbers (app/learning/next_steps.py decides which), counted
on the thread pool with a connection of its own whenever the statistics are."""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QTextBrowser, QVBoxLayout, QWidget

from app.context import AppContext
from app.learning.next_steps import NextSteps
from app.learning.service import next_steps_for
from app.library.templates import TemplateLibrary
from app.settings import Settings
from app.store import Store
from app.ui.history.next_steps_text import step_text
from app.ui.tasks import run_task
from app.ui.widgets.locale_text import count_text
from app.ui.widgets.sentence_text import error_text


def _count(
    database: Path, settings: Settings, library: TemplateLibrary, now: datetime
) -> NextSteps:
    """Runs on the thread pool, with its own connection (one per thread)."""
    with Store.open(database) as store:
        return next_steps_for(store, settings, library, now)


class NextStepsView(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What to do next"))
        self._context = context
        self._token = 0
        self.steps: NextSteps | None = None
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("What to do next"))
        self.text.setOpenLinks(False)
        self.text.setPlainText(self.tr("Counting…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)

    def recount(self, now: datetime) -> None:
        """Count again as of `now` (the statistics were)."""
        self._token += 1
        token, context = self._token, self._context
        database, settings, library = context.store.path, context.settings, context.library
        run_task(
            lambda: _count(database, settings, library, now),
            lambda steps, error: self._counted(token, steps, error),
            self,
        )

    def _counted(self, token: int, steps: NextSteps | None, error: BaseException | None) -> None:
        if token != self._token:
            return  # counted again meanwhile
        self.steps = steps
        if steps is None:
            assert error is not None  # run_task gives a result or an error
            self.text.setPlainText(
                self.tr("What to do next could not be worked out: {error}").format(
                    error=error_text(error)
                )
            )
            return
        self.text.setHtml(_steps_html(steps, self._intro(steps)))

    def _intro(self, steps: NextSteps) -> str:
        if not steps.decided:
            return self.tr(
                "No invitation has been decided yet, so nothing is known about what works."
            )
        return self.tr(
            "From %Ln decided invitations. An approach is kept or dropped only when the "
            "difference holds with 0.95 probability; the rest need more sends.",
            "",
            steps.decided,
        )


def _steps_html(steps: NextSteps, intro: str) -> str:
    parts = [f"<p>{html.escape(intro)}</p>"]
    headings = (
        (
            "keep",
            QCoreApplication.translate("NextStepsView", "Keep", "heading: approaches to keep"),
        ),
        (
            "drop",
            QCoreApplication.translate("NextStepsView", "Drop", "heading: approaches to drop"),
        ),
        (
            "test",
            QCoreApplication.translate("NextStepsView", "Test", "heading: approaches to test"),
        ),
    )
    for name, heading in headings:
        sentences = [step_text(step) for step in getattr(steps, name)]
        if sentences:
            items = "".join(f"<li>{html.escape(s)}</li>" for s in sentences)
            title = QCoreApplication.translate("NextStepsView", "{heading} ({count})").format(
                heading=heading, count=count_text(len(sentences))
            )
            parts.append(f"<h4>{html.escape(title)}</h4><ul>{items}</ul>")
    return "".join(parts)
