"""The composer's widgets and where they stand; app/ui/compose/composer.py gives them life.

Every label that names a control is its buddy, with an Alt mnemonic. None of them is the
letter of a menu (Alt+F, V, C, M and T open the File, View, Contact, Message and Templates
menus, and a letter taken twice only moves focus between the two); the forms that name
their fields as they appear take letters the window leaves free. Labels that only show
something (the counter, the verdict) carry no accessible name of their own, so a screen
reader reads what they show.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.composing.session import DraftSession
from app.context import AppContext
from app.ui.compose.checks_panel import ChecksPanel
from app.ui.compose.details_form import DetailsForm
from app.ui.compose.first_steps import FirstSteps
from app.ui.compose.gap_form import GapForm
from app.ui.compose.grammar_runner import GrammarRunner
from app.ui.compose.message_view import MessageView
from app.ui.compose.question_text import question_text
from app.ui.compose.quota_notice import QuotaNotice
from app.ui.compose.recommendations_view import RecommendationsView
from app.ui.compose.template_picker import TemplatePicker
from app.ui.compose.their_note import TheirNote
from app.ui.style import hold_size
from app.ui.widgets.locale_text import count_text
from app.ui.widgets.scroll_when_short import keep_lines_whole


def lines_high(widget: QWidget, lines: int) -> int:
    """The height of `lines` lines of `widget`'s text, with room for its frame and margins."""
    frame = widget.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
    return QFontMetrics(widget.font()).lineSpacing() * lines + 2 * frame + 8


class CharacterCounter(QLabel):
    """The message's length against the channel's limit, bold when over it. A class of
    its own so that its plural finds its translation: `tr` on a subclass's object misses
    Qt's plural forms."""

    def show_count(self, length: int, limit: int | None, over: bool) -> None:
        if limit is not None:
            counted = self.tr("{length} / {limit}", "characters used / the channel's limit")
            self.setText(counted.format(length=count_text(length), limit=count_text(limit)))
        else:
            self.setText(self.tr("%Ln characters", "", length))
        if self.property("over") != over:
            self.setProperty("over", over)
            self.style().unpolish(self)
            self.style().polish(self)


class ComposerWidgets(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = TemplatePicker(context.library.templates, context.settings)
        self.recommendations = RecommendationsView(context)
        self.choice_line = QLabel()
        self.choice_line.setObjectName("hint")
        self.choice_line.setWordWrap(True)
        self.details = DetailsForm()
        self.gaps = GapForm()

        self.first_steps = FirstSteps()
        self.message = MessageView()
        # The message and the findings give up height before anything else does, down to a
        # few lines each, so that the buttons under them stay on a 768-pixel-high screen.
        self.message.setMinimumHeight(lines_high(self.message, 4))
        self.message_label = QLabel(QCoreApplication.translate("ComposerWidgets", "Messa&ge"))
        self.message_label.setObjectName("heading")
        self.message_label.setBuddy(self.message)
        self.their_note = TheirNote()
        self.refill_button = QPushButton(
            QCoreApplication.translate("ComposerWidgets", "Ref&ill from template")
        )
        self.refill_button.setToolTip(
            QCoreApplication.translate(
                "ComposerWidgets", "Replace the message with the template's words again"
            )
        )
        self.save_template_button = QPushButton(
            QCoreApplication.translate("ComposerWidgets", "Save a&s template…")
        )
        self.save_template_button.setToolTip(
            QCoreApplication.translate(
                "ComposerWidgets",
                "Turn this message into a template, with the contact's details as fields",
            )
        )
        self.counter = CharacterCounter()
        hold_size(self.counter, "00000 / 00000", bold=True)  # bold when over the limit
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.quota = QuotaNotice(self)

        self.checks = ChecksPanel()
        self.grammar = GrammarRunner(context.grammar, context.settings.grammar_language, self)

        self.copy_button = QPushButton(QCoreApplication.translate("ComposerWidgets", "C&opy"))
        self.copy_button.setToolTip(
            QCoreApplication.translate("ComposerWidgets", "Copy the message to the clipboard")
        )
        self.profile_button = QPushButton(
            QCoreApplication.translate("ComposerWidgets", "Open &profile")
        )
        self.profile_button.setToolTip(
            QCoreApplication.translate(
                "ComposerWidgets", "Open the contact's profile in your browser"
            )
        )
        self.record_button = QPushButton(
            QCoreApplication.translate("ComposerWidgets", "&Record as sent")
        )
        self.record_button.setDefault(True)
        self._lay_out()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        layout.addWidget(self.first_steps)
        layout.addWidget(self.choice_line)
        layout.addWidget(self.recommendations)
        keep_lines_whole(self.recommendations)  # its wrapped lines overlapped at 150%
        layout.addWidget(self.details)
        layout.addWidget(self.gaps)
        header = QHBoxLayout()
        header.addWidget(self.message_label)
        header.addStretch(1)
        for widget in (self.counter, self.refill_button, self.save_template_button):
            header.addWidget(widget)
        layout.addLayout(header)
        # A line of its own: beside the counter it wrapped into a narrow column.
        layout.addWidget(self.quota.line)
        layout.addWidget(self.quota.warning)
        beside = QHBoxLayout()
        beside.addWidget(self.message, 3)
        beside.addWidget(self.their_note, 2)
        layout.addLayout(beside, 3)
        layout.addWidget(self.problem)
        # The buttons right under the message they act on, the findings below them: what
        # sends the message stays in view when the window is taller than the screen.
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.profile_button, self.copy_button, self.record_button):
            actions.addWidget(button)
        layout.addLayout(actions)
        layout.addWidget(self.checks, 2)

    def _show_guidance(self, guidance: bool) -> None:
        """With nobody picked, the first steps say what to do; the problem line would only
        repeat it."""
        self.first_steps.setVisible(guidance)
        self.problem.setVisible(not guidance)
        if guidance:
            empty = QCoreApplication.translate(
                "ComposerWidgets", "The message appears here once you pick a contact."
            )
        else:
            empty = QCoreApplication.translate(
                "ComposerWidgets", "The message appears here once the fields above are filled in."
            )
        if self.message.placeholderText() != empty:  # asked on every keystroke
            self.message.setPlaceholderText(empty)
        if self.problem.property("guidance") != guidance:
            self.problem.setProperty("guidance", guidance)
            self.problem.style().unpolish(self.problem)
            self.problem.style().polish(self.problem)

    def _show_forms(self, session: DraftSession) -> None:
        """The fields this message asks for, named as questions about the person."""
        who = (
            session.contact.given_name
            if session.contact
            else QCoreApplication.translate("ComposerWidgets", "them", "the contact")
        )
        reply = session.replying
        self.gaps.set_labels({n: question_text(n, who, reply=reply) for n in session.gap_names})
        self.gaps.set_recipient(session.contact.given_name if session.contact else None)
        self.gaps.restore(session.gaps)
        self.gaps.set_names(session.gap_names)
        self.details.set_labels({n: question_text(n, who) for n in session.detail_names})
        self.details.restore(session.details)
        self.details.set_names(session.detail_names)
