"""The composer's recommendation in the window's language.

The core decides which sentence fits (app/learning/text.py: `told`, `next_send_case`;
app/learning/notes.py: `NoteAdvice.verdict`, `notes_left`) and says it in English for
`rapport recommend`; this words the same cases, with the locale's numbers and the
templates' translated titles.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.learning import Recommendation
from app.learning.notes import NoteAdvice, NotesLeft, NoteVerdict
from app.learning.segments import ACQUAINTED, KNOWN, STRANGER, UNKNOWN, Segment
from app.learning.text import NextSend, Told, next_send_case, told
from app.ui.widgets.group_text import group_text
from app.ui.widgets.locale_text import count_text, percent_text
from app.ui.widgets.template_text import template_text


def band_text(band: str) -> str:
    """ "people you know well"…, as the segments' bands name them."""
    names = {
        KNOWN: QCoreApplication.translate("RecommendationText", "people you know well"),
        ACQUAINTED: QCoreApplication.translate("RecommendationText", "people you have met"),
        STRANGER: QCoreApplication.translate("RecommendationText", "people you have never met"),
        UNKNOWN: QCoreApplication.translate("RecommendationText", "contacts no longer saved"),
    }
    return names[band]


def segment_text(people: Segment | None) -> str:
    """ "people you have never met in Recruiters, nearby"; "everyone" for None."""
    if people is None:
        return QCoreApplication.translate("RecommendationText", "everyone")
    band = band_text(people.band)
    if people.group and people.local:
        return QCoreApplication.translate(
            "RecommendationText", "{people} in {group}, nearby"
        ).format(people=band, group=group_text(people.group))
    if people.group:
        return QCoreApplication.translate("RecommendationText", "{people} in {group}").format(
            people=band, group=group_text(people.group)
        )
    if people.local:
        return QCoreApplication.translate("RecommendationText", "{people}, nearby").format(
            people=band
        )
    return band


def _decimals(value: float, places: int) -> str:
    return QLocale().toString(float(value), "f", places)


def verdict_text(result: Recommendation) -> str:
    """The winner, or "too early to tell" and which template to send next."""
    said = _told(result)
    chosen = result.to_send
    case = next_send_case(result)
    if case is None or chosen is None:
        return said
    high = percent_text(chosen.accept.interval()[1])
    name = template_text(chosen.approach.template)
    if case is NextSend.UNSENT:
        then = QCoreApplication.translate(
            "RecommendationText",
            "Send {template} next: not sent to people like them yet, it could reach {high}, "
            "and a few sends will show whether it does.",
        )
    elif case is NextSend.LEADS:
        then = QCoreApplication.translate(
            "RecommendationText", "Send {template} next: it leads, and could reach {high}."
        )
    else:
        then = QCoreApplication.translate(
            "RecommendationText",
            "Send {template} next: it could still be the best (up to {high}), and a few more "
            "sends of it will show whether it is.",
        )
    return f"{said} {then.format(template=name, high=high)}"


def _told(result: Recommendation) -> str:
    approaches = result.approaches
    case = told(result)
    if case is Told.NO_TEMPLATES:
        return QCoreApplication.translate("RecommendationText", "No invitation templates to rank.")
    if case is Told.WINNER:
        return QCoreApplication.translate(
            "RecommendationText", "Use {template}: best for {people} with {chance} probability."
        ).format(
            template=template_text(approaches[0].approach.template),
            people=segment_text(result.people),
            chance=_decimals(approaches[0].p_best or 0, 2),
        )
    if case is Told.TOO_FEW_TRIED:
        return QCoreApplication.translate(
            "RecommendationText",
            "Too early to tell: fewer than two invitation templates tried yet.",
        )
    first, second = (template_text(ranked.approach.template) for ranked in approaches[:2])
    if case is Told.TOO_CLOSE:
        return QCoreApplication.translate(
            "RecommendationText",
            "Too early to tell: {first} and {second} are too close for the next few hundred "
            "sends to tell apart.",
        ).format(first=first, second=second)
    return QCoreApplication.translate(
        "RecommendationText",
        "Too early to tell: about {sends} more sends, split between {first} and {second}, "
        "would likely tell.",
    ).format(sends=count_text(result.more_sends or 0), first=first, second=second)


def note_advice_text(advice: NoteAdvice) -> str:
    """Whether a personalised note is worth spending here, and how many are left."""
    with_, without = _decimals(advice.per_100(True), 1), _decimals(advice.per_100(False), 1)
    verdict = advice.verdict
    if verdict is NoteVerdict.PAYS:
        said = QCoreApplication.translate(
            "RecommendationText",
            "A note is likely to pay for this person: about {with_note} replies per 100 "
            "invitations with a note against {without_note} without.",
        )
    elif verdict is NoteVerdict.LOSES_LITTLE:
        said = QCoreApplication.translate(
            "RecommendationText",
            "Sending without a note loses little here: about {with_note} replies per 100 "
            "invitations with a note against {without_note} without.",
        )
    else:
        said = QCoreApplication.translate(
            "RecommendationText",
            "A note shows no gain for people like them: about {with_note} replies per 100 "
            "invitations with a note against {without_note} without.",
        )
    sentences = [said.format(with_note=with_, without_note=without)]
    left = advice.notes_left
    if left is NotesLeft.NONE_LEFT:
        sentences.append(
            QCoreApplication.translate(
                "RecommendationText", "No personalised notes left this month."
            )
        )
    elif left is not NotesLeft.NOTHING:
        remaining = advice.remaining or 0
        sentences.append(
            QCoreApplication.translate(
                "RecommendationText",
                "%n of {allowed} personalised notes left this month.",
                "",
                remaining,
            ).format(allowed=count_text(advice.allowed or 0))
        )
        if left is NotesLeft.KEEP_THEM:
            sentences.append(
                QCoreApplication.translate(
                    "RecommendationText", "Keep them for people where a note pays more."
                )
            )
    return " ".join(sentences)
