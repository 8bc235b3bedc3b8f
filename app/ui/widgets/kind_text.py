"""The kinds of message as the window names them, in the user's language.

The core names kinds in English for the command line (`Kind.label`); the window's pickers
and filters show these instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.library.templates import Kind


def kind_text(kind: Kind) -> str:
    """ "Coffee invitation", "Einladung auf einen Kaffee"…"""
    if kind is Kind.INVITE:
        return QCoreApplication.translate("KindText", "Invitation")
    if kind is Kind.THANKS:
        return QCoreApplication.translate("KindText", "Thank-you")
    if kind is Kind.DECLINE:
        return QCoreApplication.translate("KindText", "Polite decline")
    if kind is Kind.COFFEE:
        return QCoreApplication.translate("KindText", "Coffee invitation")
    if kind is Kind.RECRUITER_REPLY:
        return QCoreApplication.translate("KindText", "Reply to a recruiter")
    if kind is Kind.FOLLOW_UP:
        return QCoreApplication.translate("KindText", "Follow-up")
    return QCoreApplication.translate("KindText", "Introduction")
