"""What works: outcomes, acceptance and reply rates with honest intervals, breakdowns,
which differences mean something, and the follow-ups still to do. Free of Qt.

`compute_statistics(store, settings, now)` is the entry point; everything it needs is
aggregated in SQL.
"""

from app.stats.breakdowns import Breakdown, Row
from app.stats.compare import Comparison, Verdict
from app.stats.outcomes import Tally
from app.stats.report import Statistics, compute_statistics
from app.stats.wilson import Rate, wilson_interval

__all__ = [
    "Breakdown",
    "Comparison",
    "Rate",
    "Row",
    "Statistics",
    "Tally",
    "Verdict",
    "compute_statistics",
    "wilson_interval",
]
