"""What to do next (app/learning/next_steps.py decides it), in the window's language:
approaches named by their templates' titles, numbers the locale's way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.learning.history import Approach
from app.learning.next_steps import Advice, Step
from app.ui.widgets.locale_text import count_text, percent_text
from app.ui.widgets.template_text import template_text


def step_text(step: Step) -> str:
    """ "Keep Invite met at event: 30 of 40 accepted, about 74% expected (95% interval
    61–85%); the best of the 3 approaches tried with 0.97 probability." """
    if step.advice is Advice.TRY or step.approach is None:
        names = ", ".join(template_text(name) for name in step.never_sent)
        if len(step.never_sent) == 1:
            return QCoreApplication.translate(
                "NextStepsText", "Try {names}: never sent yet, so nothing is known about it."
            ).format(names=names)
        return QCoreApplication.translate(
            "NextStepsText", "Try {names}: never sent yet, so nothing is known about them."
        ).format(names=names)
    name, figures = approach_text(step.approach), _figures(step)
    leader = approach_text(step.leader) if step.leader is not None else ""
    probability = QLocale().toString(step.probability, "f", 2)
    compared = percent_text(step.compared)
    if step.advice is Advice.KEEP_BEST:
        return QCoreApplication.translate(
            "NextStepsText",
            "Keep {approach}: {figures}; the best of the {tried} approaches tried with "
            "{probability} probability.",
        ).format(
            approach=name, figures=figures, tried=count_text(step.tried), probability=probability
        )
    if step.advice is Advice.KEEP_BETTER:
        return QCoreApplication.translate(
            "NextStepsText",
            "Keep {approach}: {figures}; better than your other invitations' {rate} with "
            "{probability} probability.",
        ).format(approach=name, figures=figures, rate=compared, probability=probability)
    if step.advice is Advice.DROP:
        return QCoreApplication.translate(
            "NextStepsText",
            "Drop {approach}: {figures}; below {leader}’s {rate} with {probability} probability.",
        ).format(
            approach=name, figures=figures, leader=leader, rate=compared, probability=probability
        )
    if step.advice is Advice.TEST_LEADING:
        return QCoreApplication.translate(
            "NextStepsText",
            "Keep testing {approach}: {figures}; ahead for now, but not surely the best yet.",
        ).format(approach=name, figures=figures)
    if step.advice is Advice.TEST_CLOSE:
        return QCoreApplication.translate(
            "NextStepsText",
            "Keep testing {approach}: {figures}; too close to {leader} to tell apart.",
        ).format(approach=name, figures=figures, leader=leader)
    return QCoreApplication.translate(
        "NextStepsText",
        "Keep testing {approach}: {figures}; about {count} more sends, with {leader}, would "
        "likely tell.",
    ).format(approach=name, figures=figures, count=count_text(step.more_sends), leader=leader)


def approach_text(approach: Approach) -> str:
    """ "Invite met at event", "Invite met at event (no note)", "invitations typed or
    imported"."""
    if approach.template:
        name = template_text(approach.template)
    else:
        name = QCoreApplication.translate("NextStepsText", "invitations typed or imported")
    if approach.note:
        return name
    return QCoreApplication.translate("NextStepsText", "{approach} (no note)").format(approach=name)


def _figures(step: Step) -> str:
    return QCoreApplication.translate(
        "NextStepsText",
        "{accepted} of {decided} accepted, about {mean} expected (95% interval {low}–{high})",
    ).format(
        accepted=count_text(step.accepted),
        decided=count_text(step.decided),
        mean=percent_text(step.mean),
        low=percent_text(step.low, sign=False),
        high=percent_text(step.high),
    )
