"""The Statistics tab says which differences mean something in the window's language: in
English as `rapport stats` says it (templates by their titles), in German in German, with
German numbers."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.stats.compare import Comparison, Verdict
from app.stats.wilson import Rate
from app.ui.history.comparison_text import comparison_text

NOTE = Comparison(
    "note", "with_note", "Invitations with a note", Rate(885, 1599), Rate(44, 142),
    "invitations without one", 0.0004, Verdict.MEANINGFUL,
)  # fmt: skip
GROUP = Comparison(
    "group", "Climbing club", "Invitations to people in “Climbing club”", Rate(12, 20),
    Rate(500, 1000), "other groups", 0.48, Verdict.CHANCE,
)  # fmt: skip
STRENGTH = Comparison(
    "strength", 4, "Invitations to people marked “Met once” (strength 4)", Rate(520, 1000),
    Rate(4900, 10000), "other strengths", 0.048, Verdict.MEANINGFUL,
)  # fmt: skip
SCORE = Comparison(
    "score", "80–100", "Invitations scoring 80–100", Rate(2, 3), Rate(50, 100),
    "other scores", None, Verdict.TOO_FEW,
)  # fmt: skip
TEMPLATE = Comparison(
    "template", "invite-met-at-event.de.sie", "Invitations from “invite-met-at-event.de.sie”",
    Rate(31, 38), Rate(898, 1703), "your other invitations", 0.01, Verdict.MEANINGFUL,
)  # fmt: skip


@pytest.mark.parametrize("comparison", [NOTE, GROUP, STRENGTH, SCORE])
def test_in_english_the_window_says_it_as_the_command_line(
    qapp: QApplication, comparison: Comparison
) -> None:
    assert comparison_text(comparison) == comparison.sentence


def test_a_template_is_named_by_its_title(qapp: QApplication) -> None:
    assert comparison_text(TEMPLATE).startswith(
        "Invitations from “Invite met at event (DE, Sie)”: 82% (31 of 38) accepted"
    )


def test_in_german_the_differences_read_german(shipped_german: None) -> None:
    assert comparison_text(TEMPLATE) == (
        "Einladungen mit „Einladung nach einer Veranstaltung (DE, Sie)“: 82\u00a0% (31 von 38) "
        "angenommen, gegenüber 53\u00a0% (898 von 1.703) für Ihre übrigen Einladungen. Häufiger "
        "angenommen, und ein so großer Abstand ist kaum Zufall (p = 0,01)."
    )
    assert comparison_text(STRENGTH).endswith(
        "Der Abstand ist klein (3 Prozentpunkte), aber bei so vielen Einladungen ist er kaum "
        "Zufall (p = 0,048)."
    )
    assert comparison_text(NOTE).endswith("(p < 0,001).")
