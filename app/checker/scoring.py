"""From evidence to a 0-100 personalisation score and a verdict.

Each kind of evidence earns points up to a cap. Details alone (uncommon words, names,
numbers) cannot make a message personal: it takes details and something tying them to
the reader (a moment shared, a piece of their work, an offer), or what the writer recorded
about this very contact.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from app.checker.findings import Verdict
from app.checker.signals import Signal

# kind: (points for the first, points for each further one, most that kind can earn)
_POINTS: dict[str, tuple[int, int, int]] = {
    "context": (40, 40, 80),
    "shared": (30, 15, 45),
    "reply": (30, 0, 30),
    "thanks": (25, 0, 25),
    "story": (15, 0, 15),
    "name": (20, 10, 40),
    "theirs": (30, 10, 40),
    "reference": (10, 5, 15),
    "number": (12, 12, 24),
    "date": (12, 12, 24),
    "offer": (20, 0, 20),
    "terms": (15, 0, 15),
    "ask": (8, 0, 8),
    "word": (5, 5, 30),
    "rare": (10, 5, 30),
    "scene": (10, 10, 20),
}
# Stock phrases cost points; a message that is mostly a stock text cannot score high. A
# stock closing line ("I'd like to connect.") under a personal note costs nothing.
_CLICHE_COST = (5, 15)
_MOSTLY_STOCK_CEILING = 25
# A sales pitch stays below the threshold however many details it names.
_PITCH_CEILING = 30
# Where both recalls are highest on the development sets (bench/bench_calibration.py):
# generic messages score up to the low thirties, short personal notes from 35.
PERSONAL_THRESHOLD = 35


@dataclass(frozen=True)
class Score:
    value: int
    verdict: Verdict


def score(
    evidence: Iterable[Signal], *, cliches: int, mostly_stock: bool, pitch: bool = False
) -> Score:
    counts = Counter(signal.kind for signal in evidence)
    points = 0
    for kind, count in counts.items():
        first, further, cap = _POINTS[kind]
        points += min(cap, first + further * (count - 1))
    points = min(100, points) - min(_CLICHE_COST[1], _CLICHE_COST[0] * cliches)
    if mostly_stock:
        points = min(points, _MOSTLY_STOCK_CEILING)
    if pitch:
        points = min(points, _PITCH_CEILING)
    value = max(0, points)
    return Score(value, "personal" if value >= PERSONAL_THRESHOLD else "generic")
