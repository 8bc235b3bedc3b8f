"""The composer's recommendation in the window's language: its segment, verdict and note
advice are worded by the window from the cases the core decides. With the English
translation each case reads exactly as `rapport recommend` says it (a case the core adds
without a wording here fails); with the German translation the composer shows German."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.contacts import Contact
from app.context import AppContext
from app.learning import Ranked, Recommendation
from app.learning.history import Approach
from app.learning.notes import NoteAdvice, NotesLeft, NoteVerdict
from app.learning.pooling import Posterior
from app.learning.segments import BAND_LABELS, Segment
from app.learning.text import NextSend, Told, next_send_case, told, verdict
from app.store import Outcome
from app.ui.compose.recommendation_text import note_advice_text, segment_text, verdict_text
from app.ui.compose.recommendations_view import RecommendationsView
from tests.stats.conftest import NOW, History

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _ranked(name: str, sent: int, accepted: int, p_best: float | None) -> Ranked:
    accept = Posterior(1 + accepted, 1 + sent - accepted, accepted, sent)
    return Ranked(Approach(name, True), sent, accepted, sent, accepted, accept, accept, p_best)


def _advice(gain: float, chance: float, remaining: int | None) -> NoteAdvice:
    return NoteAdvice(0.5, 0.45, 0.3, 0.28, gain, chance, remaining, 5 if remaining else None)


LEADER = _ranked("invite-met-at-event", 40, 30, 0.97)
RUNNER = _ranked("invite-read-their-work", 12, 4, 0.03)
UNSENT = _ranked("invite-same-city", 0, 0, None)
ADVICE = _advice(2.0, 0.9, 3)
BASE = Recommendation("everyone", (LEADER, RUNNER), LEADER, None, ADVICE, 0, LEADER, None)

# One recommendation per case the core tells apart.
CASES = [
    dataclasses.replace(BASE, approaches=(), winner=None, to_send=None),
    BASE,
    dataclasses.replace(BASE, approaches=(LEADER, UNSENT), winner=None, to_send=UNSENT),
    dataclasses.replace(BASE, winner=None, to_send=LEADER),
    dataclasses.replace(BASE, winner=None, more_sends=1204, to_send=RUNNER),
]


def test_every_verdict_reads_as_the_core_says_it(qapp: QApplication) -> None:
    assert {told(case) for case in CASES} == set(Told)
    assert {next_send_case(case) for case in CASES} == {*NextSend, None}
    for case in CASES:
        assert verdict_text(case) == verdict(case)


def test_every_segment_reads_as_the_core_says_it(qapp: QApplication) -> None:
    assert segment_text(None) == BASE.segment
    for band in BAND_LABELS:
        for group in ("", "Recruiters"):
            for local in (False, True):
                people = Segment(group, band, local)
                assert segment_text(people) == people.describe()
                winner = dataclasses.replace(BASE, segment=people.describe(), people=people)
                assert verdict_text(winner) == verdict(winner)


def test_every_note_advice_reads_as_the_core_says_it(qapp: QApplication) -> None:
    advices = [
        _advice(gain, chance, remaining)
        for gain, chance in ((2.0, 0.9), (0.4, 0.6), (-1.0, 0.2))
        for remaining in (None, 0, 1, 3)
    ]
    assert {a.verdict for a in advices} == set(NoteVerdict)
    assert {a.notes_left for a in advices} == set(NotesLeft)
    for advice in advices:
        assert note_advice_text(advice) == advice.sentence()


def test_the_composer_recommends_in_german(
    qtbot: QtBot, context: AppContext, shipped_german: None
) -> None:
    view = _recommending(qtbot, context, met_at_event=(30, 40), their_work=(10, 40))
    people = "Menschen, die Sie schon getroffen haben, in der Gruppe „Einmal getroffen“"
    assert view.state.text() == f"Für {people}, aus Ihrem eigenen Verlauf."
    assert re.fullmatch(
        f"Nehmen Sie Einladung nach einer Veranstaltung: am besten für {people}, mit einer "
        r"Wahrscheinlichkeit von [01],\d\d\.",
        view.verdict.text(),
    )
    assert "Noch 5 von 5 personalisierten Notizen in diesem Monat." in view.notes.text()


def test_the_ranking_and_the_next_send_name_templates_by_their_german_titles(
    qtbot: QtBot, context: AppContext, shipped_german: None
) -> None:
    """Not by file name ("invite-met-at-event"), as the rest of the window names them."""
    view = _recommending(qtbot, context, met_at_event=(2, 3), their_work=(1, 3))
    titles = [view.model.index(row, 0).data() for row in range(view.model.rowCount())]
    assert titles[:2] == ["Einladung nach einer Veranstaltung", "Einladung wegen einer Arbeit"]
    assert view.model.index(0, 1).data() == "2 von 3"
    sentences = view.verdict.text()
    assert sentences.startswith("Noch zu früh für ein Urteil: ")
    assert "Einladung nach einer Veranstaltung und Einladung wegen einer Arbeit" in sentences
    next_send = re.search("Senden Sie als Nächstes (.+?):", sentences)
    assert next_send is not None and next_send[1] in titles
    view.explore.setChecked(True)
    explored = re.match("Erkunden: Senden Sie diesmal (.+?)\\.", view.explored.text())
    assert explored is not None and explored[1] in titles


def _recommending(
    qtbot: QtBot,
    context: AppContext,
    *,
    met_at_event: tuple[int, int],
    their_work: tuple[int, int],
) -> RecommendationsView:
    """The composer's recommendations for someone the user has met, after sending the two
    invitations (accepted, sent) times each to people of the same group."""
    history = History(context.store)
    for template, (accepted, sent) in (
        ("invite-met-at-event", met_at_event),
        ("invite-read-their-work", their_work),
    ):
        person = history.contact(f"Someone {template}", group="Met once", strength=3)
        history.send(person, Outcome.ACCEPTED, template=template, count=accepted)
        history.send(person, Outcome.DECLINED, template=template, count=sent - accepted)
    history.write()
    view = RecommendationsView(context, clock=lambda: NOW)
    qtbot.addWidget(view)
    view.set_contact(Contact(name="Mia Berg", group="Met once", strength=4))
    qtbot.waitUntil(lambda: view.recommendation is not None)
    return view
