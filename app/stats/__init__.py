"""What works: outcomes, acceptance and reply rates with honest intervals, breakdowns,
which differences mean something, and the follow-ups still to do. Free of Qt.

`compute_statistics(store, settings, now)` is the entry point; everything it needs is
aggregated in SQL.

Each name's module is imported when the name is first asked for: the window's contact
form needs the follow-up details (app/stats/followups.py) before its first paint, not
the report with its breakdowns and comparisons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lazy_exports import lazy_exports

if TYPE_CHECKING:
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

_MODULE_OF = {
    "Breakdown": "app.stats.breakdowns",
    "Row": "app.stats.breakdowns",
    "Comparison": "app.stats.compare",
    "Verdict": "app.stats.compare",
    "Tally": "app.stats.outcomes",
    "Statistics": "app.stats.report",
    "compute_statistics": "app.stats.report",
    "Rate": "app.stats.wilson",
    "wilson_interval": "app.stats.wilson",
}


__getattr__ = lazy_exports(__name__, _MODULE_OF)
