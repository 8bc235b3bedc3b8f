"""Keeping in touch in the window's language: the contact form's line and the follow-ups'
reasons are worded by the window from what the core counted, in English with no
translation and in German with the German file Rapport ships."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.contacts import Contact
from app.relationships.keeping_in_touch import Standing, Unit, span
from app.stats.followups import KEEP_IN_TOUCH_TEMPLATE, FollowUp, Reason, ThankDetail, TouchDetail
from app.store import Store
from app.ui.contacts.form import ContactForm
from app.ui.contacts.model import SubtitleRole
from app.ui.history.followups_tab import FollowUpsView
from app.ui.widgets.touch_text import SpanText, follow_up_text, standing_text

# Days that round to each unit, with what a person says of them.
EXAMPLES = {
    Unit.DAY: (5, "5 days", "5 days ago", "in 5 days"),
    Unit.WEEK: (21, "3 weeks", "3 weeks ago", "in 3 weeks"),
    Unit.MONTH: (91, "3 months", "3 months ago", "in 3 months"),
    Unit.YEAR: (365, "1 year", "1 year ago", "in 1 year"),
}


def test_every_unit_has_its_words(qapp: QApplication) -> None:
    assert {span(days).unit for days, *_ in EXAMPLES.values()} == set(Unit)
    words = SpanText()
    for unit, (days, alone, ago, ahead) in EXAMPLES.items():
        assert span(days).unit is unit
        assert (words.span(days), words.ago(days), words.ahead(days)) == (alone, ago, ahead)
    assert (words.ago(0), words.ago(1), words.ahead(1)) == ("today", "yesterday", "tomorrow")


@pytest.mark.parametrize(
    ("standing", "line"),
    [
        (Standing(None, None), "Never contacted"),
        (Standing(0, None), "Last contacted today"),
        (Standing(91, 14), "Last contacted 3 months ago · due in 2 weeks"),
        (Standing(1, 1), "Last contacted yesterday · due tomorrow"),
        (Standing(30, 0), "Last contacted 4 weeks ago · due today"),
        (Standing(None, -5), "Never contacted · overdue by 5 days"),
    ],
)
def test_the_form_line_in_english(qapp: QApplication, standing: Standing, line: str) -> None:
    assert standing_text(standing) == line


@pytest.mark.parametrize(
    ("detail", "reason"),
    [
        (
            ThankDetail(10, replied=True),
            "Accepted your invitation 10 days ago and replied; nothing sent to them since.",
        ),
        (
            ThankDetail(3, replied=False),
            "Accepted your invitation 3 days ago; no thank-you sent yet.",
        ),
        (
            TouchDetail(30, 45, 15),
            "Keep in touch every 4 weeks: last in touch 6 weeks ago; overdue by 2 weeks.",
        ),
        (
            TouchDetail(14, None, 0),
            "Keep in touch every 2 weeks: nothing sent or received yet; due today.",
        ),
    ],
)
def test_follow_up_reasons_in_english(
    qapp: QApplication, detail: ThankDetail | TouchDetail, reason: str
) -> None:
    assert follow_up_text(detail) == reason


def test_the_contact_form_says_it_in_german(
    qtbot: QtBot, store: Store, shipped_german: None
) -> None:
    ana = store.add_contact(Contact(name="Ana Souza", cadence_days=105))
    store.record_message(
        ana,
        template="t",
        kind="follow_up",
        channel="email",
        text="Hallo",
        sent_at=datetime.now(UTC) - timedelta(days=91),
    )
    form = ContactForm(store)
    qtbot.addWidget(form)
    form.load(ana)
    assert form.touch_line.text() == "Zuletzt kontaktiert: vor 3 Monaten · fällig in 2 Wochen"
    form.cadence.setCurrentIndex(form.cadence.findData(30))
    assert form.touch_line.text() == "Zuletzt kontaktiert: vor 3 Monaten · 2 Monate überfällig"


def test_the_follow_ups_say_why_in_german(qtbot: QtBot, shipped_german: None) -> None:
    view = FollowUpsView()
    qtbot.addWidget(view)
    view.set_items(
        [
            FollowUp(1, "Ana", Reason.THANK, "thanks-for-accepting", ThankDetail(3, False)),
            FollowUp(
                2, "Bo", Reason.KEEP_IN_TOUCH, KEEP_IN_TOUCH_TEMPLATE, TouchDetail(30, 45, 15)
            ),
        ]
    )
    reasons = [view.model.index(row).data(SubtitleRole) for row in range(2)]
    assert reasons == [
        "Hat Ihre Einladung vor 3 Tagen angenommen; noch kein Dankeschön gesendet.",
        "Kontaktrhythmus: 4 Wochen; zuletzt in Kontakt vor 6 Wochen; 2 Wochen überfällig.",
    ]
