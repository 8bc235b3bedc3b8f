"""The template suggested for a person, and the reason the composer gives for it."""

from __future__ import annotations

from app.checker import Checker
from app.composing.session import Suggest
from app.composing.suggestion import Record
from app.contacts import Contact
from app.library.templates import TemplateLibrary
from app.relationships.places import Places
from tests.composing.conftest import SETTINGS, suggester

RUI_NOTE = (
    "Hi Jordan, your talk on Kafka consumer lag at Lisbon Data Days changed how we run our "
    "pipelines at Farfetch. I'd love to hear how you handle backfills."
)


def test_someone_who_wrote_a_personal_note_gets_a_reply(suggest: Suggest) -> None:
    rui = Contact(name="Rui Costa", location="Porto", incoming_note=RUI_NOTE)
    choice = suggest(rui)
    assert choice is not None
    assert (choice.template, choice.why, choice.reply) == (
        "decline-follow-instead",
        "Rui wrote to you: reply",
        True,
    )


def test_a_nearby_stranger_with_a_personal_note_is_offered_a_coffee(suggest: Suggest) -> None:
    rui = Contact(name="Rui Costa", location="Lisbon, Portugal", incoming_note=RUI_NOTE)
    choice = suggest(rui)
    assert choice is not None and choice.template == "decline-offer-coffee"


def test_an_introduction_comes_before_how_you_met(suggest: Suggest) -> None:
    ana = Contact(name="Ana Souza", introduced_by="Jonas Berg", how_met="at PyData Lisbon")
    choice = suggest(ana)
    assert choice is not None
    assert (choice.template, choice.why) == ("invite-introduced-by", "introduced by Jonas Berg")


def test_each_kind_of_knowing_someone_has_its_invite(suggest: Suggest) -> None:
    cases = {
        "invite-former-colleague": Contact(name="Bo Chen", group="Former colleagues"),
        "invite-met-at-event": Contact(name="Bo Chen", how_met="at PyData Lisbon"),
        "invite-read-their-work": Contact(name="Bo Chen", their_work="your post on backfills"),
        "invite-same-city": Contact(name="Bo Chen", location="Lisbon, Portugal"),
    }
    for template, contact in cases.items():
        choice = suggest(contact)
        assert choice is not None and choice.template == template, contact
    met = suggest(cases["invite-met-at-event"])
    assert met is not None and met.why == "you met at PyData Lisbon"


def test_someone_far_away_is_not_told_they_live_nearby(suggest: Suggest) -> None:
    choice = suggest(Contact(name="Min-jun Kim", location="Seoul"))
    assert choice is not None and choice.template != "invite-same-city"


def test_a_contact_with_only_a_name_is_asked_about_rather_than_sent_a_form_letter(
    suggest: Suggest,
) -> None:
    choice = suggest(Contact(name="Bo Chen", company="Fabrikam"))
    assert choice is not None
    assert choice.template == "invite-read-their-work"
    assert choice.why == "say what of Bo's caught your eye"


def test_a_tie_goes_to_the_template_that_was_accepted_more_often(
    library: TemplateLibrary, checker: Checker, places: Places
) -> None:
    both = Contact(name="Ana Souza", how_met="at PyData Lisbon", their_work="your talk")
    no_history = suggester(library, checker, places)(both)
    assert no_history is not None and no_history.template == "invite-met-at-event"

    records = {
        "invite-met-at-event": Record(accepted=3, decided=12),
        "invite-read-their-work": Record(accepted=9, decided=10),
    }
    choice = suggester(library, checker, places, records)(both)
    assert choice is not None and choice.template == "invite-read-their-work"
    assert choice.why.endswith("(accepted 9 of 10 times)")


def test_two_lucky_sends_do_not_beat_a_long_good_record(
    library: TemplateLibrary, checker: Checker, places: Places
) -> None:
    both = Contact(name="Ana Souza", how_met="at PyData Lisbon", their_work="your talk")
    records = {
        "invite-met-at-event": Record(accepted=40, decided=50),
        "invite-read-their-work": Record(accepted=2, decided=2),
    }
    choice = suggester(library, checker, places, records)(both)
    assert choice is not None and choice.template == "invite-met-at-event"


def test_a_paragraph_of_their_work_is_quoted_short_in_the_reason(suggest: Suggest) -> None:
    work = "your series on backfills " * 20
    choice = suggest(Contact(name="Bo Chen", their_work=work))
    assert choice is not None and choice.template == "invite-read-their-work"
    assert choice.why.startswith("you know their work: your series on backfills your series")
    assert choice.why.endswith("…") and len(choice.why) < 90


def test_the_contact_register_picks_the_version_in_it(
    library: TemplateLibrary, checker: Checker, places: Places
) -> None:
    # The built-in German met-at-event invite says "du"; its "Sie" version is named after it.
    assert library.get("invite-met-at-event.de").register == "informal"
    lena = Contact(name="Lena Vogt", how_met="auf der PyCon DE", language="de")
    informal = suggester(
        library, checker, places, settings=SETTINGS.replace(default_register="informal")
    )
    formal = suggester(
        library, checker, places, settings=SETTINGS.replace(default_register="formal")
    )
    chosen = {
        "setting informal": informal(lena),
        "setting formal": formal(lena),
        "contact formal": informal(lena.replace(register="formal")),
        "contact informal": formal(lena.replace(register="informal")),
    }
    names = {why: choice.template if choice else None for why, choice in chosen.items()}
    assert names == {
        "setting informal": "invite-met-at-event.de",
        "setting formal": "invite-met-at-event.de.sie",
        "contact formal": "invite-met-at-event.de.sie",
        "contact informal": "invite-met-at-event.de",
    }


def test_spanish_and_portuguese_contacts_get_their_form_of_address(
    library: TemplateLibrary, checker: Checker, places: Places
) -> None:
    """Both ways: an informal built-in gets its formal version ("usted", "o senhor") and a
    formal one its informal version ("tú"); a library without the version keeps the one it has."""
    informal = suggester(
        library, checker, places, settings=SETTINGS.replace(default_register="informal")
    )
    ana = Contact(name="Ana Ruiz", how_met="en la PyData Madrid", language="es")
    reader = Contact(name="Ana Ruiz", their_work="tu charla sobre Kafka", language="es")
    rui = Contact(name="Rui Costa", how_met="na Python Brasil", language="pt")
    chosen = {
        "es formal": informal(ana.replace(register="formal")),
        "es informal": informal(ana),
        "es informal, formal base": informal(reader),
        "es formal, formal base": informal(reader.replace(register="formal")),
        "pt formal": informal(rui.replace(register="formal")),
        "pt informal": informal(rui),
    }
    names = {why: choice.template if choice else None for why, choice in chosen.items()}
    assert names == {
        "es formal": "invite-met-at-event.es.usted",
        "es informal": "invite-met-at-event.es",
        "es informal, formal base": "invite-read-their-work.es.tu",
        "es formal, formal base": "invite-read-their-work.es",
        "pt formal": "invite-met-at-event.pt.senhor",
        "pt informal": "invite-met-at-event.pt",
    }
    without = TemplateLibrary(
        t for t in library.templates if t.name != "invite-met-at-event.pt.senhor"
    )
    choice = suggester(without, checker, places)(rui.replace(register="formal"))
    assert choice is not None and choice.template == "invite-met-at-event.pt"


def test_a_reply_in_spanish_or_portuguese_is_in_the_contact_s_register(
    library: TemplateLibrary, checker: Checker, places: Places
) -> None:
    """A stranger's personal note is answered with the decline in the way the user
    addresses them: "tú" where the built-in says "usted", "o senhor" where it says "você"."""
    formal = suggester(
        library, checker, places, settings=SETTINGS.replace(default_register="formal")
    )
    notes = {
        "es": "Hola Jordan, gracias por tu charla sobre lockfiles en la PyCon; desde el martes "
        "nuestro CI ya no falla.",
        "pt": "Oi Jordan, valeu pela palestra sobre lockfiles na PyCon; desde terça nosso CI "
        "parou de quebrar.",
    }
    maria = Contact(name="Maria Souza", location="Remote")
    chosen = {
        (language, register): formal(
            maria.replace(language=language, register=register, incoming_note=note)
        )
        for language, note in notes.items()
        for register in ("formal", "informal")
    }
    assert all(choice is not None and choice.reply for choice in chosen.values())
    names = {key: choice.template if choice else None for key, choice in chosen.items()}
    assert names == {
        ("es", "formal"): "decline-follow-instead.es",
        ("es", "informal"): "decline-follow-instead.es.tu",
        ("pt", "formal"): "decline-follow-instead.pt.senhor",
        ("pt", "informal"): "decline-follow-instead.pt",
    }
