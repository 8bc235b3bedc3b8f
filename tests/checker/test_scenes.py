"""Plain notes between people who know each other: a place or a moment named in everyday
words makes them personal; a line of work, a trade event, a phone call, a topic of their
post or the reader's own company named the same way does not."""

from __future__ import annotations

import pytest

from app.checker import Checker

CONTACT = {"name": "Jo Baker", "title": "Porter", "location": "York", "company": "Royal Hotel"}


@pytest.mark.parametrize(
    "text",
    [
        "Hi Jo, thanks for the umbrella at the bus stop on my first morning. It saved my suit.",
        "Jo, thank you for the tea when we were stuck in the lift. Made my day.",
        "Hi Jo, good to meet you by the notice board in the laundry room. Let's connect.",
        "Thanks for the chips on the pier, Jo. Best lunch all summer.",
    ],
)
def test_a_plain_note_with_a_place_or_moment_is_personal(checker: Checker, text: str) -> None:
    assert checker.check(text, kind="thanks", contact=CONTACT).verdict == "personal"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Jo, thanks for connecting. Great to know people in the hospitality space!",
        "Hi Jo, thank you for the chat at the conference. Let's stay in touch.",
        "Hi Jo, thanks for accepting. I admire your work at the Royal Hotel in York.",
        "Hi Jo, thanks for connecting, hope to see you at the next event in the meantime.",
        "Hi Jo, thanks for your time on the phone today. Looking forward to next steps.",
        "Hi Jo, I loved your post on the housing crisis in the north. Let's connect!",
    ],
)
def test_a_field_a_trade_event_or_their_own_company_is_no_place(
    checker: Checker, text: str
) -> None:
    assert checker.check(text, kind="thanks", contact=CONTACT).verdict == "generic"


def test_the_place_is_what_makes_the_difference(checker: Checker) -> None:
    plain = "Hi Jo, thanks for the chat this week. Good luck with the new job!"
    placed = "Hi Jo, thanks for the chat in the queue at the post office. Good luck with the job!"
    assert checker.check(plain, contact=CONTACT).verdict == "generic"
    assert checker.check(placed, contact=CONTACT).verdict == "personal"


def test_doing_something_with_them_counts_where_it_is_placed(checker: Checker) -> None:
    placed = "Hi Jo, good arguing about cricket with you on the bench outside the chip shop."
    unplaced = "Hi Jo, it was great to meet you at the event last week. Let's stay connected!"
    assert checker.check(placed, contact=CONTACT).verdict == "personal"
    assert checker.check(unplaced, contact=CONTACT).verdict == "generic"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Jo, I was the one asking about night buses at the tenants' meeting. Thank you!",
        "Hi Jo, I'm the one who took your seat on the ferry by mistake. Sorry again!",
    ],
)
def test_the_one_who_asked_is_a_shared_moment(checker: Checker, text: str) -> None:
    assert checker.check(text, contact=CONTACT).verdict == "personal"


def test_in_case_you_missed_it_is_no_shared_moment(checker: Checker) -> None:
    text = "Hi Jo, bumping this up in case you missed my message last month. Happy to connect!"
    assert checker.check(text, contact=CONTACT).verdict == "generic"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Jo, I found your profile through the Alumni Finder and wanted to reach out!",
        "Hi Jo, your relentless entrepreneurial spirit is an inspiration. Let's connect!",
    ],
)
def test_their_profile_or_a_quality_praised_is_no_thing_of_theirs(
    checker: Checker, text: str
) -> None:
    assert checker.check(text, contact=CONTACT).verdict == "generic"


def test_the_writers_own_terms_with_a_detail_make_a_reply_personal(checker: Checker) -> None:
    recruiter = {"name": "Jo Baker", "title": "Recruiter", "location": "Leeds"}
    terms = "Hi Jo, I'd only take it if the job is based in Harrogate. Thanks!"
    vague = "Hi Jo, I'm happy where I am, but let me know if anything exciting comes up!"
    assert checker.check(terms, kind="recruiter_reply", contact=recruiter).verdict == "personal"
    assert checker.check(vague, kind="recruiter_reply", contact=recruiter).verdict == "generic"
