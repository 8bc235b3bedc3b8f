from __future__ import annotations

from app.checker import Checker, SentIndex, Severity
from tests.checker.conftest import found

TEMPLATE = "Hi {name}, I see you're {title} at {company}. I'd love to learn how your team works."


def _sent(count: int) -> list[tuple[int, str]]:
    people = [("Tom", "Head of Sales", "Brightpath"), ("Ana", "Head of Design", "Natura")]
    return [
        (index, TEMPLATE.format(name=name, title=title, company=company))
        for index, (name, title, company) in enumerate(people * (count // 2), start=100)
    ]


def test_the_same_template_sent_to_others_is_counted(checker: Checker) -> None:
    sent = SentIndex(_sent(12))
    text = TEMPLATE.format(name="Sarah", title="Head of Data", company="Northwind")
    report = checker.check(text, contact={"name": "Sarah Cole", "id": 1}, sent=sent)
    (repeated,) = found(report, "repeated")
    assert repeated.severity is Severity.WARNING
    assert "to 12 other people" in repeated.message
    assert (repeated.start, repeated.end) == (text.index("I see"), len(text) - 1)


def test_nearly_the_same_text_counts_and_says_so(checker: Checker) -> None:
    sent = SentIndex(_sent(4))
    text = TEMPLATE.format(name="Sarah", title="Head of Data", company="Northwind")
    text = text.replace("I'd love to", "I would really love to")
    (repeated,) = found(checker.check(text, sent=sent), "repeated")
    assert "nearly the same text to 4 other people" in repeated.message


def test_the_contacts_own_earlier_messages_do_not_count(checker: Checker) -> None:
    text = "Hi Sarah, following up on our chat about the Leeds forecasting meetup."
    sent = SentIndex([(1, text), (1, text)])
    assert (
        found(checker.check(text, contact={"name": "Sarah", "id": 1}, sent=sent), "repeated") == []
    )
    sent.add(2, text)
    (repeated,) = found(
        checker.check(text, contact={"name": "Sarah", "id": 1}, sent=sent), "repeated"
    )
    assert "to 1 other person" in repeated.message


def test_a_different_text_is_not_a_repeat() -> None:
    sent = SentIndex(_sent(20))
    other = "Hi Sarah, we met at the Leeds forecasting meetup and you showed me your notebook."
    assert sent.repeats(other).total == 0


def test_counts_split_into_word_for_word_and_nearly(checker: Checker) -> None:
    base = "Thanks for accepting, Tom! Here is the checklist we talked about on Monday."
    sent = SentIndex([(1, base), (2, base.replace("Tom", "Ana")), (3, base + " Enjoy.")])
    repeats = sent.repeats(base.replace("Tom", "Eve"))
    assert (repeats.identical, repeats.similar) == (2, 1)


def test_texts_without_a_known_recipient_count_each() -> None:
    text = "Hi Sam, I would love to connect with you and hear about your work."
    sent = SentIndex([(None, text), (None, text)])
    assert sent.repeats(text).identical == 2


def test_thousands_of_sent_texts_are_fine(checker: Checker) -> None:
    sent = SentIndex(_sent(4000))
    text = TEMPLATE.format(name="Sarah", title="Head of Data", company="Northwind")
    (repeated,) = found(checker.check(text, sent=sent), "repeated")
    assert "to 4000 other people" in repeated.message
