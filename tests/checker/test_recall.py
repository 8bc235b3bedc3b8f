"""Per-label recall on labelled messages: the shared development set, and examples of our
own written apart from it. Run with `-s` to see the figures."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from app.checker import Checker

DEV_SET = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "genericness_dev.jsonl"
OWN_EXAMPLES = Path(__file__).with_name("data") / "own_examples.jsonl"
REQUIRED = 0.9


def _recall(checker: Checker, path: Path) -> dict[str, float]:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        report = checker.check(item["text"], kind=item.get("kind"), contact=item["contact"])
        total[item["label"]] += 1
        if report.verdict == item["label"]:
            right[item["label"]] += 1
        else:
            misses.append(f"{item['id']} ({report.score})")
    recall = {label: right[label] / total[label] for label in sorted(total)}
    figures = ", ".join(f"{label} {value:.0%} of {total[label]}" for label, value in recall.items())
    print(f"\n{path.name}: recall {figures}; missed: {', '.join(misses) or 'none'}")
    return recall


@pytest.mark.skipif(
    not DEV_SET.is_file(), reason="the shared development set is not beside the repo"
)
def test_dev_set_recall_per_label(checker: Checker) -> None:
    recall = _recall(checker, DEV_SET)
    assert set(recall) == {"generic", "personal"}
    assert all(value >= REQUIRED for value in recall.values()), recall


def test_own_examples_recall_per_label(checker: Checker) -> None:
    recall = _recall(checker, OWN_EXAMPLES)
    assert all(value >= REQUIRED for value in recall.values()), recall
