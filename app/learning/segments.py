"""Segments: the kinds of people whose answers the model pools, by group, by how well
the user knows them, and by whether they live in the user's area."""

from __future__ import annotations

from dataclasses import dataclass

from app.contacts import Contact

# Strength 1-2 (close, know well), 3-4 (know a little, met once) and 5 (never met):
# five strengths split the few sends a person makes too thin, and these three are the
# distinctions the triage rules already draw.
KNOWN, ACQUAINTED, STRANGER, UNKNOWN = "known", "acquainted", "stranger", "unknown"
# The strengths each band holds, for reading a band's contacts.
STRENGTH_BANDS = {KNOWN: (1, 2), ACQUAINTED: (3, 4), STRANGER: (5, 5)}
# The segment of a recommendation made for no one in particular.
EVERYONE = "everyone"
BAND_LABELS = {
    KNOWN: "people you know well",
    ACQUAINTED: "people you have met",
    STRANGER: "people you have never met",
    UNKNOWN: "contacts no longer saved",
}


@dataclass(frozen=True, order=True)
class Segment:
    group: str
    band: str
    local: bool

    def describe(self) -> str:
        """'people you have never met in Recruiters, nearby'."""
        where = ", nearby" if self.local else ""
        group = f" in {self.group}" if self.group else ""
        return f"{BAND_LABELS[self.band]}{group}{where}"


def band(strength: int | None) -> str:
    if strength is None:
        return UNKNOWN
    if strength <= 2:
        return KNOWN
    return ACQUAINTED if strength <= 4 else STRANGER


def segment_of(group: str, strength: int | None, local: bool) -> Segment:
    return Segment(group, band(strength), local)


def contact_segment(contact: Contact, local: bool) -> Segment:
    return segment_of(contact.group, contact.strength, local)
