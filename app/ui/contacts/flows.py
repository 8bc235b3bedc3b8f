"""Saving, deleting and leaving a contact: the list, the form and the store kept in step.

Nothing typed is lost: moving to another contact saves the form's edits first, and when
they cannot be saved the user chooses between staying with them and discarding them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.contacts import Contact
from app.context import AppContext
from app.store import StoreError
from app.ui.contacts.form import ContactForm
from app.ui.contacts.panel import ContactsPanel
from app.ui.context_signals import context_signals
from app.ui.page_tabs import signals_blocked
from app.ui.widgets.sentence_text import error_text


class ContactFlows(QObject):
    """Emits `status` with a sentence for the status bar."""

    status = Signal(str)

    def __init__(
        self, context: AppContext, contacts: ContactsPanel, form: ContactForm, window: QWidget
    ) -> None:
        super().__init__(window)
        self._context = context
        self._contacts = contacts
        self._form = form
        self._window = window  # the parent of the questions asked
        contacts.contact_selected.connect(self.contact_selected)
        form.save_requested.connect(self.save)
        form.delete_requested.connect(self.delete)
        context_signals(context).data_imported.connect(self._imported)

    def save(self, contact: Contact, *, reselect: bool = True) -> Contact | None:
        """Store the contact; `reselect` False when saving on the way to another one."""
        try:
            if contact.id is None:
                saved = self._context.store.add_contact(contact)
            else:
                saved = self._context.store.update_contact(contact)
        except StoreError as exc:
            QMessageBox.warning(self._window, self.tr("Contact not saved"), error_text(exc))
            return None
        with signals_blocked(self._contacts):
            self._contacts.model.upsert(saved)
            if reselect:
                self._contacts.select(saved.id)
        if reselect:
            self._form.mark_saved(saved)
        self.status.emit(self.tr("Saved {name}.").format(name=saved.name))
        context_signals(self._context).contacts_changed.emit()
        return saved

    def save_form(self) -> None:
        contact = self._form.contact()
        if contact is not None:
            self.save(contact)

    def delete(self, contact: Contact | None) -> None:
        if contact is None or contact.id is None:
            return
        answer = QMessageBox.question(
            self._window,
            self.tr("Delete contact"),
            self.tr("Delete {name}? Messages already sent to them stay in the history.").format(
                name=contact.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._context.store.delete_contact(contact.id)
        except StoreError as exc:
            QMessageBox.warning(self._window, self.tr("Contact not deleted"), error_text(exc))
            return
        with signals_blocked(self._contacts):
            self._contacts.model.remove(contact.id)
        # The list moves on to a neighbour; the form follows it when it showed the deleted
        # contact (from the network review, another contact may be open, edits and all).
        loaded = self._form.loaded
        if loaded is not None and loaded.id == contact.id:
            self._form.load(self._contacts.current_contact())
        self.status.emit(self.tr("Deleted {name}.").format(name=contact.name))
        context_signals(self._context).contacts_changed.emit()

    def delete_by_id(self, contact_id: int) -> None:
        try:
            contact = self._context.store.get_contact(contact_id)
        except StoreError as exc:
            self.status.emit(error_text(exc))
            return
        self.delete(contact)

    def open(self, contact_id: int) -> bool:
        """Show a saved contact in the list and the form. False when the form's unsaved
        edits were kept, or the contact is gone."""
        loaded = self._form.loaded
        if loaded is not None and loaded.id == contact_id:
            return True
        if not self.leave_current():
            return False
        try:
            contact = self._context.store.get_contact(contact_id)
        except StoreError as exc:
            self.status.emit(error_text(exc))
            return False
        with signals_blocked(self._contacts):
            self._contacts.model.upsert(contact)
            self._contacts.select(contact_id)
        self._form.load(contact)
        return True

    def start_new(self) -> bool:
        """An empty form for a new contact; False when the user stayed with unsaved edits."""
        if not self.leave_current():
            return False
        self._contacts.select(None)
        self._form.load(None)
        return True

    def contact_selected(self, contact: Contact | None) -> None:
        if contact is not None and self._form.loaded == contact:
            return
        if not self.leave_current():
            loaded = self._form.loaded
            with signals_blocked(self._contacts):  # stay where the unsaved edits are
                self._contacts.select(loaded.id if loaded else None)
            return
        self._form.load(contact)

    def leave_current(self) -> bool:
        """Save the form's edits before moving on, so nothing typed is lost. False when
        they cannot be saved and the user chose to stay with them."""
        if not self._form.is_dirty():
            return True
        edited = self._form.contact()
        if edited is not None and self.save(edited, reselect=False) is not None:
            return True
        if edited is None:
            question = self.tr(
                "Your changes to this contact are not saved: a contact needs a name. Discard them?"
            )
        else:
            question = self.tr(
                "Your changes to this contact are not saved: they could not be saved. Discard them?"
            )
        answer = QMessageBox.question(
            self._window,
            self.tr("Unsaved changes"),
            question,
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _imported(self, _summary: object) -> None:
        """Show what an import added; the open contact stays open."""
        loaded = self._form.loaded
        with signals_blocked(self._contacts):
            self._contacts.model.reload()
            if loaded is not None and loaded.id is not None:
                self._contacts.select(loaded.id)
        self._contacts.search.clear()
