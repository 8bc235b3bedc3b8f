"""The composer's questions for what a message needs, in the window's language.

The core asks them in English for `rapport draft` (app/composing/questions.py); the gap
form and the per-message details form ask the same ones here, by field name. `{who}` is
the contact's given name. A name with no question of its own (a user's template may use
any) is asked by its label, the contact form's where it is a contact field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.widgets.field_text import field_labels


def _questions() -> dict[str, str]:
    return {
        "how_met": QCoreApplication.translate("Questions", "Where did you meet {who}?"),
        "met_when": QCoreApplication.translate("Questions", "When did you meet {who}?"),
        "introduced_by": QCoreApplication.translate("Questions", "Who introduced you to {who}?"),
        "their_work": QCoreApplication.translate(
            "Questions", "What of {who}'s did you read, hear or use?"
        ),
        "shared_interests": QCoreApplication.translate("Questions", "What are you both into?"),
        "mutual_contacts": QCoreApplication.translate("Questions", "Who do you both know?"),
        "location": QCoreApplication.translate("Questions", "Where does {who} live?"),
        "company": QCoreApplication.translate("Questions", "Where does {who} work?"),
        "title": QCoreApplication.translate("Questions", "What does {who} do?"),
        "last_name": QCoreApplication.translate("Questions", "What is {who}'s last name?"),
        "my_topics": QCoreApplication.translate("Questions", "What do you write about?"),
        "intro_name": QCoreApplication.translate("Questions", "Who are you introducing?"),
        "intro_reason": QCoreApplication.translate("Questions", "Why should they meet?"),
        "role": QCoreApplication.translate("Questions", "Which role is it about?"),
        "topic": QCoreApplication.translate("Questions", "What did you talk about?"),
    }


def has_question(name: str) -> bool:
    """Whether `name` has a question of its own, rather than its label with a "?"."""
    return name in _questions()


def question_text(name: str, who: str, *, reply: bool = False) -> str:
    """The question that asks for `name` about the contact called `who`."""
    if reply and name == "their_work":
        # In a reply, what the person wrote about is what the message answers.
        wording = QCoreApplication.translate(
            "Questions", "What did {who} write about, in a few words?"
        )
    else:
        wording = _questions().get(name, "")
    if wording:
        return wording.format(who=who)
    label = field_labels((name,)).get(name) or name.replace("_", " ").capitalize()
    return QCoreApplication.translate("Questions", "{label}?", "a field asked for").format(
        label=label
    )


def missing_text(names: tuple[str, ...]) -> str:
    """What the preview says when the message needs fields nobody has filled in yet, each
    named as the contact form names it: "This message needs “How you met”. Fill it in to
    continue." (the core's `Preview.missing`; `rapport` says it in English itself)."""
    quoted = [
        QCoreApplication.translate("Questions", "“{label}”", "a field's name, quoted").format(
            label=field_labels((name,)).get(name) or name.replace("_", " ")
        )
        for name in names
    ]
    if len(quoted) == 1:
        return QCoreApplication.translate(
            "Questions", "This message needs {field}. Fill it in to continue."
        ).format(field=quoted[0])
    return QCoreApplication.translate(
        "Questions", "This message needs {fields}. Fill them in to continue."
    ).format(fields=", ".join(quoted))
