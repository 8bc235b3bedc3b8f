"""What changed in the user's data, said once for every page that shows it.

The part that changes something (the Settings dialog's flow, an import, the composer's
Record as sent, the contact form) emits one of these signals; each page that shows that
data subscribes in its constructor and reads again. The window relays nothing page by
page, and a page added later needs no change anywhere else. The core's `AppContext` stays
Qt-free: the hub lives beside it, one per context, found with `context_signals`.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, Signal

from app.context import AppContext


class ContextSignals(QObject):
    """Each signal carries what changed; `context.settings` and the store are already
    updated when it is emitted."""

    settings_changed = Signal(object)  # the new Settings
    data_imported = Signal(object)  # the ImportSummary
    message_recorded = Signal(object)  # the SentMessage
    contacts_changed = Signal()  # a contact saved or deleted
    requests_changed = Signal()  # an incoming request answered or added


_hubs: WeakKeyDictionary[AppContext, ContextSignals] = WeakKeyDictionary()


def context_signals(context: AppContext) -> ContextSignals:
    """The signals of `context`, made on first use; they last as long as the context."""
    hub = _hubs.get(context)
    if hub is None:
        hub = _hubs[context] = ContextSignals()
    return hub
