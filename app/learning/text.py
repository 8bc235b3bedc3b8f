"""Recommendations in plain sentences, for the command line and the window alike."""

from __future__ import annotations

from app.learning.recommend import Ranked, Recommendation
from app.stats.wilson import percent


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
    told = _told(result)
    if result.winner is None and result.to_send is not None:
        return f"{told} {_to_send(result.to_send, result.approaches[0])}"
    return told


def _to_send(chosen: Ranked, leader: Ranked) -> str:
    high = percent(chosen.accept.interval()[1])
    name = chosen.approach.template
    if chosen.sent == 0:
        return (
            f"Send {name} next: not sent to people like them yet, it could reach {high}, "
            "and a few sends will show whether it does."
        )
    if chosen is leader:
        return f"Send {name} next: it leads, and could reach {high}."
    return (
        f"Send {name} next: it could still be the best (up to {high}), and a few more "
        "sends of it will show whether it is."
    )


def _told(result: Recommendation) -> str:
    if not result.approaches:
        return "No invitation templates to rank."
    winner = result.winner
    if winner is not None and winner.p_best is not None:
        return (
            f"Use {winner.approach.template}: best for {result.segment} with "
            f"{winner.p_best:.2f} probability."
        )
    if sum(r.p_best is not None for r in result.approaches) < 2:
        return "Too early to tell: fewer than two invitation templates tried yet."
    leader, runner = result.approaches[0], result.approaches[1]
    if result.more_sends is None:
        return (
            f"Too early to tell: {leader.approach.template} and {runner.approach.template} "
            "are too close for the next few hundred sends to tell apart."
        )
    return (
        f"Too early to tell: about {result.more_sends:,} more sends, split between "
        f"{leader.approach.template} and {runner.approach.template}, would likely tell."
    )


def approach_lines(result: Recommendation) -> list[str]:
    return [f"{n}. {describe(r)}" for n, r in enumerate(result.approaches, 1)] + [verdict(result)]
