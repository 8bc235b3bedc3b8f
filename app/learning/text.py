"""Recommendations in plain English sentences, for the command line.

Which sentence fits is decided once here (`told`, `next_send_case`), as values the window
words in its own language (app/ui/compose/recommendation_text.py). The verdict names
templates by their titles, as the window does; the ranked lines by file name.
"""

from __future__ import annotations

from enum import StrEnum

from app.learning.recommend import Ranked, Recommendation
from app.library.names import template_title
from app.stats.wilson import percent


class Told(StrEnum):
    """What the ranking can say so far."""

    NO_TEMPLATES = "no_templates"
    WINNER = "winner"
    TOO_FEW_TRIED = "too_few_tried"
    TOO_CLOSE = "too_close"
    MORE_SENDS = "more_sends"


class NextSend(StrEnum):
    """Why the one to send next is that one."""

    UNSENT = "unsent"
    LEADS = "leads"
    COULD_BE_BEST = "could_be_best"


def told(result: Recommendation) -> Told:
    if not result.approaches:
        return Told.NO_TEMPLATES
    winner = result.winner
    if winner is not None and winner.p_best is not None:
        return Told.WINNER
    if sum(r.p_best is not None for r in result.approaches) < 2:
        return Told.TOO_FEW_TRIED
    return Told.TOO_CLOSE if result.more_sends is None else Told.MORE_SENDS


def next_send_case(result: Recommendation) -> NextSend | None:
    """None: nothing to add to the verdict (there is a winner, or nothing to send)."""
    chosen = result.to_send
    if result.winner is not None or chosen is None:
        return None
    if chosen.sent == 0:
        return NextSend.UNSENT
    return NextSend.LEADS if chosen is result.approaches[0] else NextSend.COULD_BE_BEST


def describe(ranked: Ranked) -> str:
    """'invite-met-at-event: 74% expected (30 of 40 here; 95% interval 60–86%), best
    with 0.99 probability'."""
    low, high = ranked.accept.interval()
    counts = (
        f"{ranked.accepted:,} of {ranked.sent:,} accepted here"
        if ranked.sent
        else "not sent to people like them yet"
    )
    chance = (
        "never tried" if ranked.p_best is None else f"best with {ranked.p_best:.2f} probability"
    )
    return (
        f"{ranked.approach.template}: {percent(ranked.accept.mean)} expected ({counts}; "
        f"95% interval {percent(low, sign=False)}–{percent(high)}), {chance}"
    )


def verdict(result: Recommendation) -> str:
    """The winner, or "too early to tell" with about how many more sends would tell and
    which one to send next."""
    said = _told(result)
    case, chosen = next_send_case(result), result.to_send
    if case is None or chosen is None:
        return said
    return f"{said} {_to_send(case, chosen)}"


def _to_send(case: NextSend, chosen: Ranked) -> str:
    high = percent(chosen.accept.interval()[1])
    name = template_title(chosen.approach.template)
    match case:
        case NextSend.UNSENT:
            return (
                f"Send {name} next: not sent to people like them yet, it could reach {high}, "
                "and a few sends will show whether it does."
            )
        case NextSend.LEADS:
            return f"Send {name} next: it leads, and could reach {high}."
        case NextSend.COULD_BE_BEST:
            return (
                f"Send {name} next: it could still be the best (up to {high}), and a few more "
                "sends of it will show whether it is."
            )


def _told(result: Recommendation) -> str:
    approaches = result.approaches
    titles = [template_title(ranked.approach.template) for ranked in approaches[:2]]
    match told(result):
        case Told.NO_TEMPLATES:
            return "No invitation templates to rank."
        case Told.WINNER:
            return (
                f"Use {titles[0]}: best for {result.segment} with "
                f"{approaches[0].p_best or 0:.2f} probability."
            )
        case Told.TOO_FEW_TRIED:
            return "Too early to tell: fewer than two invitation templates tried yet."
        case Told.TOO_CLOSE:
            return (
                f"Too early to tell: {titles[0]} and {titles[1]} are too close for the next "
                "few hundred sends to tell apart."
            )
        case Told.MORE_SENDS:
            return (
                f"Too early to tell: about {result.more_sends or 0:,} more sends, split between "
                f"{titles[0]} and {titles[1]}, would likely tell."
            )


def approach_lines(result: Recommendation) -> list[str]:
    return [f"{n}. {describe(r)}" for n, r in enumerate(result.approaches, 1)] + [verdict(result)]
