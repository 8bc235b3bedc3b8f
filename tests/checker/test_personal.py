"""The verdict and the score, and the `no_reason` finding that explains a generic one."""

from __future__ import annotations

from app.checker import Checker, Severity
from tests.checker.conftest import found

DAN_AT_FABRIKAM = {"name": "Dan Rose", "company": "Fabrikam", "location": "Leeds"}
DIANA = {"name": "Diana Ross", "company": "Aviva", "title": "Actuary", "location": "Norwich"}


def test_a_shared_detail_and_a_reason_score_high(checker: Checker) -> None:
    text = (
        "Hi Diana, we met at the longevity panel in Cambridge on Tuesday and you explained "
        "how you price annuities after the pandemic. Could I send you the mortality table "
        "I built from your slides?"
    )
    report = checker.check(text, kind="invite", contact=DIANA)
    assert report.verdict == "personal"
    assert report.score >= 80
    assert [f.code for f in report.findings] == []


def test_a_polite_generic_note_scores_low_and_says_why(checker: Checker) -> None:
    text = "Hi Diana, I hope you are well. I would be honoured to join your network."
    report = checker.check(text, kind="invite", contact=DIANA)
    assert report.verdict == "generic"
    assert report.score < 20
    (no_reason,) = found(report, "no_reason")
    assert no_reason.severity is Severity.WARNING
    assert text[no_reason.start : no_reason.end].startswith("I hope you are well")
    assert "where you met" in no_reason.message


def test_what_the_writer_recorded_about_the_contact_counts(checker: Checker) -> None:
    contact = {**DIANA, "how_met": "the beach clean-up at Cromer"}
    text = "Hi Diana, good to meet you at the beach clean-up in Cromer."
    assert checker.check(text, contact=contact).verdict == "personal"
    assert checker.check(text, contact=DIANA).score < checker.check(text, contact=contact).score


def test_naming_who_introduced_you_counts(checker: Checker) -> None:
    contact = {**DIANA, "introduced_by": "Maria Lopez"}
    text = "Hi Diana, Maria Lopez suggested I get in touch about your annuity pricing work."
    assert checker.check(text, contact=contact).verdict == "personal"


def test_details_about_the_writer_do_not_make_it_personal(checker: Checker) -> None:
    text = (
        "Hi Diana, I'm a recruiter at Hays in Manchester and at Talentia we've helped 200+ "
        "companies like yours hire 2x faster. Do you have 15 minutes this week?"
    )
    report = checker.check(text, kind="invite", contact=DIANA)
    assert report.verdict == "generic"
    assert found(report, "no_reason")


def test_short_can_be_personal(checker: Checker) -> None:
    contact = {"name": "Erik Lund", "company": "Spotify"}
    text = "Hi Erik, tried your Gradle cache layout: our build went from 19 to 8 minutes. Connect?"
    assert checker.check(text, contact=contact).verdict == "personal"


def test_a_concrete_offer_in_a_decline_is_a_reason(checker: Checker) -> None:
    text = (
        "Hi Chris, thanks for the note on my drilling-logs thread. I only connect with people "
        "I've met, but I'm at the Aberdeen geology night on the 3rd; say hello there."
    )
    report = checker.check(text, kind="decline", contact={"name": "Chris Hall"})
    assert report.verdict == "personal"
    assert found(report, "no_reason") == []


def test_the_advice_fits_the_kind_of_message(checker: Checker) -> None:
    report = checker.check("Hi Kira, sorry, I don't accept invitations.", kind="decline")
    assert "Offer something concrete" in found(report, "no_reason")[0].message


def test_a_blank_message_has_nothing_to_report(checker: Checker) -> None:
    report = checker.check("  \n")
    assert (report.verdict, report.score, report.findings) == ("generic", 0, ())


def test_the_writers_own_name_in_the_sign_off_is_no_detail(checker: Checker) -> None:
    text = "Hi Diana, I would be honoured to join your network.\n\nBest wishes,\nJohn Okafor"
    assert checker.check(text, contact=DIANA).score == 0


def test_a_thing_of_theirs_that_worked_for_the_writer_is_personal(checker: Checker) -> None:
    """No rare word, no name: what makes these personal is what the reader's thing did."""
    for text in (
        "Hi Dan, your map of the night bus routes got me home after the concert. Connect?",
        "Hi Rosa, your rota for the night shift is now on our ward's wall. Thank you.",
        "Hi Ines, it was me at the back asking about the depot murals.",
        "Hi Tom, the spreadsheet you sent after the budget meeting saved my week.",
        "Hi Leo, I'm the neighbour with the blue van. Your tip about the parking permit worked.",
    ):
        assert checker.check(text, kind="invite", contact={"name": "Dan Rose"}).verdict == (
            "personal"
        ), text


def test_flattery_about_their_profile_does_not_pass_as_a_thing_they_made(
    checker: Checker,
) -> None:
    for text in (
        "Hi Dan, your profile caught my eye and I would love to connect.",
        "Hi Dan, your journey gave me a lot to think about. Let's connect!",
        "Hi Dan, your work is still an inspiration to many. Happy to connect.",
        "Hi Dan, your post helped me understand the industry. Let's connect!",
        # The thing of theirs is one noun phrase, not a clause after it.
        "Hi Dan, moving this up your list of messages since you missed my earlier one.",
        # Praise of their qualities and a wish are no thing of theirs and no shared moment.
        "Hello Dan, congratulations on your work anniversary at Fabrikam! Five years is a "
        "wonderful milestone and shows your dedication. Let's connect and keep in touch!",
        "Dear Dan, I admire your leadership at Fabrikam. It would be an honour to exchange "
        "ideas about the future of marketing in India. Wishing you continued success!",
    ):
        assert checker.check(text, kind="invite", contact=DAN_AT_FABRIKAM).verdict == ("generic"), (
            text
        )
