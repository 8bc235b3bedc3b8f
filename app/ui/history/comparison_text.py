"""Which differences between rates mean something, in the window's language.

The core judges each comparison (app/stats/compare.py) and says it in English for
`rapport stats`; the Statistics tab words the same values here, templates by their titles
and numbers the locale's way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.stats.breakdowns import UNSCORED_LABEL
from app.stats.compare import MIN_DECIDED, SMALL_GAP_POINTS, Comparison, Verdict
from app.stats.wilson import Rate
from app.ui.widgets.closeness_text import strength_text
from app.ui.widgets.group_text import group_text
from app.ui.widgets.locale_text import count_text, percent_text
from app.ui.widgets.template_text import template_text


def comparison_text(comparison: Comparison) -> str:
    """ "Invitations with a note: 55% (885 of 1,599) accepted, against 31% (44 of 142)
    for invitations without one. Accepted more often, and a gap this large is unlikely
    to be chance (p < 0.001)." """
    a, b = comparison.rate, comparison.other
    numbers = QCoreApplication.translate(
        "ComparisonText", "{subject}: {rate} accepted, against {other} for {others}."
    ).format(
        subject=_subject(comparison),
        rate=_share(a),
        other=_share(b),
        others=_others(comparison.breakdown),
    )
    if comparison.verdict is Verdict.TOO_FEW or comparison.p_value is None:
        said = QCoreApplication.translate(
            "ComparisonText",
            "Too few to tell yet: at least {count} decided invitations are needed on each side.",
        ).format(count=count_text(MIN_DECIDED))
        return f"{numbers} {said}"
    p = _p(comparison.p_value)
    if comparison.verdict is Verdict.CHANCE or a.value is None or b.value is None:
        said = QCoreApplication.translate(
            "ComparisonText", "The difference could well be chance ({p})."
        ).format(p=p)
        return f"{numbers} {said}"
    gap = round(abs(a.value - b.value) * 100)
    if gap < SMALL_GAP_POINTS:
        said = QCoreApplication.translate(
            "ComparisonText",
            "The gap is small (%n point(s)), but with this many invitations it is unlikely "
            "to be chance ({p}).",
            "",
            gap,
        ).format(p=p)
    elif a.value > b.value:
        said = QCoreApplication.translate(
            "ComparisonText",
            "Accepted more often, and a gap this large is unlikely to be chance ({p}).",
        ).format(p=p)
    else:
        said = QCoreApplication.translate(
            "ComparisonText",
            "Accepted less often, and a gap this large is unlikely to be chance ({p}).",
        ).format(p=p)
    return f"{numbers} {said}"


def _subject(c: Comparison) -> str:
    key = c.key
    if c.breakdown == "note":
        return QCoreApplication.translate("ComparisonText", "Invitations with a note")
    if c.breakdown == "template":
        if not key:
            return QCoreApplication.translate(
                "ComparisonText", "Invitations without a template (imported or typed)"
            )
        return QCoreApplication.translate("ComparisonText", "Invitations from “{template}”").format(
            template=template_text(str(key))
        )
    if c.breakdown in ("group", "strength") and not isinstance(key, str | int):
        return QCoreApplication.translate("ComparisonText", "Invitations to contacts since deleted")
    if c.breakdown == "group":
        if not key:
            return QCoreApplication.translate("ComparisonText", "Invitations to people in no group")
        return QCoreApplication.translate(
            "ComparisonText", "Invitations to people in “{group}”"
        ).format(group=group_text(str(key)))
    if c.breakdown == "strength" and isinstance(key, int):
        return QCoreApplication.translate(
            "ComparisonText", "Invitations to people marked “{label}” (strength {strength})"
        ).format(label=strength_text(key), strength=key)
    if key == UNSCORED_LABEL:
        return QCoreApplication.translate("ComparisonText", "Invitations without a checker score")
    return QCoreApplication.translate("ComparisonText", "Invitations scoring {band}").format(
        band=key
    )


def _others(breakdown: str) -> str:
    if breakdown == "note":
        return QCoreApplication.translate("ComparisonText", "invitations without one")
    if breakdown == "template":
        return QCoreApplication.translate("ComparisonText", "your other invitations")
    if breakdown == "group":
        return QCoreApplication.translate("ComparisonText", "other groups")
    if breakdown == "strength":
        return QCoreApplication.translate("ComparisonText", "other strengths")
    return QCoreApplication.translate("ComparisonText", "other scores")


def _share(rate: Rate) -> str:
    if rate.value is None:
        return QCoreApplication.translate("ComparisonText", "none decided")
    return QCoreApplication.translate(
        "ComparisonText", "{percent} ({successes} of {trials})"
    ).format(
        percent=percent_text(rate.value),
        successes=count_text(rate.successes),
        trials=count_text(rate.trials),
    )


def _p(p: float) -> str:
    locale = QLocale()
    if p < 0.001:
        return QCoreApplication.translate("ComparisonText", "p < {threshold}").format(
            threshold=locale.toString(0.001, "f", 3)
        )
    # Two significant digits: 0.048 must not be rounded up to a borderline-looking 0.05.
    number = locale.toString(p, "f", 2) if p >= 0.1 else locale.toString(p, "g", 2)
    return QCoreApplication.translate("ComparisonText", "p = {value}").format(value=number)
