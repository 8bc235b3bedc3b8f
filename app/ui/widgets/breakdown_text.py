"""The statistics' row names and rates as the window writes them, in the user's language.

The core names the rows of its breakdowns (`Row.label`: "No group", "Met once", "Jan 2026")
and describes rates (`Rate.describe`) in English for `rapport stats`; the statistics table,
its tooltips and the chart's tooltips show these instead. Rapport's own groups are
translated; names the user gave (templates, groups) and score bands stay as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.library.templates import Kind
from app.stats import Rate, Row
from app.stats.breakdowns import UNSCORED_LABEL
from app.ui.widgets.closeness_text import strength_text
from app.ui.widgets.group_text import group_text
from app.ui.widgets.kind_text import kind_text
from app.ui.widgets.locale_text import count_text, percent_text


def row_text(breakdown: str, row: Row) -> str:
    """The first cell of `row` in the breakdown named `breakdown` ("group", "kind"…)."""
    key = row.key
    if breakdown == "note":
        if key == "with_note":
            return QCoreApplication.translate("BreakdownText", "With a note")
        return QCoreApplication.translate("BreakdownText", "Without a note")
    if breakdown == "template" and not key:
        return QCoreApplication.translate("BreakdownText", "No template (imported or typed)")
    if breakdown in ("group", "strength") and key is None:
        return QCoreApplication.translate("BreakdownText", "Contact deleted or never saved")
    if breakdown == "group" and key == "":
        return QCoreApplication.translate("BreakdownText", "No group")
    if breakdown == "strength" and isinstance(key, int) and 1 <= key <= 5:
        return QCoreApplication.translate("BreakdownText", "{value} · {label}").format(
            value=key, label=strength_text(key)
        )
    if breakdown == "kind":
        known = {member.value: member for member in Kind}
        return kind_text(known[str(key)]) if key in known else row.label
    if breakdown == "group" and isinstance(key, str):
        return group_text(key)
    if breakdown == "score" and key == UNSCORED_LABEL:
        return QCoreApplication.translate("BreakdownText", "Unscored")
    if breakdown == "month" and isinstance(key, str):
        month = QDate.fromString(key, "yyyy-MM")
        return QLocale().toString(month, "MMM yyyy") if month.isValid() else row.label
    return row.label


def rate_text(rate: Rate) -> str:
    """ "62% (124 of 200; 95% interval 55–69%)", or "none decided yet"."""
    interval = rate.interval
    if rate.value is None or interval is None:
        return QCoreApplication.translate("BreakdownText", "none decided yet")
    low, high = interval
    return QCoreApplication.translate(
        "BreakdownText", "{rate} ({successes} of {trials}; 95% interval {low}–{high})"
    ).format(
        rate=percent_text(rate.value),
        successes=count_text(rate.successes),
        trials=count_text(rate.trials),
        low=percent_text(low, sign=False),
        high=percent_text(high),
    )
