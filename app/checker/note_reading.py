"""A note someone sent the user, read the way the user would read it.

The checker's judgement, with the user as the reader: their name and place are what a
mail merge fills in. On top of the score, a note that mentions the user's own work (their
post, talk, panel, podcast, article, project), the user's city, or a meeting ("we spoke
after your panel") was written for them; a sales pitch was not, however specific it
sounds ("I help founders 10x their pipeline").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.checker import patterns
from app.checker.checker import Checker
from app.checker.findings import Report
from app.checker.pitch import is_pitch
from app.checker.text import Analysis

# What people make that others read, hear or use: "your post", "your recent podcast episode".
_WORK = re.compile(
    r"\byour (?:[a-z0-9'-]+ ){0,3}?(post|talk|panel|podcast|article|project|keynote|paper"
    r"|book|thread|newsletter|video|episode|workshop|presentation|session|interview|essay"
    r"|blog|research|study|report|course|webinar|demo|slides|library|repo|app|album"
    r"|exhibition|show|lecture|piece|column|comment|answer|review|thesis)s?\b"
)
_YOUR_PLACE = re.compile(
    r"\b(?:in|near|around|to|from) your (?:city|town|area|neck of the woods)\b"
)
_CITY_PART = re.compile(r"[^,(/]+")
# "I read your recent post and found it insightful" is flattery any sender can paste: one
# cue needs a little evidence beside it (a detail, a name); two cues stand on their own.
_ONE_CUE_EVIDENCE = 20


@dataclass(frozen=True)
class NoteReading:
    """`personal`: the note was written for the reader; `cues`: what says so, in words
    ("your post", "a meeting"); `pitch`: it talks like a sales pitch."""

    report: Report
    personal: bool
    cues: tuple[str, ...]
    pitch: bool


def read_note(checker: Checker, note: str, my_name: str = "", my_location: str = "") -> NoteReading:
    """How `note` reads to a user called `my_name` who lives in `my_location`."""
    me = {"name": my_name.strip(), "location": my_location.strip()}
    report = checker.check(note, kind="invite", contact={k: v for k, v in me.items() if v})
    analysis = Analysis(note)
    pitch = is_pitch(analysis)
    stock = any(finding.code == "boilerplate" for finding in report.findings)
    cues = _cues(analysis, my_location, stock)
    backed = len(cues) >= 2 or (len(cues) == 1 and report.score >= _ONE_CUE_EVIDENCE)
    personal = not pitch and (report.verdict == "personal" or backed)
    return NoteReading(report, personal, cues, pitch)


def _cues(analysis: Analysis, my_location: str, stock: bool) -> tuple[str, ...]:
    lower = analysis.plain.lower()
    found = [f"your {match.group(1)}" for match in _WORK.finditer(lower)][:2]
    if patterns.SHARED.search(analysis.flat):
        found.append("a meeting")
    # The reader's city on its own is what a local mail merge says ("I'm also in Toronto
    # and love to meet local professionals"): it counts beside other cues, or in a note
    # that is no stock text.
    if (found or not stock) and _names_my_city(lower, my_location):
        found.append("your city")
    return tuple(dict.fromkeys(found))


def _names_my_city(lower: str, my_location: str) -> bool:
    if _YOUR_PLACE.search(lower):
        return True
    city = _CITY_PART.match(my_location.strip().lower())
    name = city.group().strip() if city else ""
    return len(name) > 2 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", lower) is not None
