"""Why the composer shows this template, in the window's language: "Suggested for Ana:
you met at PyData Lisbon." The core chooses (app/composing/suggestion.py, `Because`) and
says it in English for `rapport draft`; the contact's own words it quotes stay as written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.composing.session import DraftSession
from app.composing.suggestion import Because, TemplateChoice


def because_text(choice: TemplateChoice) -> str:
    """ "you met at PyData Lisbon", "introduced by Jonas Berg (accepted 9 of 10 times)"."""
    quoted, because = choice.quoted, choice.because
    if because is Because.WROTE_TO_YOU:
        why = QCoreApplication.translate("ChoiceText", "{name} wrote to you: reply")
    elif because is Because.INTRODUCED:
        why = QCoreApplication.translate("ChoiceText", "introduced by {name}")
    elif because is Because.FORMER_COLLEAGUE:
        why = QCoreApplication.translate("ChoiceText", "a former colleague")
    elif because is Because.MET:
        why = QCoreApplication.translate("ChoiceText", "you met {how}")
    elif because is Because.THEIR_WORK:
        why = QCoreApplication.translate("ChoiceText", "you know their work: {work}")
    elif because is Because.SAME_AREA:
        why = QCoreApplication.translate("ChoiceText", "you are both in {place}")
    elif because is Because.CAUGHT_YOUR_EYE:
        why = QCoreApplication.translate("ChoiceText", "say what of {name}'s caught your eye")
    else:
        why = QCoreApplication.translate("ChoiceText", "the first template")
    said = why.format(name=quoted, how=quoted, work=quoted, place=quoted)
    record = choice.record
    if record is None:
        return said
    return QCoreApplication.translate(
        "ChoiceText", "{reason} (accepted {accepted} of {decided} times)"
    ).format(reason=said, accepted=record.accepted, decided=record.decided)


def choice_line(session: DraftSession) -> str:
    """The composer's line under the template: the suggestion's reason, or the user's pick."""
    contact, suggestion = session.contact, session.suggestion
    if contact is None or session.template is None:
        return ""
    if suggestion is not None:
        return QCoreApplication.translate("ChoiceText", "Suggested for {name}: {reason}.").format(
            name=contact.given_name, reason=because_text(suggestion)
        )
    if session.picked:
        return QCoreApplication.translate(
            "ChoiceText", "You chose this template for {name}."
        ).format(name=contact.given_name)
    return ""
