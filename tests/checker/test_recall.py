"""Per-label recall on labelled messages: the shared development sets, examples of our own
used while developing, and a held-out set written apart and never tuned on. Run with `-s`
to see the figures; bench/bench_calibration.py prints AUROC and the table per score band."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from app.checker import Checker

DATA = Path(__file__).with_name("data")
OWN_EXAMPLES = DATA / "own_examples.jsonl"
HELD_OUT = DATA / "held_out.jsonl"
# Written later, before the checker saw them: short specific notes and long warm flattery.
HELD_OUT_2 = DATA / "held_out_2.jsonl"
# Written before its author read the checker: plain notes in everyday words, every kind.
HELD_OUT_3 = DATA / "held_out_3.jsonl"
# Written after the checker changed for the third, by someone who never read the checker.
HELD_OUT_4 = DATA / "held_out_4.jsonl"
# The shared corpus sits beside the checkout: /work/shared beside /work/main, or beside
# the folder of worktrees.
_CORPORA = [p / "shared" / "corpus" for p in Path(__file__).resolve().parents[3:5]]
CORPUS = next((p for p in _CORPORA if p.is_dir()), _CORPORA[0])
DEV_SETS = (CORPUS / "genericness_dev.jsonl", CORPUS / "genericness_dev2.jsonl")
REQUIRED = 0.95
# Messages nobody tuned on are allowed a few more misses than the sets developed on.
REQUIRED_HELD_OUT = 0.85


def _recall(checker: Checker, *paths: Path) -> dict[str, float]:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    for path in paths:
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
    names = " + ".join(path.name for path in paths)
    print(f"\n{names}: recall {figures}; missed: {', '.join(misses) or 'none'}")
    return recall


@pytest.mark.skipif(
    not all(p.is_file() for p in DEV_SETS), reason="the shared corpus is not beside the repo"
)
def test_development_sets_recall_per_label(checker: Checker) -> None:
    recall = _recall(checker, *DEV_SETS)
    assert set(recall) == {"generic", "personal"}
    assert all(value >= REQUIRED for value in recall.values()), recall


def test_own_examples_recall_per_label(checker: Checker) -> None:
    recall = _recall(checker, OWN_EXAMPLES)
    assert all(value >= REQUIRED for value in recall.values()), recall


@pytest.mark.parametrize(
    "path", [HELD_OUT, HELD_OUT_2, HELD_OUT_3, HELD_OUT_4], ids=lambda path: path.stem
)
def test_held_out_recall_per_label(checker: Checker, path: Path) -> None:
    recall = _recall(checker, path)
    assert set(recall) == {"generic", "personal"}
    assert all(value >= REQUIRED_HELD_OUT for value in recall.values()), recall
