"""Templates as the window names them: Rapport's own in the user's language, with the
version's language and form of address ("Einladung nach einer Veranstaltung (DE, Sie)"),
a user's own by the words of its file name.

The core's `template_title` gives the English the command line and the tests compare with;
these titles translate it, so in English the two are the same.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.library.names import version_of, with_tags, words_of


def template_text(name: str) -> str:
    """The title of the template `name`; "" for none."""
    base, tags = version_of(name)
    english = _TITLES.get(base)
    title = QCoreApplication.translate("TemplateText", english) if english else words_of(base)
    return with_tags(title, tags)


def builtin_titles() -> dict[str, str]:
    """The title of each of Rapport's own templates in the window's language, by the name of
    its English version."""
    return {
        base: QCoreApplication.translate("TemplateText", title) for base, title in _TITLES.items()
    }


# Marked for translation here and translated when shown: one look-up per title, since
# lists and tables ask for titles on every paint.
# (Qt's stubs say the marker returns an object; it returns its text.)
_TITLES = cast(
    dict[str, str],
    {
        "coffee-catch-up": QT_TRANSLATE_NOOP("TemplateText", "Coffee catch up"),
        "coffee-invitation": QT_TRANSLATE_NOOP("TemplateText", "Coffee invitation"),
        "congratulate-new-role": QT_TRANSLATE_NOOP("TemplateText", "Congratulate new role"),
        "decline-follow-instead": QT_TRANSLATE_NOOP("TemplateText", "Decline follow instead"),
        "decline-offer-coffee": QT_TRANSLATE_NOOP("TemplateText", "Decline offer coffee"),
        "follow-up-after-meeting": QT_TRANSLATE_NOOP("TemplateText", "Follow up after meeting"),
        "follow-up-no-reply": QT_TRANSLATE_NOOP("TemplateText", "Follow up no reply"),
        "intro-ask": QT_TRANSLATE_NOOP("TemplateText", "Intro ask"),
        "intro-make": QT_TRANSLATE_NOOP("TemplateText", "Intro make"),
        "intro-offer": QT_TRANSLATE_NOOP("TemplateText", "Intro offer"),
        "invite-brief": QT_TRANSLATE_NOOP("TemplateText", "Invite brief"),
        "invite-former-colleague": QT_TRANSLATE_NOOP("TemplateText", "Invite former colleague"),
        "invite-introduced-by": QT_TRANSLATE_NOOP("TemplateText", "Invite introduced by"),
        "invite-met-at-event": QT_TRANSLATE_NOOP("TemplateText", "Invite met at event"),
        "invite-read-their-work": QT_TRANSLATE_NOOP("TemplateText", "Invite read their work"),
        "invite-same-city": QT_TRANSLATE_NOOP("TemplateText", "Invite same city"),
        "recruiter-interested": QT_TRANSLATE_NOOP("TemplateText", "Recruiter interested"),
        "recruiter-not-now": QT_TRANSLATE_NOOP("TemplateText", "Recruiter not now"),
        "thanks-for-accepting": QT_TRANSLATE_NOOP("TemplateText", "Thanks for accepting"),
        "thanks-for-connecting": QT_TRANSLATE_NOOP("TemplateText", "Thanks for connecting"),
    },
)
