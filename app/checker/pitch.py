"""Whether a message is a sales pitch: however specific a pitch sounds ("restaurant owners
in Bologna fill 40% more tables with our assistant"), it was written to sell, not for
this one reader, so a pitch cannot score as personal.

A pitch is told by how it talks, in any trade: the writer's offering ("our platform",
"we help"), results promised in figures ("40% more", "3x"), and the ask for a slot in the
reader's calendar ("a quick call", "book a demo").
"""

from __future__ import annotations

import re

from app.checker.patterns import SELF_TALK
from app.checker.text import Analysis

# The writer's product, however it is named: "our AI booking assistant".
_OFFERING = re.compile(
    r"\bour (?:[a-z0-9-]+ ){0,3}(?:platform|assistant|tool|software|solution|suite|product"
    r"|service|app|agency|system|programme|program|course|newsletter|community)\b"
)
# Run over the lower-cased text, where "%" and "x" still stand next to their figures.
_PROMISES = re.compile(
    r"\b\d+(?:\.\d+)? ?(?:%|percent)(?: (?:more|less|fewer|faster|higher|lower|cheaper))?"
    r"|\b\d+x\b|\b\d+\+ (?:companies|clients|customers|teams|brands|businesses|founders)\b"
    r"|\b(?:boost|grow|scale|double|triple|increase|cut|reduce|save|fill|close|generate"
    r"|land) (?:your |their )?(?:revenue|pipeline|sales|leads|costs|bookings|clients|deals"
    r"|meetings|conversions|tables|cycle times)\b"
)
_CALENDAR = re.compile(
    r"\b(?:quick|short|brief|free|discovery|\d+[ -]?(?:minute|min)) (?:call|chat|demo"
    r"|consultation|audit)\b"
    r"|\b(?:schedule|book|set up|arrange|hop on|jump on) (?:a |an )?(?:quick )?"
    r"(?:call|demo|meeting)\b"
    r"|\bshow you (?:how|a (?:quick |short |\d+[ -]?minute )?demo)\b"
    r"|\bdo you have (?:\d+|a few) minutes\b"
)
# One kind of pitch talk is a writer saying what they do; two kinds together, a pitch.
_PITCH = 2


def is_pitch(analysis: Analysis) -> bool:
    """Whether the message talks like a sales pitch (two kinds of pitch talk or more)."""
    lower = analysis.plain.lower()
    kinds = (
        SELF_TALK.search(analysis.flat) or _OFFERING.search(lower),
        _PROMISES.search(lower),
        _CALENDAR.search(lower),
    )
    return sum(1 for kind in kinds if kind) >= _PITCH
