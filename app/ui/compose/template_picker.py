"""Choosing a template: a kind of message and a language, then one of the templates of
that kind in that language. The language starts at the contact's."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QSize, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.languages import LANGUAGE_NAMES, LANGUAGES
from app.library.templates import Kind, Template, TemplateLibrary
from app.settings import Settings
from app.ui.compose.template_model import TemplateKindFilter, TemplateListModel, TemplateRole
from app.ui.widgets.channel_text import channel_limit_text
from app.ui.widgets.kind_text import kind_text


class _LanguageBox(QComboBox):
    """Asks for the width of its longest name, and can give it up down to a few letters
    (its minimum) when the row is short, as at 150% scaling."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count()))
        asked = metrics.horizontalAdvance("x") * self.minimumContentsLength()
        return QSize(hint.width() + max(0, widest - asked), hint.height())


class TemplatePicker(QWidget):
    """Emits `template_changed` with the chosen Template, or None when none is left."""

    template_changed = Signal(object)

    def __init__(
        self, templates: list[Template], settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in Kind:
            self.kind.addItem(kind_text(kind), kind)
        # Each language by its own name, as language menus do.
        self.language = _LanguageBox()
        self.language.addItem(self.tr("All languages"), None)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.model = TemplateListModel(templates)
        self.filter = TemplateKindFilter(self.model)
        self.template = QComboBox()
        self.template.setModel(self.filter)
        self.description = QLabel()
        self.description.setObjectName("hint")
        self.description.setWordWrap(True)
        # The boxes ask for a few words' width, not their longest item's (the lists show
        # whole names): the three in one row must fit a laptop at 150% scaling.
        for box, letters in ((self.kind, 8), (self.language, 8), (self.template, 8)):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(letters)
        # Before anyone is chosen, the user's own language: a new user meets a handful of
        # templates, not every version in five languages.
        self.language.setCurrentIndex(max(0, self.language.findData(settings.my_language)))
        self._filter_changed()
        self.kind.currentIndexChanged.connect(self._filter_changed)
        self.language.currentIndexChanged.connect(self._filter_changed)
        self.template.currentIndexChanged.connect(self._template_changed)

        # Buddies name the boxes for screen readers (which would otherwise announce only
        # the current value) and give them Alt+K and Alt+A (Alt+T is the Templates menu's).
        self.kind_label = QLabel(self.tr("&Kind"))
        self.kind_label.setBuddy(self.kind)
        self.template_label = QLabel(self.tr("Templ&ate"))
        self.template_label.setBuddy(self.template)
        self.language_label = QLabel(self.tr("Lang&uage"))
        self.language_label.setBuddy(self.language)
        row = QHBoxLayout()
        row.addWidget(self.kind_label)
        row.addWidget(self.kind)
        row.addSpacing(8)
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        row.addSpacing(8)
        row.addWidget(self.template_label)
        # The template box takes what the others leave, down to its few words: the
        # language's whole name ("Português (Brasil)") comes first.
        self.template.setMinimumWidth(self.template.minimumSizeHint().width())
        policy = self.template.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.template.setSizePolicy(policy)
        row.addWidget(self.template, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.description)
        self._describe(self.current())

    def current(self) -> Template | None:
        template: Template | None = self.template.currentData(TemplateRole)
        return template

    def select(self, name: str) -> None:
        """Choose a template by name, showing all kinds, and all languages, if needed."""
        current = self.current()
        if current is not None and current.name == name:
            return
        self.kind.setCurrentIndex(0)
        if not self._choose(name):
            self.language.setCurrentIndex(0)
            self._choose(name)

    def set_language(self, language: str | None) -> None:
        """Show the templates in `language` (None: all), leaving the choice of template
        to `select`: no template is chosen by this alone."""
        with QSignalBlocker(self.template):
            self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self._describe(self.current())

    def _choose(self, name: str) -> bool:
        for row in range(self.template.count()):
            template = self.template.itemData(row, TemplateRole)
            if template is not None and template.name == name:
                self.template.setCurrentIndex(row)
                return True
        return False

    def set_library(self, library: TemplateLibrary) -> None:
        """Show a reloaded library. The chosen template stays chosen while one of that
        name exists; `template_changed` is emitted only when what is chosen changed."""
        chosen = self.current()
        with QSignalBlocker(self.template):
            self.model = TemplateListModel(library.templates)
            self.filter.setSourceModel(self.model)
            rows = [
                self.template.itemData(row, TemplateRole) for row in range(self.template.count())
            ]
            names = [template.name for template in rows]
            if chosen is not None and chosen.name in names:
                self.template.setCurrentIndex(names.index(chosen.name))
            else:
                self.template.setCurrentIndex(0 if names else -1)
                if chosen is not None and chosen.name in library:
                    self.select(chosen.name)  # its kind changed: show all kinds
        now = self.current()
        self._describe(now)
        if now != chosen:
            self.template_changed.emit(now)

    def set_settings(self, settings: Settings) -> None:
        """Describe templates with the user's new settings (the note limit may differ)."""
        self._settings = settings
        self._describe(self.current())

    def _filter_changed(self) -> None:
        self.filter.show_only(self.kind.currentData(), self.language.currentData())
        if self.template.currentIndex() < 0 and self.template.count():
            self.template.setCurrentIndex(0)

    def _template_changed(self) -> None:
        template = self.current()
        self._describe(template)
        self.template_changed.emit(template)

    def _describe(self, template: Template | None) -> None:
        if template is None:
            self.description.setText(self.tr("There are no templates of this kind."))
            return
        channel = channel_limit_text(template.channel, self._settings.note_limit)
        self.description.setText("  ·  ".join((template.description, channel)))
