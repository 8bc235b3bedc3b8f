"""What to ask the user when a message needs something the contact's record lacks: one
short question per name, in the words a person would use ("Where did you meet Ana?"),
for `rapport draft`'s `missing` list. The window asks the same questions in its own
language (app/ui/compose/question_text.py; a test holds the two to the same names)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.contacts import FIELD_LABELS

# {who} is the contact's given name. Names not listed get a question made from their label.
_QUESTIONS: dict[str, str] = {
    "how_met": "Where did you meet {who}?",
    "met_when": "When did you meet {who}?",
    "introduced_by": "Who introduced you to {who}?",
    "their_work": "What of {who}'s did you read, hear or use?",
    "shared_interests": "What are you both into?",
    "mutual_contacts": "Who do you both know?",
    "location": "Where does {who} live?",
    "company": "Where does {who} work?",
    "title": "What does {who} do?",
    "last_name": "What is {who}'s last name?",
    "my_topics": "What do you write about?",
    "intro_name": "Who are you introducing?",
    "intro_reason": "Why should they meet?",
    "role": "Which role is it about?",
    "topic": "What did you talk about?",
}
# In a reply, what the person wrote about is what the message answers.
_REPLY_QUESTIONS: dict[str, str] = {
    "their_work": "What did {who} write about, in a few words?",
}


@dataclass(frozen=True)
class Question:
    name: str
    label: str
    question: str

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "label": self.label, "question": self.question}


def asked_names() -> frozenset[str]:
    """The names with a question of their own; any other is asked by its label."""
    return frozenset(_QUESTIONS)


def question_for(name: str, who: str, *, reply: bool = False) -> Question:
    label = FIELD_LABELS.get(name) or name.replace("_", " ").capitalize()
    wording = (reply and _REPLY_QUESTIONS.get(name)) or _QUESTIONS.get(name)
    text = wording.format(who=who) if wording else f"{label}?"
    return Question(name, label, text)
