"""The whole loop without a window: draft a message, record it as sent, set its outcome,
and see the statistics change."""

from __future__ import annotations

import json

from app import paths
from app.contacts import Contact
from app.store import Store
from tests.cli.conftest import Run

RUI_NOTE = (
    "Hi Jordan, your talk on Kafka consumer lag at Lisbon Data Days changed how we run our "
    "pipelines at Farfetch. I would love to hear how you handle backfills."
)


def drafts(rapport: Run, *requests: dict[str, object]) -> list[dict[str, object]]:
    result = rapport("draft", "--json", stdin="".join(json.dumps(r) + "\n" for r in requests))
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_each_way_of_knowing_someone_gets_its_template_and_a_personal_message(
    rapport: Run,
) -> None:
    cases = {
        "invite-introduced-by": {"name": "Jo Park", "introduced_by": "Jonas Berg"},
        "invite-met-at-event": {"name": "Ana Souza", "how_met": "at PyData Lisbon"},
        "invite-former-colleague": {
            "name": "Jo Park",
            "group": "Former colleagues",
            "how_met": "on the payments team at Stripe",
        },
        "invite-read-their-work": {"name": "Jo Park", "their_work": "your post on backfills"},
    }
    lines = drafts(rapport, *({"contact": contact} for contact in cases.values()))
    for (template, contact), line in zip(cases.items(), lines, strict=True):
        assert line["template"] == template
        assert line["why"] and line["missing"] == []
        assert line["verdict"] == "personal", line
        assert "{" not in str(line["text"])
        checked = {"text": line["text"], "kind": "invite", "contact": contact}
        check = rapport("check", "--json", "--no-grammar", stdin=json.dumps(checked))
        assert json.loads(check.stdout)["verdict"] == "personal"


def test_a_reply_to_a_personal_note_asks_one_question_then_is_personal(rapport: Run) -> None:
    rui = {"name": "Rui Costa", "location": "Porto"}
    asked, answered = drafts(
        rapport,
        {"contact": rui, "incoming_note": RUI_NOTE},
        {
            "contact": rui,
            "incoming_note": RUI_NOTE,
            "set": {"their_work": "my talk on Kafka consumer lag"},
        },
    )
    assert asked["template"] == "decline-follow-instead"
    assert asked["why"] == "Rui wrote to you: reply"
    assert asked["missing"] == [
        {
            "name": "their_work",
            "label": "Their work that matters",
            "question": "What did Rui write about, in a few words?",
        }
    ]
    assert answered["missing"] == [] and answered["verdict"] == "personal"
    assert "my talk on Kafka consumer lag" in str(answered["text"])


def test_a_contact_in_another_language_is_written_to_in_it(rapport: Run) -> None:
    lena = {"name": "Lena Vogt", "how_met": "auf dem Feldtag in Ebstorf", "language": "de"}
    german, spanish = drafts(
        rapport,
        {"contact": lena},
        {"contact": {**lena, "how_met": "en la feria de Valencia"}, "lang": "es"},
    )
    # The default form of address is formal: the "Sie" version of the German invite.
    assert (german["template"], german["lang"]) == ("invite-met-at-event.de.sie", "de")
    assert "auf dem Feldtag in Ebstorf" in str(german["text"])
    assert german["verdict"] == "personal", german
    assert (spanish["template"], spanish["lang"]) == ("invite-met-at-event.es.usted", "es")
    assert "en la feria de Valencia" in str(spanish["text"])


def test_a_reply_is_drafted_in_the_language_of_the_note(rapport: Run) -> None:
    note = (
        "Bonjour Jordan, merci pour ton exposé sur le lag des consommateurs Kafka à PyData "
        "Paris : depuis mardi nos rejeux ne bloquent plus."
    )
    (reply,) = drafts(rapport, {"contact": {"name": "Rui Costa"}, "incoming_note": note})
    assert (reply["template"], reply["lang"]) == ("decline-follow-instead.fr", "fr")
    assert [question["name"] for question in reply["missing"]] == ["their_work"]


def test_a_name_and_a_company_get_questions_not_a_message_passed_off_as_done(
    rapport: Run,
) -> None:
    [line] = drafts(rapport, {"contact": {"name": "Bo Chen", "company": "Fabrikam"}})
    assert [m["name"] for m in line["missing"]] == ["their_work"]  # type: ignore[index, union-attr]
    assert line["verdict"] == "generic"
    assert "{" not in str(line["text"]) and "None" not in str(line["text"])


def test_a_bad_line_stops_the_run_with_one_line_and_nothing_printed(rapport: Run) -> None:
    good = json.dumps({"contact": {"name": "Ana Souza", "how_met": "at PyData"}})
    for bad in ('{"contact": {"name": "Bo"}, "templat": "x"}', "[1]", '{"contact": {}}',
                '{"contact": {"name": "Bo"}, "template": "no-such-template"}'):  # fmt: skip
        result = rapport("draft", "--json", stdin=f"{good}\n{bad}\n")
        assert result.returncode == 2
        assert result.stdout == ""
        assert result.stderr.startswith("rapport draft: line 2:")
        assert len(result.stderr.splitlines()) == 1


def test_record_and_outcome_change_the_statistics(rapport: Run) -> None:
    with Store.open(paths.database_path()) as store:
        ana = store.add_contact(Contact(name="Ana Souza"))
    text = "Hi Ana, good to meet you at PyData Lisbon; your streaming talk was the best one."
    recorded = rapport("record", "--contact", "Ana Souza", "--template", "invite-met-at-event",
                       stdin=text)  # fmt: skip
    assert recorded.returncode == 0, recorded.stderr
    message_id = int(recorded.stdout)
    before = json.loads(rapport("stats", "--json").stdout)
    assert rapport("outcome", str(message_id), "accepted").returncode == 0
    after = json.loads(rapport("stats", "--json").stdout)
    assert after != before
    assert after["overall"]["accepted"] == before["overall"]["accepted"] + 1
    with Store.open(paths.database_path()) as store:
        [message] = store.messages(ana.id)
    assert message.text == text and message.outcome.value == "accepted"


def test_bad_record_and_outcome_input_writes_nothing(rapport: Run) -> None:
    with Store.open(paths.database_path()) as store:
        store.add_contact(Contact(name="Ana Souza"))
    runs = [
        rapport("record", "--contact", "Nobody", "--template", "invite-met-at-event", stdin="Hi"),
        rapport("record", "--contact", "Ana Souza", "--template", "no-such", stdin="Hi"),
        rapport("record", "--contact", "Ana Souza", "--template", "invite-met-at-event", stdin=""),
        rapport(
            "record",
            "--contact",
            "1",
            "--template",
            "invite-met-at-event",
            "--sent-at",
            "yesterday",
            stdin="Hi",
        ),
        rapport("outcome", "99", "accepted"),
    ]
    for result in runs:
        assert result.returncode == 2, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    with Store.open(paths.database_path()) as store:
        assert store.message_count() == 0
