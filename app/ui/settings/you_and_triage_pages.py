"""The "You" and "Triage" pages of the Settings dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.channels import FREE_NOTE_LIMIT, PREMIUM_NOTE_LIMIT
from app.settings import RANGES, Settings
from app.ui.settings.form_page import SettingsPage, form_layout, hint, line_edit
from app.ui.widgets.closeness_text import strength_choices
from app.ui.widgets.group_text import group_text, stored_group
from app.ui.widgets.list_editor import ListEditor
from app.ui.widgets.locale_text import count_text
from app.ui.widgets.setting_text import setting_label


class ProfilePage(SettingsPage):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("&You")
        self.my_name = line_edit(setting_label("my_name"), self.tr("As you sign your messages"))
        self.my_location = line_edit(setting_label("my_location"), self.tr("e.g. Lisbon"))
        self.free = QRadioButton(
            self.tr("&Free: {limit}-character connection notes").format(
                limit=count_text(FREE_NOTE_LIMIT)
            )
        )
        self.premium = QRadioButton(
            self.tr("&Premium: {limit}-character notes").format(
                limit=count_text(PREMIUM_NOTE_LIMIT)
            )
        )
        self.free.setAccessibleDescription(self.tr("Free LinkedIn account"))
        self.premium.setAccessibleDescription(self.tr("Premium LinkedIn account"))
        self.account = QButtonGroup(self)
        self.account.addButton(self.free)
        self.account.addButton(self.premium)
        self.quota = _spin("note_quota_per_month", self.tr(" notes", "spin box suffix"))
        self.pending = _spin("pending_days", self.tr(" days", "spin box suffix"))

        you = QGroupBox(self.tr("About you"))
        form = form_layout()
        self.add_field(form, "my_name", self.tr("&Name"), self.my_name)
        self.add_field(form, "my_location", self.tr("&Location"), self.my_location)
        form.addRow(
            hint(
                self.tr(
                    "Templates sign with your name; a stranger who lives near you is offered "
                    "a coffee."
                )
            )
        )
        you.setLayout(form)

        linkedin = QGroupBox(self.tr("LinkedIn"))
        form = form_layout()
        accounts = QVBoxLayout()
        accounts.addWidget(self.free)
        accounts.addWidget(self.premium)
        form.addRow(self.tr("Account", "LinkedIn account type"), accounts)
        self.add_field(
            form, "note_quota_per_month", self.tr("Personalised notes a &month"), self.quota
        )
        self.add_field(form, "pending_days", self.tr("Invitations pending f&or"), self.pending)
        form.addRow(
            hint(self.tr("An invitation with no answer after this many days counts as unanswered."))
        )
        linkedin.setLayout(form)

        layout = QVBoxLayout(self)
        layout.addWidget(you)
        layout.addWidget(linkedin)
        layout.addStretch(1)

        self.my_name.setText(settings.my_name)
        self.my_location.setText(settings.my_location)
        (self.premium if settings.linkedin_account == "premium" else self.free).setChecked(True)
        self.quota.setValue(settings.note_quota_per_month)
        self.pending.setValue(settings.pending_days)
        for line in (self.my_name, self.my_location):
            line.textChanged.connect(self.changed)
        self.account.buttonToggled.connect(self.changed)
        for spin in (self.quota, self.pending):
            spin.valueChanged.connect(self.changed)

    def values(self) -> dict[str, Any]:
        return {
            "my_name": self.my_name.text(),
            "my_location": self.my_location.text(),
            "linkedin_account": "premium" if self.premium.isChecked() else "free",
            "note_quota_per_month": self.quota.value(),
            "pending_days": self.pending.value(),
        }


class TriagePage(SettingsPage):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("&Triage")
        self.known_groups = ListEditor(setting_label("known_groups"))
        self.known_strength = QComboBox()
        self.known_strength.setAccessibleDescription(setting_label("known_strength"))
        self.known_strength.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for value, label in strength_choices():
            self.known_strength.addItem(
                self.tr("{value} · {label}").format(value=value, label=label), value
            )
        self.recruiter_words = ListEditor(setting_label("recruiter_words"))
        self.offer_coffee = QCheckBox(self.tr("Offer a &coffee to strangers who live near you"))
        self.offer_coffee.setAccessibleDescription(setting_label("offer_coffee"))

        known = QGroupBox(self.tr("People you know"))
        form = form_layout()
        self.add_field(form, "known_groups", self.tr("Gro&ups"), self.known_groups)
        self.add_field(form, "known_strength", self.tr("Or &strength up to"), self.known_strength)
        form.addRow(
            hint(
                self.tr(
                    "A request from someone in one of these groups, or at this strength or "
                    "closer, is accepted with a thank-you note."
                )
            )
        )
        known.setLayout(form)

        others = QGroupBox(self.tr("Everyone else"))
        form = form_layout()
        self.add_field(form, "recruiter_words", self.tr("&Recruiter titles"), self.recruiter_words)
        form.addRow(
            hint(self.tr("A title containing one of these words marks a recruiter's request."))
        )
        form.addRow(self.offer_coffee)
        others.setLayout(form)

        layout = QVBoxLayout(self)
        layout.addWidget(known)
        layout.addWidget(others)

        # Rapport's own groups are stored in English and shown in the window's language.
        self.known_groups.set_values(group_text(group) for group in settings.known_groups)
        self.known_strength.setCurrentIndex(self.known_strength.findData(settings.known_strength))
        self.recruiter_words.set_values(settings.recruiter_words)
        self.offer_coffee.setChecked(settings.offer_coffee)
        self.known_groups.changed.connect(self.changed)
        self.recruiter_words.changed.connect(self.changed)
        self.known_strength.currentIndexChanged.connect(self.changed)
        self.offer_coffee.toggled.connect(self.changed)

    def values(self) -> dict[str, Any]:
        return {
            "known_groups": tuple(stored_group(group) for group in self.known_groups.values()),
            "known_strength": self.known_strength.currentData(),
            "recruiter_words": self.recruiter_words.values(),
            "offer_coffee": self.offer_coffee.isChecked(),
        }


def _spin(key: str, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(*RANGES[key])
    spin.setSuffix(suffix)
    spin.setAccessibleDescription(setting_label(key))
    spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return spin
