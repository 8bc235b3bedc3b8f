"""The composer writes to each contact in the form of address the user uses with them:
the contact's register, else the setting's, picks a template's version in it, for an
invitation as for a reply to a note they sent."""

from __future__ import annotations

from app.checker import Checker
from app.composing.suggestion import starting_template
from app.contacts import Contact
from app.library.templates import TemplateLibrary
from app.relationships.places import Places
from tests.composing.conftest import SETTINGS, suggester

LENA_NOTE = (
    "Hallo Jordan, Ihr Vortrag über Kafka-Consumer-Lag auf den Data Days in Hamburg hat "
    "verändert, wie wir unsere Pipelines bei Otto betreiben. Wie gehen Sie mit Backfills um?"
)
CLAIRE_NOTE = (
    "Bonjour Jordan, votre article sur les backfills Kafka nous a fait gagner des semaines "
    "chez Doctolib. Comment testez-vous les reprises avant la production ?"
)


def test_each_way_of_addressing_a_contact_gets_its_version(
    library: TemplateLibrary, checker: Checker, places: Places
) -> None:
    informal = suggester(
        library, checker, places, settings=SETTINGS.replace(default_register="informal")
    )
    formal = suggester(
        library, checker, places, settings=SETTINGS.replace(default_register="formal")
    )
    lena = Contact(name="Lena Vogt", location="Hamburg", language="de")
    claire = Contact(name="Claire Martin", location="Lyon", language="fr")
    cases = {
        # The French met-at-event invite says "vous": a contact the user says "tu" to.
        "invite-met-at-event.fr.tu": formal(
            claire.replace(how_met="à PyCon Lyon", register="informal")
        ),
        "invite-met-at-event.fr": informal(
            claire.replace(how_met="à PyCon Lyon", register="formal")
        ),
        "invite-former-colleague.fr.vous": informal(
            claire.replace(group="Former colleagues", register="formal")
        ),
        "invite-introduced-by.de.du": informal(lena.replace(introduced_by="Jonas Berg")),
        "invite-introduced-by.de": formal(lena.replace(introduced_by="Jonas Berg")),
        "invite-read-their-work.de.du": formal(
            lena.replace(their_work="deinen Beitrag über Backfills", register="informal")
        ),
    }
    chosen = {name: choice.template if choice else None for name, choice in cases.items()}
    assert chosen == {name: name for name in cases}


def test_a_reply_to_a_note_is_in_the_contact_s_register(
    library: TemplateLibrary, checker: Checker, places: Places
) -> None:
    formal = suggester(
        library, checker, places, settings=SETTINGS.replace(default_register="formal")
    )
    lena = Contact(name="Lena Vogt", location="Hamburg", language="de", incoming_note=LENA_NOTE)
    as_set = formal(lena)
    as_du = formal(lena.replace(register="informal"))
    assert as_set is not None and as_set.reply
    assert as_set.template == "decline-follow-instead.de"
    assert as_du is not None and as_du.template == "decline-follow-instead.de.du"
    claire = Contact(name="Claire Martin", language="fr", incoming_note=CLAIRE_NOTE)
    as_tu = formal(claire.replace(register="informal"))
    assert as_tu is not None and as_tu.template == "decline-follow-instead.fr.tu"


def test_before_anyone_is_chosen_the_user_sees_their_own_language_and_form(
    library: TemplateLibrary,
) -> None:
    cases = {
        ("en", "formal"): "invite-read-their-work",
        ("de", "formal"): "invite-read-their-work.de",
        ("de", "informal"): "invite-read-their-work.de.du",
        ("fr", "informal"): "invite-read-their-work.fr.tu",
        ("pt", "formal"): "invite-read-their-work.pt.senhor",
    }
    for (language, register), expected in cases.items():
        settings = SETTINGS.replace(my_language=language, default_register=register)
        assert starting_template(library, settings) == expected, (language, register)
