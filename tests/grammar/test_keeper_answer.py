"""The keeper (the shared server's starter, another process) answers a failure as JSON
values, which the window words in its language: the path of a Java that did not start
crosses with them, and an answer of an earlier Rapport, without one, still reads."""

from __future__ import annotations

import json

from app.grammar.reasons import GrammarReason, Why, as_fields, english, from_fields


def test_a_java_that_did_not_start_crosses_from_the_keeper_with_its_path() -> None:
    failed = GrammarReason(
        Why.JAVA_NOT_STARTED,
        path="/usr/lib/jvm/java-17/bin/java",
        detail="[Errno 8] Exec format error",
    )
    crossed = from_fields(json.loads(json.dumps(as_fields(failed))))
    assert crossed == failed
    assert english(crossed) == (
        "Java at /usr/lib/jvm/java-17/bin/java could not be started: [Errno 8] Exec format error."
    )


def test_an_earlier_keepers_answer_without_a_path_still_reads() -> None:
    answer = {"why": "start_timeout", "number": 60, "detail": "", "version": "6.8"}
    assert from_fields(answer) == GrammarReason(Why.START_TIMEOUT, number=60, version="6.8")


def test_a_path_that_is_not_text_or_is_too_long_is_bounded() -> None:
    fields = as_fields(GrammarReason(Why.JAVA_NOT_STARTED, path="/j"))
    assert from_fields({**fields, "path": 7}) is None
    crossed = from_fields({**fields, "path": "/" + "j" * 5000})
    assert crossed is not None and len(crossed.path) == 1000
