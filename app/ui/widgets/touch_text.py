"""Keeping in touch in the window's language: spans of days ("3 weeks", "3 weeks ago", "in
3 weeks"), the contact form's line ("Last contacted 3 months ago · due in 2 weeks") and
why a follow-up is on the list.

The core (app/relationships/keeping_in_touch, app/stats/followups) counts the days and
rounds them; these classes word what it found. `tr` finds a plural only on an object of
exactly the class that asks, so nothing subclasses them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.relationships.keeping_in_touch import Span, Standing, Unit, span
from app.stats.followups import ThankDetail, TouchDetail


class SpanText(QObject):
    """A number of days as a person says it, alone, in the past, or ahead."""

    def span(self, days: int) -> str:
        """ "5 days", "2 weeks", "3 months", "1 year"."""
        rounded = span(days)
        match rounded.unit:
            case Unit.DAY:
                return self.tr("%Ln days", "", rounded.count)
            case Unit.WEEK:
                return self.tr("%Ln weeks", "", rounded.count)
            case Unit.MONTH:
                return self.tr("%Ln months", "", rounded.count)
            case Unit.YEAR:
                return self.tr("%Ln years", "", rounded.count)

    def ago(self, days: int) -> str:
        """ "today", "yesterday", "3 weeks ago"."""
        if days <= 0:
            return self.tr("today")
        if days == 1:
            return self.tr("yesterday")
        return self._ago(span(days))

    def _ago(self, rounded: Span) -> str:
        match rounded.unit:
            case Unit.DAY:
                return self.tr("%Ln days ago", "", rounded.count)
            case Unit.WEEK:
                return self.tr("%Ln weeks ago", "", rounded.count)
            case Unit.MONTH:
                return self.tr("%Ln months ago", "", rounded.count)
            case Unit.YEAR:
                return self.tr("%Ln years ago", "", rounded.count)

    def ahead(self, days: int) -> str:
        """ "tomorrow", "in 2 weeks"; `days` is 1 or more."""
        if days == 1:
            return self.tr("tomorrow")
        rounded = span(days)
        match rounded.unit:
            case Unit.DAY:
                return self.tr("in %Ln days", "", rounded.count)
            case Unit.WEEK:
                return self.tr("in %Ln weeks", "", rounded.count)
            case Unit.MONTH:
                return self.tr("in %Ln months", "", rounded.count)
            case Unit.YEAR:
                return self.tr("in %Ln years", "", rounded.count)


class TouchText(QObject):
    """The contact form's keeping-in-touch line and the follow-ups' reasons."""

    def __init__(self) -> None:
        super().__init__()
        self._spans = SpanText()

    def standing(self, standing: Standing) -> str:
        """ "Last contacted 3 months ago · due in 2 weeks", "Never contacted"."""
        if standing.days_since_last is None:
            last = self.tr("Never contacted")
        else:
            last = self.tr("Last contacted {when}").format(
                when=self._spans.ago(standing.days_since_last)
            )
        if standing.days_until_due is None:
            return last
        return self.tr("{last} · {due}").format(last=last, due=self._due(standing.days_until_due))

    def _due(self, days_left: int) -> str:
        if days_left > 0:
            return self.tr("due {when}").format(when=self._spans.ahead(days_left))
        if days_left == 0:
            return self.tr("due today")
        return self.tr("overdue by {span}").format(span=self._spans.span(-days_left))

    def follow_up(self, detail: ThankDetail | TouchDetail) -> str:
        """Why someone is on the follow-up list, e.g. "Accepted your invitation 3 days
        ago; no thank-you sent yet."."""
        if isinstance(detail, ThankDetail):
            when = self._spans.ago(detail.days_ago)
            if detail.replied:
                return self.tr(
                    "Accepted your invitation {when} and replied; nothing sent to them since."
                ).format(when=when)
            return self.tr("Accepted your invitation {when}; no thank-you sent yet.").format(
                when=when
            )
        if detail.days_since_last is None:
            last = self.tr("nothing sent or received yet")
        else:
            last = self.tr("last in touch {when}").format(
                when=self._spans.ago(detail.days_since_last)
            )
        return self.tr("Keep in touch every {cadence}: {last}; {due}.").format(
            cadence=self._spans.span(detail.cadence_days),
            last=last,
            due=self._due(-detail.overdue_days),
        )


def standing_text(standing: Standing) -> str:
    """The contact form's line for `standing`, in the window's language."""
    return TouchText().standing(standing)


def follow_up_text(detail: ThankDetail | TouchDetail) -> str:
    """Why a follow-up is listed, in the window's language."""
    return TouchText().follow_up(detail)
