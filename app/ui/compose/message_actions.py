"""What the composer's buttons do beyond the session: the questions they ask and the
dialogs and browser they open."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import QMessageBox, QWidget

from app.composing.session import DraftSession
from app.contacts import Contact

if TYPE_CHECKING:
    from app.ui.compose.save_template import SaveTemplateDialog

_WEB_SCHEMES = ("http", "https")


def web_profile(contact: Contact | None) -> QUrl | None:
    """The contact's profile as a web address; None for anything else, so a profile
    field never opens local files or runs other handlers."""
    url = QUrl.fromUserInput(contact.profile_url if contact else "")
    return url if url.isValid() and url.scheme() in _WEB_SCHEMES else None


def confirm_dropping_edits(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("MessageActions", "Replace your message?"),
        QCoreApplication.translate(
            "MessageActions",
            "The template's words will replace the message as you edited it. Ctrl+Z brings "
            "your words back.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def open_save_as_template(
    session: DraftSession, folder: Path, parent: QWidget
) -> SaveTemplateDialog | None:
    """Show the message as a template for the user to confirm; nothing is written until
    they press Save. None when there is no message to turn into one."""
    if session.contact is None or session.template is None or not session.message:
        return None
    # With the first template saved: the dialog brings the template file writer and YAML.
    from app.ui.compose.save_template import SaveTemplateDialog

    dialog = SaveTemplateDialog(session.message, session.contact, session.template, folder, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
