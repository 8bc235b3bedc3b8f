"""Templates as the window names them: Rapport's own in the user's language, with the
version's language and form of address ("Einladung nach einer Veranstaltung (DE, Sie)"),
a user's own by the words of its file name.

The core's `template_title` gives the English the command line and the tests compare with;
these titles translate it, so in English the two are the same.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.library.names import version_of, with_tags, words_of


def template_text(name: str) -> str:
    """The title of the template `name`; "" for none."""
    base, tags = version_of(name)
    return with_tags(builtin_titles().get(base) or words_of(base), tags)


def builtin_titles() -> dict[str, str]:
    """The title of each of Rapport's own templates, by the name of its English version."""

    return {
        "coffee-catch-up": QCoreApplication.translate("TemplateText", "Coffee catch up"),
        "coffee-invitation": QCoreApplication.translate("TemplateText", "Coffee invitation"),
        "congratulate-new-role": QCoreApplication.translate(
            "TemplateText", "Congratulate new role"
        ),
        "decline-follow-instead": QCoreApplication.translate(
            "TemplateText", "Decline follow instead"
        ),
        "decline-offer-coffee": QCoreApplication.translate("TemplateText", "Decline offer coffee"),
        "follow-up-after-meeting": QCoreApplication.translate(
            "TemplateText", "Follow up after meeting"
        ),
        "follow-up-no-reply": QCoreApplication.translate("TemplateText", "Follow up no reply"),
        "intro-ask": QCoreApplication.translate("TemplateText", "Intro ask"),
        "intro-make": QCoreApplication.translate("TemplateText", "Intro make"),
        "intro-offer": QCoreApplication.translate("TemplateText", "Intro offer"),
        "invite-brief": QCoreApplication.translate("TemplateText", "Invite brief"),
        "invite-former-colleague": QCoreApplication.translate(
            "TemplateText", "Invite former colleague"
        ),
        "invite-introduced-by": QCoreApplication.translate("TemplateText", "Invite introduced by"),
        "invite-met-at-event": QCoreApplication.translate("TemplateText", "Invite met at event"),
        "invite-read-their-work": QCoreApplication.translate(
            "TemplateText", "Invite read their work"
        ),
        "invite-same-city": QCoreApplication.translate("TemplateText", "Invite same city"),
        "recruiter-interested": QCoreApplication.translate("TemplateText", "Recruiter interested"),
        "recruiter-not-now": QCoreApplication.translate("TemplateText", "Recruiter not now"),
        "thanks-for-accepting": QCoreApplication.translate("TemplateText", "Thanks for accepting"),
        "thanks-for-connecting": QCoreApplication.translate(
            "TemplateText", "Thanks for connecting"
        ),
    }
