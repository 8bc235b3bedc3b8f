"""How well the user knows someone, and how often they want to keep in touch, as the window
names them in the user's language.

The core names strengths (`STRENGTH_LABELS`) and keep-in-touch choices (`CADENCE_CHOICES`)
in English for the command line and triage reasons; the contact form and the settings show
these instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.contacts import STRENGTH_LABELS
from app.relationships.keeping_in_touch import CADENCE_CHOICES


def strength_text(strength: int) -> str:
    """ "Know well", "Gut bekannt"…, for a strength of 1 (close) to 5 (never met)."""
    labels = {
        1: QCoreApplication.translate("StrengthText", "Close"),
        2: QCoreApplication.translate("StrengthText", "Know well"),
        3: QCoreApplication.translate("StrengthText", "Know a little"),
        4: QCoreApplication.translate("StrengthText", "Met once"),
        5: QCoreApplication.translate("StrengthText", "Never met"),
    }
    return labels[strength]


def strength_choices() -> list[tuple[int, str]]:
    """Every strength the core knows with its label, closest first."""
    return [(value, strength_text(value)) for value in STRENGTH_LABELS]


def cadence_text(days: int | None) -> str:
    """A keep-in-touch choice of the core: "No reminder", "Every month", "Jeden Monat"…"""
    labels = {
        None: QCoreApplication.translate("CadenceText", "No reminder"),
        14: QCoreApplication.translate("CadenceText", "Every 2 weeks"),
        30: QCoreApplication.translate("CadenceText", "Every month"),
        91: QCoreApplication.translate("CadenceText", "Every quarter"),
        182: QCoreApplication.translate("CadenceText", "Every 6 months"),
        365: QCoreApplication.translate("CadenceText", "Every year"),
    }
    return labels[days]


def cadence_choices() -> list[tuple[str, int | None]]:
    """The keep-in-touch choices the core offers, in its order, with their labels."""
    return [(cadence_text(days), days) for _, days in CADENCE_CHOICES]
