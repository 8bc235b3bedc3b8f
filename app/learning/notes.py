"""Whether a personalised note is worth spending on this contact: the replies a note
would likely add, per 100 invitations to people of their segment, from the model.

Replies per invitation are acceptance times replies after acceptance. Their difference
with and without a note is summed up by its mean and, through the usual first-order
approximation of a product's variance, its spread, which gives the chance the note
helps at all.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.composing.note_quota import NoteQuota
from app.learning.model import Fit
from app.learning.pooling import Posterior

# A note "pays" when it likely helps (this chance) by at least this many replies per 100
# invitations: less is lost in the noise of a few invitations a month.
LIKELY = 0.8
WORTHWHILE_PER_100 = 1.0


class NoteVerdict(StrEnum):
    PAYS = "pays"
    LOSES_LITTLE = "loses_little"
    NO_GAIN = "no_gain"


class NotesLeft(StrEnum):
    """What the note quota adds to the advice."""

    NOTHING = "nothing"  # no quota: the account sends notes freely
    NONE_LEFT = "none_left"
    SOME_LEFT = "some_left"
    KEEP_THEM = "keep_them"  # some left, and a note pays little here


@dataclass(frozen=True)
class NoteAdvice:
    """The figures behind the advice; `sentence()` says it in English, the window words
    `verdict`, `notes_left` and `per_100` itself."""

    accept_with: float
    accept_without: float
    reply_with: float
    reply_without: float
    gain_per_100: float
    chance_it_helps: float
    remaining: int | None
    allowed: int | None

    @property
    def worth_it(self) -> bool:
        return self.chance_it_helps >= LIKELY and self.gain_per_100 >= WORTHWHILE_PER_100

    @property
    def verdict(self) -> NoteVerdict:
        if self.worth_it:
            return NoteVerdict.PAYS
        return NoteVerdict.LOSES_LITTLE if self.gain_per_100 > 0 else NoteVerdict.NO_GAIN

    @property
    def notes_left(self) -> NotesLeft:
        if self.remaining is None:
            return NotesLeft.NOTHING
        if self.remaining == 0:
            return NotesLeft.NONE_LEFT
        return NotesLeft.SOME_LEFT if self.worth_it else NotesLeft.KEEP_THEM

    def sentence(self) -> str:
        with_, without = self.per_100(True), self.per_100(False)
        figures = (
            f"about {with_:.1f} replies per 100 invitations with a note against "
            f"{without:.1f} without"
        )
        match self.verdict:
            case NoteVerdict.PAYS:
                said = f"A note is likely to pay for this person: {figures}."
            case NoteVerdict.LOSES_LITTLE:
                said = f"Sending without a note loses little here: {figures}."
            case NoteVerdict.NO_GAIN:
                said = f"A note shows no gain for people like them: {figures}."
        noun = "note" if self.remaining == 1 else "notes"
        left = f"{self.remaining} of {self.allowed} personalised {noun} left this month."
        match self.notes_left:
            case NotesLeft.NOTHING:
                return said
            case NotesLeft.NONE_LEFT:
                return f"{said} No personalised notes left this month."
            case NotesLeft.KEEP_THEM:
                return f"{said} {left} Keep them for people where a note pays more."
            case NotesLeft.SOME_LEFT:
                return f"{said} {left}"

    def per_100(self, note: bool) -> float:
        """Replies per 100 invitations, with a note or without."""
        if note:
            return 100 * self.accept_with * self.reply_with
        return 100 * self.accept_without * self.reply_without

    def as_json(self) -> dict[str, Any]:
        return {
            "worth_note": self.worth_it,
            "replies_per_100_with_note": round(self.per_100(True), 2),
            "replies_per_100_without_note": round(self.per_100(False), 2),
            "accept_with_note": round(self.accept_with, 4),
            "accept_without_note": round(self.accept_without, 4),
            "reply_with_note": round(self.reply_with, 4),
            "reply_without_note": round(self.reply_without, 4),
            "gain_per_100": round(self.gain_per_100, 2),
            "chance_note_helps": round(self.chance_it_helps, 4),
            "notes_remaining": self.remaining,
            "notes_allowed": self.allowed,
            "sentence": self.sentence(),
        }


def note_advice(accepts: Fit, replies: Fit, quota: NoteQuota) -> NoteAdvice:
    """From the fits of acceptance and reply in the contact's segment."""
    with_a, without_a = accepts.segment_notes[True], accepts.segment_notes[False]
    with_r, without_r = replies.segment_notes[True], replies.segment_notes[False]
    gain = with_a.mean * with_r.mean - without_a.mean * without_r.mean
    spread = math.sqrt(_product_variance(with_a, with_r) + _product_variance(without_a, without_r))
    chance = 0.5 * (1 + math.erf(gain / (spread * math.sqrt(2)))) if spread > 0 else 0.5
    return NoteAdvice(
        with_a.mean,
        without_a.mean,
        with_r.mean,
        without_r.mean,
        100 * gain,
        chance,
        quota.remaining,
        quota.allowed,
    )


def _product_variance(first: Posterior, second: Posterior) -> float:
    return second.mean**2 * first.variance + first.mean**2 * second.variance
