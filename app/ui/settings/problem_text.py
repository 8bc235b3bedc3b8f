"""What is wrong with the settings as typed, in the window's language. The core names it
(app/settings.py, `Problem`) and words it, in English for `rapport config`."""

from __future__ import annotations

from app.settings import PROBLEM_WORDINGS, Problem
from app.ui.widgets.sentence_text import sentence_text


def problem_text(problem: Problem) -> str:
    return sentence_text(PROBLEM_WORDINGS[problem]())
